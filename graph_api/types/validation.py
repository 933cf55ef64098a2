"""The latest validation run (`dkg validate`)."""

from __future__ import annotations

import json
from typing import Any

import strawberry


@strawberry.type(description="One SHACL result, with the document, clause and quote behind its focus node.")
class ValidationResultItem:
    severity: str
    focus: str
    focus_name: str | None
    message_vi: str
    message_en: str
    document: str | None
    clause: str | None
    quote: str | None


@strawberry.type(description="Lần kiểm tra / the latest validation run of what was in Neo4j.")
class ValidationRun:
    at: str
    nodes: int
    violations: int
    warnings: int
    items: strawberry.Private[list[dict[str, Any]]]

    @strawberry.field(description="Its findings, most severe first (as `dkg validate` lists them); `severity` keeps "
                                  "one kind (Violation, Warning, Info), `offset` and `first` cut a page — a run over "
                                  "100k tasks has about as many findings.")
    def results(self, severity: str | None = None, offset: int = 0,
                first: int | None = None) -> list[ValidationResultItem]:
        chosen = [r for r in self.items if severity is None or r["severity"] == severity]
        page = chosen[max(offset, 0):None if first is None else max(offset, 0) + max(first, 0)]
        return [ValidationResultItem(
            severity=r["severity"], focus=r["focus"], focus_name=r.get("focus_name"), message_vi=r["message_vi"],
            message_en=r["message_en"], document=r.get("document"), clause=r.get("clause"), quote=r.get("quote"))
            for r in page]

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> ValidationRun:
        return cls(at=row["at"], nodes=row["nodes"], violations=row["violations"], warnings=row["warnings"],
                   items=json.loads(row.get("results") or "[]"))
