"""The per-request GraphQL context: the shared driver and fresh DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from neo4j import Driver, RoutingControl
from strawberry.fastapi import BaseContext

import queries
from dkg.settings import ApiSettings, Neo4jSettings


@dataclass
class Context(BaseContext):
    driver: Driver
    neo4j: Neo4jSettings
    api: ApiSettings

    def read(self, query_name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the named query in a read transaction; rows as plain dicts."""
        records, _, _ = self.driver.execute_query(
            queries.load(query_name), parameters_=params, routing_=RoutingControl.READ,
            database_=self.neo4j.database,
        )
        return [r.data() for r in records]
