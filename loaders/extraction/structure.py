"""A document's structure: paragraphs with their clause paths (I-, 1., 2.1-, a), (1), 1), bullets) and headings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.vntext import fold, without_tones

# (regex on a paragraph's first characters, level, kind); levels nest from parts (0) to bullets (7)
MARKERS: list[tuple[re.Pattern, int, str]] = [
    (re.compile(r"^(Điều\s+\d{1,3})\s*[\.:]\s*(?=\S|$)"), 1, "article"),  # ("Điều 3." alone on its line)
    (re.compile(r"^([A-E])\s*[\.\-–]\s+(?=\S)"), 0, "letter"),
    (re.compile(r"^((?:X{0,1})(?:IX|IV|V?I{0,3}))\s*[\.\-–]\s*(?=\S)"), 1, "roman"),
    (re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\s*[\.\-–]?\s+(?=\S)"), 3, "dotted"),
    # not a document symbol wrapped to the start of a line ("12-CT/TU và …")
    # ("khoản" / "2 - Điều 14 Luật …" is a citation wrapped to the start of a line)
    (re.compile(r"^(\d{1,2})\s*[\.\-–]\s*(?=\S)(?!\d)(?![A-ZĐ]{1,8}(?:-[A-ZĐ]{1,8})?/)"
                r"(?!(?:Điều|Khoản|Chương|Mục|Phụ lục)\s+[\dIVX])"), 2, "arabic"),
    (re.compile(r"^(\d{1,2}),\s+(?=[A-ZĐ][a-zà-ỹđ])"), 2, "arabic"),  # OCR reads "9." as "9,"
    (re.compile(r"^([a-zđ©])\)\s*(?=\S)"), 4, "alpha"),  # OCR reads "c)" as "©)"
    (re.compile(r"^\((\d{1,2})\)\s*(?=\S)"), 5, "paren"),
    (re.compile(r"^(\d{1,2})\)\s*(?=\S)"), 6, "close-paren"),
    (re.compile(r"^([\-–•*+])\s+(?=\S)"), 7, "bullet"),
]
NUMBERING = {"letter", "roman", "arabic", "dotted", "article"}
_ANY_MARKER = re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in MARKERS))  # a line that starts an item
# Markdown furniture before a marker: "## 2.", "* Nội dung", emphasis of a converted text ("**3. **", "*3.2. *Giao")
# or OCR underlining before a bullet ("__ - Trình …")
_HEADING_PREFIX = re.compile(r"^(#{1,6}\s*|\*\s+(?=[A-ZĐ])|[*_]{1,3}(?=\d|[IVX]+\.|[a-zđ]\)|\()|[_~]{1,3}\s+(?=[-–•]\s))")


@dataclass
class Block:
    """A paragraph (or list item) of a document, with where it stands."""

    start: int  # offsets into the segment's normalised text
    end: int
    text: str  # without its marker
    marker: str | None
    kind: str | None
    level: int
    path: str  # clause path, e.g. "IV.5", "7 • 5"
    is_heading: bool
    headings: list[str] = field(default_factory=list)  # texts of the enclosing headings, outermost first
    parent_path: str = ""


def _label(kind: str, marker: str, ordinal: int) -> str:
    if kind == "bullet":
        return str(ordinal)
    if kind == "paren":
        return f"({marker})"
    if kind in ("close-paren", "alpha"):
        return f"{marker.replace('©', 'c')})"
    return marker


def _join(parts: list[tuple[int, str, str]]) -> str:
    out = ""
    prev_kind = None
    for _, kind, label in parts:
        if not out:
            out = label
        elif kind == "dotted" and prev_kind == "arabic" and label.startswith(out.rsplit(".", 1)[-1] + "."):
            out = out.rsplit(".", 1)[0] + "." + label if "." in out else label  # "2" + "2.1" → "2.1"
        elif kind in NUMBERING and prev_kind in NUMBERING:
            out += "." + label
        else:
            out += " • " + label
        prev_kind = kind
    return out


def _is_heading(text: str, kind: str | None) -> bool:
    body = text.strip()
    if not body:
        return False
    if kind in ("letter", "roman"):
        return len(body) < 250
    if kind == "article":  # "Điều 2. Tổ chức thực hiện" titles the clauses under it
        return len(body) < 80 and not body.rstrip().endswith((".", ";"))
    if len(body) < 250:
        letters = [c for c in body if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
            return True
    if kind in ("arabic", "dotted", "alpha") and len(body) < 400 and not body.rstrip().endswith((".", ";", ":")) \
            and not _SENTENCE_THEN_LINE.search(body):
        return True
    # "2. Ban Tuyên giáo Tỉnh ủy:" introduces the items below it
    # (a long list of the addressed: "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …, Chủ tịch Ủy ban nhân dân
    # các tỉnh, thành phố trực thuộc trung ương:")
    return kind in ("arabic", "dotted", "alpha", "paren") and body.rstrip().endswith(":") \
        and (len(body) < 120 or len(body) < 250 and "." not in body and body.count(",") >= 3)


def parse_blocks(text: str, base: int = 0) -> list[Block]:
    """Split `text` into paragraphs and list items, each with its clause path and enclosing headings."""
    blocks: list[Block] = []
    stack: list[tuple] = []  # (level, kind, label, text, is_heading, bullet sign)
    counters: dict[str, int] = {}
    for start, end in _paragraphs(text):
        raw = text[start:end]
        stripped = _HEADING_PREFIX.sub("", raw.lstrip())
        offset = start + (len(raw) - len(raw.lstrip())) + (len(raw.lstrip()) - len(stripped))
        kind = marker = None
        level = 8
        body = stripped
        for pattern, lvl, k in MARKERS:
            m = pattern.match(stripped)
            if m and (k != "roman" or m.group(1)):
                kind, marker, level = k, m.group(1), lvl
                body = stripped[m.end():]
                offset += m.end()
                break
        # a page number left at the end ("… năm học 2026-2027." / "2") does not make a paragraph a heading
        heading = _is_heading(_TRAILING_PAGE_NUMBER.sub("", body), kind)
        if kind is None and _garbled(body):
            blocks.append(Block(base + offset, base + end, body.strip(), None, "noise", 8, "", False, [], ""))
            continue  # a scanned stamp, a photo or a table OCR could not read: no words
        if kind is None and heading and len(body.split()) <= 2 and len(body) < 16:
            kind, heading = "noise", False  # a stamp or OCR fragment ("SẢN", "PHÒ"), not a heading
            blocks.append(Block(base + offset, base + end, body.strip(), None, kind, 8, "", False, [], ""))
            continue
        if kind == "bullet":
            level = _bullet_level(stack, marker or "")
        if kind is not None:
            if kind == "article":
                stack = []  # "Điều 2." closes whatever sections came before it (an annex's I., II. …)
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent = _join([(s[0], s[1], s[2]) for s in stack])
            counters[f"{parent}|{level}"] = counters.get(f"{parent}|{level}", 0) + 1
            label = _label(kind, marker or "", counters[f"{parent}|{level}"])
            stack.append((level, kind, label, body.strip(), heading, marker if kind == "bullet" else ""))
        elif heading:
            stack = [s for s in stack if s[0] < 0]
        else:
            # a plain paragraph ends a list of a), (1), 1) or bullets; it stays under a titled item above it
            stack = [s for s in stack if s[0] < 4 or s[4]]
        path = _join([(s[0], s[1], s[2]) for s in stack])
        headings = [s[3] for s in stack[:-1] if s[4]] if kind is not None else [s[3] for s in stack if s[4]]
        if kind is not None and heading:
            headings = [s[3] for s in stack if s[4]]
        parent_path = _join([(s[0], s[1], s[2]) for s in stack[:-1]]) if kind is not None else path
        blocks.append(Block(base + offset, base + end, body.strip(), marker, kind, level, path, heading,
                            headings, parent_path))
    return blocks


# a numbered line that is only an organisation's name ("2. Phòng Tư pháp", "3. Các trường học")
_NAME_LINE = re.compile(r"^\W*\w{1,4}[.)]\s*(?:Phòng|Sở|Ban|Bộ|Cục|Vụ|Các|UBND|Ủy ban|Uỷ ban|Văn phòng|Trung tâm|"
                        r"Công an|Thanh tra|Đài|Báo|Hội|Đoàn|Trường)\b[^.,;:!?]*$")
# a full sentence, then more lines ("… đạt chuẩn 100%.\n X triển khai ….\n(chi tiết Phụ lục 04)"): a paragraph
_SENTENCE_THEN_LINE = re.compile(r"[.;]\s*\n\s*\S")
_TRAILING_PAGE_NUMBER = re.compile(r"\n\s*\d{1,3}\s*$")
_VOWELS = "aăâeêioôơuưy"
_VOWEL_RUN = re.compile(r"[aeiouy](?:\S*?[aeiouy]){4}")  # five vowels in one word
_SYLLABLE = re.compile(r"^[bcdđghklmnpqrstvxfjwz]{0,3}[" + _VOWELS + r"]{1,3}[bcdghklmnpqrstxyz]{0,3}$")


def _garbled(text: str) -> bool:
    """OCR of something that is no text ("SỐ ãẽaãõẽãẽã… Sẽ…"): most of its words are no syllable."""
    if not _VOWEL_RUN.search(fold(text)):
        return False  # the common case, cheaply: no word with more vowels than a syllable has
    # words in plain ASCII may be foreign ("Blockchain", "IoT") and capitals abbreviations ("ĐKT"): judged on
    # the other words
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1 and not w.isascii() and not w.isupper()]
    if len(words) < 2:
        return False
    bad = [w for w in words if not _SYLLABLE.match(without_tones(w.lower()))]
    # weighed by length (one long run of junk is junk), and with a run of vowels no syllable has
    return sum(map(len, bad)) / sum(map(len, words)) > 0.5 and any(
        sum(c in _VOWELS for c in without_tones(w.lower())) >= 5 for w in bad)


def _bullet_level(stack: list[tuple], char: str) -> float:
    """'+' items under a '-' item are its sub-items: a bullet sign not used by an enclosing bullet nests
    one step deeper; a sign already open is a sibling of that item."""
    bullets = [s for s in stack if s[1] == "bullet"]
    for entry in reversed(bullets):
        if entry[5] == char:
            return entry[0]
    return bullets[-1][0] + 0.5 if bullets else 7


def _mostly_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _paragraphs(text: str):
    """(start, end) of paragraphs: split at blank lines and at lines that start with a list marker."""
    start = None
    pos = 0
    title_line = False  # the paragraph so far is one upper-case line ("II. NHIỆM VỤ CỤ THỂ")
    pending: tuple[int, int] | None = None  # a paragraph ended by blank lines, yielded unless the next goes on
    last_content = ""
    numbered = False  # the paragraph so far opens with a numbering marker
    one_line = False  # … and is one line so far
    item_open = False  # the paragraph so far is a list item (any marker)
    unwrapped = _one_line_paragraphs(text)
    for line in text.splitlines(keepends=True):
        content = line.strip()
        line_start = pos
        pos += len(line)
        if not content:
            if start is not None:
                pending = (start, line_start)
                start = None
            continue
        begins_item = bool(_ANY_MARKER.match(_HEADING_PREFIX.sub("", content)))
        if pending is not None:
            if _runs_on(last_content, content) and not begins_item:
                start = pending[0]  # a blank line that OCR put inside a sentence ("… kinh phí" / "hỗ trợ cho …")
                last_content = content
                pending = None
                continue
            yield pending
            pending = None
        previous, last_content = last_content, content
        # a title in capitals is a paragraph of its own, also when the text runs on without a blank line
        after_title = title_line and not _mostly_upper(content)
        # so is a short numbered heading that ends with a colon ("3. Về lĩnh vực Giáo dục - Y" / "tế:")
        after_label = numbered and content[:1].isupper() and (
            previous.endswith(":") and line_start - (start or 0) < 150
            # "1. Phòng Tư pháp" / "Xây dựng kế hoạch …": a body's name on the numbered line, then its text
            or one_line and len(previous) <= 40 and _NAME_LINE.match(previous) is not None
            # a text that writes each paragraph on one line: a short numbered line is a title, its text follows
            or unwrapped and one_line and len(previous) < 120 and not previous.endswith((".", ";", ",", ":", "-")))
        # a table row and a line of text are never one paragraph ("| Kính gửi: | … |" / "Về đề nghị của …")
        table_edge = previous.startswith("|") != content.startswith("|")
        # a plain paragraph that introduces what follows ends there, also with no blank line after it
        # ("… có ý kiến như sau:" / "Bộ Tài chính …"); an item's label and its text stay one item ("- Về …:" / "…")
        line_ended = not item_open and previous.endswith(":") and content[:1].isupper()
        if start is not None and (begins_item or content.startswith("#") or after_title or after_label
                                  or table_edge or line_ended or _CLOSING_LINE.match(content)):
            yield start, line_start
            start = None
        if start is None:
            start = line_start
            title_line = len(content) < 120 and _mostly_upper(content)
            numbered = any((m := p.match(_HEADING_PREFIX.sub("", content))) and m.group(1) for p, _, k in MARKERS
                           if k in NUMBERING or k in ("alpha", "paren", "close-paren"))
            one_line = True
            item_open = begins_item
        else:
            title_line = False
            one_line = False
    if pending is not None:
        yield pending
    if start is not None:
        yield start, len(text)


def _one_line_paragraphs(text: str) -> bool:
    """Does the text write each paragraph on one line (a word processor's export), rather than wrap its lines
    at a width (a PDF's text)? Then a line break ends a paragraph, and a short line is a title."""
    lengths = [len(line.strip()) for line in text.splitlines() if line.strip()]
    return len(lengths) >= 10 and sum(n > 160 for n in lengths) >= 0.25 * len(lengths)


# the end matter of a document starts a paragraph of its own, also with no blank line before it
_CLOSING_LINE = re.compile(r"^[|*_\s]*(?:Nơi nhận|NƠI NHẬN|Trên đây là)(?![^\W_])")


def _runs_on(previous: str, line: str) -> bool:
    """`line`, after a blank line, continues the sentence of `previous`: a lower-case word after words that
    do not end a sentence."""
    return (line[:1].islower() and line[:1].isalpha() and not previous.endswith((".", ":", ";", "!", "?", "|"))
            and not _mostly_upper(previous) and len(previous) > 30)
