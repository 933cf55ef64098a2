"""Writes over the API, behind the key, against the real Neo4j: ingest a document, report progress on its tasks,
ask what is overdue for whom, delete it. An invented document (never part of the corpus) is written and removed."""

from __future__ import annotations

import base64
import io
import shutil
from collections.abc import Iterator

import httpx
import pytest
from conftest import ROOT, serving

from dkg.settings import get_api_settings
from loaders.project import prune_unused
from loaders.validate import validate_in_neo4j

KEY = "k-test-3f9a"
SYMBOL = "45-KH/TU"
PLAN = ("TỈNH ỦY NGHỆ AN\n\nSố 45-KH/TU\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
        "thực hiện chuyển đổi số trong cơ quan đảng\n\nI. NHIỆM VỤ\n\n"
        "1. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt trước ngày 30/3/2026.\n\n"
        "2. Ban Tổ chức Tỉnh ủy rà soát, bổ sung quy hoạch cán bộ trong quý II/2026.\n\n"
        "3. Văn phòng Tỉnh ủy xây dựng kho dữ liệu số trước ngày 31/12/2030.\n")
REPORT_DOC = ("TỈNH ỦY NGHỆ AN\nBAN TUYÊN GIÁO\n\nSố 12-BC/BTGTU\n\nNghệ An, ngày 20 tháng 6 năm 2026\n\nBÁO CÁO\n"
              "kết quả thực hiện Kế hoạch số 45-KH/TU ngày 3/2/2026 của Ban Thường vụ Tỉnh ủy\n\n"
              "Thực hiện Kế hoạch số 45-KH/TU ngày 3/2/2026 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy báo "
              "cáo kết quả như sau:\n\n1. Đã tổ chức hội nghị quán triệt ngày 25/3/2026.\n")
INGEST = """mutation($f: String!, $t: String, $b: String) { ingestDocument(filename: $f, text: $t, contentBase64: $b) {
    ok file tasks problems documents { symbol date tasks { id clause deadline owners { name } } } } }"""
REPORT = """mutation($task: ID!, $status: ProgressStatus!, $asOf: Date, $evidence: String) {
    reportProgress(task: $task, status: $status, asOf: $asOf, evidence: $evidence, reportedBy: "Văn phòng",
                   note: "đã gửi báo cáo") { id status asOf reportedBy evidence taskId } }"""
OVERDUE = """query($body: String!, $asOf: Date) { overdue(body: $body, asOf: $asOf) { totalCount
    edges { node { body { name } task { clause deadline status { status asOf } } document { symbol } } } } }"""


def _post(url: str, query: str, key: str | None = KEY, **variables) -> dict:
    headers = {"X-API-Key": key} if key is not None else {}
    resp = httpx.post(url + "/graphql", json={"query": query, "variables": variables}, headers=headers, timeout=60)
    assert resp.status_code == 200, resp.text
    return resp.json()


def _error(body: dict) -> str:
    assert body.get("errors"), body
    return body["errors"][0]["message"]


@pytest.fixture(scope="module")
def writer(loaded_corpus, driver) -> Iterator[str]:
    """An API with DKG_API_KEY set (and a small upload limit, to test it), on its own port."""
    from graph_api.app import create_app

    mp = pytest.MonkeyPatch()
    mp.setenv("DKG_API_KEY", KEY)
    mp.setenv("DKG_MAX_UPLOAD_BYTES", "300000")
    get_api_settings.cache_clear()
    _forget(driver)  # what an interrupted run may have left
    try:
        with serving(create_app()) as url:
            yield url
    finally:
        mp.undo()
        get_api_settings.cache_clear()
        _forget(driver)


