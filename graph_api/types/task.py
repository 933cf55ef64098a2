"""Tasks: who must do what, by when, under which document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

from graph_api.types.actor import Actor, actor_from_record
from graph_api.types.progress import ProgressReport, latest_first
from graph_api.types.provenance import Provenance

if TYPE_CHECKING:
    from graph_api.types.document import Document


@strawberry.type(description="Nhiệm vụ / a task a document assigns.")
class Task:
    id: strawberry.ID
    text: str
    clause: str | None = strawberry.field(description="Where it stands in its document (IV.5, 7 • 5).")
    owner_kind: str | None = strawberry.field(
        description="Who leads: explicit (a specific body or post), collective (only groups) or none (an orphan).")
    owner_source: str | None = strawberry.field(
        description="Where the owner was read: sentence, heading, preamble or table.")
    deadline: str | None = strawberry.field(description="YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY.")
    deadline_date: str | None = strawberry.field(description="Last day of the deadline period.")
    recurrence: str | None = strawberry.field(description="ISO 8601 duration (P6M = định kỳ 6 tháng) or 'periodic'.")

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Task:
        return cls(id=strawberry.ID(row["iri"]), text=row.get("text", ""), clause=row.get("clausePath"),
                   owner_kind=row.get("ownerKind"), owner_source=row.get("ownerSource"),
                   deadline=row.get("deadline"),
                   deadline_date=row.get("deadlineDate"), recurrence=row.get("recurrence"))

    @strawberry.field(description="Chủ trì: bodies, posts or groups that lead the task.")
    async def owners(self, info: Info) -> list[Actor]:
        return [actor_from_record(r) for r in await info.context.out(self.id, "OWNER")]

    @strawberry.field(description="Phối hợp.")
    async def collaborators(self, info: Info) -> list[Actor]:
        return [actor_from_record(r) for r in await info.context.out(self.id, "COLLABORATOR")]

    @strawberry.field(description="Báo cáo: who results are reported to.")
    async def report_to(self, info: Info) -> list[Actor]:
        return [actor_from_record(r) for r in await info.context.out(self.id, "REPORTS_TO")]

    @strawberry.field(description="The document that assigns it.")
    async def document(self, info: Info) -> Annotated[Document, strawberry.lazy("graph_api.types.document")] | None:
        from graph_api.types.document import Document

        rows = await info.context.out(self.id, "DOCUMENT")
        return Document.from_record(rows[0]) if rows else None

    @strawberry.field(description="The sentence or item it was read from.")
    async def source(self, info: Info) -> Provenance | None:
        rows = await info.context.out(self.id, "DERIVED_FROM")
        return Provenance.from_record(rows[0]) if rows else None

    @strawberry.field(description="Trạng thái hiện tại / the latest progress report (by asOf, then by when it was "
                                  "recorded), or null when nobody has reported on the task.")
    async def status(self, info: Info) -> ProgressReport | None:
        history = await self.history(info)
        return history[0] if history else None

    @strawberry.field(description="Lịch sử báo cáo / every progress report on the task, latest first.")
    async def history(self, info: Info) -> list[ProgressReport]:
        return latest_first([ProgressReport.from_record(r) for r in await info.context.into(self.id, "REPORTS_ON")])


@strawberry.input(description="Filter for tasks.")
class TaskFilter:
    owner_kind: str | None = None
    orphan: bool | None = strawberry.field(
        default=None, description="True: tasks with no specific lead body or post (owner kind none or collective).")
    due_before: str | None = None
    overdue_as_of: str | None = strawberry.field(default=None, description="Deadline passed as of this date.")
    document_symbol: str | None = None
    owner: str | None = strawberry.field(default=None, description="Owner name, accent-insensitive.")
