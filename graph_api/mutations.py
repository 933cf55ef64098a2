"""Writes over the API, each behind the key: ingest or delete a document, report progress on a task.

Every mutation needs the header `X-API-Key` equal to `DKG_API_KEY` (compared in constant time); with no key
configured, every mutation is refused. A document goes through the same pipeline as `dkg load` (a transaction
per document: whole or absent), and each write bumps the data version so no cached answer outlives it.
"""

from __future__ import annotations

import asyncio
import datetime
import uuid
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.permission import BasePermission
from strawberry.types import Info

from dkg.errors import DirectiveKgError
from dkg.settings import project_root
from graph_api.keys import configured, key_matches
from graph_api.types.document import Document
from graph_api.types.progress import (
    STATUS_LABEL_VI,
    DeleteResult,
    IngestResult,
    ProgressReport,
    ProgressStatus,
)
from loaders.pipeline import delete_document, load_paths
from loaders.uploads import decode_upload, keep_upload
from ontology.terms import ID

REPORT_BASE = ID["progress/"]


class NeedsApiKey(BasePermission):
    message = ("Cần khóa API đúng trong tiêu đề X-API-Key / a valid API key is required in the header X-API-Key")

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        expected = info.context.api.api_key
        if not configured(expected):  # (the instance is shared: no state on it)
            raise GraphQLError("Ghi dữ liệu qua API đang tắt: chưa đặt DKG_API_KEY / writes over the API are "
                               "turned off: no DKG_API_KEY is configured on the server")
        return key_matches(info.context.request.headers.get("x-api-key"), expected)


@strawberry.type
class Mutation:
    @strawberry.mutation(permission_classes=[NeedsApiKey], description=(
        "Nạp một văn bản / load one document file (.txt, .md, .pdf, .docx, .html) as `dkg load` does: given as "
        "`text` or as `contentBase64`, kept under .dkg/uploads/ as its provenance. Idempotent: the same content and "
        "name again replaces what it said. Returns what was written and every problem met."))
    async def ingest_document(self, info: Info, filename: str, text: str | None = None,
                              content_base64: str | None = None) -> IngestResult:
        ctx = info.context
        try:
            data = decode_upload(filename, text, content_base64, ctx.api.max_upload_bytes)
            path = keep_upload(project_root(), filename, data)
        except DirectiveKgError as e:
            raise GraphQLError(str(e)) from e
        state = ctx.request.app.state
        async with state.write_lock:  # one load at a time: two uploads of one work must not interleave
            report = await asyncio.to_thread(load_paths, state.sync_driver(), [path], ctx.neo4j.database)
        if report.stopped:
            raise GraphQLError(f"Neo4j stopped answering; nothing of {path.name} is half-written: {report.stopped}")
        rows = await ctx.nodes.load_many(report.document_iris)
        documents = [Document.from_record(r) for r in rows if r]
        return IngestResult(ok=not report.failed, file=str(path.relative_to(project_root())), documents=documents,
                            tasks=sum(report.tasks_by_owner_kind.values()), targets=report.targets,
                            problems=[f"{p.kind}: {p.message}" for p in report.problems])

    @strawberry.mutation(permission_classes=[NeedsApiKey], description=(
        "Xóa một văn bản / delete a document and everything it said (clauses, tasks, targets, spans, progress "
        "reports on its tasks). A document other documents cite stays as a stub with its symbol."))
    async def delete_document(self, info: Info, symbol: str) -> DeleteResult:
        ctx = info.context
        state = ctx.request.app.state
        async with state.write_lock:
            try:
                row = await asyncio.to_thread(delete_document, state.sync_driver(), symbol, ctx.neo4j.database)
            except DirectiveKgError as e:
                raise GraphQLError(str(e)) from e
        if row is None:
            raise GraphQLError(f"Không có văn bản số {symbol} / no document with symbol {symbol!r}")
        return DeleteResult(symbol=row["symbol"] or symbol, parts=row["parts"], progress_reports=row["reports"],
                            kept_as_reference=row["kept"])

    @strawberry.mutation(permission_classes=[NeedsApiKey], description=(
        "Báo cáo tiến độ một nhiệm vụ / report a task's status as of a day (default: today). Each report is kept; "
        "the latest is the task's status. Refused: an unknown task, a day before the task's document, a day to "
        "come."))
    async def report_progress(self, info: Info, task: strawberry.ID, status: ProgressStatus,
                              note: str | None = None, evidence: str | None = None, reported_by: str | None = None,
                              as_of: datetime.date | None = None) -> ProgressReport:
        ctx = info.context
        today = datetime.date.today()
        as_of = as_of or today
        found = await ctx.read("progress_task", task=str(task))
        if not found:
            raise GraphQLError(f"Không có nhiệm vụ {task} / no task with id {task!r}")
        document_date = found[0]["documentDate"]
        if as_of > today:
            raise GraphQLError(f"asOf {as_of} is a day to come (today is {today}) / ngày báo cáo chưa tới")
        if document_date and as_of.isoformat() < str(document_date):
            raise GraphQLError(f"asOf {as_of} is before the task's document {found[0]['symbol']} of {document_date} "
                               f"/ ngày báo cáo trước ngày ban hành văn bản giao nhiệm vụ")
        iri = f"{REPORT_BASE}{uuid.uuid4()}"
        rows = await ctx.write(
            "progress_report_save", iri=iri, task=str(task), status=status.value, asOf=as_of.isoformat(),
            recordedAt=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            note=_blank_is_none(note), evidence=_blank_is_none(evidence), reportedBy=_blank_is_none(reported_by),
            name=f"{STATUS_LABEL_VI[status.value]} — {as_of.isoformat()}")
        await ctx.write("data_version_bump")
        return ProgressReport.from_record(rows[0]["props"])


def _blank_is_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None
