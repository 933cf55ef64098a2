"""FastAPI application: GraphQL at /graphql (GraphiQL on GET; answers cached per data version), health at
/healthz."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from graphql import GraphQLError
from neo4j import Driver
from neo4j.exceptions import Neo4jError
from pydantic import SecretStr
from strawberry.fastapi import GraphQLRouter

from dkg import browser_guide, graphiql
from dkg.db import open_async_driver, open_driver
from dkg.settings import get_api_settings, get_neo4j_settings, project_root
from graph_api.cache import Answers, ResponseCache
from graph_api.context import Context
from graph_api.guard import RequestGuard
from graph_api.keys import key_matches
from graph_api.schema import build_schema


def create_app() -> FastAPI:
    """Build the app; the Neo4j driver is opened in the lifespan and closed on shutdown."""
    api_settings = get_api_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # the API starts while Neo4j is down, says so at /healthz, and serves once it is back
        app.state.driver = await open_async_driver(get_neo4j_settings(), wait=api_settings.neo4j_wait)
        app.state.database = get_neo4j_settings().database
        app.state.write_lock = asyncio.Lock()
        sync_drivers: list[Driver] = []

        def sync_driver() -> Driver:
            """The blocking driver the load pipeline writes with (mutations run it in a thread), opened once."""
            if not sync_drivers:
                sync_drivers.append(open_driver(get_neo4j_settings(), verify=False))
            return sync_drivers[0]

        app.state.sync_driver = sync_driver
        # what is loaded by now lives as long as the process: out of the collector's way, and collections rarer,
        # so a cached answer is not held up by a full collection (they made the slowest 1 % of answers)
        gc.collect()
        gc.freeze()
        gc.set_threshold(20_000, 20, 20)
        try:
            yield
        finally:
            await app.state.driver.close()
            for driver in sync_drivers:
                driver.close()

    async def context_getter(request: Request) -> Context:
        api = get_api_settings()
        if not api.queries_open:
            _require_key(request, api.api_key)
        return Context(driver=request.app.state.driver, neo4j=get_neo4j_settings(), api=api)

    app = FastAPI(title="directive-kg", lifespan=lifespan,
                  description="Who must do what, by when, under which document — Vietnamese directives as a graph.")
    schema = build_schema(max_depth=api_settings.max_query_depth)
    app.include_router(OfflineGraphiQLRouter(schema, context_getter=context_getter, graphql_ide="graphiql"),
                       prefix="/graphql")
    assets = graphiql.asset_dir(project_root())
    assets.mkdir(parents=True, exist_ok=True)
    app.mount(graphiql.ASSET_URL, StaticFiles(directory=assets), name="graphiql-assets")
    app.state.answers = Answers(api_settings.response_cache)
    if api_settings.response_cache > 0:
        app.add_middleware(ResponseCache, answers=app.state.answers)
    # outermost, before the cache; a request with the right key may carry a document (base64: 4/3 of its size)
    app.add_middleware(RequestGuard, max_bytes=api_settings.max_request_bytes, api_key=api_settings.api_key,
                       max_keyed_bytes=api_settings.max_upload_bytes * 4 // 3 + api_settings.max_request_bytes)

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

    # the Neo4j Browser (another origin: port 7474) fetches these two on connect, hence the CORS header
    @app.get(browser_guide.GUIDE_PATH, response_class=HTMLResponse)
    async def neo4j_browser_guide(request: Request) -> HTMLResponse:
        ctx = Context(driver=request.app.state.driver, neo4j=get_neo4j_settings(), api=get_api_settings())
        try:
            examples, note = (await ctx.read("guide_examples"))[0], ""
        except (GraphQLError, Neo4jError):
            examples, note = None, "Neo4j không phản hồi khi soạn hướng dẫn này / Neo4j did not answer when this " \
                                   "guide was made: the examples are placeholders."
        return HTMLResponse(browser_guide.render(examples, note), headers=_BROWSER_CORS)

    @app.get(browser_guide.STYLE_PATH)
    async def neo4j_browser_style() -> Response:
        style = browser_guide.STYLE_FILE.read_text(encoding="utf-8")
        return Response(style, media_type="text/plain; charset=utf-8", headers=_BROWSER_CORS)

    return app


_BROWSER_CORS = {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache"}


class OfflineGraphiQLRouter(GraphQLRouter):
    """GraphiQL from the API's own assets; without them (`make install` not run) a page that says so."""

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        if not graphiql.installed(project_root()):
            return HTMLResponse("<!doctype html><meta charset=utf-8><title>GraphiQL</title><p>GraphiQL chưa được "
                                "cài / GraphiQL is not installed here: run <code>make install</code> (or <code>dkg "
                                "install-graphiql</code>). POST queries to this URL work without it.</p>",
                                status_code=503)
        return HTMLResponse(graphiql.page())


def _require_key(request: Request, expected: SecretStr | None) -> None:
    if not key_matches(request.headers.get("x-api-key"), expected):
        raise HTTPException(status_code=401, detail="an API key (header X-API-Key) is required")
