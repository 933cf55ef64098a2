"""Loading the corpus into the real Neo4j."""

from __future__ import annotations

from pathlib import Path

from conftest import CORPUS

from loaders.pipeline import load_paths
from loaders.project import prune_unused


def _count(driver, query: str) -> int:
    records, _, _ = driver.execute_query(query)
    return records[0][0]


def test_loading_the_corpus_records_every_file_with_its_length(driver, loaded_corpus):
    records, _, _ = driver.execute_query(
        "MATCH (f:SourceFile) WHERE f.file IN $names RETURN f.file AS file, f.length AS length",
        names=[p.name for p in CORPUS.glob("*.txt")])
    got = {r["file"]: r["length"] for r in records}
    expected = {p.name: len(p.read_text(encoding="utf-8")) for p in CORPUS.glob("*.txt")}
    assert len(expected) == 5
    assert got == expected


def test_loading_twice_changes_nothing(driver, loaded_corpus, neo4j_settings):
    before = (_count(driver, "MATCH (n) RETURN count(n)"), _count(driver, "MATCH ()-[r]->() RETURN count(r)"))
    load_paths(driver, [CORPUS], database=neo4j_settings.database)
    after = (_count(driver, "MATCH (n) RETURN count(n)"), _count(driver, "MATCH ()-[r]->() RETURN count(r)"))
    assert after == before


