"""FastAPI application: GraphQL at /graphql (GraphiQL on GET; answers cached per data version), health at
/healthz."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from graphql import GraphQLError
from neo4j.exceptions import Neo4jError
from strawberry.fastapi import GraphQLRouter

from dkg.db import open_async_driver
from dkg.settings import get_api_settings, get_neo4j_settings
from graph_api.cache import Answers, ResponseCache
from graph_api.context import Context
from graph_api.guard import RequestGuard
from graph_api.schema import build_schema


def create_app() -> FastAPI:
    """Build the app; the Neo4j driver is opened in the lifespan and closed on shutdown."""
    api_settings = get_api_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # the API starts while Neo4j is down, says so at /healthz, and serves once it is back
        app.state.driver = await open_async_driver(get_neo4j_settings(), wait=api_settings.neo4j_wait)
        app.state.database = get_neo4j_settings().database
        try:
            yield
        finally:
            await app.state.driver.close()

    async def context_getter(request: Request) -> Context:
        api = get_api_settings()
        if not api.queries_open:
            _require_key(request, api.api_key.get_secret_value() if api.api_key else None)
        return Context(driver=request.app.state.driver, neo4j=get_neo4j_settings(), api=api)

    app = FastAPI(title="directive-kg", lifespan=lifespan,
                  description="Who must do what, by when, under which document — Vietnamese directives as a graph.")
    schema = build_schema(max_depth=api_settings.max_query_depth)
    app.include_router(GraphQLRouter(schema, context_getter=context_getter, graphql_ide="graphiql"),
                       prefix="/graphql")
    app.state.answers = Answers(api_settings.response_cache)
    if api_settings.response_cache > 0:
        app.add_middleware(ResponseCache, answers=app.state.answers)
    app.add_middleware(RequestGuard, max_bytes=api_settings.max_request_bytes)  # outermost: before the cache

    @app.get("/healthz")
    async def healthz(request: Request) -> JSONResponse:
        ctx = Context(driver=request.app.state.driver, neo4j=get_neo4j_settings(), api=get_api_settings())
        try:
            row = (await ctx.read("corpus_summary"))[0]
        except GraphQLError as e:  # Neo4j not answering within DKG_NEO4J_WAIT seconds
            return JSONResponse({"status": "down", "neo4j": e.message}, status_code=503)
        except Neo4jError as e:
            return JSONResponse({"status": "down", "neo4j": e.message or type(e).__name__}, status_code=503)
        answers = request.app.state.answers
        return JSONResponse({"status": "ok", "neo4j": "up", "files": len(row["files"]),
                             "nodes": row["nodes"], "relationships": row["relationships"],
                             "cache": {"answers": len(answers.entries), "hits": answers.hits,
                                       "misses": answers.misses}})

    return app


def _require_key(request: Request, expected: str | None) -> None:
    given = request.headers.get("x-api-key", "")
    if not expected or not secrets.compare_digest(given, expected):
        raise HTTPException(status_code=401, detail="an API key (header X-API-Key) is required")
