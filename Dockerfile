# The directive-kg API and CLI; Neo4j runs in its own container (see docker-compose.yml).
FROM python:3.11-slim
COPY --from=ghcr.io/astral-sh/uv:0.13.8 /uv /usr/local/bin/uv
WORKDIR /app
ENV UV_PROJECT_ENVIRONMENT=/app/.venv PATH="/app/.venv/bin:$PATH" DKG_ROOT=/app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY . .
RUN uv sync --frozen --no-dev
EXPOSE 8000
CMD ["dkg", "serve", "--host", "0.0.0.0", "--port", "8000"]
