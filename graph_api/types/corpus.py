"""What is loaded in Neo4j: source files and totals."""

from __future__ import annotations

from typing import Any

import strawberry


@strawberry.type(description="A corpus file that was read into the graph.")
class SourceFile:
    name: str
    file: str
    length: int = strawberry.field(description="Length of the file's text, in characters.")

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> SourceFile:
        return cls(name=row["name"], file=row["file"], length=row["length"])


@strawberry.type(description="Size of what is loaded in Neo4j now.")
class CorpusSummary:
    files: list[SourceFile]
    nodes: int
    relationships: int

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> CorpusSummary:
        return cls(files=[SourceFile.from_record(f) for f in row["files"]],
                   nodes=row["nodes"], relationships=row["relationships"])
