"""Namespaces and the ontology terms the code uses (a test checks each exists in dkg.ttl)."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

DKG = Namespace("https://directive-kg.example.org/ontology#")
ID = Namespace("https://directive-kg.example.org/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")

BODY_BASE = ID["body/"]  # rdflib Namespace items are URIRefs; join with str()
POST_BASE = ID["post/"]
GROUP_BASE = ID["group/"]
DOC_BASE = ID["document/"]
PERSON_BASE = ID["person/"]
INDICATOR_BASE = ID["indicator/"]
SOURCE_BASE = ID["source/"]

# Document classes by the Vietnamese kind the extractor reports.
DOC_CLASS = {
    "Nghị quyết": DKG.Resolution, "Kết luận": DKG.Conclusion, "Chỉ thị": DKG.Directive,
    "Thông báo": DKG.Notice, "Công văn": DKG.OfficialLetter, "Kế hoạch": DKG.Plan,
    "Chương trình": DKG.Programme, "Quyết định": DKG.Decision, "Hướng dẫn": DKG.Guidance,
    "Quy định": DKG.Regulation, "Báo cáo": DKG.Report, "Bản sao": DKG.Copy,
    "Bài báo": DKG.PressArticle, "Bình luận": DKG.Commentary, "Văn bản": DKG.Document,
}

RELATION_PROPERTY = {
    "continues": DKG.continues, "implements": DKG.implements, "cites": DKG.cites,
    "forwards": DKG.forwards, "copy_of": DKG.copyOf,
}

USED_TERMS = [
    *DOC_CLASS.values(), *RELATION_PROPERTY.values(),
    DKG.Document, DKG.Clause, DKG.Task, DKG.Target, DKG.Indicator, DKG.Body, DKG.Post, DKG.Person,
    DKG.BodyGroup, DKG.SourceSpan, DKG.SourceFile, DKG.Receipt, DKG.SuccessionEvent,
    DKG.issuedBy, DKG.signedBy, DKG.signedAs, DKG.addressedTo, DKG.receipt, DKG.receiver, DKG.sourceFile,
    DKG.derivedFrom, DKG.document, DKG.clause, DKG.parentClause, DKG.owner, DKG.collaborator, DKG.reportsTo,
    DKG.indicator, DKG.partOf, DKG.inProvince, DKG.postIn, DKG.holds, DKG.succeededBy,
    DKG.symbol, DKG.docType, DKG.date, DKG.place, DKG.subject, DKG.authoritative, DKG.signerCapacity,
    DKG.copyKind, DKG.receiptNumber, DKG.text, DKG.clausePath, DKG.ordinal, DKG.ownerKind, DKG.deadline,
    DKG.deadlineDate, DKG.recurrence, DKG.comparator, DKG.value, DKG.valueMax, DKG.unit, DKG.year,
    DKG.metricText, DKG.level, DKG.bodyKind, DKG.coversKind, DKG.resolved, DKG.file, DKG.start, DKG.end,
    DKG.quote, DKG.page, DKG.length, DKG.sha256, DKG.cypherQuery, DKG.reportsOnDocument,
]

__all__ = ["DKG", "ID", "ORG", "ELI", "PROV", "RDF", "RDFS", "SKOS", "XSD", "OWL"]
