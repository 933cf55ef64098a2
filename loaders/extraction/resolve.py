"""Finding bodies, posts and groups in text and resolving them against the authority file.

The authority file (ontology/bodies.ttl) gives central bodies and provinces with their aliases; the
patterns (loaders/extraction/patterns.py) build local bodies ("Ban Tuyên giáo" + "Tỉnh ủy" + "Nghệ An"), posts
("Bộ trưởng" + "Bộ Công an") and collective groups ("các tỉnh ủy, thành ủy"). Context fills what a text
leaves out: "Ban Tuyên giáo Tỉnh ủy" in a Nghệ An letter is the Nghệ An one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS

import ontology
from loaders.extraction import patterns
from loaders.extraction.alternation import trie_pattern
from loaders.records import BodyRef
from loaders.vntext import fold, fold_keep_length, slug, unify_tones
from ontology.terms import BODY_BASE, DKG


@dataclass(frozen=True)
class Entry:
    key: str
    name: str
    level: str | None
    kind: str | None
    parent: str | None


@dataclass
class Context:
    """What a document tells about where it stands: its issuer's province and district."""

    province_key: str | None = None
    province_name: str | None = None
    district_name: str | None = None
    issuer: BodyRef | None = None
    known: list[BodyRef] = field(default_factory=list)  # long-named bodies the document names in full
    # short names the document defines: "Ban Chỉ đạo … (gọi tắt là Ban Chỉ đạo)" → (folded short, body)
    defined: list[tuple[str, BodyRef]] = field(default_factory=list)
    heading_mentions: dict[str, list[Mention]] = field(default_factory=dict, repr=False)  # read once per text
    short_forms: tuple[list[BodyRef], list[tuple[BodyRef, str]]] | None = field(default=None, repr=False)
    # the document's mentions, read once: (offset in the text, mentions, their starts)
    segment_mentions: tuple[int, list[Mention], list[int]] | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    ref: BodyRef


@dataclass
class Authority:
    entries: dict[str, Entry]
    aliases: dict[str, str]  # folded alias → key
    provinces: dict[str, str]  # folded province name → key
    labels: dict[str, list[str]]  # key → every label and alias as spelt in the authority file
    alias_re: re.Pattern = field(repr=False)
    province_re: re.Pattern = field(repr=False)

    @classmethod
    def from_graph(cls, graph: Graph) -> Authority:
        entries: dict[str, Entry] = {}
        aliases: dict[str, str] = {}
        provinces: dict[str, str] = {}
        spellings: dict[str, list[str]] = {}
        for node in graph.subjects(RDF.type, DKG.Body):
            key = str(node).removeprefix(str(BODY_BASE))
            name = _vi(graph, node, SKOS.prefLabel) or _vi(graph, node, RDFS.label) or key
            level = graph.value(node, DKG.level)
            kind = graph.value(node, DKG.bodyKind)
            parent = graph.value(node, DKG.partOf)
            entries[key] = Entry(key, name, str(level) if level else None, str(kind) if kind else None,
                                 str(parent).removeprefix(str(BODY_BASE)) if parent else None)
            labels = [name] + [str(a) for a in graph.objects(node, SKOS.altLabel)]
            spellings[key] = labels
            if kind and str(kind) in ("tinh", "thanh-pho"):
                for label in labels:
                    short = re.sub(r"^(tinh|thanh pho) ", "", fold(label))
                    provinces[short] = key
                continue  # a bare province name is matched only next to a committee
            for label in labels:
                aliases.setdefault(fold(label), key)
        alias_re = _alternation(aliases)
        province_re = re.compile(r"(?:tinh |thanh pho |tp\. ?)?(" + trie_pattern(provinces, space=" ")
                                 + r")(?![a-z0-9])")
        return cls(entries, aliases, provinces, spellings, alias_re, province_re)

    def ref(self, key: str, as_read: str = "") -> BodyRef:
        e = self.entries[key]
        return BodyRef(name=e.name, kind="body", key=key, resolved=True, level=e.level, body_kind=e.kind,
                       as_read=as_read, parent_key=e.parent,
                       parent_name=self.entries[e.parent].name if e.parent in self.entries else None)


def _vi(graph: Graph, node, prop) -> str | None:
    for value in graph.objects(node, prop):
        if isinstance(value, Literal) and value.language == "vi":
            return str(value)
    return None


def _alternation(words) -> re.Pattern:
    """Any of `words` (folded phrases), whole; the spaces between words may be any run of white space (a name
    wrapped over an indented line). `_key` turns a match back into its phrase."""
    return re.compile(r"(" + trie_pattern(words, not_after="[a-z0-9]") + r")(?![a-z0-9])")


def _key(m: re.Match) -> str:
    return " ".join(m.group(1).split())


@cache
def authority() -> Authority:
    """The authority file, parsed once per process."""
    return Authority.from_graph(ontology.bodies())


@cache
def _alias_starts() -> tuple[frozenset[str], frozenset[str]]:
    """The authority file's folded names, and every run of their first words that is not the whole name."""
    names = frozenset(authority().aliases)
    starts = frozenset(" ".join(words[:k]) for name in names for words in [name.split()] for k in range(1, len(words)))
    return names, starts


def name_cut_at(before: str, after: str) -> bool:
    """Whether a line ending in `before` ("Bộ Công") and the next, starting with `after` ("Thương, …"), broke one
    body's name: `before` is no name of its own, and with the next word it is the start of one (or a whole one)."""
    names, starts = _alias_starts()
    head, nxt = fold(before).strip(), fold(after).split()[:1]
    joined = f"{head} {nxt[0].strip(',;.:')}" if nxt else ""
    return bool(nxt) and head in starts and head not in names and (joined in starts or joined in names)


# --- pattern matchers (built once) ---------------------------------------------------------------

_COMMITTEE_RE = _alternation([c[0] for c in patterns.COMMITTEES])
_COMMITTEES = {c[0]: c for c in patterns.COMMITTEES}
_UNITS = {u[0]: u for u in patterns.UNITS}
_UNIT_BEFORE_RE = re.compile(r"(?<![a-z0-9])(" + trie_pattern(_UNITS, space=" ") + r") $")
_TITLES = dict(patterns.POST_TITLES)
_TITLE_WORDS = trie_pattern(_TITLES, space=" ")
_TITLE_BEFORE_RE = re.compile(r"(?<![a-z0-9])(" + _TITLE_WORDS + r") $")
_TITLE_AFTER_RE = re.compile(r"(?:" + _TITLE_WORDS + r") ")
_STANDALONE_RE = _alternation([p[0] for p in patterns.STANDALONE_POSTS])
_STANDALONE = {p[0]: p for p in patterns.STANDALONE_POSTS}
_DEPARTMENT_RE = re.compile(r"(?<![a-z0-9])so (" + trie_pattern(
    [fold(d) for d in [*patterns.DEPARTMENT_NAMES, *patterns.DEPARTMENT_ABBREVIATIONS]], space=" ") + r")(?![a-z0-9&])")