def test_a_broken_file_is_reported_and_the_others_still_load(driver, tmp_path: Path, neo4j_settings):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    good = tmp_path / "b_good.txt"
    good.write_text((CORPUS / "001_d0d5ecd0f3562ced.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = load_paths(driver, [tmp_path], database=neo4j_settings.database)
    assert report.failed
    assert [p.file for p in report.problems] == [str(tmp_path / "a_empty.txt")]
    assert report.files_loaded == 1


SNAPSHOT = """
UNWIND $docs AS doc
MATCH (n:Resource) WHERE n.iri = doc OR n.iri STARTS WITH doc + '/'
OPTIONAL MATCH (n)-[r]->(m)
WITH n, collect([type(r), m.iri]) AS out
RETURN n.iri AS iri, labels(n) AS labels, properties(n) AS props, out
"""


def _snapshot(driver, iris: list[str]) -> dict:
    records, _, _ = driver.execute_query(SNAPSHOT, docs=iris)
    return {r["iri"]: (sorted(r["labels"]), r["props"], sorted(map(tuple, r["out"]))) for r in records}


def test_documents_written_in_one_batch_are_what_writing_them_one_by_one_gives(driver, loaded_corpus,
                                                                               neo4j_settings):
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF

    from loaders.pipeline import extract_paths
    from loaders.project import write_document, write_documents
    from loaders.to_rdf import document_graph, document_iri
    from ontology.terms import DKG

    db = neo4j_settings.database
    extraction = extract_paths([CORPUS])
    graphs = [(document_graph(d, extraction.file_shas), str(document_iri(d))) for d in extraction.documents]
    iris = [iri for _, iri in graphs]
    assert write_documents(driver, graphs, db) == [None] * len(graphs)
    batched = _snapshot(driver, iris)
    for g, iri in graphs:
        write_document(driver, g, iri, db)
    one_by_one = _snapshot(driver, iris)
    assert batched == one_by_one
    assert sum("Task" in labels for labels, _, _ in batched.values()) > 200

    # a document Neo4j refuses (a part whose IRI is too long to index) fails alone and keeps its old facts
    bad_graph, bad_iri = Graph(), graphs[1][1]
    bad_graph += graphs[1][0]
    bad_graph.add((URIRef(bad_iri + "/task/" + "x" * 40000), RDF.type, DKG.Task))
    errors = write_documents(driver, [graphs[0], (bad_graph, bad_iri), graphs[2]], db)
    assert errors[0] is None and errors[2] is None
    assert errors[1] is not None and bad_iri in str(errors[1]) and "too large" in str(errors[1])
    assert _snapshot(driver, [bad_iri]) == {k: v for k, v in one_by_one.items()
                                           if k == bad_iri or k.startswith(bad_iri + "/")}


def test_each_document_is_checked_against_the_shapes_as_it_is_loaded(driver, tmp_path, neo4j_settings):
    import uuid

    from loaders.project import prune_unused

    num = 70000 + uuid.uuid4().int % 9999
    (tmp_path / "orphan.txt").write_text(
        f"TỈNH ỦY NGHỆ AN\n*\nSố {num}-CV/TU\n\nNghệ An, ngày 4 tháng 3 năm 2026\n\nV/v triển khai nghị quyết\n\n"
        "Kính gửi: Các ban đảng Tỉnh ủy.\n\nI. NHIỆM VỤ\n1. Giao Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị "
        "quán triệt.\n2. Khẩn trương rà soát, sửa đổi, bổ sung các quy định về công tác cán bộ.\n\n"
        "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nLê Văn Bình\n", encoding="utf-8")
    iri = f"https://directive-kg.example.org/id/document/{num}-cv-tu"
    try:
        report = load_paths(driver, [tmp_path], database=neo4j_settings.database)
        assert not report.failed
        # the second item names no owner: an orphan task, reported by the load itself
        assert report.findings[f"{num}-CV/TU"]["Violation"] == 1
    finally:
        driver.execute_query("MATCH (n:Resource) WHERE n.iri = $iri OR n.iri STARTS WITH $iri + '/' "
                             "DETACH DELETE n", iri=iri)
        driver.execute_query("MATCH (f:SourceFile {name: 'orphan.txt'}) DETACH DELETE f")
        prune_unused(driver, neo4j_settings.database)


def test_a_batch_written_to_a_database_that_does_not_answer_fails_each_document_by_name():
    from neo4j import GraphDatabase

    from loaders.pipeline import extract_paths
    from loaders.project import write_documents
    from loaders.to_rdf import document_graph, document_iri

    extraction = extract_paths([CORPUS / "001_d0d5ecd0f3562ced.txt"])
    graphs = [(document_graph(d, extraction.file_shas), str(document_iri(d))) for d in extraction.documents]
    down = GraphDatabase.driver("bolt://127.0.0.1:1", auth=("neo4j", "x"), max_transaction_retry_time=0.5,
                                connection_timeout=1)
    try:
        errors = write_documents(down, graphs, "neo4j")
    finally:
        down.close()
    assert len(errors) == len(graphs) >= 1
    for error, (_, iri) in zip(errors, graphs, strict=True):
        assert error is not None and iri in str(error) and "does not answer" in str(error)


NOTICE = ("TỈNH ỦY NGHỆ AN\n\nSố 15-TB/TU\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nTHÔNG BÁO\n"
          "kết luận của Ban Thường vụ Tỉnh ủy\n\n1. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt "
          "trước ngày 30/3/2026.\n")


def _documents_from(driver, path: Path) -> set[str]:
    records, _, _ = driver.execute_query(
        "MATCH (f:SourceFile {path: $path})<-[:SOURCE_FILE]-(:SourceSpan)<-[:DERIVED_FROM]-(d:Document) "
        "RETURN collect(DISTINCT d.iri) AS docs", path=str(path.resolve()))
    return set(records[0]["docs"])


def test_a_file_named_like_a_loaded_file_in_another_folder_is_another_file(driver, loaded_corpus, tmp_path,
                                                                          neo4j_settings):
    original = sorted(CORPUS.glob("*.txt"))[-1]
    before = _documents_from(driver, original)
    assert before
    (tmp_path / original.name).write_text(NOTICE, encoding="utf-8")
    try:
        report = load_paths(driver, [tmp_path], database=neo4j_settings.database)
        assert not report.failed
        assert _documents_from(driver, original) == before  # nothing of the corpus file was pruned
        assert len(_documents_from(driver, tmp_path / original.name)) == 1
        # and the other file's documents go when that file, read again, no longer holds them
        (tmp_path / original.name).write_text(NOTICE.replace("15-TB/TU", "16-TB/TU"), encoding="utf-8")
        load_paths(driver, [tmp_path], database=neo4j_settings.database)
        records, _, _ = driver.execute_query("MATCH (d:Document) WHERE d.symbol IN ['15-TB/TU', '16-TB/TU'] "
                                             "RETURN collect(d.symbol) AS symbols")
        assert records[0]["symbols"] == ["16-TB/TU"]
        assert _documents_from(driver, original) == before
    finally:
        _forget(driver, ["15-TB/TU", "16-TB/TU"], tmp_path)


def _forget(driver, symbols: list[str], folder: Path) -> None:
    """Remove what a test loaded from its own folder, so the shared graph is the corpus again."""
    driver.execute_query(
        "MATCH (d:Document) WHERE d.symbol IN $symbols "
        "OPTIONAL MATCH (part:Resource) WHERE part.iri STARTS WITH d.iri + '/' DETACH DELETE part, d",
        symbols=symbols)
    driver.execute_query("MATCH (f:SourceFile) WHERE f.path STARTS WITH $folder DETACH DELETE f",
                         folder=str(folder.resolve()))
    prune_unused(driver, None)  # and the bodies, posts and people only those documents named


FULL = ("TỈNH ỦY NGHỆ AN\n\nSố 17-TB/TU\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nTHÔNG BÁO\n"
        "kết luận của Ban Thường vụ Tỉnh ủy\n\n1. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt "
        "trước ngày 30/3/2026.\n\n2. Ban Tổ chức Tỉnh ủy rà soát, bổ sung quy hoạch cán bộ trong quý II/2026.\n\n"
        "3. Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo xây dựng kế hoạch chuyển đổi số trước ngày 15/6/2026.\n")


def _work(driver, symbol: str) -> tuple[int, set[str]]:
    records, _, _ = driver.execute_query(
        "MATCH (d:Document {symbol: $symbol}) "
        "OPTIONAL MATCH (t:Task) WHERE t.iri STARTS WITH d.iri + '/task/' "
        "WITH d, count(t) AS tasks "
        "OPTIONAL MATCH (d)-[:DERIVED_FROM]->(:SourceSpan)-[:SOURCE_FILE]->(f:SourceFile) "
        "RETURN tasks, collect(DISTINCT f.sha256) AS files", symbol=symbol)
    return records[0]["tasks"], set(records[0]["files"])


def test_one_work_read_from_two_files_in_two_loads_keeps_every_task_and_both_sources_in_either_order(
        driver, tmp_path, neo4j_settings):
    full, part = tmp_path / "full" / "tb17.txt", tmp_path / "part" / "tb17_trich.txt"
    for path, text in ((full, FULL), (part, FULL.split("\n\n2.")[0] + "\n")):  # the copy holds item 1 only
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    snapshots = []
    try:
        for order in ((full, part), (part, full), (part.parent, full.parent)):
            # one load per file, so the second finds the work in the graph; then both in one load
            for path in order if order[0].is_file() else [order]:
                report = load_paths(driver, [path] if isinstance(path, Path) else list(path),
                                    database=neo4j_settings.database)
                assert not report.failed, report.problems
            tasks, files = _work(driver, "17-TB/TU")
            assert tasks == 3 and len(files) == 2  # nothing dropped, a source added
            records, _, _ = driver.execute_query("MATCH (d:Document {symbol: '17-TB/TU'}) RETURN d.iri AS iri")
            snapshots.append(_snapshot(driver, [records[0]["iri"]]))
            _forget(driver, ["17-TB/TU"], tmp_path)
        assert snapshots[0] == snapshots[1] == snapshots[2]
    finally:
        _forget(driver, ["17-TB/TU"], tmp_path)
