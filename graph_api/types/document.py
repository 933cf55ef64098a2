"""Documents: metadata, tasks, targets, recipients, copies, forwarding letters and lineage."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.types.actor import Actor, Body, actor_from_record
from graph_api.types.provenance import Provenance

if TYPE_CHECKING:
    from graph_api.types.target import Target
    from graph_api.types.task import Task


@strawberry.enum(description="Which way to follow references.")
class LineageDirection(Enum):
    UPSTREAM = "UPSTREAM"
    DOWNSTREAM = "DOWNSTREAM"
    BOTH = "BOTH"


@strawberry.type(description="Văn bản / a document (ELI legal resource), or a stub known only from a reference.")
class Document:
    id: strawberry.ID
    name: str
    symbol: str | None
    type: str | None = strawberry.field(description="Nghị quyết, Kết luận, Thông báo, Công văn, Bản sao, Bài báo …")
    date: str | None
    place: str | None
    subject: str | None
    authoritative: bool | None = strawberry.field(description="False for press and commentary; null for stubs.")
    signer_capacity: str | None
    copy_kind: str | None

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Document:
        return cls(id=strawberry.ID(row["iri"]), name=row.get("name", ""), symbol=row.get("symbol"),
                   type=row.get("docType"), date=row.get("date"), place=row.get("place"), subject=row.get("subject"),
                   authoritative=row.get("authoritative"), signer_capacity=row.get("signerCapacity"),
                   copy_kind=row.get("copyKind"))

    @strawberry.field(description="The body that issued it.")
    async def issuer(self, info: Info) -> Body | None:
        rows = await info.context.out(self.id, "ISSUED_BY")
        return Body.from_record(rows[0]) if rows else None

    @strawberry.field(description="Who signed it.")
    async def signer(self, info: Info) -> str | None:
        rows = await info.context.out(self.id, "SIGNED_BY")
        return rows[0]["name"] if rows else None

    @strawberry.field(description="Kính gửi and Nơi nhận.")
    async def recipients(self, info: Info) -> list[Actor]:
        return [actor_from_record(r) for r in await info.context.out(self.id, "ADDRESSED_TO")]

    @strawberry.field(description="Tasks the document assigns, in reading order.")
    async def tasks(self, info: Info) -> list[Annotated[Task, strawberry.lazy("graph_api.types.task")]]:
        from graph_api.types.task import Task

        return [Task.from_record(r) for r in await info.context.into(self.id, "DOCUMENT") if "Task" in r["_labels"]]

    @strawberry.field(description="Targets the document sets.")
    async def targets(self, info: Info) -> list[Annotated[Target, strawberry.lazy("graph_api.types.target")]]:
        from graph_api.types.target import Target

        return [Target.from_record(r) for r in await info.context.into(self.id, "DOCUMENT") if "Target" in r["_labels"]]

    @strawberry.field(description="Clause paths that hold tasks (IV.5, 7 • 5 …).")
    async def clauses(self, info: Info) -> list[str]:
        return [r["clausePath"] for r in await info.context.into(self.id, "DOCUMENT") if "Clause" in r["_labels"]]

    @strawberry.field(description="Copies of this document (sao y, sao lục).")
    async def copies(self, info: Info) -> list[Document]:
        return [Document.from_record(r) for r in await info.context.into(self.id, "COPY_OF")]

    @strawberry.field(description="The work this copy reproduces.")
    async def copy_of(self, info: Info) -> Document | None:
        rows = await info.context.out(self.id, "COPY_OF")
        return Document.from_record(rows[0]) if rows else None

    @strawberry.field(description="Letters that forward this document (công văn sao gửi).")
    async def forwarding_letters(self, info: Info) -> list[Document]:
        return [Document.from_record(r) for r in await info.context.into(self.id, "FORWARDS")]

    @strawberry.field(description="Báo cáo kết quả thực hiện: the loaded reports that report on this document "
                                  "(a human confirms each task's status with reportProgress: none is read from them).")
    async def reports(self, info: Info) -> list[Document]:
        return [Document.from_record(r) for r in await info.context.into(self.id, "REPORTS_ON_DOCUMENT")]

    @strawberry.field(description="For a report: the documents whose tasks it reports on.")
    async def reports_on(self, info: Info) -> list[Document]:
        return [Document.from_record(r) for r in await info.context.out(self.id, "REPORTS_ON_DOCUMENT")]

    @strawberry.field(description="Where the document was read: one span per corpus file holding it.")
    async def sources(self, info: Info) -> list[Provenance]:
        return [Provenance.from_record(r) for r in await info.context.out(self.id, "DERIVED_FROM")]

    @strawberry.field(description="Documents this one continues, implements, cites, forwards or copies (upstream) "
                                  "and those that do so to it (downstream), up to `depth` steps (at most 5).")
    async def lineage(self, info: Info, depth: int = 2,
                      direction: LineageDirection = LineageDirection.BOTH) -> list[LineageEntry]:
        depth = max(1, min(depth, 5))
        rows = await info.context.read(
            "document_lineage", iri=str(self.id), depth=depth,
            upstream=direction in (LineageDirection.UPSTREAM, LineageDirection.BOTH),
            downstream=direction in (LineageDirection.DOWNSTREAM, LineageDirection.BOTH))
        return [LineageEntry(direction=LineageDirection(r["direction"]), depth=r["depth"],
                             relation=r["relation"], via=strawberry.ID(r["fromIri"]),
                             document=Document.from_record(r["props"])) for r in rows]


@strawberry.type(description="One step of a document's lineage.")
class LineageEntry:
    direction: LineageDirection
    depth: int
    relation: str = strawberry.field(description="CONTINUES, IMPLEMENTS, CITES, FORWARDS or COPY_OF.")
    via: strawberry.ID = strawberry.field(description="The document on the path just before this one.")
    document: Document


@strawberry.input(description="Filter for documents.")
class DocumentFilter:
    type: str | None = None
    issuer: str | None = strawberry.field(default=None, description="Issuer name or alias, accent-insensitive.")
    date_from: str | None = None
    date_to: str | None = None
