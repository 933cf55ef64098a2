"""Loading the corpus into the real Neo4j."""

from __future__ import annotations

from pathlib import Path

from conftest import CORPUS

from loaders.pipeline import load_paths


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
