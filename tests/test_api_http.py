"""The GraphQL API over HTTP, answering from Neo4j."""

from __future__ import annotations

import httpx
from conftest import CORPUS, graphql


def test_corpus_query_returns_the_loaded_files_from_neo4j(api_url):
    body = graphql(api_url, "{ corpus { nodes files { name length } } }")
    assert "errors" not in body, body
    files = {f["name"]: f["length"] for f in body["data"]["corpus"]["files"]}
    for path in CORPUS.glob("*.txt"):
        assert files[path.name] == len(path.read_text(encoding="utf-8"))
    assert body["data"]["corpus"]["nodes"] >= 5


def test_graphiql_is_served_on_get(api_url):
    resp = httpx.get(api_url + "/graphql", headers={"Accept": "text/html"}, timeout=10)
    assert resp.status_code == 200 and "graphiql" in resp.text.lower()


def test_healthz_reports_neo4j_and_corpus_size(api_url):
    body = httpx.get(api_url + "/healthz", timeout=10).json()
    assert body["status"] == "ok" and body["files"] >= 5
