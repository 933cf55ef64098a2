"""The load run: files → read → segment/extract → merge works → to_rdf → Neo4j (a transaction per batch of
documents; a batch that fails is written again document by document, so each is whole or absent).

Data problems are collected (file, kind, message), never raised; a file with any error contributes
nothing to the graph.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver
from neo4j.exceptions import Neo4jError, ServiceUnavailable

import queries
from dkg.errors import DirectiveKgError, Neo4jGone, ProjectionError, ReadError
from loaders.extraction.extract import extract_text
from loaders.project import (
    add_sources,
    bump_data_version,
    ensure_schema,
    prune_unused,
    relink_progress_reports,
    write_documents,
    write_reference_data,
)
from loaders.read import read_file
from loaders.records import Document, SourceSpan
from loaders.spill import DocumentSpill
from loaders.to_rdf import document_graph, document_iri, document_name, source_file_iri, sources_graph
from loaders.validate import validate_in_neo4j
from loaders.vntext import fold

READABLE_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")  # what a folder is expanded to
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
    written: list[str] = field(default_factory=list)  # documents written (or given a source), by name
    document_iris: list[str] = field(default_factory=list)  # the IRIs of the documents written or given a source
    not_written: list[str] = field(default_factory=list)  # documents a stopped load did not reach
    stopped: str | None = None  # why the load stopped before its end (Neo4j stopped answering)

    @property
    def failed(self) -> bool:
        return any(p.kind != "warning" for p in self.problems)


def corpus_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every regular file named by `paths`, folders expanded to the files a reader takes (text, Markdown, PDF,
    Word, HTML), in name order. A folder
    that cannot be listed is yielded itself, so reading it reports it (a walk would skip it silently)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(_txt_files_under(p))
        else:
            yield p


def _txt_files_under(folder: Path) -> list[Path]:
    found: list[Path] = []
    unlisted: list[Path] = []
    for here, _, names in os.walk(folder, onerror=lambda e: unlisted.append(Path(e.filename))):
        found.extend(Path(here) / n for n in names if n.lower().endswith(READABLE_SUFFIXES))
    return [q for q in found if q.is_file()] + unlisted


def extract_paths(paths: Iterable[str | Path], on_file: Callable[[Path], None] | None = None) -> Extraction:
    """Read and extract every file; works repeated across files become one document with several sources."""
    out = Extraction()
    for docs in _extract_files(paths, out, on_file):
        out.documents.extend(docs)
    out.documents = merge_works(out.documents)
    return out


def _extract_files(paths: Iterable[str | Path], out: Extraction,
                   on_file: Callable[[Path], None] | None = None) -> Iterator[list[Document]]:
    """The documents of each file in turn (not yet merged across files); what was read and what went wrong is
    recorded in `out`, whose `documents` stay untouched."""
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
        digest = text.sha256
        out.texts.append(SourceText(text.file, len(text.raw), digest, text.encoding))
        out.file_shas[Path(text.file).name] = digest
        yield result.documents


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
        richer, other = (doc, kept) if _richer(_reading(doc), _reading(kept)) else (kept, doc)
        richer.sources = richer.sources + [s for s in other.sources if s not in richer.sources]
        richer.receipts = richer.receipts + [r for r in other.receipts if r not in richer.receipts]
        for attr in ("date", "place", "signer", "signer_capacity", "subject", "issuer"):
            if getattr(richer, attr) is None and getattr(other, attr) is not None:
                setattr(richer, attr, getattr(other, attr))
        by_key[key] = richer
    return [by_key[k] for k in order]


def _reading(doc: Document) -> tuple[int, str]:
    """What a reading of a work is weighed by: its tasks and targets, and the digest of the file it read."""
    parts = [p.source for p in [*doc.tasks, *doc.targets] if p.source is not None]
    shas = [s.sha256 for s in (parts or doc.sources) if s.sha256]
    return len(doc.tasks) + len(doc.targets), min(shas, default="")


def _richer(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """More tasks and targets wins; between equals, the file with the smaller digest, so the kept reading is
    the same whatever order the files are loaded in, in one run or several."""
    return a[0] > b[0] or a[0] == b[0] and a[1] < b[1]


def _with_readings_in_graph(driver: Driver, database: str, batch: list[Document], shas_read: set[str],
                            paths_read: set[str]) -> tuple[list[Document], list[tuple[str, list[SourceSpan]]]]:
    """One work read from several files is one set of facts across loads too. A document the graph already
    holds from files this load does not read (nor an earlier version of one it reads: a changed file replaces
    what it said) keeps the richer reading and the sources of both: either the new reading is written with
    the old sources added, or only the new sources are added to the stored reading.
    Returns (documents to write, (document IRI, sources to add) for the others)."""
    iris = [str(document_iri(d)) for d in batch]
    try:
        records, _, _ = driver.execute_query(queries.load("existing_readings"), docs=iris, database_=database)
    except (Neo4jError, ServiceUnavailable, OSError):
        return batch, []  # the write that follows reports what is wrong with the database
    stored = {r["iri"]: r for r in records}
    to_write, sources_only = [], []
    for doc, iri in zip(batch, iris, strict=True):
        held = stored.get(iri)
        others = [SourceSpan(s["file"], s["start"], s["end"], s["quote"], s["sha256"])
                  for s in (held["sources"] if held else [])
                  if s["sha256"] and s["sha256"] not in shas_read and s["path"] not in paths_read]
        if not others:
            to_write.append(doc)  # new, or read again from the same files: this reading replaces the old
        elif _richer((held["facts"], held["readingSha"] or ""), _reading(doc)):
            sources_only.append((iri, doc.sources))
        else:
            doc.sources = doc.sources + [s for s in others if s not in doc.sources]
            to_write.append(doc)
    return to_write, sources_only


def load_paths(driver: Driver, paths: Iterable[str | Path], database: str = "neo4j",
               on_file: Callable[[Path], None] | None = None) -> LoadReport:
    """Extract every file and write it into Neo4j: reference data first, then the documents in batches. The
    extracted documents wait on disk, not in memory (a large load would hold them all)."""
    extraction = Extraction()
    with DocumentSpill() as spill:
        for docs in _extract_files(paths, extraction, on_file):
            spill.add(docs)
        return _write_extracted(driver, database, extraction, spill.works(merge_works))


def _write_extracted(driver: Driver, database: str, extraction: Extraction, works: Iterator[Document]) -> LoadReport:
    """Write the works one batch at a time, then prune what the files read no longer hold."""
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
    shas_read = {t.sha256 for t in extraction.texts}
    paths_read = {_file_path(t.file) for t in extraction.texts}
    documents_of: dict[str, list[str]] = {}  # file digest → the documents read from it now
    while read := list(itertools.islice(works, DOCUMENTS_PER_TRANSACTION)):
        for d in read:
            for sha in {s.sha256 for s in d.sources}:
                documents_of.setdefault(sha, []).append(str(document_iri(d)))
        batch, sources_only = _with_readings_in_graph(driver, database, read, shas_read, paths_read)
        graphs = [(document_graph(doc, extraction.file_shas), str(document_iri(doc))) for doc in batch]
        written = []
        for doc, (_, iri), error in zip(batch, graphs, write_documents(driver, graphs, database), strict=True):
            if isinstance(error, Neo4jGone):
                report.stopped = str(error)
            elif error is not None:
                report.problems.append(Problem(doc.sources[0].file if doc.sources else "?", "projection", str(error)))
                failed_files.update(s.sha256 for s in doc.sources)
            else:
                _count(report, doc)
                report.written.append(document_name(doc))
                report.document_iris.append(iri)
                written.append(iri)
        added = [] if report.stopped else add_sources(
            driver, [(sources_graph(iri, spans), iri) for iri, spans in sources_only], database)
        for (source_iri, spans), error in zip(sources_only, added, strict=True):
            if isinstance(error, Neo4jGone):
                report.stopped = str(error)
            elif error is not None:
                report.problems.append(Problem(spans[0].file if spans else "?", "projection", str(error)))
                failed_files.update(s.sha256 for s in spans)
            else:
                report.documents += 1
                report.document_iris.append(source_iri)
        if report.stopped:  # one bounded wait for the whole load, not one per batch: the rest waits for a rerun
            done = set(report.written)
            report.not_written = [document_name(d) for d in itertools.chain(read, works) if document_name(d) not in done]
            report.problems.append(Problem("-", "projection", f"Neo4j stopped answering; the load stopped after "
                                           f"{len(report.written)} documents, {len(report.not_written)} not written "
                                           f"(run it again to write them): {report.stopped}"))
            return report
        _validate_written(driver, database, written, report)
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
        relink_progress_reports(driver, database)
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


def delete_document(driver: Driver, symbol: str, database: str = "neo4j") -> dict | None:
    """Delete one document and all it said (see queries/delete_document.cypher), then the source files, bodies and
    stubs only it used; None when no document has this symbol."""
    try:
        records, _, _ = driver.execute_query(queries.load("delete_document"), symbolKey=fold(symbol),
                                             database_=database)
        if records:
            driver.execute_query(queries.load("source_files_unused"), database_=database)
    except (Neo4jError, ServiceUnavailable, OSError) as e:
        raise ProjectionError(f"deleting {symbol} failed: {e}") from e
    if not records:
        return None
    prune_unused(driver, database)
    bump_data_version(driver, database)
    return records[0].data()