def _forget(driver) -> None:
    """The invented documents, their parts and the progress reports on its tasks (linked or not) are removed."""
    driver.execute_query("MATCH (r:ProgressReport) WHERE r.taskIri CONTAINS '/document/45-kh-tu/' DETACH DELETE r")
    driver.execute_query("MATCH (d:Document) WHERE d.symbol IN $s OPTIONAL MATCH (p:Resource) "
                         "WHERE p.iri STARTS WITH d.iri + '/' DETACH DELETE p, d", s=[SYMBOL, "12-BC/BTGTU"])
    driver.execute_query("MATCH (f:SourceFile) WHERE f.path CONTAINS '/.dkg/uploads/' DETACH DELETE f")
    shutil.rmtree(ROOT / ".dkg" / "uploads", ignore_errors=True)
    prune_unused(driver, None)  # and the bodies only that document named


def _tasks(driver) -> int:
    records, _, _ = driver.execute_query("MATCH (t:Task)-[:DOCUMENT]->(:Document {symbol: $s}) RETURN count(t) AS n",
                                         s=SYMBOL)
    return records[0]["n"]


def _reports(driver) -> int:
    return driver.execute_query("MATCH (r:ProgressReport) RETURN count(r) AS n").records[0]["n"]


def test_without_a_configured_key_every_mutation_is_refused(loaded_corpus, driver, monkeypatch):
    from graph_api.app import create_app

    monkeypatch.delenv("DKG_API_KEY", raising=False)
    monkeypatch.setenv("DKG_API_KEY", "")
    get_api_settings.cache_clear()
    try:
        with serving(create_app()) as url:
            body = _post(url, INGEST, f="ke-hoach.txt", t=PLAN, b=None)
    finally:
        monkeypatch.undo()
        get_api_settings.cache_clear()
    assert "DKG_API_KEY" in _error(body) and body["data"] is None
    assert _tasks(driver) == 0


def test_a_missing_or_wrong_key_is_refused_and_writes_nothing(writer, driver):
    for key in (None, "wrong", KEY + "x"):
        assert "X-API-Key" in _error(_post(writer, INGEST, key=key, f="ke-hoach.txt", t=PLAN, b=None))
    assert _tasks(driver) == 0


def test_an_integrator_ingests_reports_progress_and_sees_what_is_overdue(writer, driver):
    body = _post(writer, INGEST, f="ke-hoach.txt", t=PLAN, b=None)
    assert "errors" not in body, body
    result = body["data"]["ingestDocument"]
    assert result["ok"] and result["tasks"] == 3 and result["file"].startswith(".dkg/uploads/")
    (doc,) = result["documents"]
    assert doc["symbol"] == SYMBOL and doc["date"] == "2026-02-03"
    by_clause = {t["clause"]: t for t in doc["tasks"]}
    assert {c: (t["deadline"], [o["name"] for o in t["owners"]]) for c, t in by_clause.items()} == {
        "I.1": ("2026-03-30", ["Ban Tuyên giáo Tỉnh ủy Nghệ An"]),
        "I.2": ("2026-Q2", ["Ban Tổ chức Tỉnh ủy Nghệ An"]),
        "I.3": ("2030-12-31", ["Văn phòng Tỉnh ủy Nghệ An"])}

    # on 1 July 2026 the first two are late for their bodies; the third is not due yet
    late = _post(writer, OVERDUE, body="Ban Tuyên giáo Tỉnh ủy Nghệ An", asOf="2026-07-01")["data"]["overdue"]
    assert late["totalCount"] == 1 and late["edges"][0]["node"]["task"]["clause"] == "I.1"
    assert _post(writer, OVERDUE, body="Văn phòng Tỉnh ủy Nghệ An", asOf="2026-07-01")["data"]["overdue"][
        "totalCount"] == 0

    first = by_clause["I.1"]["id"]
    started = _post(writer, REPORT, task=first, status="IN_PROGRESS", asOf="2026-03-10", evidence=None)
    assert started["data"]["reportProgress"]["status"] == "IN_PROGRESS"
    done = _post(writer, REPORT, task=first, status="DONE", asOf="2026-06-20", evidence=None)["data"]["reportProgress"]
    assert (done["status"], done["asOf"], done["taskId"], done["reportedBy"]) == ("DONE", "2026-06-20", first,
                                                                                  "Văn phòng")
    # the answer cached before the reports is not served again: done by 20 June, the task is no longer late
    late = _post(writer, OVERDUE, body="Ban Tuyên giáo Tỉnh ủy Nghệ An", asOf="2026-07-01")["data"]["overdue"]
    assert late["totalCount"] == 0
    # … but on 1 June it was
    assert _post(writer, OVERDUE, body="Ban Tuyên giáo Tỉnh ủy Nghệ An", asOf="2026-06-01")["data"]["overdue"][
        "totalCount"] == 1

    status = _post(writer, """query($s: String!) { document(symbol: $s) { tasks { clause
        status { status } history { status asOf } } } }""", s=SYMBOL)["data"]["document"]["tasks"]
    one = next(t for t in status if t["clause"] == "I.1")
    assert one["status"]["status"] == "DONE"
    assert [(h["status"], h["asOf"]) for h in one["history"]] == [("DONE", "2026-06-20"),
                                                                  ("IN_PROGRESS", "2026-03-10")]
    progress = _post(writer, """{ progress(document: "45-kh/tu", asOf: "2026-07-01") { total notReported done
        inProgress pastDeadlineNotDone } }""")["data"]["progress"]
    assert progress == {"total": 3, "notReported": 2, "done": 1, "inProgress": 0, "pastDeadlineNotDone": 1}

    # SHACL: done without evidence is a warning on that report
    findings = validate_in_neo4j(driver, None).results
    assert any(r.focus == done["id"] and r.severity == "Warning" and r.message_en.startswith(
        "Reported done without evidence") for r in findings)

    # the same file again changes nothing and keeps the reports on their tasks
    again = _post(writer, INGEST, f="ke-hoach.txt", t=PLAN, b=None)["data"]["ingestDocument"]
    assert again["ok"] and again["file"] == result["file"] and _tasks(driver) == 3
    status = _post(writer, """query($s: String!) { document(symbol: $s) { tasks { clause status { status } } } }""",
                   s=SYMBOL)["data"]["document"]["tasks"]
    assert {t["clause"]: (t["status"] or {}).get("status") for t in status} == {"I.1": "DONE", "I.2": None,
                                                                                "I.3": None}


