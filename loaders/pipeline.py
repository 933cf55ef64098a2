"""The load run: files → read → … → Neo4j, one file at a time, problems collected rather than raised."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver

import queries
from dkg.errors import DirectiveKgError, ReadError
from loaders.read import Text, read_file

SOURCE_BASE = "https://directive-kg.example.org/id/source/"


@dataclass(frozen=True)
class Problem:
    """One data problem met during a run: shown at the end, never silently dropped."""

    file: str
    kind: str
    message: str
    line: int | None = None


@dataclass
class LoadReport:
    files_read: int = 0
    files_loaded: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.kind != "warning" for p in self.problems)


def corpus_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every regular file named by `paths`, folders expanded to their `*.txt` files, in name order."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*.txt") if q.is_file())
        else:
            yield p


def source_iri(text: Text) -> str:
    return SOURCE_BASE + hashlib.sha256(text.raw.encode("utf-8")).hexdigest()[:16]


def load_paths(driver: Driver, paths: Iterable[str | Path], database: str = "neo4j",
               on_file: Callable[[Path], None] | None = None) -> LoadReport:
    """Read every file and write what it holds into Neo4j, one transaction per file."""
    report = LoadReport()
    for path in corpus_files(paths):
        if on_file:
            on_file(path)
        try:
            text = read_file(path)
        except ReadError as e:
            report.problems.append(Problem(str(path), "read", str(e)))
            continue
        report.files_read += 1
        report.problems.extend(Problem(str(path), "warning", w) for w in text.warnings)
        try:
            _write_source_file(driver, text, database)
        except DirectiveKgError as e:
            report.problems.append(Problem(str(path), "projection", str(e)))
            continue
        report.files_loaded += 1
    return report


def _write_source_file(driver: Driver, text: Text, database: str) -> None:
    driver.execute_query(
        queries.load("upsert_source_file"),
        iri=source_iri(text), name=Path(text.file).name, file=Path(text.file).name,
        length=len(text.raw), sha256=hashlib.sha256(text.raw.encode("utf-8")).hexdigest(),
        encoding=text.encoding, database_=database,
    )
