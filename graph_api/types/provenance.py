"""Where a fact was read: file, offsets into the original text, quote."""

from __future__ import annotations

from typing import Any

import strawberry


@strawberry.type(description="Nguồn / provenance: the span of a corpus file a fact was read from.")
class Provenance:
    file: str | None
    start: int | None = strawberry.field(description="Start offset (characters) into the original file text.")
    end: int | None = strawberry.field(description="End offset (exclusive).")
    quote: str | None

    @classmethod
    def from_record(cls, row: dict[str, Any] | None) -> Provenance | None:
        if not row:
            return None
        return cls(file=row.get("file"), start=row.get("start"), end=row.get("end"), quote=row.get("quote"))