def test_bad_reports_are_refused_with_the_reason_and_write_nothing(writer, driver):
    _post(writer, INGEST, f="ke-hoach.txt", t=PLAN, b=None)
    task = driver.execute_query("MATCH (t:Task)-[:DOCUMENT]->(:Document {symbol: $s}) RETURN t.iri AS iri LIMIT 1",
                                s=SYMBOL).records[0]["iri"]
    before = _reports(driver)
    assert "no task" in _error(_post(writer, REPORT, task=task + "-nope", status="DONE", asOf=None, evidence=None))
    assert "before the task's document" in _error(_post(writer, REPORT, task=task, status="DONE",
                                                        asOf="2026-01-15", evidence=None))
    assert "a day to come" in _error(_post(writer, REPORT, task=task, status="DONE", asOf="2099-01-01",
                                           evidence=None))
    assert "FINISHED" in _error(_post(writer, REPORT, task=task, status="FINISHED", asOf=None, evidence=None))
    assert _reports(driver) == before


def test_a_word_file_ingests_like_its_text_and_bad_files_are_named(writer):
    from docx import Document as WordDocument

    word = WordDocument()
    for line in PLAN.split("\n\n"):
        word.add_paragraph(line.strip())
    buffer = io.BytesIO()
    word.save(buffer)
    body = _post(writer, INGEST, f="ke-hoach.docx", t=None, b=base64.b64encode(buffer.getvalue()).decode())
    result = body["data"]["ingestDocument"]
    # the same work as the text file: one document, both files its sources, the same tasks
    (doc,) = result["documents"]
    assert result["ok"] and doc["symbol"] == SYMBOL
    assert {(t["clause"], t["deadline"]) for t in doc["tasks"]} == {("I.1", "2026-03-30"), ("I.2", "2026-Q2"),
                                                                   ("I.3", "2030-12-31")}

    zipped = io.BytesIO()
    import zipfile
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("hello.txt", "not a Word document")
    bad = _post(writer, INGEST, f="x.docx", t=None, b=base64.b64encode(zipped.getvalue()).decode())
    assert not bad["data"]["ingestDocument"]["ok"] and bad["data"]["ingestDocument"]["documents"] == []
    assert any("not a Word document" in p for p in bad["data"]["ingestDocument"]["problems"])
    assert "not a PDF" in _error(_post(writer, INGEST, f="x.pdf", t=None, b=base64.b64encode(b"hello").decode()))
    assert "unsupported kind" in _error(_post(writer, INGEST, f="x.exe", t="MZ", b=None))
    assert "not valid base64" in _error(_post(writer, INGEST, f="x.pdf", t=None, b="%%%"))
    assert "either as text or as contentBase64" in _error(_post(writer, INGEST, f="x.txt", t="a", b="YQ=="))


