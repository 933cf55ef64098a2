"""The dkg command line, run as a user would: exit codes and messages on good and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, ROOT

DKG = [sys.executable, "-m", "dkg.cli"]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*DKG, *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, **(env or {})})


def test_extract_prints_the_documents_as_json():
    out = run("extract", str(CORPUS / "001_d0d5ecd0f3562ced.txt"))
    assert out.returncode == 0, out.stderr
    docs = json.loads(out.stdout)["documents"]
    letter = next(d for d in docs if d["symbol"] == "2241-CV/TU")
    task = letter["tasks"][0]
    assert task["owners"] == ["Ban Tuyên giáo Tỉnh ủy Long An"] and task["deadline"] == "2024-02-27"
    assert set(task["source"]) == {"file", "start", "end"}


def test_bad_files_are_named_the_good_ones_still_extracted_and_the_exit_code_is_non_zero(tmp_path: Path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c_page.txt").write_text("<!DOCTYPE html><html><body>x</body></html>", encoding="utf-8")
    (tmp_path / "d_good.txt").write_text((CORPUS / "001_d0d5ecd0f3562ced.txt").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    out = run("extract", str(tmp_path))
    assert out.returncode == 1
    for name in ("a_empty.txt", "b_binary.txt", "c_page.txt"):
        assert name in out.stderr
    assert "1614-CV/HU" in {d["symbol"] for d in json.loads(out.stdout)["documents"]}


def test_validate_says_neo4j_is_down_and_exits_2():
    out = run("validate", env={"NEO4J_URI": "bolt://localhost:1"})
    assert out.returncode == 2
    assert "does not answer" in out.stderr


def test_validate_exits_1_on_violations_and_prints_json(loaded_corpus):
    out = run("validate", "--format", "json")
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["counts"]["Violation"] > 0 and report["results"][0]["message_vi"]


def test_validate_summary_counts_every_kind_and_shows_the_three_most_important(loaded_corpus):
    full = json.loads(run("validate", "--format", "json").stdout)
    out = run("validate", "--summary", env={"COLUMNS": "200"})
    assert out.returncode == 1  # the same verdict as the full run
    lines = out.stdout.splitlines()
    kinds = [line for line in lines if " × " in line]
    assert sum(int(line.split("×")[0]) for line in kinds) == len(full["results"])
    assert "(Violation)" in kinds[0]  # the most severe kind first
    assert sum(line.startswith("- ") for line in lines) == 3
    assert len(lines) < 30 and "`dkg validate`" in out.stdout  # where to see the rest


def test_load_summary_keeps_every_word_in_an_80_column_pipe(loaded_corpus):
    from loaders.pipeline import extract_paths

    out = run("load", str(CORPUS), env={"COLUMNS": "80"})
    assert out.returncode == 0, out.stderr
    rows = {line.strip("│ ").rsplit("│", 1)[0].strip(): line.rsplit("│", 2)[1].strip()
            for line in out.stdout.splitlines() if line.startswith("│")}
    assert rows["văn bản / documents"] == str(len(extract_paths([CORPUS]).documents))
    assert rows["tệp đã nạp / files loaded"] == "5/5"
    for label in ("tasks, a named owner", "tasks, a group as owner", "tasks, no owner", "unresolved bodies",
                  "problems"):
        assert any(label in row for row in rows), label
    assert all("…" not in row for row in rows)


def test_validate_names_an_unknown_engine():
    out = run("validate", "--engine", "sparql")
    assert out.returncode == 1
    assert "unknown engine 'sparql'" in out.stderr and "pyshacl" in out.stderr


def test_validate_on_an_empty_graph_says_so():
    from loaders.validate import ValidationReport

    report = ValidationReport(conforms=True, node_count=0)
    assert "nothing to validate" in report.to_text()


def test_load_says_neo4j_is_down_and_exits_2():
    out = run("load", env={"NEO4J_URI": "bolt://localhost:1"})
    assert out.returncode == 2 and "does not answer" in out.stderr


def test_unresolved_bodies_are_named_as_the_text_writes_them(loaded_corpus):
    # not title-cased, no header words or document number glued on: each is a piece of some source text
    import unicodedata

    def norm(s: str) -> str:
        return " ".join(unicodedata.normalize("NFC", s).split())
    texts = [norm(p.read_text(encoding="utf-8")) for p in CORPUS.glob("*.txt")]
    assert loaded_corpus.unresolved_bodies
    for name in loaded_corpus.unresolved_bodies:
        assert any(norm(name) in t for t in texts), name
