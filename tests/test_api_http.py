"""The GraphQL API over HTTP, answering from the real Neo4j loaded with the corpus."""

from __future__ import annotations

import base64
import socket
import time
from pathlib import Path

import httpx
import pytest
from conftest import CORPUS, graphql

ACCEPTANCE = """{ responsibilities(body: "Ban Tuyên giáo") {
    edges { node { role matchedVia
      body { name level }
      task { text clause deadline ownerKind }
      document { symbol type date } } } } }"""


def test_acceptance_query_returns_the_six_responsibilities(api_url):
    body = graphql(api_url, ACCEPTANCE)
    assert "errors" not in body, body
    nodes = [e["node"] for e in body["data"]["responsibilities"]["edges"]]
    direct = {(n["body"]["name"], n["body"]["level"], n["document"]["symbol"], n["task"]["clause"],
               n["task"]["deadline"], n["matchedVia"]) for n in nodes if n["matchedVia"] in ("DIRECT", "POST")}
    assert direct == {
        ("Ban Tuyên giáo Trung ương", "trung-uong", "20-NQ/TW", "C.4", None, "DIRECT"),
        ("Ban Tuyên giáo Trung ương", "trung-uong", "69-KL/TW", "7 • 5", None, "DIRECT"),
        ("Ban Tuyên giáo Trung ương", "trung-uong", "57-NQ/TW", "IV.5", None, "DIRECT"),
        ("Ban Tuyên giáo Trung ương", "trung-uong", "01-TB/BCĐTW", "2 • (3)", "2025-Q1", "POST"),
        ("Ban Tuyên giáo Tỉnh ủy Long An", "tinh", "2241-CV/TU", "¶", "2024-02-27", "DIRECT"),
        ("Ban Tuyên giáo Huyện ủy Cần Đước", "huyen", "1614-CV/HU", "¶", None, "DIRECT"),
    }
    assert all(n["role"] == "OWNER" for n in nodes)
    # groups that cover a Ban of the Party ("các … ban đảng") count too, and say so
    assert {n["matchedVia"] for n in nodes} == {"DIRECT", "POST", "GROUP"}


def test_responsibilities_without_groups_and_with_provenance(api_url):
    body = graphql(api_url, """{ responsibilities(body: "ban tuyen giao", includeGroups: false) {
        totalCount edges { node { provenance { file start end quote } } } } }""")
    data = body["data"]["responsibilities"]
    assert data["totalCount"] == 6
    for edge in data["edges"]:
        p = edge["node"]["provenance"]
        raw = (CORPUS / p["file"]).read_text(encoding="utf-8")
        assert raw[p["start"]:p["end"]] == p["quote"] and "Tuyên giáo" in p["quote"]


def test_an_unknown_body_gives_an_empty_result_with_suggestions(api_url):
    body = graphql(api_url, '{ responsibilities(body: "Ban Tuyen giao Trung uong Dang XYZ") '
                            '{ totalCount suggestions edges { node { role } } } }')
    assert "errors" not in body
    data = body["data"]["responsibilities"]
    assert data["totalCount"] == 0 and data["edges"] == []
    assert "Ban Tuyên giáo Trung ương" in data["suggestions"]


def test_orphan_and_collective_only_tasks_are_listed(api_url):
    nodes, after = [], None
    while True:  # every page: ownerless tasks come first, collective-only ones after them
        body = graphql(api_url, "query($after: String) { tasks(filter: {orphan: true}, first: 100, after: $after) { "
                                "edges { node { ownerKind document { symbol } owners { name kind } } } "
                                "pageInfo { hasNextPage endCursor } } }", after=after)
        nodes += [e["node"] for e in body["data"]["tasks"]["edges"]]
        page = body["data"]["tasks"]["pageInfo"]
        if not page["hasNextPage"]:
            break
        after = page["endCursor"]
    assert {n["ownerKind"] for n in nodes} == {"none", "collective"}
    assert all(all(o["kind"] == "group" for o in n["owners"]) or n["ownerKind"] != "explicit" for n in nodes)
    assert any(n["document"]["symbol"] == "57-NQ/TW" and n["owners"] == [] for n in nodes)


