"""Relay-style cursor pagination with a maximum page size."""

from __future__ import annotations

import base64
from typing import Generic, TypeVar

import strawberry
from graphql import GraphQLError

T = TypeVar("T")


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int | None = strawberry.field(description="Total matches, when known without another query.")


def encode_cursor(offset: int) -> str:
    return base64.b64encode(f"offset:{offset}".encode()).decode()


MAX_OFFSET = 10**9  # beyond any corpus; a larger offset is no cursor this API gave


def decode_cursor(cursor: str | None) -> int:
    """The offset after the cursor; a cursor this API did not give is refused (and not echoed back whole)."""
    if not cursor:
        return 0
    try:
        if len(cursor) > 64:
            raise ValueError("too long")
        kind, value = base64.b64decode(cursor.encode(), validate=True).decode().split(":")
        offset = int(value)
        if kind != "offset" or not 0 <= offset < MAX_OFFSET:
            raise ValueError(kind)
        return offset + 1
    except (ValueError, UnicodeDecodeError) as e:
        shown = cursor if len(cursor) <= 40 else cursor[:40] + "…"
        raise GraphQLError(f"invalid cursor {shown!r}: use a cursor from a previous page") from e


def page_size(first: int | None, maximum: int, default: int = 20) -> int:
    n = default if first is None else first
    if n < 0:
        raise GraphQLError("first must be zero or more")
    if n > maximum or n > MAX_OFFSET:
        raise GraphQLError(f"first must be at most {maximum} (the maximum page size)")
    return n


def connection(nodes: list, offset: int, size: int, total: int | None = None, has_next: bool | None = None):
    """A page of `nodes` (already sliced, or one longer than `size` to tell that there is a next page)."""
    more = len(nodes) > size if has_next is None else has_next
    nodes = nodes[:size]
    edges = [Edge(cursor=encode_cursor(offset + i), node=n) for i, n in enumerate(nodes)]
    return Connection(edges=edges, page_info=PageInfo(
        has_next_page=more, has_previous_page=offset > 0,
        start_cursor=edges[0].cursor if edges else None, end_cursor=edges[-1].cursor if edges else None),
        total_count=total)
