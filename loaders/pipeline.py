"""The load run: files → read → segment/extract → merge works → to_rdf → Neo4j (a transaction per batch of
documents; a batch that fails is written again document by document, so each is whole or absent).

Data problems are collected (file, kind, message), never raised; a file with any error contributes
nothing to the graph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver
from neo4j.exceptions import Neo4jError, ServiceUnavailable

import queries
from dkg.errors import DirectiveKgError, ReadError
from loaders.extraction.extract import extract_text
from loaders.project import (
    bump_data_version,
    ensure_schema,
    prune_unused,
    write_documents,
    write_reference_data,
)
from loaders.read import Text, read_file
from loaders.records import Document
from loaders.to_rdf import document_graph, document_iri, source_file_iri
from loaders.validate import validate_in_neo4j

DOCUMENTS_PER_TRANSACTION = 50  # a commit per batch, not per document; a failed batch is retried one by one


@dataclass(frozen=True)
class Problem:
    """One data problem met during a run: shown at the end, never silently dropped."""

    file: str
    kind: str  # read | extract | projection | warning
    message: str


@dataclass(frozen=True)
class SourceText:
    """What a load keeps of a file it read: its name and fingerprint, not its text (a large load would hold
    every file's text, normalised copy and offsets at once)."""

    file: str
    length: int
    sha256: str
    encoding: str


@dataclass
class Extraction:
    texts: list[SourceText] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    file_shas: dict[str, str] = field(default_factory=dict)


@dataclass
class LoadReport:
    files_read: int = 0
    files_loaded: int = 0
    documents: int = 0
    tasks_by_owner_kind: Counter = field(default_factory=Counter)
    targets: int = 0
    unresolved_bodies: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    findings: dict[str, Counter] = field(default_factory=dict)  # document → results of the shapes by severity

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


def sha256(text: Text) -> str:
    return text.sha256


def extract_paths(paths: Iterable[str | Path], on_file: Callable[[Path], None] | None = None) -> Extraction:
    """Read and extract every file; works repeated across files become one document with several sources."""
    out = Extraction()
    for path in corpus_files(paths):
        if on_file:
            on_file(path)
        try:
            text = read_file(path)
        except ReadError as e:
            out.problems.append(Problem(str(path), "read", str(e)))
            continue
        out.problems.extend(Problem(str(path), "warning", w) for w in text.warnings)
        result = extract_text(text)
        out.problems.extend(Problem(str(path), "warning", w) for w in result.warnings)
        if result.errors:
            out.problems.extend(Problem(str(path), "extract", e) for e in result.errors)
            continue
        digest = sha256(text)
        out.texts.append(SourceText(text.file, len(text.raw), digest, text.encoding))
        out.file_shas[Path(text.file).name] = digest
        out.documents.extend(result.documents)
    out.documents = merge_works(out.documents)
    return out


def merge_works(docs: list[Document]) -> list[Document]:
    """One document per work: the richest reading is kept, the others add their sources and stamps."""
    by_key: dict[str, Document] = {}
    order: list[str] = []
    for doc in docs:
        key = doc.key
        if key not in by_key:
            by_key[key] = doc
            order.append(key)
            continue
        kept = by_key[key]
        richer, other = (doc, kept) if _richness(doc) > _richness(kept) else (kept, doc)
        richer.sources = richer.sources + [s for s in other.sources if s not in richer.sources]
        richer.receipts = richer.receipts + [r for r in other.receipts if r not in richer.receipts]
        for attr in ("date", "place", "signer", "signer_capacity", "subject", "issuer"):
            if getattr(richer, attr) is None and getattr(other, attr) is not None:
                setattr(richer, attr, getattr(other, attr))
        by_key[key] = richer
    return [by_key[k] for k in order]


def _richness(doc: Document) -> tuple[int, int]:
    return (len(doc.tasks) + len(doc.targets), sum(x is not None for x in (doc.date, doc.issuer, doc.signer)))


def load_paths(driver: Driver, paths: Iterable[str | Path], database: str = "neo4j",
               on_file: Callable[[Path], None] | None = None) -> LoadReport:
    """Extract every file and write it into Neo4j: reference data first, then the documents in batches."""
    extraction = extract_paths(paths, on_file)
    report = LoadReport(problems=list(extraction.problems))
    report.files_read = len(extraction.texts) + sum(1 for p in extraction.problems if p.kind == "extract")
    ensure_schema(driver, database)
    write_reference_data(driver, database)
    failed_files: set[str] = set()  # digests of the files not (wholly) written
    for text in extraction.texts:
        try:
            _write_source_file(driver, text, database)
        except DirectiveKgError as e:
            report.problems.append(Problem(text.file, "projection", str(e)))
            failed_files.add(text.sha256)
    for start in range(0, len(extraction.documents), DOCUMENTS_PER_TRANSACTION):
        batch = extraction.documents[start:start + DOCUMENTS_PER_TRANSACTION]
        graphs = [(document_graph(doc, extraction.file_shas), str(document_iri(doc))) for doc in batch]
        written = []
        for doc, (_, iri), error in zip(batch, graphs, write_documents(driver, graphs, database), strict=True):
            if error is not None:
                report.problems.append(Problem(doc.sources[0].file if doc.sources else "?", "projection", str(error)))
                failed_files.update(s.sha256 for s in doc.sources)
            else:
                _count(report, doc)
                written.append(iri)
        _validate_written(driver, database, written, report)
    documents_of: dict[str, list[str]] = {}  # file digest → the documents read from it now
    for d in extraction.documents:
        for sha in {s.sha256 for s in d.sources}:
            documents_of.setdefault(sha, []).append(str(document_iri(d)))
    for text in extraction.texts:
        if text.sha256 in failed_files:
            continue
        current = documents_of.get(text.sha256, [])
        try:  # a file is the path it was read from: another folder's file of the same name is another file
            driver.execute_query(queries.load("prune_stale_documents"), path=_file_path(text.file),
                                 current=current, database_=database)
        except (Neo4jError, ServiceUnavailable, OSError) as e:
            report.problems.append(Problem(text.file, "projection", f"pruning stale documents failed: {e}"))
    try:
        prune_unused(driver, database)
        bump_data_version(driver, database)
    except DirectiveKgError as e:
        report.problems.append(Problem("-", "projection", str(e)))
    report.files_loaded = len({t.sha256 for t in extraction.texts} - failed_files)
    return report


def _validate_written(driver: Driver, database: str, iris: list[str], report: LoadReport) -> None:
    """The shapes run on the documents just written, so a bad document is reported while the load runs."""
    if not iris:
        return
    try:
        checked = validate_in_neo4j(driver, database, scope=iris)
    except DirectiveKgError as e:
        report.problems.append(Problem("-", "warning", f"the documents just written could not be validated: {e}"))
        return
    for r in checked.results:
        counts = report.findings.setdefault(r.document or r.focus, Counter())
        counts[r.severity] += 1


def _count(report: LoadReport, doc: Document) -> None:
    report.documents += 1
    report.tasks_by_owner_kind.update(t.owner_kind for t in doc.tasks)
    report.targets += len(doc.targets)
    for ref in _all_refs(doc):
        if not ref.resolved:
            report.unresolved_bodies.add(ref.name)


def _all_refs(doc: Document):
    if doc.issuer:
        yield doc.issuer
    yield from doc.recipients
    for r in doc.receipts:
        if r.receiver:
            yield r.receiver
    for t in doc.tasks:
        yield from t.owners
        yield from t.collaborators
        yield from t.report_to


def _file_path(file: str) -> str:
    """Where a file was read from, absolute: its identity across loads (names repeat across folders)."""
    return str(Path(file).resolve())


def _write_source_file(driver: Driver, text: SourceText, database: str) -> None:
    try:
        driver.execute_query(
            queries.load("upsert_source_file"),
            iri=str(source_file_iri(text.sha256)), name=Path(text.file).name, file=Path(text.file).name,
            path=_file_path(text.file), length=text.length, sha256=text.sha256, encoding=text.encoding,
            database_=database,
        )
    except (Neo4jError, ServiceUnavailable, OSError) as e:
        raise DirectiveKgError(f"{text.file}: cannot record the source file: {e}") from e