def test_lineage_of_the_conclusion(api_url):
    body = graphql(api_url, """{ document(symbol: "69-kl/tw") { symbol type issuer { name }
        copies { symbol } forwardingLetters { symbol }
        lineage(depth: 2) { direction depth relation document { symbol } } } }""")
    doc = body["data"]["document"]
    assert doc["issuer"]["name"] == "Bộ Chính trị"
    up = {(x["relation"], x["document"]["symbol"]) for x in doc["lineage"] if x["direction"] == "UPSTREAM"}
    down = {(x["relation"], x["document"]["symbol"]) for x in doc["lineage"] if x["direction"] == "DOWNSTREAM"}
    assert ("CONTINUES", "20-NQ/TW") in up
    assert {("COPY_OF", "09-BS/ĐUK"), ("COPY_OF", "287-BS/VPTU"), ("COPY_OF", "279-BS/VPHU"),
            ("FORWARDS", "2241-CV/TU"), ("FORWARDS", "1614-CV/HU")} <= down
    assert {c["symbol"] for c in doc["copies"]} == {"09-BS/ĐUK", "287-BS/VPTU", "279-BS/VPHU"}


def test_an_indicator_shows_targets_of_two_resolutions(api_url):
    body = graphql(api_url, '{ indicator(id: "rd-spending-gdp") { name targets { year value unit '
                            'document { symbol } } } }')
    targets = body["data"]["indicator"]["targets"]
    assert {(t["document"]["symbol"], t["year"], t["value"]) for t in targets} >= {
        ("20-NQ/TW", 2015, 1.5), ("20-NQ/TW", 2020, 2.0), ("20-NQ/TW", 2030, 3.0), ("57-NQ/TW", 2030, 2.0)}


def test_bodies_search_is_accent_and_alias_insensitive(api_url):
    for search, expected in (("ban tuyen giao", "Ban Tuyên giáo Trung ương"), ("BTGTW", "Ban Tuyên giáo Trung ương"),
                             ("Tỉnh uỷ Long An", "Tỉnh ủy Long An"), ("Tỉnh ủy Long An", "Tỉnh ủy Long An")):
        body = graphql(api_url, "query($s: String!) { bodies(search: $s) { edges { node { name } } } }", s=search)
        names = [e["node"]["name"] for e in body["data"]["bodies"]["edges"]]
        assert expected in names, (search, names)


def test_body_with_hierarchy_and_successors(api_url):
    body = graphql(api_url, """{ body(name: "Tỉnh Long An") { name level successors { name } } }""")
    assert body["data"]["body"]["successors"] == [{"name": "Tỉnh Tây Ninh"}]
    body = graphql(api_url, """{ body(name: "Ban Tuyên giáo Tỉnh ủy Long An") { level parent { name } } }""")
    assert body["data"]["body"] == {"level": "tinh", "parent": {"name": "Tỉnh ủy Long An"}}


def test_a_page_of_tasks_with_owners_and_documents_runs_a_bounded_number_of_queries(api_url):
    query = """query($n: Int!) { tasks(first: $n) { edges { node { text owners { name }
        document { symbol issuer { name } } } } } }"""
    small = graphql(api_url, query, n=5)
    large = graphql(api_url, query, n=50)
    assert len(large["data"]["tasks"]["edges"]) == 50
    assert large["extensions"]["cypherQueries"] == small["extensions"]["cypherQueries"] <= 4


def test_pagination_cursors_walk_the_whole_list(api_url):
    seen, after = [], None
    while True:
        body = graphql(api_url, "query($a: String) { tasks(first: 20, after: $a) { edges { node { id } } "
                                "pageInfo { hasNextPage endCursor } } }", a=after)
        page = body["data"]["tasks"]
        seen += [e["node"]["id"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) >= 69


def test_page_size_and_depth_limits_give_clear_errors(api_url):
    too_big = graphql(api_url, "{ tasks(first: 1000) { edges { node { id } } } }")
    assert "at most 100" in too_big["errors"][0]["message"]
    deep = "{ bodies { edges { node { " + "parent { " * 14 + "name" + " }" * 14 + " } } } }"
    assert "exceeds maximum operation depth" in graphql(api_url, deep)["errors"][0]["message"]


def test_validation_reports_the_latest_run(api_url, loaded_corpus):
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "dkg.cli", "validate", "--format", "json"], capture_output=True,
                   cwd=Path(__file__).resolve().parents[1], timeout=300)
    body = graphql(api_url, "{ validation { at violations warnings results { severity messageVi messageEn "
                            "document clause quote } } }")
    run = body["data"]["validation"]
    assert run["violations"] > 0 and run["warnings"] > 0
    first = run["results"][0]
    assert first["severity"] == "Violation" and first["messageVi"] and first["messageEn"] and first["quote"]

    # a page of it, one kind of finding: what a client of a run over 100k tasks asks for
    paged = graphql(api_url, "{ validation { results(severity: \"Warning\", offset: 1, first: 2) { severity focus } "
                             "all: results(severity: \"Warning\") { focus } } }")["data"]["validation"]
    warnings = [r["focus"] for r in paged["all"]]
    assert len(warnings) == run["warnings"] >= 3
    assert [r["focus"] for r in paged["results"]] == warnings[1:3]
    assert {r["severity"] for r in paged["results"]} == {"Warning"}