_GROUP_RE = _alternation([g[0] for g in patterns.GROUP_KINDS])
_GROUPS = {g[0]: g for g in patterns.GROUP_KINDS}
_GROUP_JOIN_RE = re.compile(r"^(?:,|;)?\s*(?:va\s+|cac\s+|,\s*)*$")
_UPPER_WORD = re.compile(r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*")
_STOP_PLACE_WORDS = {"Kính", "Nơi", "Số", "Ngày", "V/v", "Về", "Chuyên", "ĐẾN", "Sao", "SAO", "Đảng", "ĐẢNG",
                     "Cộng", "CỘNG", "Thường", "Ban", "BAN", "Văn", "VĂN", "Ủy", "Uỷ", "ỦY", "UỶ", "T/M", "K/T", "T/L",
                     "Chương", "Kế", "Nghị", "Kết", "Thông", "Công", "Quyết"}
_ORG_HEAD = re.compile(r"(Ban|Bộ|Sở|Phòng|Chi cục|Vụ|Công an|Bộ Chỉ huy|Kho bạc|Ủy ban|Uỷ ban|Đảng ủy|Đảng uỷ|Đảng đoàn|Hội đồng|Văn phòng|Viện|Trường|Cục|Tổng cục|"
                       r"Tập đoàn|Tổng công ty|Trung tâm|Học viện|Đài|Báo|Tạp chí|Liên đoàn|Hội|Thành đoàn|Tỉnh đoàn)\s")


def find_mentions(text: str, ctx: Context | None = None, paragraph_starts: frozenset[int] = frozenset(),
                  folded: str | None = None) -> list[Mention]:
    """Bodies, posts and groups mentioned in `text` (normalised), left to right, without overlaps.
    `paragraph_starts`: offsets where a paragraph begins when `text` holds several (a group written with a
    capital counts only there, as it does at the start of a text of one paragraph). `folded`: the text folded
    one character for one, when the caller has it already (a slice of `Text.folded`)."""
    ctx = ctx or Context()
    lines = text
    # a name wrapped over two lines is one name; offsets stay the same
    folded = (fold_keep_length(text) if folded is None else folded).replace("\n", " ")
    text = text.replace("\n", " ")
    candidates = _named_in_full(text, folded, ctx) + _issuer_short_names(text, folded, ctx)
    chosen = _non_overlapping(candidates)
    taken = _Spans([(c.start, c.end) for c in chosen])
    chosen = _non_overlapping(chosen + [g for g in _generic_orgs(lines, folded, ctx) if taken.free(g.start, g.end)])
    chosen = _party_committees_of(text, folded, chosen)
    chosen = _with_posts(text, folded, chosen, ctx)
    chosen = _units_of_short_names(text, folded, chosen)
    chosen = _of_each_place(text, folded, chosen)
    chosen = _unnamed_local_bodies_as_classes(text, chosen, ctx)
    listed, heads = _listed_members(text, folded, ctx)
    if listed:  # "các Bộ: Tài chính, Tài nguyên và Môi trường": each named member, not the class or a piece of a name
        taken = _Spans([(m.start, m.end) for m in listed])
        chosen = sorted([c for c in chosen if taken.free(c.start, c.end)] + listed, key=lambda m: m.start)
    # a class phrase that holds a body's name is the class: "cơ quan thuộc Chính phủ" is not the Government
    group_matches = [g for g in _GROUP_RE.finditer(folded) if not any(a <= g.start() < b for a, b in heads)]
    wider = [(g.start(), g.end()) for g in group_matches]
    # ("Chủ tịch UBND huyện, thành phố": each district's chairman, not one post; "UBND các phường, xã": the whole
    # class, not the issuer's short name with "các phường" after it)
    chosen = [c for c in chosen if not any(a <= c.start and c.end <= b and b - a > c.end - c.start
                                           for a, b in wider)] if wider else chosen
    chosen.extend(_groups(text, folded, chosen, group_matches, paragraph_starts))
    return sorted(chosen, key=lambda m: m.start)


_JOINS_A_CLASS = re.compile(r"^\s*(?:,|và)?\s*$")


def _unnamed_local_bodies_as_classes(text: str, chosen: list[Mention], ctx: Context) -> list[Mention]:
    """In a central document, a provincial or district body written without its place ("Ban Thường vụ Tỉnh ủy,
    Thành ủy", "Tỉnh ủy", "Sở Tài chính") is every province's: a class, however singular its words; a committee
    joined to the one before by a comma or "và" ("…Tỉnh ủy, Thành ủy") is part of the same class."""
    if ctx.issuer is None or ctx.issuer.level != "trung-uong" or ctx.province_key is not None:
        return chosen
    out: list[Mention] = []
    run: list[Mention] = []

    def close() -> None:
        if not run:
            return
        start, end = run[0].start, run[-1].end
        name = _ABBREVIATED_COUNCILS.sub(lambda a: _COUNCIL_NAMES[a.group(0)], " ".join(text[start:end].split()))
        kinds = tuple(sorted({m.ref.body_kind or "co-quan" for m in run}))
        out.append(Mention(start, end, BodyRef(name=name[:1].upper() + name[1:], kind="group",
                                               key="lop-" + slug(name), resolved=True, body_kind="group",
                                               as_read=text[start:end], covers=kinds)))
        run.clear()

    for m in chosen:
        unnamed = m.ref.kind == "body" and not m.ref.resolved and m.ref.level in ("tinh", "huyen")
        if unnamed and run and m.ref.body_kind in _COMMITTEE_KINDS and _JOINS_A_CLASS.match(text[run[-1].end:m.start]):
            run.append(m)
            continue
        close()
        if unnamed:
            run.append(m)
        else:
            out.append(m)
    close()
    return out


def named_bodies(text: str, ctx: Context | None = None, folded: str | None = None) -> list[BodyRef]:
    """The bodies of the authority file and the local ones a text names in full: what `find_mentions` finds
    of them, read without the posts, groups, short forms and pattern-read organisations it also looks for.
    `folded` as for `find_mentions`."""
    ctx = ctx or Context()
    folded = (fold_keep_length(text) if folded is None else folded).replace("\n", " ")
    text = text.replace("\n", " ")
    candidates = _non_overlapping(_named_in_full(text, folded, ctx))
    chosen = _with_posts(text, folded, _party_committees_of(text, folded, candidates), ctx)
    wider = [(g.start(), g.end()) for g in _GROUP_RE.finditer(folded)]
    return [c.ref for c in chosen if c.ref.kind == "body" and c.ref.resolved
            and not any(a <= c.start and c.end <= b and b - a > c.end - c.start for a, b in wider)]


def _named_in_full(text: str, folded: str, ctx: Context) -> list[Mention]:
    """Candidate mentions of bodies named in full: the authority file's names and aliases (capitalised, or an
    abbreviation), local committees and their units, provincial departments. They may overlap."""
    auth = authority()
    out = [Mention(m.start(), m.end(), auth.ref(auth.aliases[_key(m)], text[m.start():m.end()]))
           for m in auth.alias_re.finditer(folded)
           if _is_capitalised(text, m.start()) or _is_abbreviation(text[m.start():m.end()])]
    return out + _local_bodies(text, folded, ctx) + _departments(text, folded, ctx)


_COMMITTEE_KINDS = {c[1] for c in patterns.COMMITTEES}
_MEMBERS_KINDS = {"dai-bieu-hdnd"}  # "Đại biểu Hội đồng nhân dân tỉnh": its members, a class however written


def _units_of_short_names(text: str, folded: str, chosen: list[Mention]) -> list[Mention]:
    """'Thường trực Hội đồng nhân dân' where the council is named short (the issuer, named in full above): the
    unit of that committee, as when the committee is named in full."""
    return [_with_unit_before(text, folded, c) if c.ref.kind == "body" and c.ref.body_kind in _COMMITTEE_KINDS else c
            for c in chosen]


_EACH_PLACE = re.compile(r"\s+cac (?:tinh|huyen|xa|quan|phuong|dia phuong|cap)(?:,\s*(?:thanh pho|thi xa|quan|phuong|"
                         r"thi tran))*(?:\s+truc thuoc trung uong)?(?![a-z])")


def _of_each_place(text: str, folded: str, chosen: list[Mention]) -> list[Mention]:
    """'Cục Thuế các tỉnh, thành phố', 'Sở Y tế các tỉnh', 'Cục trưởng Cục Thuế các tỉnh': the body (or post) of
    each place, a class, not the one body its first words name."""
    out = []
    for c in chosen:
        each = _EACH_PLACE.match(folded, c.end) if c.ref.kind in ("body", "post") else None
        if each is None:
            out.append(c)
            continue
        name = " ".join(text[c.start:each.end()].split())
        out.append(Mention(c.start, each.end(), BodyRef(
            name=name, kind="group", key=slug(name), resolved=True, body_kind="group", as_read=text[c.start:each.end()],
            covers=(c.ref.body_kind,) if c.ref.body_kind and c.ref.kind == "body" else ())))
    return out


# "các sở: …", "Giám đốc các Sở, ngành: …", "Đảng ủy các Bộ: …" followed by the members' own names
_LIST_HEAD = re.compile(r"(?<![a-z])(?:(giam doc|thu truong|bo truong|dang uy) )?cac (so|bo)(?:,? (?:nganh|ban, nganh|"
                        r"co quan|co quan ngang bo))?\s*:\s*")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:va\s+)?|\s+va\s+)")


