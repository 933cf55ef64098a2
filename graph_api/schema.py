"""The root Query and the Strawberry schema."""

from __future__ import annotations

import datetime
import logging

import strawberry
from graphql import GraphQLError
from rapidfuzz import fuzz, process
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.types import Info

from graph_api.mutations import Mutation
from graph_api.pagination import Connection, connection, decode_cursor, page_size
from graph_api.types.actor import Body, BodyGroup, Post
from graph_api.types.corpus import CorpusSummary
from graph_api.types.document import Document, DocumentFilter
from graph_api.types.progress import Progress
from graph_api.types.responsibility import Responsibility, ResponsibilityConnection, Role
from graph_api.types.target import Indicator, Target, TargetFilter
from graph_api.types.task import Task, TaskFilter
from graph_api.types.validation import ValidationRun
from loaders.vntext import fold

log = logging.getLogger("directive_kg.api")


@strawberry.type
class Query:
    @strawberry.field(description="What is loaded in Neo4j now: source files and node and relationship totals.")
    async def corpus(self, info: Info) -> CorpusSummary:
        return CorpusSummary.from_record((await info.context.read("corpus_summary"))[0])

    @strawberry.field(description="Bodies by name or alias, accent-insensitive ('ban tuyen giao', 'BTGTW', "
                                  "'Tỉnh uỷ Nghệ An'); optionally at one level (trung-uong, tinh, huyen).")
    async def bodies(self, info: Info, search: str = "", level: str | None = None, first: int | None = None,
                     after: str | None = None) -> Connection[Body]:
        offset, size = decode_cursor(after), page_size(first, info.context.api.max_page_size)
        rows = await info.context.read("bodies_search", key=fold(search), level=level, skip=offset, limit=size + 1)
        return connection([Body.from_record(r["props"]) for r in rows], offset, size)

    @strawberry.field(description="One body by id (IRI) or by name (best match).")
    async def body(self, info: Info, id: strawberry.ID | None = None, name: str | None = None) -> Body | None:
        if id:
            row = await info.context.nodes.load(str(id))
            return Body.from_record(row) if row and "Body" in row["_labels"] else None
        if name:
            rows = await info.context.read("bodies_search", key=fold(name), level=None, skip=0, limit=1)
            return Body.from_record(rows[0]["props"]) if rows else None
        return None

    @strawberry.field(description="Everything a body is responsible for, across documents. A name that matches "
                                  "several bodies (central, provincial, district) returns all of them.")
    async def responsibilities(
            self, info: Info, body: str, roles: list[Role] | None = None, include_sub_bodies: bool = True,
            include_groups: bool = True, follow_successors: bool = True, document_types: list[str] | None = None,
            due_before: str | None = None, first: int | None = None, after: str | None = None,
    ) -> ResponsibilityConnection:
        return await _responsibilities(info, body, roles or [Role.OWNER], include_sub_bodies, include_groups,
                                       follow_successors, document_types, due_before, None, first, after)

    @strawberry.field(description="Việc quá hạn / what is overdue for a body on a day (default: today): the tasks it "
                                  "leads — directly, through a post, a group, a sub-body or a predecessor — whose "
                                  "deadline has passed with no report of them done by then. `task.status` is the "
                                  "latest report.")
    async def overdue(self, info: Info, body: str, as_of: datetime.date | None = None, first: int | None = None,
                      after: str | None = None) -> ResponsibilityConnection:
        day = (as_of or datetime.date.today()).isoformat()
        return await _responsibilities(info, body, [Role.OWNER], True, True, True, None, None, day, first, after)

    @strawberry.field(description="Tiến độ / counts by current status of the tasks a body leads (as `overdue` "
                                  "finds them) or of a document's tasks (give one of `body`, `document`).")
    async def progress(self, info: Info, body: str | None = None, document: str | None = None,
                       as_of: datetime.date | None = None) -> Progress:
        if (body is None) == (document is None):
            raise GraphQLError("give one of body or document / cần đúng một trong hai: body hoặc document")
        day = (as_of or datetime.date.today()).isoformat()
        if document is not None:
            rows = await info.context.read("progress_by_document", symbolKey=fold(document), asOf=day)
        else:
            led = await _responsibility_rows(info, body, [Role.OWNER], True, True, True, None, None, None, 0, None)
            tasks = sorted({r["taskProps"]["iri"] for r in led})
            rows = await info.context.read("progress_of_tasks", tasks=tasks, asOf=day)
        return Progress.count(day, [(r["status"], r["pastDeadline"]) for r in rows])

    @strawberry.field(description="Documents, newest first.")
    async def documents(self, info: Info, filter: DocumentFilter | None = None, first: int | None = None,
                        after: str | None = None) -> Connection[Document]:
        f = filter or DocumentFilter()
        offset, size = decode_cursor(after), page_size(first, info.context.api.max_page_size)
        rows = await info.context.read("documents_list", type=f.type, issuerKey=fold(f.issuer) if f.issuer else None,
                                       dateFrom=f.date_from, dateTo=f.date_to, skip=offset, limit=size + 1)
        return connection([Document.from_record(r["props"]) for r in rows], offset, size)

    @strawberry.field(description="One document by symbol ('15-KL/TW'; accents and case do not matter).")
    async def document(self, info: Info, symbol: str) -> Document | None:
        rows = await info.context.read("document_by_symbol", symbolKey=fold(symbol))
        return Document.from_record(rows[0]["props"]) if rows else None

    @strawberry.field(description="Tasks, filtered (orphan: no specific lead body or post).")
    async def tasks(self, info: Info, filter: TaskFilter | None = None, first: int | None = None,
                    after: str | None = None) -> Connection[Task]:
        f = filter or TaskFilter()
        offset, size = decode_cursor(after), page_size(first, info.context.api.max_page_size)
        rows = await info.context.read(
            "tasks_list", ownerKind=f.owner_kind, orphan=f.orphan, dueBefore=f.due_before,
            overdueAsOf=f.overdue_as_of, documentSymbol=f.document_symbol,
            ownerKey=fold(f.owner) if f.owner else None, skip=offset, limit=size + 1)
        return connection([Task.from_record(r["props"]) for r in rows], offset, size)

    @strawberry.field(description="Targets, filtered by indicator id, year or document.")
    async def targets(self, info: Info, filter: TargetFilter | None = None, first: int | None = None,
                      after: str | None = None) -> Connection[Target]:
        f = filter or TargetFilter()
        offset, size = decode_cursor(after), page_size(first, info.context.api.max_page_size)
        rows = await info.context.read("targets_list", indicator=f.indicator, year=f.year,
                                       documentSymbol=f.document_symbol, skip=offset, limit=size + 1)
        return connection([Target.from_record(r["props"]) for r in rows], offset, size)

    @strawberry.field(description="One indicator by id (e.g. rd-spending-gdp), with every target set on it.")
    async def indicator(self, info: Info, id: strawberry.ID) -> Indicator | None:
        rows = await info.context.read("indicators_list", id=str(id))
        return Indicator.from_record(rows[0]["props"]) if rows else None

    @strawberry.field(description="The indicator scheme.")
    async def indicators(self, info: Info) -> list[Indicator]:
        return [Indicator.from_record(r["props"]) for r in await info.context.read("indicators_list", id=None)]

    @strawberry.field(description="The latest validation run (`dkg validate`), or null if none ran yet.")
    async def validation(self, info: Info) -> ValidationRun | None:
        rows = await info.context.read("validation_latest")
        return ValidationRun.from_record(rows[0]["props"]) if rows else None


