"""Shared fixtures: the real Neo4j started by `make test`, the loaded corpus, the API over HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn
from neo4j import Driver

from dkg.db import open_driver
from dkg.errors import Neo4jUnavailable
from dkg.settings import Neo4jSettings, get_neo4j_settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def neo4j_settings() -> Neo4jSettings:
    return get_neo4j_settings()


@pytest.fixture(scope="session")
def driver(neo4j_settings: Neo4jSettings) -> Iterator[Driver]:
    try:
        drv = open_driver(neo4j_settings)
    except Neo4jUnavailable as e:
        pytest.fail(f"the tests need the real Neo4j (`make test` starts it): {e}")
    yield drv
    drv.close()


@pytest.fixture(scope="session")
def loaded_corpus(driver: Driver, neo4j_settings: Neo4jSettings):
    """The sample corpus loaded into Neo4j (idempotent, so it is safe beside a user's own load)."""
    from loaders.pipeline import load_paths

    report = load_paths(driver, [CORPUS], database=neo4j_settings.database)
    assert not report.failed, report.problems
    return report


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(app) -> Iterator[str]:
    """`app` served by uvicorn on a free port in a thread; yields its URL once /healthz answers."""
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code in (200, 503):
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        pytest.fail("the API did not start")
    try:
        yield url
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def api_url(loaded_corpus) -> Iterator[str]:
    """The real FastAPI app served by uvicorn on a free port, spoken to over HTTP."""
    from graph_api.app import create_app

    with serving(create_app()) as url:
        yield url


def graphql(api_url: str, query: str, **variables) -> dict:
    """POST a GraphQL query; return the whole JSON response."""
    resp = httpx.post(api_url + "/graphql", json={"query": query, "variables": variables}, timeout=30)
    assert resp.status_code == 200, resp.text
    return resp.json()
