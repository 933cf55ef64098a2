"""Responsibilities: a task a body must carry out, the role it has, and how the body was matched."""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry

from graph_api.pagination import Edge, PageInfo
from graph_api.types.document import Document
from graph_api.types.provenance import Provenance
from graph_api.types.task import Task


@strawberry.enum(description="The body's role in the task.")
class Role(Enum):
    OWNER = "OWNER"
    COLLABORATOR = "COLLABORATOR"
    REPORT_TO = "REPORTS_TO"


@strawberry.enum(description="How the asked-for body was matched to the task.")
class MatchedVia(Enum):
    DIRECT = "DIRECT"
    POST = "POST"
    GROUP = "GROUP"
    SUB_BODY = "SUB_BODY"
    SUCCESSION = "SUCCESSION"


@strawberry.type(description="The body that matched: its name and level.")
class MatchedBody:
    id: strawberry.ID
    name: str
    level: str | None


@strawberry.type(description="Trách nhiệm / one task a body is responsible for.")
class Responsibility:
    role: Role
    matched_via: MatchedVia
    body: MatchedBody
    task: Task
    document: Document
    provenance: Provenance | None

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Responsibility:
        return cls(role=Role(row["role"]), matched_via=MatchedVia(row["matchedVia"]),
                   body=MatchedBody(id=strawberry.ID(row["bodyIri"]), name=row["body"], level=row["level"]),
                   task=Task.from_record(row["taskProps"]), document=Document.from_record(row["docProps"]),
                   provenance=Provenance.from_record({k: row[k] for k in ("file", "start", "end", "quote")}))


@strawberry.type(description="A page of responsibilities; `suggestions` holds close body names when none matched.")
class ResponsibilityConnection:
    edges: list[Edge[Responsibility]]
    page_info: PageInfo
    total_count: int
    suggestions: list[str]
