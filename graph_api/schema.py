"""The root Query and the Strawberry schema."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from graph_api.context import Context
from graph_api.types.corpus import CorpusSummary


@strawberry.type
class Query:
    @strawberry.field(description="What is loaded in Neo4j now: source files and node and relationship totals.")
    def corpus(self, info: Info[Context, None]) -> CorpusSummary:
        return CorpusSummary.from_record(info.context.read("corpus_summary")[0])


schema = strawberry.Schema(query=Query)