async def _responsibilities(info: Info, body: str, roles: list[Role], include_sub_bodies: bool, include_groups: bool,
                            follow_successors: bool, document_types: list[str] | None, due_before: str | None,
                            overdue_as_of: str | None, first: int | None, after: str | None) -> ResponsibilityConnection:
    offset, size = decode_cursor(after), page_size(first, info.context.api.max_page_size, default=50)
    rows = await _responsibility_rows(info, body, roles, include_sub_bodies, include_groups, follow_successors,
                                      document_types, due_before, overdue_as_of, offset, size)  # the page, in Cypher
    total = rows[0]["total"] if rows else 0
    page = connection([Responsibility.from_record(r) for r in rows], offset, size, total=total,
                      has_next=offset + size < total)
    suggestions = [] if total or overdue_as_of else await _suggest(info, body)
    return ResponsibilityConnection(edges=page.edges, page_info=page.page_info, total_count=total,
                                    suggestions=suggestions)


async def _responsibility_rows(info: Info, body: str, roles: list[Role], include_sub_bodies: bool,
                               include_groups: bool, follow_successors: bool, document_types: list[str] | None,
                               due_before: str | None, overdue_as_of: str | None, skip: int, limit: int | None):
    return await info.context.read(
        "responsibilities", bodyKey=fold(body), roles=[r.value for r in roles], includeGroups=include_groups,
        includeSubBodies=include_sub_bodies, followSuccessors=follow_successors, documentTypes=document_types,
        dueBefore=due_before, overdueAsOf=overdue_as_of, skip=skip, limit=limit)


async def _suggest(info: Info, name: str) -> list[str]:
    rows = await info.context.read("body_names")
    choices = {}
    for r in rows:
        for label in [r["name"], *r["aliases"]]:
            choices.setdefault(fold(label), r["name"])
    matches = process.extract(fold(name), list(choices), scorer=fuzz.WRatio, limit=10, score_cutoff=60)
    out: list[str] = []
    for key, _, _ in matches:
        if choices[key] not in out:
            out.append(choices[key])
    return out[:5]


class CypherQueryCount(SchemaExtension):
    """Reports how many Cypher queries a request ran, in `extensions.cypherQueries` (the N+1 guard)."""

    def get_results(self) -> dict[str, int]:
        context = self.execution_context.context
        return {"cypherQueries": getattr(context, "query_count", 0)}


def _unexpected(error: GraphQLError) -> bool:
    """An error the code did not mean to show (a Neo4j or Python error): its message may hold internals."""
    original = error.original_error
    return original is not None and not isinstance(original, GraphQLError)


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context=None) -> None:
        # a client's mistake is logged in a line; only what the code did not expect gets a traceback
        for error in errors:
            if _unexpected(error):
                log.error("unexpected error in %s", error.path, exc_info=error.original_error)
            else:
                log.info("client error: %s", error.message[:200])


def build_schema(max_depth: int = 12, max_tokens: int = 2000, max_aliases: int = 30) -> strawberry.Schema:
    # parsed and validated documents are cached: clients repeat the same queries with new variables
    return Schema(query=Query, mutation=Mutation, types=[Body, Post, BodyGroup], extensions=[
        lambda: MaxTokensLimiter(max_token_count=max_tokens), lambda: ParserCache(maxsize=256),
        lambda: QueryDepthLimiter(max_depth=max_depth), lambda: MaxAliasesLimiter(max_alias_count=max_aliases),
        lambda: ValidationCache(maxsize=256), CypherQueryCount,
        lambda: MaskErrors(should_mask_error=_unexpected,
                           error_message="Lỗi nội bộ / internal error (the server log has the details)")])


schema = build_schema()