@cache
def _member_names() -> dict[str, tuple[str, re.Pattern, dict[str, str]]]:
    """For "so" and "bo": the head word, a pattern of every member name as written after "các sở:" / "các Bộ:"
    (folded; longest first so "Kế hoạch và Đầu tư" is one name, not "Kế hoạch" and "Đầu tư"; a comma inside a
    name may be left out: "Văn hóa Thể thao và Du lịch"), and each name's spelling by its folded words."""
    ministries = {fold(label)[3:]: label[3:] for labels in authority().labels.values() for label in labels
                  if fold(label).startswith("bo ") and len(label) > 6}
    departments = {fold(n): _DEPARTMENT_SPELLING[fold(n)] for n in patterns.DEPARTMENT_NAMES}
    out = {}
    for kind, head, names in (("so", "Sở", departments), ("bo", "Bộ", ministries)):
        alternation = "|".join(re.escape(n).replace(",\\ ", ",?\\ ").replace("\\ ", r"\s+")
                               for n in sorted(names, key=len, reverse=True))
        out[kind] = (head, re.compile(r"(?:" + alternation + r")(?![a-z0-9])"),
                     {" ".join(n.replace(",", " ").split()): spelling for n, spelling in names.items()})
    return out


def _listed_members(text: str, folded: str, ctx: Context) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The members a class names after a colon, each read as if written in full ("Giám đốc các sở: Tài chính,
    Nội vụ" → Giám đốc Sở Tài chính, Giám đốc Sở Nội vụ), and the spans of the heads that listed some."""
    out: list[Mention] = []
    heads: list[tuple[int, int]] = []
    if "cac so" not in folded and "cac bo" not in folded:
        return out, heads  # the common case, told without the pattern
    for m in _LIST_HEAD.finditer(folded):
        if m.group(1) and not _is_capitalised(text, m.start()) and m.start() > 0:
            continue
        head, names, spelt = _member_names()[m.group(2)]
        title = " ".join(text[m.start(1):m.end(1)].split()) + " " if m.group(1) else ""
        title = title[:1].upper() + title[1:]
        i, found = m.end(), []
        while (name := names.match(folded, i)) is not None:
            as_read = text[i:name.end()]
            written = spelt[" ".join(name.group(0).replace(",", " ").split())]  # as the name is spelt
            refs = [x for x in find_mentions(f"{title}{head} {written}", ctx) if x.start == 0]
            if refs:  # the first member's span takes the head in, so a subject reads on through the list
                found.append(Mention(i if found else m.start(), name.end(), replace(refs[0].ref, as_read=as_read)))
            sep = _LIST_SEPARATOR.match(folded, name.end())
            if sep is None:
                break
            i = sep.end()
        if found:
            out.extend(found)
            heads.append((m.start(), m.end()))
    return out, heads


# the Party organisation inside a body, written before the body's name (folded, display, kind): the Party units of
# a committee (patterns.UNITS) stand before any body too
_PARTY_ORGANISATIONS_OF = (("dang uy ", "Đảng ủy", "dang-uy"),
                           *((f"{folded} ", display, kind) for folded, kind, display in patterns.UNITS
                             if kind in ("ban-can-su", "dang-doan", "ban-thuong-vu")))


def _party_committees_of(text: str, folded: str, chosen: list[Mention]) -> list[Mention]:
    """'Đảng ủy Ủy ban nhân dân tỉnh', 'Đảng ủy Bộ Y tế', 'Ban cán sự đảng Tòa án nhân dân tỉnh', 'Đảng đoàn Hội
    Nông dân tỉnh', 'Ban Thường vụ Tỉnh đoàn': the Party organisation (or standing committee) of a body is a body
    of its own, whatever the body."""
    out = []
    for m in chosen:
        for before, display, kind in _PARTY_ORGANISATIONS_OF if m.ref.kind == "body" else ():
            start = m.start - len(before)
            if start >= 0 and folded[start:m.start] == before and _is_capitalised(text, start) \
                    and m.ref.body_kind != kind:
                name = f"{display} {m.ref.name}"
                out.append(Mention(start, m.end, BodyRef(
                    name=name, kind="body", key=slug(name), resolved=m.ref.resolved, level=m.ref.level,
                    body_kind=kind, as_read=text[start:m.end], parent_key=m.ref.key, parent_name=m.ref.name,
                    province_key=m.ref.province_key)))
                break
        else:
            out.append(m)
    return out


def _is_capitalised(text: str, i: int) -> bool:
    return text[i:i + 1].isupper()


def _is_abbreviation(s: str) -> bool:
    return len(s) >= 2 and s.replace("Đ", "D").isupper() and " " not in s


def _non_overlapping(cands: list[Mention]) -> list[Mention]:
    """The longest mentions first, each kept when it overlaps none kept before."""
    spans = _Spans()
    picked: list[Mention] = []
    for c in sorted(cands, key=lambda m: (-(m.end - m.start), m.start)):
        if spans.free(c.start, c.end):
            spans.add(c.start, c.end)
            picked.append(c)
    return sorted(picked, key=lambda m: m.start)


class _Spans:
    """Disjoint [start, end) spans, kept sorted: an overlap test in log time (a long text has hundreds)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans or []):
            self.starts.append(a)
            self.ends.append(b)

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans that start before `end`
        return i == 0 or self.ends[i - 1] <= start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _local_bodies(text: str, folded: str, ctx: Context) -> list[Mention]:
    out = []
    auth = authority()
    for m in _COMMITTEE_RE.finditer(folded):
        if not _is_capitalised(text, m.start()) or folded[m.end():m.end() + 5] == " vien" or \
                folded[max(0, m.start() - 10):m.start()] == "truc thuoc":
            continue  # "các tỉnh ủy" is a class of bodies, "Tỉnh ủy viên" a member, neither one body
        phrase, kind, level, display = _COMMITTEES[_key(m)]
        start, end = m.start(), m.end()
        place_name, place_end = _place_after(text, folded, end, upper=text[start:end].isupper(),
                                             numbered=level != "tinh")
        province_key = None
        if level == "tinh":
            if place_name:
                province_key = auth.provinces.get(fold(place_name))
            elif ctx.province_key:
                province_key, place_name = ctx.province_key, ctx.province_name
            if province_key is not None and kind == "thanh-uy" and auth.entries[province_key].kind != "thanh-pho":
                level, kind = "huyen", "thanh-uy-tinh"  # a city under a province
        elif not place_name and ctx.district_name and kind in ("huyen-uy", "ubnd-huyen"):
            place_name = ctx.district_name
            province_key = ctx.province_key
        elif place_name:
            province_key = ctx.province_key
        if place_end:
            end = place_end
        if level == "co-so" and not place_name:
            continue  # "Ủy ban nhân dân xã có trách nhiệm …" in a provincial text: each commune's, a class
        if province_key and level == "tinh" and not place_name:
            place_name = auth.entries[province_key].name
        committee = _committee_name(display, place_name, province_key if level == "tinh" else None)
        committee_key = slug(committee)
        resolved = bool(place_name) and (level != "tinh" or province_key is not None)
        parent_key = province_key if level == "tinh" else (slug(_committee_name("Tỉnh ủy", ctx.province_name, None))
                                                           if ctx.province_name and kind.endswith("uy") else None)
        ref = BodyRef(name=committee, kind="body", key=committee_key, resolved=resolved, level=level,
                      body_kind=kind, as_read=text[start:end], parent_key=parent_key,
                      province_key=province_key)
        out.append(_with_unit_before(text, folded, Mention(start, end, ref)))
    return out


def _with_unit_before(text: str, folded: str, committee: Mention) -> Mention:
    """'Ban Tuyên giáo Tỉnh ủy …', 'Thường trực Hội đồng nhân dân …': a unit written before a committee is a body
    of that committee; otherwise the committee itself."""
    unit = _UNIT_BEFORE_RE.search(folded[max(0, committee.start - 40):committee.start])
    if unit is None or not _is_capitalised(text, committee.start - len(unit.group(0))):
        return committee
    _, u_kind, u_display = _UNITS[unit.group(1)]
    start, c = committee.start - len(unit.group(0)), committee.ref
    name = f"{u_display} {c.name}"
    return Mention(start, committee.end, BodyRef(
        name=name, kind="body", key=slug(name), resolved=c.resolved, level=c.level, body_kind=u_kind,
        as_read=text[start:committee.end], parent_key=c.key, parent_name=c.name, province_key=c.province_key))


_DEPARTMENT_SPELLING = {fold(name): name for name in reversed(patterns.DEPARTMENT_NAMES)}  # "TÀI CHÍNH" → "Tài chính", first spelling
_DEPARTMENT_SPELLING.update({fold(short): name for short, name in patterns.DEPARTMENT_ABBREVIATIONS.items()})


def _departments(text: str, folded: str, ctx: Context) -> list[Mention]:
    """'Sở Khoa học và Công nghệ' (+ 'tỉnh X' or the document's province)."""
    out = []
    auth = authority()
    for m in _DEPARTMENT_RE.finditer(folded):
        if not _is_capitalised(text, m.start()):
            continue
        end = m.end()
        province_key = ctx.province_key
        p = auth.province_re.match(folded, end + 1) if text[end:end + 1] == " " else None
        if p and folded[end + 1:p.start(1)].strip() in ("tinh", "thanh pho", "tp."):
            province_key, end = auth.provinces.get(p.group(1)), p.end(1)
        dept = "Sở " + _DEPARTMENT_SPELLING.get(fold(text[m.start(1):m.end(1)]), text[m.start(1):m.end(1)])
        place = _display_place("", province_key) if province_key else None
        name = f"{dept} tỉnh {place}" if place else dept
        if province_key and auth.entries[province_key].kind == "thanh-pho":
            name = f"{dept} thành phố {place}"
        out.append(Mention(m.start(), end, BodyRef(
            name=name, kind="body", key=slug(name), resolved=province_key is not None, level="tinh", body_kind="so",
            as_read=text[m.start():end], parent_key=slug(f"Ủy ban nhân dân tỉnh {place}") if place else None,
            parent_name=f"Ủy ban nhân dân tỉnh {place}" if place else None, province_key=province_key)))
    return out


# Organisations the authority file cannot list (a ministry's Cục and Vụ, a province's Công an, a school …) are
# read by their pattern: an organisation word, then a name that starts with a capital. Kept, flagged unresolved.
_GENERIC_HEADS = ("Tổng cục|Chi cục|Cục|Vụ|Viện|Trung tâm|Học viện|Trường|Bệnh viện|Đại học|Báo|Tạp chí|Đài|Thông tấn xã|"
                  "Ban Quản lý|Ban quản lý|Ban Chỉ đạo|Ban chỉ đạo|Ban Dân tộc|Ban Tôn giáo|Ban Thi đua|Thanh tra|Tòa án nhân dân|Toà án nhân dân|"
                  # a Party committee's board since 2025 ("Ban Xây dựng Đảng Đảng ủy …")
                  "Ban Xây dựng Đảng|Ban Xây dựng đảng|Ban xây dựng đảng|"
                  "Kho bạc Nhà nước|Công an|Bộ Chỉ huy|Bộ đội Biên phòng|Phòng|Văn phòng|Sở|Quỹ|Hội|Liên đoàn|Liên minh|"
                  "Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Ủy ban|Uỷ ban|Đoàn|Hiệp hội|Thuế|Hải quan")
# a head wrapped over two lines ("Bộ Chỉ" / "huy Quân sự tỉnh") is still a head
_GENERIC_HEAD = re.compile(r"(" + trie_pattern(_GENERIC_HEADS.split("|"), not_after=r"\w") + r")(?=\s)")
# words that end a name (compared with their accents: "đã" ends a name, "Đa dạng sinh học" does not)
_NAME_STOP = {"thuộc", "của", "tại", "trong", "với", "để", "về", "theo", "nhằm", "được", "đã", "sẽ", "có", "các", "này",
              "trên", "đến", "từ", "cho", "là", "khi", "nếu", "hoặc", "như", "bằng", "thì", "mới", "cùng", "làm",
              "phải", "cần", "kịp", "khẩn", "chịu", "tiếp", "đồng", "nhanh", "sớm", "ngay", "trước", "sau"}
_MANAGED_THINGS = re.compile(r"(?:khu|cum|du an|cong trinh|di tich|cho|rung)(?![a-z])")
# the same words with their accents: "thành" (phố) is a place word, "(Phát) thanh" is not
_PLACE_WORDS_WRITTEN = {"tỉnh", "huyện", "xã", "phường", "thành", "quận"}
_PLACE_WORDS = {"tinh", "huyen", "xa", "phuong", "thanh", "quan"}
_BEFORE_PLACE_NAME = _PLACE_WORDS_WRITTEN | {"phố", "trấn"}  # (thành) phố, (thị) trấn: a place's name follows
_CLASS_NOUNS = {"bo", "so", "ban", "nganh", "co", "dia", "tinh", "huyen", "xa", "don"}


def _generic_orgs(text: str, folded: str, ctx: Context) -> list[Mention]:
    out = []
    verbs = (*patterns.DIRECTIVE_VERBS, "yeu cau", "de nghi")  # "Tổng cục Thuế yêu cầu": the name has ended
    for m in _GENERIC_HEAD.finditer(text):
        start = m.start()
        words = list(re.finditer(r"[^\s,;:.()\[\]“”\"/|]+", text[m.end():m.end() + 120]))
        if not words or words[0].start() > 1:
            continue
        first = words[0].group(0)
        if first == "các" and _OFFICE_OF_EACH.match(fold(" ".join(m.group(0).split())) + " ") and len(words) > 1 \
                and fold(words[1].group(0)) in _CLASS_NOUNS:
            continue  # "Thanh tra các Sở, ngành": a class, read with the groups
        if first in ("và", "các") and len(words) > 1 and words[1].group(0)[:1].isupper():
            pass  # "Báo và Đài Phát thanh tỉnh", "Ban Quản lý các Khu du lịch"
        elif first == "các" and fold(m.group(1)).startswith("ban quan ly") \
                and _MANAGED_THINGS.match(fold(text[m.end() + words[1].start():m.end() + words[1].start() + 12]) if len(words) > 1 else ""):
            pass  # "Ban Quản lý các khu công nghiệp tỉnh": what a management board runs, written in lower case
        elif any(w[:1].isupper() for w in m.group(1).split()[1:]) and first.lower() not in _NAME_STOP \
                and not fold(text[m.end() + words[0].start():m.end() + words[0].start() + 30]).startswith(verbs):
            pass  # "Ban Quản lý dự án", "Ban Chỉ đạo phòng, chống thiên tai": the head is already a name
        elif not (first[:1].isupper() or fold(first) in _PLACE_WORDS):
            continue  # "Phòng, chống …", "Hội nghị": no name follows
        end = m.end()
        placed = False  # a place's name has been read ("… huyện Quảng Ninh"): a word in lower case ends the name
        for k, w in enumerate(words[:12]):
            gap = text[m.end() + (words[k - 1].end() if k else 0):m.end() + w.start()]
            # "phòng, chống", "Khám, chữa bệnh" and "Phát thanh, Truyền hình" (the provincial media body of 2025) hold a comma
            phong_chong = gap.strip() == "," and (fold(words[k - 1].group(0)), fold(w.group(0))) in (
                ("phong", "chong"), ("thanh", "truyen"), ("kham", "chua"))
            if k and not phong_chong and (gap.strip() or "\n" in gap and not w.group(0)[:1].islower()):
                break  # punctuation ends the name ("phòng, chống" excepted), and so does a new line with a capital
            word = w.group(0)
            rest = fold(text[m.end() + w.start():m.end() + w.start() + 30])
            previous = words[k - 1].group(0) if k else ""
            # a stop word written with a capital after a capitalised or a place word is a place's name ("Lâm Đồng",
            # "tỉnh Đồng Nai")
            stop = word in _NAME_STOP or word.lower() in _NAME_STOP and not (
                previous[:1].isupper() or unify_tones(previous) in _BEFORE_PLACE_NAME)
            # ("Ban Quản lý dự án đầu tư xây dựng tỉnh": the board's name, not a verb)
            investment_works = k >= 2 and rest.startswith("xay dung") and fold(f"{words[k - 2].group(0)} {previous}") == "dau tu"
            if k and (stop or word[:1].islower() and rest.startswith(verbs)
                      and not _verb_ends_name(rest, verbs) and not investment_works):
                break
            if k and word[:1].islower() and previous.islower() and unify_tones(previous) in _PLACE_WORDS_WRITTEN \
                    and not (previous == "thành" and word == "phố"):
                break  # "… các Khu du lịch tỉnh xây dựng": after "tỉnh" only a capitalised place name continues
            if k and word[:1].islower() and placed:
                break  # "Tòa án nhân dân huyện Quảng Ninh xét xử …"
            placed = placed or bool(k) and word[:1].isupper() and unify_tones(previous) in _BEFORE_PLACE_NAME
            following = words[k + 1].group(0) if k + 1 < len(words) else ""
            # "… tài nguyên và môi trường": a field named in lower case goes on
            lower_field = word == "và" and previous.islower() and following.islower() \
                and following not in _NAME_STOP and not fold(text[m.end() + words[k + 1].start():][:30]).startswith(verbs)
            if k and word.lower() == "và" and not lower_field and not (
                    following[:1].isupper() and not _GENERIC_HEAD.match(text, m.end() + words[k + 1].start())
                    and not _TITLE_AFTER_RE.match(rest, len(word) + 1)):
                break  # "Ban Quản lý Dự án và Ban Quản lý …", "Vụ Pháp chế và Thủ trưởng …" name two (a bare
                # head joined to the next, "Báo và Đài Phát thanh, Truyền hình …", is one)
            end = m.end() + w.end()
        # the provincial media body of 2025 is "Báo và Phát thanh, Truyền hình", often written "… và Đài Phát thanh"
        name = _MEDIA_BODY.sub("Báo và Phát thanh", _tidy(text[start:end]))
        if name.startswith("Phòng ") and (full := _DEPARTMENT_SPELLING.get(fold(name[len("Phòng "):]))):
            # "Phòng GD&ĐT": a district's office of a department, spelt out, in the district of the document
            name = f"Phòng {full}" + (f" huyện {ctx.district_name}" if ctx.district_name else "")
        if fold(name).endswith((" tinh", " thanh pho")) and ctx.province_name:
            name = f"{name} {ctx.province_name}"  # "Công an tỉnh" in a provincial document
        if len(name.split()) < 2:
            continue
        out.append(Mention(start, end, _unit_ref(name, " ".join(m.group(1).split()), text[start:end], ctx)))
    for m in _YOUTH_UNION.finditer(text):  # "Tỉnh đoàn", "Thành đoàn": a whole name with no name after it
        name = m.group(0) + (f" {ctx.province_name}" if ctx.province_name else "")
        out.append(Mention(m.start(), m.end(), _unit_ref(name, m.group(0), m.group(0), ctx)))
    return out


_MEDIA_BODY = re.compile(r"^Báo và Đài Phát thanh(?=, Truyền hình)")
# ("Thành đoàn kết …", "Tỉnh đoàn viên" are no union)
_YOUTH_UNION = re.compile(r"(?<!\w)(?:Tỉnh đoàn|Thành đoàn)(?![\wÀ-ỹ])(?!\s+(?:kết|thể|viên)\b)")


_PREDICATE_ONLY = {"chu tri", "dong chu tri", "phoi hop", "chiu trach nhiem", "co trach nhiem", "tham muu", "chi dao",
                   "lanh dao", "thuc hien", "trien khai", "khan truong", "tiep tuc", "chu dong", "bao cao"}


def _verb_ends_name(rest: str, verbs: tuple[str, ...]) -> bool:
    """'Vụ Kinh tế xây dựng là …', '… xây dựng.': a verb with no object after it is a word of the name."""
    verb = max((v for v in verbs if rest.startswith(v)), key=len)
    if verb in _PREDICATE_ONLY:
        return False
    after = rest[len(verb):]
    return not after.strip() or after[:1] in ",;.:/)" or bool(re.match(r"\s*(?:la|va|chu tri|phoi hop|co trach nhiem)\b|\s*[,;.:/)]", after))


def _unit_ref(name: str, head: str, as_read: str, ctx: Context | None) -> BodyRef:
    """An organisation read by its pattern. A unit named in its ministry's own document ("Vụ Pháp chế",
    "Văn phòng Bộ") is that ministry's: part of it, and not the same node as another ministry's Vụ Pháp chế."""
    parent = _ministry_of_unit(name, head, ctx) if ctx else None
    if parent is not None and re.search(r"\sBộ$", name):
        name = name[:-len(" Bộ")] + " " + parent.name
        parent_scope = ""
    else:
        parent_scope = " " + parent.name if parent else ""
    return BodyRef(name=name, kind="body", key="unresolved-" + slug(name + parent_scope), resolved=False,
                   as_read=as_read, parent_key=parent.key if parent else None,
                   parent_name=parent.name if parent else None)


_MINISTRY_UNITS = {"Vụ", "Cục", "Tổng cục", "Văn phòng", "Thanh tra", "Ban Quản lý", "Ban quản lý", "Viện",
                   "Trung tâm", "Báo", "Tạp chí"}


def _ministry_of_unit(name: str, head: str, ctx: Context) -> BodyRef | None:
    """The ministry a unit named in the ministry's own document belongs to: "Vụ Pháp chế" there is its Vụ."""
    issuer = ctx.issuer
    if issuer is None or issuer.body_kind != "bo" or head not in _MINISTRY_UNITS:
        return None
    folded = fold(name)
    if re.search(r"\b(?:tinh|thanh pho|huyen|xa|phuong|quoc gia|viet nam|trung uong)\b", folded) \
            or (" bo " in f" {folded} " and not folded.endswith(" bo")):
        return None  # a unit of a place, a national one, or one already named with its ministry
    return issuer


def _tidy(name: str) -> str:
    """One space between words and around a dash between words ("Tổ chức- Cán bộ")."""
    name = " ".join(name.split())
    return re.sub(r"(?<=\w)\s*[-–]\s+(?=\w)|(?<=\w)\s+[-–]\s*(?=\w)", " - ", name)


def _committee_name(display: str, place: str | None, province_key: str | None) -> str:
    if not place:
        return display
    place = _display_place(place, province_key)
    return f"{display} {place}"


def _display_place(place: str, province_key: str | None) -> str:
    if province_key is not None:
        entry = authority().entries[province_key]
        return re.sub(r"^(Tỉnh|Thành phố) ", "", entry.name)
    if place.isupper():
        return " ".join(w[:1] + w[1:].lower() for w in place.split())
    return place


def _place_after(text: str, folded: str, i: int, upper: bool, numbered: bool = False) -> tuple[str | None, int | None]:
    """A place name right after a committee word: capitalised words on the same line (at most 4). Below the
    province a place may be numbered ("Phường 3", "Quận 1", "xã Quỳnh Lưu 1"): a number of one or two digits
    is a name word, first or last."""
    auth = authority()
    m = auth.province_re.match(folded, i + 1) if text[i:i + 1] == " " else None
    if m:
        return text[m.start(1):m.end(1)], m.end(1)
    words = []
    j = i
    while len(words) < 4:
        w = re.match(r" ([^\s,.;:()\"“”|]+)", text[j:])
        if not w:
            break
        word = w.group(1)
        if numbered and re.fullmatch(r"\d{1,2}", word) and not _COUNT_AFTER.match(folded, j + len(w.group(0))):
            words.append(word)
            j += len(w.group(0))
            if len(words) > 1:
                break  # "Quỳnh Lưu 1": the number ends the name
            continue
        if not _UPPER_WORD.fullmatch(word) or (word in _STOP_PLACE_WORDS and not _place_goes_on(text, j + len(w.group(0)))):
            break
        if upper != word.isupper() and len(words) == 0 and not word[:1].isupper():
            break
        words.append(word)
        j += len(w.group(0))
    if not words:
        return None, None
    return " ".join(words), j


_COUNT_AFTER = re.compile(r" (?:thang|nam|ngay|lan|gio|tuan|quy|nguoi|ban|bo|muc|%)(?![a-z])")


def _place_goes_on(text: str, j: int) -> bool:
    """A word that usually begins something else ("Văn phòng", "Kế hoạch") begins a place when a capitalised
    word of the name follows it: "huyện Văn Lâm", "huyện Kế Sách", "huyện Thường Tín"."""
    nxt = re.match(r" ([^\s,.;:()\"“”|]+)", text[j:])
    return bool(nxt) and bool(_UPPER_WORD.fullmatch(nxt.group(1))) and nxt.group(1) not in _STOP_PLACE_WORDS \
        and not nxt.group(1).isupper()


def _issuer_short_names(text: str, folded: str, ctx: Context) -> list[Mention]:
    """Short names: 'Ban Chỉ đạo' in a document of a Ban Chỉ đạo is the issuer; 'Ban Chỉ đạo Trung ương'
    after the full name was given is that body."""
    out: list[Mention] = []
    if ctx.issuer is not None:
        out.extend(_short_forms(text, folded, ctx.issuer, (3, 2)))
    for body, short in _known_shorts(ctx):
        if short in folded:  # the common case is a miss, tested without a call
            out.extend(_short_forms(text, folded, body, (len(short.split()),)))
    for short, body in ctx.defined:
        if short in folded:
            out.extend(_short_forms(text, folded, body, (len(short.split()),), phrase=short))
    return out


_DEFINED = re.compile(r"\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi tắt là|gọi là|viết tắt là)\s+[“\"']?([^)“”\"']{2,60}?)[”\"']?\s*\)",
                      re.IGNORECASE)


def defined_names(text: str) -> list[tuple[str, BodyRef]]:
    """Organisations a document names in full and then by a short name it defines: "Ban Chỉ đạo Trung ương về
    chuyển đổi năng lượng (gọi tắt là Ban Chỉ đạo)" — later, "Ban Chỉ đạo" is that body."""
    out = []
    for m in _DEFINED.finditer(text):
        short = " ".join(m.group(1).split())
        if not _GENERIC_HEAD.match(short + " ") and not _ORG_HEAD.match(short + " "):
            continue  # a short name of a document or a programme, not of an organisation
        before = text[max(0, m.start() - 300):m.start()]
        at = fold_keep_length(before.replace("\n", " ")).rfind(fold(short))
        if at < 0:
            continue
        full = " ".join(before[at:].split()).rstrip(" ,")
        if len(full.split()) <= len(short.split()) or not full[:1].isupper():
            continue
        key = "unresolved-" + slug(full)
        known = authority().aliases.get(fold(full))
        ref = authority().ref(known, full) if known else BodyRef(name=full, kind="body", key=key, resolved=False,
                                                                 as_read=full)
        out.append((fold(short), ref))
    return out


def _known_shorts(ctx: Context) -> list[tuple[BodyRef, str]]:
    """The long-named bodies a document names, each with its folded short form (worked out once per list of
    known bodies, not once per paragraph)."""
    if ctx.short_forms is not None and ctx.short_forms[0] is ctx.known:
        return ctx.short_forms[1]
    out = []
    for body in ctx.known:
        words = _name_words(body.name)
        if len(words) >= 6:
            head = next((i for i, w in enumerate(words) if w in ("ve", "cua", "tai", "phu", "trong")), 4)
            cut = max(head, 3)
            if cut < len(words) and words[cut] == "uy":
                cut += 1  # never between "Tỉnh" and "ủy": "Ban Thường vụ Tỉnh" would take "Ban Thường vụ Tỉnh đoàn"
            out.append((body, " ".join(words[:cut])))
    ctx.short_forms = (ctx.known, out)
    return out


@lru_cache(maxsize=8192)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's folded words, once per name (every paragraph asks again for the same known bodies)."""
    return tuple(fold(name).split())


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _whole_phrase_at(folded: str, phrase: str):
    """(start, end) of each occurrence of `phrase` in `folded` as whole words, left to right, not overlapping —
    found with str.find: a regex with a look-behind scans every character in Python's engine."""
    i = folded.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if (i == 0 or folded[i - 1] not in _WORD_CHARS) and (j == len(folded) or folded[j] not in _WORD_CHARS):
            yield i, j
            i = folded.find(phrase, j)
        else:
            i = folded.find(phrase, i + 1)


def _rest_of_name(folded: str, end: int, words: tuple[str, ...]) -> int:
    """Where the name goes on to after `end`, by the words that follow a short name in the full one, as far as
    they follow one another (each after white space, as whole words). A loop, not a pattern: a pattern per name
    was compiled for every name a document shortens."""
    for word in words:
        at = end
        while at < len(folded) and folded[at].isspace():
            at += 1
        after = at + len(word)
        if at == end or not folded.startswith(word, at) or after < len(folded) and folded[after] in _WORD_CHARS:
            break
        end = after
    return end


def _short_forms(text: str, folded: str, body: BodyRef, sizes: tuple[int, ...], phrase: str | None = None
                 ) -> list[Mention]:
    """Where `body` is named by the first words of its name (or by `phrase`, a short name it was given)."""
    words = _name_words(body.name)
    out = []
    for n in sizes:
        if len(words) <= n and phrase is None:
            continue
        short = phrase or " ".join(words[:n])
        if short not in folded:
            continue  # the common case, without building a pattern
        refs: dict[str, BodyRef] = {}  # one copy per spelling, however often the short name recurs
        for start, end in _whole_phrase_at(folded, short):
            if _is_capitalised(text, start):
                if phrase is None and len(words) > n:  # "Hội đồng nhân" / "dân": as far as the name goes
                    end = _rest_of_name(folded, end, words[n:])
                as_read = text[start:end]
                if as_read not in refs:
                    refs[as_read] = BodyRef(**{**body.__dict__, "as_read": as_read})
                out.append(Mention(start, end, refs[as_read]))
        if out:
            break
    return out


def _with_posts(text: str, folded: str, bodies: list[Mention], ctx: Context) -> list[Mention]:
    """Turn 'title + body' into posts; add posts named without a body (Tổng Bí thư)."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for b in bodies:
        t = _TITLE_BEFORE_RE.search(folded[max(0, b.start - 30):b.start])
        title = t.group(1) if t else None
        if title in ("truong", "pho truong") and not fold(b.ref.as_read).startswith("ban"):
            title = None
        if title == "thuong truc" and not folded[max(0, b.start - 40):b.start].rstrip().endswith(
                ("dong chi thuong truc", "d/c thuong truc")):
            title = None
        if title and _is_capitalised(text, b.start - len(t.group(0))):
            t_start = b.start - len(t.group(0))
            out.append(Mention(t_start, b.end, _post(_TITLES[title], b.ref, text[t_start:b.end])))
            taken.append((t_start, b.end))
        else:
            out.append(b)
    auth = authority()
    for m in _STANDALONE_RE.finditer(folded):
        if any(not (m.end() <= s or m.start() >= e) for s, e in taken) or not _is_capitalised(text, m.start()):
            continue
        phrase, display, body_key = _STANDALONE[_key(m)]
        post = _post(display, auth.ref(body_key), text[m.start():m.end()], name=display)
        out = [x for x in out if x.end <= m.start() or x.start >= m.end()]
        out.append(Mention(m.start(), m.end(), post))
    return sorted(out, key=lambda m: m.start)


def _post(title: str, body: BodyRef, as_read: str, name: str | None = None) -> BodyRef:
    name = name or f"{title} {body.name}"
    return BodyRef(name=name, kind="post", key=slug(name), resolved=body.resolved, level=body.level,
                   body_kind="post", as_read=as_read, parent_key=body.key, parent_name=body.name,
                   province_key=body.province_key)


def _groups(text: str, folded: str, specific: list[Mention], group_matches: list[re.Match],
            paragraph_starts: frozenset[int] = frozenset()) -> list[Mention]:
    """Collective addressees (`group_matches` of `_GROUP_RE`) in the gaps between specific mentions; adjacent
    kinds form one group."""
    found = []
    taken = _Spans([(x.start, x.end) for x in specific])
    for m in group_matches:
        if not taken.free(m.start(), m.end()):
            continue
        if _GROUPS[_key(m)][1] == "so" and "sở" not in text[m.start():m.end()].lower():
            continue  # folded, "các số" (numbers) reads as "các sở" (departments)
        # "Ủy ban nhân dân các tỉnh", "UBND huyện, thành phố": a class however it is capitalised
        plural = " cac " in f" {_key(m)} " or "," in _key(m) or _GROUPS[_key(m)][1] in _MEMBERS_KINDS
        if text[m.start():m.start() + 1].isupper() and not plural \
                and not folded[max(0, m.start() - 4):m.start()].endswith("cac "):
            # capitalised and not "các …": a group only at the start of a line or bullet
            if m.start() > 0 and m.start() not in paragraph_starts \
                    and text[max(0, m.start() - 2):m.start()].strip() not in ("", "-", "*", "•"):
                continue
        found.append(m)
    merged: list[list[re.Match]] = []
    for m in found:
        # "Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện": a class of heads starts a class of its own
        if merged and _GROUP_JOIN_RE.match(folded[merged[-1][-1].end():m.start()]) \
                and not _key(m).startswith(_HEAD_TITLES):
            merged[-1].append(m)
        else:
            merged.append([m])
    out = []
    for run in merged:
        kinds: list[str] = []
        for m in run:
            kind = _GROUPS[_key(m)][1]
            if kind not in kinds:
                kinds.append(kind)
        start, end = run[0].start(), run[-1].end()
        office = None
        if folded[max(0, start - 4):start] == "cac ":
            start -= 4
            office = _OFFICE_OF_EACH.search(folded[max(0, start - 12):start])
            if office and _is_capitalised(text, start - len(office.group(0))):
                start -= len(office.group(0))  # "Thanh tra các Sở, ngành": the inspectorate of each
            else:
                office = None
        if office is None and (head := _HEAD_OF_EACH.search(folded[max(0, start - 24):start])) \
                and (_is_capitalised(text, start - len(head.group(0))) or head.group(1) in _LOWER_CASE_HEADS) \
                and (" cac " in f" {folded[start:end]} " or "," in folded[start:end]):
            # "Thủ trưởng các cơ quan, đơn vị", "Chủ tịch UBND các huyện", "thường trực các tỉnh ủy": the head
            # (or standing committee) of each, a class of its own
            office = head
            start -= len(head.group(0))
        name = " ".join(text[start:end].split())
        name = _ABBREVIATED_COUNCILS.sub(lambda m: _COUNCIL_NAMES[m.group(0)], name)  # "UBND các tỉnh" spelt out
        name = name[:1].upper() + name[1:]
        covers = tuple(sorted({c for k in kinds for c in patterns.GROUP_COVERS.get(k, (k,))}))
        key = "+".join(sorted(kinds))
        if office:
            key = slug(office.group(0)) + "-cua-" + key
        ref = BodyRef(name=name, kind="group", key=key, resolved=True, body_kind="group",
                      as_read=text[start:end], covers=covers)
        out.append(Mention(start, end, ref))
    return out


_COUNCIL_NAMES = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
_ABBREVIATED_COUNCILS = re.compile(r"\b(?:UBND|HĐND)\b")
# an office that each member of a class has: "Thanh tra các Sở, ngành", "Văn phòng các Bộ"
_OFFICE_OF_EACH = re.compile(r"(?:thanh tra|van phong) $")
_HEAD_OF_EACH = re.compile(r"(?<![a-z])(thu truong|pho chu tich|chu tich|giam doc|ban thuong vu|thuong truc|"
                           r"lanh dao|bi thu|hieu truong) $")
_HEAD_TITLES = ("thu truong ", "pho chu tich ", "chu tich ", "giam doc ", "bo truong ")  # a class of heads
_LOWER_CASE_HEADS = {"thu truong", "chu tich", "giam doc", "ban thuong vu", "thuong truc"}  # "lãnh đạo" may be a verb


def unresolved_body(phrase: str, ctx: Context | None = None) -> BodyRef | None:
    """A capitalised organisation name the authority file does not know: kept, marked unresolved (a unit
    named in its ministry's own document with the ministry's name)."""
    phrase = _tidy(phrase.strip(" ,;:-"))
    if not _ORG_HEAD.match(phrase + " ") or len(phrase.split()) < 2:
        return None
    if re.search(r"\b(các|cấp|những)\b", " ".join(phrase.split()[1:])) or fold(phrase).startswith("bao cao"):
        return None  # "Ủy ban nhân dân các tỉnh", "Sở … cấp tỉnh": a class of bodies; "Báo cáo …": a report
    head = _GENERIC_HEAD.match(phrase)
    return _unit_ref(phrase, " ".join(head.group(1).split()) if head else "", phrase, ctx)


def listed_body(phrase: str, ctx: Context | None = None) -> BodyRef | None:
    """A capitalised name between two bodies of an owner list that nothing else read ("Sở Y tế, Bảo hiểm xã
    hội tỉnh, Sở Tài chính"): an organisation of the list, kept unresolved rather than ending the list."""
    phrase = _tidy(phrase.strip(" ,;:-"))
    words = phrase.split()
    if not phrase[:1].isupper() or not 2 <= len(words) <= 8 or re.search(r"\b(các|cấp|những)\b", phrase):
        return None
    return _unit_ref(phrase, "", phrase, ctx)


def context_for(issuer: BodyRef | None, header_lines: list[str]) -> Context:
    """The province and district a document's issuer belongs to."""
    ctx = Context(issuer=issuer)
    auth = authority()
    if issuer is not None and issuer.province_key:
        ctx.province_key = issuer.province_key
        ctx.province_name = auth.entries[issuer.province_key].name.removeprefix("Tỉnh ").removeprefix("Thành phố ")
    for line in header_lines:
        f = fold(line)
        m = re.search(r"(?:dang bo |tinh uy |thanh uy |ubnd tinh |uy ban nhan dan tinh )(?:tinh |thanh pho )?(.+)$", f)
        if m and not ctx.province_key:
            key = auth.provinces.get(m.group(1).strip())
            if key:
                ctx.province_key = key
                ctx.province_name = auth.entries[key].name.removeprefix("Tỉnh ").removeprefix("Thành phố ")
    if issuer is not None and issuer.body_kind in ("huyen-uy", "ubnd-huyen", "thi-uy", "quan-uy"):
        ctx.district_name = re.sub(r"^(Huyện ủy|Thị ủy|Quận ủy|Ủy ban nhân dân huyện) ", "", issuer.name)
    elif issuer is not None and issuer.parent_name and re.match(r"(Huyện ủy|Thị ủy|Quận ủy) ", issuer.parent_name):
        ctx.district_name = re.sub(r"^(Huyện ủy|Thị ủy|Quận ủy) ", "", issuer.parent_name)
    return ctx