def test_graphiql_is_served_on_get_with_every_asset_from_the_api_itself(api_url):
    import hashlib
    import re

    resp = httpx.get(api_url + "/graphql", headers={"Accept": "text/html"}, timeout=10)
    assert resp.status_code == 200 and "graphiql" in resp.text.lower()
    # no CDN: a closed network has none (the only URL left is the SVG namespace of the favicon)
    assert set(re.findall(r"https?://[^\s\"'<>)%]+", resp.text)) == {"http://www.w3.org/2000/svg"}
    assets = re.findall(r'(?:src|href)="(/graphiql-assets/[^"]+)"\s+integrity="sha384-([^"]+)"', resp.text)
    assert len(assets) == 7
    for path, integrity in assets:
        asset = httpx.get(api_url + path, timeout=10)
        assert asset.status_code == 200
        assert base64.b64encode(hashlib.sha384(asset.content).digest()).decode() == integrity


def test_healthz_reports_neo4j_and_corpus_size(api_url):
    body = httpx.get(api_url + "/healthz", timeout=10).json()
    assert body["status"] == "ok" and body["files"] >= 5 and body["nodes"] > 100


def test_corpus_query_returns_the_loaded_files_from_neo4j(api_url):
    body = graphql(api_url, "{ corpus { nodes files { name length } } }")
    files = {f["name"]: f["length"] for f in body["data"]["corpus"]["files"]}
    for path in CORPUS.glob("*.txt"):
        assert files[path.name] == len(path.read_text(encoding="utf-8"))


def test_exported_sdl_is_current():
    from graph_api.schema import schema

    sdl = (Path(__file__).resolve().parents[1] / "graph_api" / "schema.graphql").read_text(encoding="utf-8")
    assert sdl == schema.as_str() + "\n", "run `dkg schema` to refresh graph_api/schema.graphql"


def test_a_cached_answer_is_never_served_after_a_load_changed_the_data(api_url, driver, neo4j_settings, tmp_path):
    import uuid

    import httpx

    from loaders.pipeline import load_paths
    from loaders.project import prune_unused

    num = 80000 + uuid.uuid4().int % 9999
    query = f'{{ document(symbol: "{num}-CV/TU") {{ symbol tasks {{ text }} }} }}'
    hits = httpx.get(api_url + "/healthz").json()["cache"]["hits"]
    assert graphql(api_url, query)["data"]["document"] is None
    assert graphql(api_url, query)["data"]["document"] is None
    assert httpx.get(api_url + "/healthz").json()["cache"]["hits"] == hits + 1  # the second came from the cache
    (tmp_path / "letter.txt").write_text(
        f"TỈNH ỦY NGHỆ AN\n*\nSố {num}-CV/TU\n\nNghệ An, ngày 4 tháng 3 năm 2026\n\nV/v tổ chức hội nghị\n\n"
        "Kính gửi: Các ban đảng Tỉnh ủy.\n\nGiao Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt "
        "trước ngày 30 tháng 4 năm 2026.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nLê Văn Bình\n", encoding="utf-8")
    iri = f"https://directive-kg.example.org/id/document/{num}-cv-tu"
    try:
        assert not load_paths(driver, [tmp_path], database=neo4j_settings.database).failed
        found = graphql(api_url, query)["data"]["document"]
        assert found["symbol"] == f"{num}-CV/TU" and "hội nghị quán triệt" in found["tasks"][0]["text"]
    finally:
        driver.execute_query("MATCH (n:Resource) WHERE n.iri = $iri OR n.iri STARTS WITH $iri + '/' "
                             "DETACH DELETE n", iri=iri)
        driver.execute_query("MATCH (f:SourceFile {name: 'letter.txt'}) DETACH DELETE f")
        prune_unused(driver, neo4j_settings.database)


