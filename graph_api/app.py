"""FastAPI application: GraphQL at /graphql (GraphiQL on GET), health at /healthz."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from neo4j.exceptions import Neo4jError, ServiceUnavailable
from strawberry.fastapi import GraphQLRouter

from dkg.db import open_driver
from dkg.settings import get_api_settings, get_neo4j_settings
from graph_api.context import Context
from graph_api.schema import schema


def create_app() -> FastAPI:
    """Build the app; the Neo4j driver is opened in the lifespan and closed on shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.driver = open_driver(get_neo4j_settings())
        try:
            yield
        finally:
            app.state.driver.close()

    async def context_getter(request: Request) -> Context:
        return Context(driver=request.app.state.driver, neo4j=get_neo4j_settings(), api=get_api_settings())

    app = FastAPI(title="directive-kg", lifespan=lifespan,
                  description="Who must do what, by when, under which document — Vietnamese directives as a graph.")
    app.include_router(GraphQLRouter(schema, context_getter=context_getter), prefix="/graphql")

    @app.get("/healthz")
    def healthz(request: Request) -> JSONResponse:
        ctx = Context(driver=request.app.state.driver, neo4j=get_neo4j_settings(), api=get_api_settings())
        try:
            row = ctx.read("corpus_summary")[0]
        except (ServiceUnavailable, Neo4jError, OSError) as e:
            return JSONResponse({"status": "down", "neo4j": str(e)}, status_code=503)
        return JSONResponse({"status": "ok", "neo4j": "up", "files": len(row["files"]),
                             "nodes": row["nodes"], "relationships": row["relationships"]})

    return app
