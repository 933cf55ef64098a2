"""Targets and the indicators they are set on."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.types.provenance import Provenance

if TYPE_CHECKING:
    from graph_api.types.document import Document


@strawberry.type(description="Chỉ tiêu / a numeric commitment.")
class Target:
    id: strawberry.ID
    text: str
    metric_text: str | None
    comparator: str | None = strawberry.field(description="eq, gt, gte, lt, lte, approx, range or top.")
    value: float | None
    value_max: float | None
    unit: str | None
    year: int | None
    clause: str | None

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Target:
        year = row.get("year")
        return cls(id=strawberry.ID(row["iri"]), text=row.get("text", ""), metric_text=row.get("metricText"),
                   comparator=row.get("comparator"), value=row.get("value"), value_max=row.get("valueMax"),
                   unit=row.get("unit"), year=int(year) if year else None, clause=row.get("clausePath"))

    @strawberry.field
    async def indicator(self, info: Info) -> Indicator | None:
        rows = await info.context.out(self.id, "INDICATOR")
        return Indicator.from_record(rows[0]) if rows else None

    @strawberry.field
    async def document(self, info: Info) -> Annotated[Document, strawberry.lazy("graph_api.types.document")] | None:
        from graph_api.types.document import Document

        rows = await info.context.out(self.id, "DOCUMENT")
        return Document.from_record(rows[0]) if rows else None

    @strawberry.field
    async def source(self, info: Info) -> Provenance | None:
        rows = await info.context.out(self.id, "DERIVED_FROM")
        return Provenance.from_record(rows[0]) if rows else None


@strawberry.type(description="Chỉ số / an indicator of the SKOS scheme.")
class Indicator:
    id: strawberry.ID = strawberry.field(description="The indicator's key, e.g. rd-spending-gdp.")
    iri: str
    name: str
    name_en: str | None
    notation: str | None
    unit: str | None

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Indicator:
        return cls(id=strawberry.ID(row["iri"].rsplit("/", 1)[-1]), iri=row["iri"], name=row.get("name", ""),
                   name_en=row.get("nameEn"), notation=row.get("notation"), unit=row.get("unit"))

    @strawberry.field(description="Every target set on this indicator, by year.")
    async def targets(self, info: Info) -> list[Target]:
        rows = await info.context.into(self.iri, "INDICATOR")
        return sorted((Target.from_record(r) for r in rows), key=lambda t: (t.year or 0, t.value or 0))


@strawberry.input(description="Filter for targets.")
class TargetFilter:
    indicator: str | None = strawberry.field(default=None, description="Indicator id, e.g. rd-spending-gdp.")
    year: int | None = None
    document_symbol: str | None = None
