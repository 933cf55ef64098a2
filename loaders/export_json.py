"""The `dkg extract --format json` view of extracted documents (no database needed)."""

from __future__ import annotations

from typing import Any

from loaders.records import BodyRef, Document, SourceSpan


def _names(refs: list[BodyRef]) -> list[str]:
    return [r.name for r in refs]


def _source(span: SourceSpan | None) -> dict[str, Any] | None:
    if not span:
        return None
    return {"file": span.file, "start": span.start, "end": span.end, **({"page": span.page} if span.page else {})}


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "symbol": doc.symbol,
        "type": doc.doc_type,
        "issuer": doc.issuer.name if doc.issuer else None,
        "date": doc.date,
        "place": doc.place,
        "signer": doc.signer,
        "signer_capacity": doc.signer_capacity,
        "subject": doc.subject,
        "copy_of": doc.copy_of,
        "authoritative": doc.authoritative,
        "title": doc.title,
        "references": [{"symbol": r.symbol, "relation": r.relation} for r in doc.references],
        "recipients": _names(doc.recipients),
        "receipts": [{"receiver": r.receiver.name if r.receiver else None, "number": r.number, "date": r.date}
                     for r in doc.receipts],
        "tasks": [{
            "text": t.text, "clause": t.clause, "owners": _names(t.owners),
            "collaborators": _names(t.collaborators), "report_to": _names(t.report_to),
            "deadline": t.deadline, "recurrence": t.recurrence, "owner_kind": t.owner_kind,
            "owner_source": t.owner_source,
            "source": _source(t.source),
        } for t in doc.tasks],
        "targets": [{
            "text": t.text, "indicator": t.indicator_name or t.metric_text, "indicator_id": t.indicator,
            "comparator": t.comparator, "value": t.value, "value_max": t.value_max, "unit": t.unit,
            "year": t.year, "source": _source(t.source),
        } for t in doc.targets],
        "sources": [_source(s) for s in doc.sources],
    }


def extraction_json(docs: list[Document]) -> dict[str, Any]:
    return {"documents": [document_json(d) for d in docs]}
