"""Bodies, posts and collective groups: who tasks are assigned to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.types import Info

if TYPE_CHECKING:
    from graph_api.types.document import Document


@strawberry.interface(description="Cơ quan, chức vụ hoặc nhóm cơ quan / a body, a post or a collective group.")
class Actor:
    id: strawberry.ID
    name: str
    level: str | None = strawberry.field(description="trung-uong, tinh, huyen or co-so.")
    kind: str = strawberry.field(description="body, post or group.")


@strawberry.type(description="Cơ quan / a Party or state body (W3C ORG organization).")
class Body(Actor):
    name_en: str | None
    body_kind: str | None
    aliases: list[str]
    resolved: bool = strawberry.field(description="False when the body is not in the authority file.")

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Body:
        return cls(id=strawberry.ID(row["iri"]), name=row["name"], level=row.get("level"), kind="body",
                   name_en=row.get("nameEn"), body_kind=row.get("bodyKind"), aliases=row.get("aliases") or [],
                   resolved=row.get("resolved", True) is not False)

    @strawberry.field(description="The body this one belongs to.")
    async def parent(self, info: Info) -> Body | None:
        rows = await info.context.out(self.id, "PART_OF")
        return Body.from_record(rows[0]) if rows else None

    @strawberry.field(description="Bodies that belong to this one.")
    async def children(self, info: Info) -> list[Body]:
        return [Body.from_record(r) for r in await info.context.into(self.id, "PART_OF")]

    @strawberry.field(description="Bodies that took over this one (mergers, renames).")
    async def successors(self, info: Info) -> list[Body]:
        return [Body.from_record(r) for r in await info.context.out(self.id, "SUCCEEDED_BY")]

    @strawberry.field(description="Bodies this one took over.")
    async def predecessors(self, info: Info) -> list[Body]:
        return [Body.from_record(r) for r in await info.context.into(self.id, "SUCCEEDED_BY")]

    @strawberry.field(description="Posts in this body that documents name.")
    async def posts(self, info: Info) -> list[Post]:
        return [Post.from_record(r) for r in await info.context.into(self.id, "POST_IN")]

    @strawberry.field(description="Documents this body issued.")
    async def documents_issued(self, info: Info) -> list[Annotated[Document, strawberry.lazy(
            "graph_api.types.document")]]:
        from graph_api.types.document import Document

        return [Document.from_record(r) for r in await info.context.into(self.id, "ISSUED_BY")]

    @strawberry.field(description="Documents addressed or distributed to this body.")
    async def documents_received(self, info: Info) -> list[Annotated[Document, strawberry.lazy(
            "graph_api.types.document")]]:
        from graph_api.types.document import Document

        return [Document.from_record(r) for r in await info.context.into(self.id, "ADDRESSED_TO")]


@strawberry.type(description="Chức vụ / a post in a body (Trưởng Ban Tuyên giáo Trung ương, Bộ trưởng Bộ Công an).")
class Post(Actor):
    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Post:
        return cls(id=strawberry.ID(row["iri"]), name=row["name"], level=row.get("level"), kind="post")

    @strawberry.field(description="The body the post is in.")
    async def body(self, info: Info) -> Body | None:
        rows = await info.context.out(self.id, "POST_IN")
        return Body.from_record(rows[0]) if rows else None


@strawberry.type(description="Nhóm cơ quan / a collective addressee ('các tỉnh ủy, thành ủy').")
class BodyGroup(Actor):
    covers: list[str] = strawberry.field(description="Kinds of body the group covers (tinh-uy, ban-dang …).")

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> BodyGroup:
        return cls(id=strawberry.ID(row["iri"]), name=row["name"], level=row.get("level"), kind="group",
                   covers=row.get("coversKind") or [])


def actor_from_record(row: dict[str, Any]) -> Actor:
    labels = row.get("_labels") or []
    if "Post" in labels:
        return Post.from_record(row)
    if "BodyGroup" in labels:
        return BodyGroup.from_record(row)
    return Body.from_record(row)
