"""Typed records passed between the pipeline stages (plain data, no behaviour beyond helpers)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceSpan:
    """Where a fact was read: file, start and end offsets into the original text, and the quote."""

    file: str  # the file's name, as shown
    start: int
    end: int
    quote: str
    sha256: str | None = field(default=None, compare=False)  # the file's content digest: which file it is
    page: int | None = field(default=None, compare=False)  # the PDF page the span starts on


@dataclass
class BodyRef:
    """A body, post or group as mentioned in a text and resolved against the authority file."""

    name: str  # display name: the authority file's label, or as read when unresolved
    kind: str  # "body" | "post" | "group"
    key: str  # IRI local key (authority key, or a pattern / unresolved key)
    resolved: bool = True
    level: str | None = None
    body_kind: str | None = None
    as_read: str = ""
    parent_key: str | None = None  # body of a post; parent body of a local body
    parent_name: str | None = None
    province_key: str | None = None
    covers: tuple[str, ...] = ()  # body kinds a group covers


@dataclass
class Reference:
    symbol: str
    relation: str  # continues | implements | cites | forwards | copy_of
    doc_type: str | None = None
    date: str | None = None
    issuer: BodyRef | None = None


@dataclass
class Receipt:
    receiver: BodyRef | None
    number: str | None
    date: str | None
    source: SourceSpan | None = None


@dataclass
class Task:
    text: str
    clause: str
    owners: list[BodyRef] = field(default_factory=list)
    collaborators: list[BodyRef] = field(default_factory=list)
    report_to: list[BodyRef] = field(default_factory=list)
    deadline: str | None = None
    recurrence: str | None = None
    owner_kind: str = "none"  # who: explicit (a specific body or post) | collective (only groups) | none
    owner_source: str | None = None  # where the owner was read: sentence | heading | preamble | table
    source: SourceSpan | None = None


@dataclass
class Target:
    text: str
    indicator: str | None  # indicator key in the SKOS scheme
    indicator_name: str | None
    metric_text: str
    comparator: str
    value: float
    value_max: float | None
    unit: str
    year: int | None
    clause: str = ""
    source: SourceSpan | None = None


@dataclass
class Document:
    symbol: str | None
    doc_type: str  # Vietnamese kind: Nghị quyết, Kết luận, Bản sao, Bài báo, Bình luận …
    authoritative: bool = True
    issuer: BodyRef | None = None
    date: str | None = None
    place: str | None = None
    signer: str | None = None
    signer_capacity: str | None = None
    signer_post: str | None = None
    subject: str | None = None
    copy_of: str | None = None
    copy_kind: str | None = None
    references: list[Reference] = field(default_factory=list)
    recipients: list[BodyRef] = field(default_factory=list)
    receipts: list[Receipt] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    sources: list[SourceSpan] = field(default_factory=list)
    title: str | None = None  # a display name for documents without a symbol

    @property
    def key(self) -> str:
        """Identity of the work: its symbol, else its type and title."""
        return self.symbol or f"{self.doc_type}:{self.title or ''}"
