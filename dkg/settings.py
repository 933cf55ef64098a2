"""Settings from the environment and `.env` (pydantic-settings); nothing is read at import time."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def project_root() -> Path:
    """The folder holding `.env`, `corpus/` and `.dkg/`: `DKG_ROOT`, else the current directory."""
    return Path(os.environ.get("DKG_ROOT", ".")).resolve()


class Neo4jSettings(BaseSettings):
    """Where Neo4j is and how the local server is run (variables `NEO4J_*`)."""

    model_config = SettingsConfigDict(env_prefix="NEO4J_", env_file=".env", extra="ignore")

    uri: str | None = None
    user: str = "neo4j"
    password: SecretStr | None = None  # no default: `dkg neo4j start` generates one into .env
    database: str = "neo4j"
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "256m"
    start_timeout: float = 180.0
    write_wait: float = 30.0  # seconds a load retries a write before it stops (once for the whole load)

    @property
    def bolt_uri(self) -> str:
        return self.uri or f"bolt://localhost:{self.bolt_port}"

    @property
    def is_local(self) -> bool:
        host = urlparse(self.bolt_uri).hostname or "localhost"
        return host in {"localhost", "127.0.0.1", "::1"}

    @property
    def browser_url(self) -> str:
        host = urlparse(self.bolt_uri).hostname or "localhost"
        return f"http://{host}:{self.http_port}/browser/"


class ApiSettings(BaseSettings):
    """The GraphQL API (variables `DKG_*`)."""

    model_config = SettingsConfigDict(env_prefix="DKG_", env_file=".env", extra="ignore")

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_workers: int = 1
    api_key: SecretStr | None = None  # required by mutations; none configured means mutations are refused
    queries_open: bool = True
    max_page_size: int = 100
    max_query_depth: int = 12
    response_cache: int = 2048  # answers kept per worker (graph_api/cache.py); 0 turns the cache off
    max_request_bytes: int = 64 * 1024  # a GraphQL request larger than this is refused (413)
    max_upload_bytes: int = 20 * 1024 * 1024  # a document sent to ingestDocument (decoded); keyed requests only
    neo4j_wait: float = 5.0  # seconds a request waits for Neo4j before it answers 503


@lru_cache
def get_neo4j_settings() -> Neo4jSettings:
    return Neo4jSettings(_env_file=project_root() / ".env")  # type: ignore[call-arg]


@lru_cache
def get_api_settings() -> ApiSettings:
    return ApiSettings(_env_file=project_root() / ".env")  # type: ignore[call-arg]
