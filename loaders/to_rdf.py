"""Domain records → an rdflib Graph in the directive-kg ontology, with deterministic IRIs.

IRIs: a document from its symbol (…/document/15-kl-tw), a task from its document, clause and ordinal,
a body from its authority key. The same input always gives the same graph.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from loaders.records import BodyRef, Document, Reference, SourceSpan
from loaders.vntext import fold, slug
from ontology.terms import (
    BODY_BASE,
    DKG,
    DOC_BASE,
    DOC_CLASS,
    GROUP_BASE,
    INDICATOR_BASE,
    PERSON_BASE,
    POST_BASE,
    RELATION_PROPERTY,
    SOURCE_BASE,
)


def iri(base: URIRef, key: str) -> URIRef:
    return URIRef(str(base) + key)


def reports_on(doc: Document, ref: Reference) -> bool:
    """A report (Báo cáo kết quả / tình hình thực hiện …) reports on the document it implements or names in its
    title; the link is all that is read from it — no task status is guessed from its prose."""
    return doc.doc_type == "Báo cáo" and (ref.relation == "implements" or fold(ref.symbol) in fold(doc.subject or ""))


def document_iri(doc: Document) -> URIRef:
    if doc.symbol:
        return iri(DOC_BASE, slug(doc.symbol))
    digest = hashlib.sha1((doc.doc_type + (doc.sources[0].quote[:500] if doc.sources else "")).encode()).hexdigest()
    return iri(DOC_BASE, f"{slug(doc.doc_type)}-{digest[:12]}")


def document_name(doc: Document) -> str:
    if doc.symbol:
        return f"{doc.doc_type} {doc.symbol}"
    return f"{doc.doc_type}: {doc.title or ''}"[:120]


def body_iri(ref: BodyRef) -> URIRef:
    base = {"post": POST_BASE, "group": GROUP_BASE}.get(ref.kind, BODY_BASE)
    return iri(base, ref.key)


def source_file_iri(file_sha: str) -> URIRef:
    return iri(SOURCE_BASE, file_sha[:16])


def source_span_iri(doc: URIRef, span: SourceSpan, file_shas: dict[str, str]) -> URIRef:
    """A document's source, named by its file's digest and place: the same source read twice is one node."""
    sha = span.sha256 or file_shas.get(span.file) or hashlib.sha1(span.file.encode()).hexdigest()
    return URIRef(f"{doc}/source/{sha[:12]}-{span.start}-{span.end}")


def sources_graph(doc_iri: str, spans: list[SourceSpan]) -> Graph:
    """Only the sources of a document the graph already holds: what a second file holding it adds."""
    g = _new_graph()
    d = URIRef(doc_iri)
    for span in spans:
        g.add((d, DKG.derivedFrom, add_span(g, source_span_iri(d, span, {}), span, {})))
    return g


def documents_to_rdf(docs: list[Document], file_shas: dict[str, str] | None = None) -> Graph:
    graph = _new_graph()
    for doc in docs:
        add_document(graph, doc, file_shas or {})
    return graph


def _new_graph() -> Graph:
    # rdflib's simple store: a third faster to fill than the default one, which also indexes named graphs
    g = Graph(store="SimpleMemory")
    g.bind("dkg", DKG)
    g.bind("skos", SKOS)
    return g


def document_graph(doc: Document, file_shas: dict[str, str]) -> Graph:
    """The graph of one document: what one Neo4j transaction writes."""
    g = _new_graph()
    add_document(g, doc, file_shas)
    return g


def add_document(g: Graph, doc: Document, file_shas: dict[str, str]) -> URIRef:
    d = document_iri(doc)
    g.add((d, RDF.type, DKG.Document))
    g.add((d, RDF.type, DOC_CLASS.get(doc.doc_type, DKG.Document)))
    g.add((d, RDFS.label, Literal(document_name(doc), lang="vi")))
    g.add((d, DKG.docType, Literal(doc.doc_type)))
    g.add((d, DKG.authoritative, Literal(doc.authoritative)))
    _opt(g, d, DKG.symbol, doc.symbol)
    if doc.date:
        g.add((d, DKG.date, Literal(doc.date, datatype=XSD.date)))
    _opt(g, d, DKG.place, doc.place)
    _opt(g, d, DKG.subject, doc.subject)
    _opt(g, d, DKG.signerCapacity, doc.signer_capacity)
    _opt(g, d, DKG.copyKind, doc.copy_kind)
    if doc.issuer:
        g.add((d, DKG.issuedBy, add_body(g, doc.issuer)))
    if doc.signer:
        person = iri(PERSON_BASE, slug(doc.signer))
        g.add((person, RDF.type, DKG.Person))
        g.add((person, RDFS.label, Literal(doc.signer, lang="vi")))
        g.add((d, DKG.signedBy, person))
    for r in doc.recipients:
        g.add((d, DKG.addressedTo, add_body(g, r)))
    for k, receipt in enumerate(doc.receipts, 1):
        node = URIRef(f"{d}/receipt/{k}")
        g.add((node, RDF.type, DKG.Receipt))
        g.add((node, RDFS.label, Literal(f"Đến số {receipt.number or '?'}" +
                                         (f" ngày {receipt.date}" if receipt.date else ""), lang="vi")))
        _opt(g, node, DKG.receiptNumber, receipt.number)
        if receipt.date:
            g.add((node, DKG.date, Literal(receipt.date, datatype=XSD.date)))
        if receipt.receiver:
            g.add((node, DKG.receiver, add_body(g, receipt.receiver)))
        g.add((d, DKG.receipt, node))
    for ref in doc.references:
        target = iri(DOC_BASE, slug(ref.symbol))
        if (target, RDF.type, DKG.Document) not in g:
            add_stub(g, ref.symbol, ref.doc_type, ref.date, ref.issuer)
        g.add((d, RELATION_PROPERTY[ref.relation], target))
        if reports_on(doc, ref):
            g.add((d, DKG.reportsOnDocument, target))
    if doc.copy_of:
        target = iri(DOC_BASE, slug(doc.copy_of))
        if (target, RDF.type, DKG.Document) not in g:
            add_stub(g, doc.copy_of, None, None, None)
        g.add((d, DKG.copyOf, target))
    for span in doc.sources:
        g.add((d, DKG.derivedFrom, add_span(g, source_span_iri(d, span, file_shas), span, file_shas)))
    clause_ordinals: Counter[str] = Counter()  # by the clause's key: two clauses never share a task's IRI
    for task in doc.tasks:
        key = clause_key(task.clause)
        clause_ordinals[key] += 1
        t = URIRef(f"{d}/task/{key}-{clause_ordinals[key]}")
        g.add((t, RDF.type, DKG.Task))
        g.add((t, RDFS.label, Literal(_short(task.text), lang="vi")))
        g.add((t, DKG.text, Literal(task.text)))
        g.add((t, DKG.clausePath, Literal(task.clause)))
        g.add((t, DKG.ordinal, Literal(clause_ordinals[key])))
        g.add((t, DKG.ownerKind, Literal(task.owner_kind)))
        if task.owner_source:
            g.add((t, DKG.ownerSource, Literal(task.owner_source)))
        g.add((t, DKG.document, d))
        g.add((t, DKG.clause, add_clause(g, d, task.clause)))
        for o in task.owners:
            g.add((t, DKG.owner, add_body(g, o)))
        for c in task.collaborators:
            g.add((t, DKG.collaborator, add_body(g, c)))
        for r in task.report_to:
            g.add((t, DKG.reportsTo, add_body(g, r)))
        if task.deadline:
            g.add((t, DKG.deadline, Literal(task.deadline)))
            g.add((t, DKG.deadlineDate, Literal(deadline_last_day(task.deadline), datatype=XSD.date)))
        _opt(g, t, DKG.recurrence, task.recurrence)
        if task.source:
            g.add((t, DKG.derivedFrom, add_span(g, URIRef(f"{t}/source"), task.source, file_shas)))
    for k, target in enumerate(doc.targets, 1):
        node = URIRef(f"{d}/target/{k}")
        g.add((node, RDF.type, DKG.Target))
        label = f"{target.indicator_name or target.metric_text}: {_fmt_value(target)} {target.unit}"
        g.add((node, RDFS.label, Literal(label + (f" ({target.year})" if target.year else ""), lang="vi")))
        g.add((node, DKG.text, Literal(target.text)))
        g.add((node, DKG.metricText, Literal(target.metric_text)))
        g.add((node, DKG.comparator, Literal(target.comparator)))
        g.add((node, DKG.value, Literal(target.value, datatype=XSD.decimal)))
        if target.value_max is not None:
            g.add((node, DKG.valueMax, Literal(target.value_max, datatype=XSD.decimal)))
        g.add((node, DKG.unit, Literal(target.unit)))
        if target.year:
            g.add((node, DKG.year, Literal(str(target.year), datatype=XSD.gYear)))
        g.add((node, DKG.clausePath, Literal(target.clause)))
        g.add((node, DKG.document, d))
        if target.indicator:
            g.add((node, DKG.indicator, iri(INDICATOR_BASE, target.indicator)))
        if target.source:
            g.add((node, DKG.derivedFrom, add_span(g, URIRef(f"{node}/source"), target.source, file_shas)))
    return d


def _fmt_value(target) -> str:
    v = f"{target.value:g}"
    return f"{v}–{target.value_max:g}" if target.value_max is not None else v


def deadline_last_day(deadline: str) -> str:
    import calendar

    if len(deadline) == 10:
        return deadline
    if "Q" in deadline:
        y, q = int(deadline[:4]), int(deadline[-1])
        return f"{y:04d}-{q * 3:02d}-{calendar.monthrange(y, q * 3)[1]:02d}"
    if len(deadline) == 7:
        y, m = int(deadline[:4]), int(deadline[5:7])
        return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    return f"{deadline[:4]}-12-31"


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _opt(g: Graph, s, p, value) -> None:
    if value:
        g.add((s, p, Literal(value)))


def add_stub(g: Graph, symbol: str, doc_type: str | None, date: str | None, issuer: BodyRef | None) -> URIRef:
    """A document known only from a reference: symbol, and type, date and issuer when the text gives them."""
    d = iri(DOC_BASE, slug(symbol))
    g.add((d, RDF.type, DKG.Document))
    if doc_type and doc_type in DOC_CLASS:
        g.add((d, RDF.type, DOC_CLASS[doc_type]))
        g.add((d, DKG.docType, Literal(doc_type)))
    g.add((d, RDFS.label, Literal(f"{doc_type or 'Văn bản'} {symbol}", lang="vi")))
    g.add((d, DKG.symbol, Literal(symbol)))
    if date:
        g.add((d, DKG.date, Literal(date, datatype=XSD.date)))
    if issuer:
        g.add((d, DKG.issuedBy, add_body(g, issuer)))
    return d


def add_body(g: Graph, ref: BodyRef) -> URIRef:
    node = body_iri(ref)
    cls = {"post": DKG.Post, "group": DKG.BodyGroup}.get(ref.kind, DKG.Body)
    g.add((node, RDF.type, cls))
    if (node, RDFS.label, None) not in g:
        g.add((node, RDFS.label, Literal(ref.name, lang="vi")))
    if ref.kind == "body" and ref.key.startswith("unresolved-") or not ref.resolved:
        g.add((node, DKG.resolved, Literal(False)))
    elif ref.kind == "body":
        g.add((node, DKG.resolved, Literal(True)))
    if ref.level:
        g.set((node, DKG.level, Literal(ref.level)))
    if ref.kind == "body" and ref.body_kind:
        g.set((node, DKG.bodyKind, Literal(ref.body_kind)))
    for kind in ref.covers:
        g.add((node, DKG.coversKind, Literal(kind)))
    if ref.as_read and ref.as_read != ref.name:
        g.add((node, SKOS.altLabel, Literal(ref.as_read, lang="vi")))
    if ref.parent_key:
        parent = iri(BODY_BASE, ref.parent_key)
        if ref.kind == "post":
            g.add((node, DKG.postIn, parent))
        elif ref.parent_key != ref.key:
            g.add((node, DKG.partOf, parent))
        if (parent, RDF.type, None) not in g:
            g.add((parent, RDF.type, DKG.Body))
            if ref.parent_name:
                g.add((parent, RDFS.label, Literal(ref.parent_name, lang="vi")))
    if ref.province_key and ref.kind == "body" and ref.province_key != ref.key:
        g.add((node, DKG.inProvince, iri(BODY_BASE, ref.province_key)))
    return node


def clause_key(path: str) -> str:
    """A clause path as an IRI segment: 'II.1 • đ) • 4' → 'ii-1-dd-4' ('đ)' is the item after 'd)', not the
    same one: folded to 'd' the two items' tasks would be one node)."""
    return slug(path.replace("đ", "dd").replace("Đ", "DD")) or "p"


def add_clause(g: Graph, d: URIRef, path: str) -> URIRef:
    node = URIRef(f"{d}/clause/{clause_key(path)}")
    if (node, RDF.type, DKG.Clause) not in g:
        g.add((node, RDF.type, DKG.Clause))
        g.add((node, RDFS.label, Literal(path, lang="vi")))
        g.add((node, DKG.clausePath, Literal(path)))
        g.add((node, DKG.document, d))
    return node


def add_span(g: Graph, node: URIRef, span: SourceSpan, file_shas: dict[str, str]) -> URIRef:
    g.add((node, RDF.type, DKG.SourceSpan))
    g.add((node, RDFS.label, Literal(f"{span.file}:{span.start}-{span.end}", lang="vi")))
    g.add((node, DKG.file, Literal(span.file)))
    g.add((node, DKG.start, Literal(span.start)))
    g.add((node, DKG.end, Literal(span.end)))
    g.add((node, DKG.quote, Literal(span.quote)))
    if span.page is not None:
        g.add((node, DKG.page, Literal(span.page)))
    sha = span.sha256 or file_shas.get(span.file)
    if sha:
        f = source_file_iri(sha)
        g.add((f, RDF.type, DKG.SourceFile))
        g.add((f, RDFS.label, Literal(span.file, lang="vi")))
        g.add((node, DKG.sourceFile, f))
    return node


__all__ = ["BNode", "documents_to_rdf", "document_graph", "document_iri"]
