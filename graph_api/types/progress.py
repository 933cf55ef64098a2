"""Follow-up of tasks (theo dõi, đôn đốc): progress reports, a task's status over time, counts by status."""

from __future__ import annotations

from collections import Counter
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

if TYPE_CHECKING:
    from graph_api.types.document import Document


@strawberry.enum(description="Trạng thái thực hiện nhiệm vụ / the status a progress report gives a task.")
class ProgressStatus(Enum):
    NOT_STARTED = strawberry.enum_value("chua-thuc-hien", description="Chưa thực hiện / not started")
    IN_PROGRESS = strawberry.enum_value("dang-thuc-hien", description="Đang thực hiện / in progress")
    DONE = strawberry.enum_value("hoan-thanh", description="Hoàn thành / done")
    OVERDUE = strawberry.enum_value("qua-han", description="Quá hạn / overdue")
    CANNOT_BE_DONE = strawberry.enum_value("khong-thuc-hien-duoc", description="Không thực hiện được / cannot be done")


STATUS_LABEL_VI = {"chua-thuc-hien": "Chưa thực hiện", "dang-thuc-hien": "Đang thực hiện", "hoan-thanh": "Hoàn thành",
                   "qua-han": "Quá hạn", "khong-thuc-hien-duoc": "Không thực hiện được"}


def status_of(code: str | None) -> ProgressStatus | None:
    """The enum member of a stored code; None for no code (or one written by hand outside the list)."""
    try:
        return ProgressStatus(code) if code else None
    except ValueError:
        return None


@strawberry.type(description="Báo cáo tiến độ / one report on a task: its status on a day, who said so, the "
                             "evidence. The latest (by asOf, then by when it was recorded) is the task's status.")
class ProgressReport:
    id: strawberry.ID
    status: ProgressStatus | None = strawberry.field(description="Null when the stored code is not in the list "
                                                                 "(validation flags it).")
    as_of: str | None = strawberry.field(description="The day the status holds on (YYYY-MM-DD).")
    recorded_at: str | None = strawberry.field(description="When it was recorded (ISO 8601, UTC).")
    reported_by: str | None
    note: str | None
    evidence: str | None = strawberry.field(description="A link to, or the reference of, the evidence.")
    task_id: strawberry.ID | None = strawberry.field(description="The task it is about (its IRI).")

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> ProgressReport:
        return cls(id=strawberry.ID(row["iri"]), status=status_of(row.get("status")), as_of=row.get("asOf"),
                   recorded_at=row.get("recordedAt"), reported_by=row.get("reportedBy"), note=row.get("note"),
                   evidence=row.get("evidence"), task_id=strawberry.ID(row["taskIri"]) if row.get("taskIri") else None)


def latest_first(reports: list[ProgressReport]) -> list[ProgressReport]:
    return sorted(reports, key=lambda r: (r.as_of or "", r.recorded_at or ""), reverse=True)


@strawberry.type(description="Tiến độ / how far a set of tasks has got, by their current status.")
class Progress:
    as_of: str = strawberry.field(description="The day the counts hold on.")
    total: int
    not_reported: int = strawberry.field(description="Tasks nobody has reported on yet.")
    not_started: int
    in_progress: int
    done: int
    overdue: int = strawberry.field(description="Tasks whose latest report says quá hạn.")
    cannot_be_done: int
    past_deadline_not_done: int = strawberry.field(
        description="Tasks past their deadline on asOf with no report of them done — what `overdue` lists.")

    @classmethod
    def count(cls, as_of: str, rows: list[tuple[str | None, bool]]) -> Progress:
        """`rows`: (current status code or None, past deadline and not done) per task."""
        by = Counter(status for status, _ in rows)
        return cls(as_of=as_of, total=len(rows), not_reported=by[None], not_started=by["chua-thuc-hien"],
                   in_progress=by["dang-thuc-hien"], done=by["hoan-thanh"], overdue=by["qua-han"],
                   cannot_be_done=by["khong-thuc-hien-duoc"], past_deadline_not_done=sum(1 for _, p in rows if p))


@strawberry.type(description="What a document upload gave: the documents written and every problem met.")
class IngestResult:
    ok: bool = strawberry.field(description="True when every document of the file was written whole.")
    file: str = strawberry.field(description="Where the upload is kept (its provenance): .dkg/uploads/<digest>/<name>.")
    documents: list[Annotated[Document, strawberry.lazy("graph_api.types.document")]]
    tasks: int
    targets: int
    problems: list[str] = strawberry.field(description="Read, extraction and projection problems, and warnings.")


@strawberry.type(description="What deleting a document removed.")
class DeleteResult:
    symbol: str
    parts: int = strawberry.field(description="Clauses, tasks, targets and source spans removed.")
    progress_reports: int = strawberry.field(description="Progress reports on its tasks removed.")
    kept_as_reference: bool = strawberry.field(
        description="Other documents cite it: it stays as a stub with its symbol, as before it was loaded.")