def test_an_upload_over_the_limit_is_refused_before_it_is_read(writer):
    big = base64.b64encode(b"%PDF" + b"0" * 600_000).decode()
    resp = httpx.post(writer + "/graphql", json={"query": INGEST, "variables": {"f": "big.pdf", "b": big}},
                      headers={"X-API-Key": KEY}, timeout=60)
    assert resp.status_code == 413 and "DKG_MAX_UPLOAD_BYTES" in resp.json()["errors"][0]["message"]
    # without the key even a much smaller request is too large for an anonymous client
    resp = httpx.post(writer + "/graphql", json={"query": INGEST, "variables": {"f": "a.pdf", "b": big[:100_000]}},
                      timeout=60)
    assert resp.status_code == 413 and "DKG_MAX_REQUEST_BYTES" in resp.json()["errors"][0]["message"]


def test_deleting_a_document_removes_what_it_said_and_its_reports(writer, driver):
    _post(writer, INGEST, f="ke-hoach.txt", t=PLAN, b=None)
    task = driver.execute_query("MATCH (t:Task)-[:DOCUMENT]->(:Document {symbol: $s}) RETURN t.iri AS iri LIMIT 1",
                                s=SYMBOL).records[0]["iri"]
    _post(writer, REPORT, task=task, status="IN_PROGRESS", asOf="2026-04-01", evidence="BC-12")
    before = _reports(driver)
    gone = _post(writer, 'mutation { deleteDocument(symbol: "45-kh/tu") { symbol parts progressReports '
                         'keptAsReference } }')["data"]["deleteDocument"]
    assert gone["symbol"] == SYMBOL and gone["parts"] > 3 and gone["progressReports"] >= 1
    assert not gone["keptAsReference"] and _tasks(driver) == 0 and _reports(driver) == before - gone["progressReports"]
    assert driver.execute_query("MATCH (d:Document {symbol: $s}) RETURN count(d) AS n", s=SYMBOL).records[0]["n"] == 0
    assert "no document" in _error(_post(writer, 'mutation { deleteDocument(symbol: "45-KH/TU") { symbol } }'))


def test_a_loaded_report_is_linked_to_the_plan_it_reports_on_and_sets_no_status(writer, driver):
    _post(writer, INGEST, f="ke-hoach.txt", t=PLAN, b=None)
    before = _reports(driver)
    result = _post(writer, INGEST, f="bao-cao.txt", t=REPORT_DOC, b=None)["data"]["ingestDocument"]
    assert result["ok"] and result["documents"][0]["symbol"] == "12-BC/BTGTU"
    plan = _post(writer, """query($s: String!) { document(symbol: $s) { reports { symbol type }
        tasks { status { status } } } }""", s=SYMBOL)["data"]["document"]
    assert plan["reports"] == [{"symbol": "12-BC/BTGTU", "type": "Báo cáo"}]
    assert all(t["status"] is None for t in plan["tasks"]) and _reports(driver) == before  # a human confirms
    report = _post(writer, '{ document(symbol: "12-BC/BTGTU") { reportsOn { symbol } } }')["data"]["document"]
    assert report["reportsOn"] == [{"symbol": SYMBOL}]
    assert _post(writer, 'mutation { deleteDocument(symbol: "12-BC/BTGTU") { keptAsReference } }')["data"][
        "deleteDocument"] == {"keptAsReference": False}