TASKS_PAGE = "query($after: String, $first: Int) { tasks(first: $first, after: $after) { edges { cursor } } }"


@pytest.mark.parametrize(("body", "status", "says"), [
    (b"42", 400, "one JSON object"),
    (b'"x"', 400, "one JSON object"),
    (b"null", 400, "not null"),
    (b'[{"query": "{ corpus { nodes } }"}]', 400, "batched requests"),
    (b"\xff\xfe{\x00", 400, "not UTF-8"),
    (b"{not json", 400, "not JSON"),
    (b'{"query": 5}', 400, "no query"),
    (b'{"query": "{ corpus { nodes } }", "variables": [1]}', 400, "variables must be"),
    (b'{"query": "' + b"a" * (2 * 1024 * 1024) + b'"}', 413, "larger than"),
])
def test_a_request_that_is_no_graphql_request_gets_a_clear_client_error(api_url, body, status, says):
    resp = httpx.post(api_url + "/graphql", content=body, headers={"content-type": "application/json"}, timeout=30)
    assert resp.status_code == status
    [error] = resp.json()["errors"]
    assert says in error["message"] and "Traceback" not in resp.text


@pytest.mark.parametrize(("variables", "says"), [
    ({"after": base64.b64encode(b"offset:-4").decode()}, "invalid cursor"),
    ({"after": base64.b64encode(b"offset:99999999999999999999999").decode()}, "invalid cursor"),
    ({"after": "Z" * 5000}, "invalid cursor"),
    ({"first": -1}, "zero or more"),
    ({"first": 2**31 - 1}, "at most"),
])
def test_garbage_cursors_and_page_sizes_are_refused_without_internals(api_url, variables, says):
    body = graphql(api_url, TASKS_PAGE, **variables)
    [error] = body["errors"]
    assert says in error["message"] and len(error["message"]) < 200
    for internal in ("SKIP", "Neo4j", "C long", "Traceback"):
        assert internal not in error["message"]


def test_an_api_whose_neo4j_does_not_answer_says_so_at_once(monkeypatch, neo4j_settings):
    # the real app, pointed at a port where no Neo4j listens: it starts, says "down" and answers 503 quickly
    from fastapi.testclient import TestClient

    from dkg.settings import get_api_settings, get_neo4j_settings
    from graph_api.app import create_app

    port = _closed_port()
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{port}")
    monkeypatch.setenv("DKG_NEO4J_WAIT", "2")
    get_neo4j_settings.cache_clear()
    get_api_settings.cache_clear()
    try:
        with TestClient(create_app()) as client:
            started = time.monotonic()
            health = client.get("/healthz")
            assert health.status_code == 503 and health.json()["status"] == "down"
            resp = client.post("/graphql", json={"query": "{ corpus { nodes } }"})
            assert resp.status_code == 503
            assert "Neo4j is not answering" in resp.json()["errors"][0]["message"]
            assert time.monotonic() - started < 10  # not the driver's 30 s of retries per request
    finally:
        get_neo4j_settings.cache_clear()
        get_api_settings.cache_clear()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens there


@pytest.mark.parametrize("name", ['ban "tuyên" AND giáo~', "*:* OR x", "+-&&||!(){}[]^\"~*?:\\/", "a\x00b",
                                  "' OR 1=1 --", "Ban Tuyên giáo" * 500])
def test_search_names_with_query_syntax_or_odd_characters_are_plain_text(api_url, name):
    body = graphql(api_url, "query($n: String!) { responsibilities(body: $n) { totalCount } "
                            "bodies(search: $n) { edges { node { name } } } }", n=name)
    assert "errors" not in body, body
    assert body["data"]["responsibilities"]["totalCount"] == 0


def test_deep_nesting_and_thousands_of_aliases_are_refused_with_a_clear_error(api_url):
    deep = "{ documents { edges { node { " + "references { " * 30 + "symbol" + " }" * 30 + " } } } }"
    aliases = "{ " + " ".join(f"a{i}: corpus {{ nodes }}" for i in range(2000)) + " }"
    for query in (deep, aliases):
        resp = httpx.post(api_url + "/graphql", json={"query": query}, timeout=30)
        assert resp.status_code in (200, 400)
        [error, *_] = resp.json()["errors"]
        assert any(w in error["message"] for w in ("depth", "aliases", "tokens")), error
