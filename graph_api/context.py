"""The per-request GraphQL context: the shared async driver, settings, fresh DataLoaders, a query counter."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLError
from neo4j import AsyncDriver, RoutingControl
from neo4j.exceptions import ServiceUnavailable, SessionExpired
from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

import queries
from dkg.settings import ApiSettings, Neo4jSettings

Row = dict[str, Any]
NEO4J_DOWN = ("Neo4j không phản hồi, xin thử lại sau / Neo4j is not answering; try again shortly "
              "(`dkg neo4j start` starts it)")
NeighbourKey = tuple[str, str, str]  # (iri, relationship type, "out" | "in")


@dataclass
class Context(BaseContext):
    driver: AsyncDriver
    neo4j: Neo4jSettings
    api: ApiSettings
    query_count: int = 0
    nodes: DataLoader[str, Row | None] = field(init=False)
    neighbours: DataLoader[NeighbourKey, list[Row]] = field(init=False)

    def __post_init__(self) -> None:
        super().__init__()
        self.nodes = DataLoader(load_fn=self._load_nodes)
        self.neighbours = DataLoader(load_fn=self._load_neighbours)

    async def read(self, query_name: str, **params: Any) -> list[Row]:
        """Run a named query in a read transaction; rows as plain dicts. Neo4j not answering within the
        configured wait is a clear error and HTTP 503, not a request hanging for the driver's retries."""
        return await self._run(query_name, RoutingControl.READ, params)

    async def write(self, query_name: str, **params: Any) -> list[Row]:
        """Run a named query in a write transaction (the mutations)."""
        return await self._run(query_name, RoutingControl.WRITE, params)

    async def _run(self, query_name: str, routing: RoutingControl, params: dict[str, Any]) -> list[Row]:
        self.query_count += 1
        try:
            records, _, _ = await asyncio.wait_for(self.driver.execute_query(
                queries.load(query_name), parameters_=params, routing_=routing,
                database_=self.neo4j.database), timeout=self.api.neo4j_wait)
        except (ServiceUnavailable, SessionExpired, TimeoutError, OSError) as e:
            if getattr(self, "response", None) is not None:
                self.response.status_code = 503
            raise GraphQLError(NEO4J_DOWN) from e
        return [r.data() for r in records]

    async def _load_nodes(self, iris: list[str]) -> list[Row | None]:
        rows = await self.read("nodes_by_iri", iris=list(iris))
        by_iri = {r["iri"]: {**r["props"], "_labels": r["labels"]} for r in rows}
        return [by_iri.get(i) for i in iris]

    async def _load_neighbours(self, keys: list[NeighbourKey]) -> list[list[Row]]:
        groups: dict[tuple[str, str], list[str]] = defaultdict(list)
        for iri, rel, direction in keys:
            groups[(rel, direction)].append(iri)
        found: dict[NeighbourKey, list[Row]] = defaultdict(list)
        for (rel, direction), iris in groups.items():
            rows = await self.read("neighbours_out" if direction == "out" else "neighbours_in",
                                   iris=sorted(set(iris)), type=rel)
            for r in rows:
                found[(r["iri"], rel, direction)].append({**r["props"], "_labels": r["labels"]})
        return [found.get(k, []) for k in keys]

    async def out(self, iri: str, rel: str) -> list[Row]:
        return await self.neighbours.load((iri, rel, "out"))

    async def into(self, iri: str, rel: str) -> list[Row]:
        return await self.neighbours.load((iri, rel, "in"))
