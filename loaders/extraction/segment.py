"""Segmentation: one file may hold several documents, copy notes, press articles and commentary.

A segment starts at a document header — a number-and-symbol line ("Số …", also a draft's blank number
or an OCR-damaged "S6 …"), or, where no symbol line is near, the national motto or "ĐẢNG CỘNG SẢN VIỆT
NAM" — together with the issuer lines above it, at a Markdown H1 heading, or at the start of a chat
transcript. Text above the first header that holds no document (a page title, leftovers of page
furniture) belongs to the first segment, never to a segment of its own. Each segment is classified:
official, copy, press, commentary, or headerless (an official text whose header cannot be read: it is
still extracted, with what is missing reported).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from loaders.extraction import header as hdr
from loaders.read import Text
from loaders.vntext import fold, fold_lines

SYMBOL = hdr.SYMBOL
normalise_symbol = hdr.normalise_symbol
H1_RE = re.compile(r"^#\s+\S", re.MULTILINE)
CHAT_RE = re.compile(r"^\s*(?:\*\*)?(?:You said|ChatGPT said|Bạn đã nói|User|Assistant)\s*:", re.MULTILINE)
_DATE_LINE = re.compile(r"^\s*[*_]*[A-ZĐÀ-Ỹ][\wÀ-ỹ\.\- ]{1,40},\s*ngày\s+\d")
# Press and commentary are told from a segment's opening (masthead, lead) or its closing (byline, source).
PRESS_MARKERS = ("tap chi", "ban doc", "phong vien", "bao dien tu", "theo bao", "nguon:", "tac gia",
                 "tran trong gioi thieu cung ban doc", "bai, anh:", "bai va anh:", "tin, anh:", "ttxvn", "(pv)")
COMMENTARY_MARKERS = ("chatgpt", "you said", "so sanh", "phan tich", "binh luan", "5w1h", "tong ket")
EXPLAINER_MARKERS = ("noi dung chinh", "hinh tu internet", "xem chi tiet", "tom tat noi dung", "giai dap",
                     "hoi dap phap luat", "luat su tu van")
_WEB_FRONT_MATTER = re.compile(r"\s*---(?:json)?\s*\n(?:(?!---)[\s\S]){0,3000}?[\"']?(?:layout|permalink|slug)[\"']?\s*:")
STUB_WORDS = 150  # a headerless piece this short is a title or a note, not a document
HEADER_WINDOW = 16  # lines: a motto this close to a symbol line belongs to the same header


@dataclass
class Segment:
    start: int  # offsets into the normalised text
    end: int
    kind: str  # official | copy | press | commentary | headerless
    symbol_at: int | None = None  # where its "Số …" line is
    symbol: str | None = None  # the symbol read there, normalised (None for a blank draft number)


def _is_header_line(line: str) -> bool:
    s = line.strip().strip("*_ |").strip()
    if not s or s in {"*", "-", "---"} or set(s) <= set("-|: *\\_="):
        return True
    if _DATE_LINE.match(s):
        return True
    letters = [c for c in s if c.isalpha()]
    if bool(letters) and len(s) < 90 and sum(c.isupper() for c in letters) / len(letters) > 0.85:
        return True
    # a flattened two-column header row: the motto or the place and date beside the issuer block
    return len(s) < 250 and (hdr.is_motto(s) or hdr.is_party_line(s) or bool(hdr.PLACE_DATE_RE.search(s)))


def _line_index(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _anchors(t: str, lines: list[str], starts: list[int], same: str) -> dict[int, tuple[int, str | None]]:
    """line index → (offset of the symbol, symbol or None) for every header anchor line (`same`: fold_same(t))."""
    out: dict[int, tuple[int, str | None]] = {}
    for pattern in (hdr.SYMBOL_LINE_RE, hdr.BLANK_SYMBOL_RE, hdr.OCR_SYMBOL_RE):
        for m in pattern.finditer(t):
            i = _line_index(starts, m.start())
            if any(abs(i - j) <= 2 for j in out) or len(lines[i]) > 200:
                continue
            if pattern is hdr.SYMBOL_LINE_RE:
                symbol = normalise_symbol(m)
            elif pattern is hdr.OCR_SYMBOL_RE:
                symbol = f"{m.group('num')}/{m.group('a')}-{m.group('b')}"
            else:
                symbol = None
            out[i] = (m.start(), symbol)
    for i, (line, folded) in enumerate(zip(lines, fold_lines(t, same), strict=True)):
        if len(line) > 120 or not hdr.holds_header_words(folded):
            continue
        if any(abs(i - j) <= HEADER_WINDOW and _same_header(lines, i, j) for j in out):
            continue  # a motto of a header already anchored (above or below its symbol line)
        out[i] = (starts[i], None)
    return out


def _same_header(lines: list[str], i: int, j: int) -> bool:
    """Only header lines between lines i and j: both belong to one header block."""
    a, b = sorted((i, j))
    return all(_is_header_line(line) or not any(c.isalnum() for c in line)
               or len(line.strip()) < 60 and not line.rstrip().endswith((".", ";", ":")) for line in lines[a + 1:b])


def split(text: Text) -> list[Segment]:
    """Cut a file's normalised text into document segments, in order."""
    t = text.text
    lines = t.splitlines(keepends=True)
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line)
    boundaries: dict[int, int | None] = {0: None}
    symbols: dict[int, str | None] = {}
    headed: set[int] = set()
    h1_lines = {i for i, line in enumerate(lines) if H1_RE.match(line)}
    for i in h1_lines:
        boundaries.setdefault(starts[i], None)
    for i, (at, symbol) in sorted(_anchors(t, lines, starts, text.folded).items()):
        j = i
        while j > 0 and _is_header_line(lines[j - 1]) and (j - 1) not in h1_lines:
            j -= 1
        if j > 0 and (j - 1) in h1_lines and i - j < 12:
            j -= 1
        # an anchor near the top of a segment that already started belongs to it
        previous = _last_at_or_before(boundaries, starts[j])
        if _only_header_between(lines, starts, previous, starts[j]):
            if previous not in headed:
                boundaries[previous] = at
                symbols[previous] = symbol
                headed.add(previous)
            continue
        boundaries[starts[j]] = at
        symbols[starts[j]] = symbol
        headed.add(starts[j])
    for m in CHAT_RE.finditer(t):
        previous = _last_at_or_before(boundaries, m.start())
        if _kind_hint(t[previous:m.start()]) != "commentary":
            boundaries.setdefault(m.start(), None)
    cuts = sorted(boundaries)
    _merge_stubs(t, cuts, boundaries, symbols, headed)
    segments = []
    for k, start in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(t)
        if not t[start:end].strip():
            continue
        has_header = start in headed
        segments.append(Segment(start, end, classify(t[start:end], has_header), boundaries[start],
                                symbols.get(start)))
    return segments


def _last_at_or_before(boundaries: dict[int, int | None], at: int) -> int:
    return max((b for b in boundaries if b <= at), default=0)


def _merge_stubs(t: str, cuts: list[int], boundaries: dict, symbols: dict, headed: set) -> None:
    """A short headerless piece (a run of Markdown titles, a collector's note) is no document of its own:
    it joins the segment that follows it."""
    k = 0
    while k < len(cuts) - 1:
        start, end = cuts[k], cuts[k + 1]
        piece = re.sub(r"https?://\S+", "", t[start:end])
        if start not in headed and len(re.findall(r"\w+", piece)) <= STUB_WORDS and not CHAT_RE.search(piece):
            nxt = cuts.pop(k + 1)
            boundaries[start] = boundaries.pop(nxt)
            symbols[start] = symbols.pop(nxt, None)
            if nxt in headed:
                headed.discard(nxt)
                headed.add(start)
            continue
        k += 1


def _only_header_between(lines: list[str], starts: list[int], a: int, b: int) -> bool:
    first, stop = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)  # the lines starting in [a, b)
    return stop - first < 25 and all(_is_header_line(line) or H1_RE.match(line) for line in lines[first:stop])


def _kind_hint(text: str) -> str:
    head = fold(text[:3000])
    if any(mark in head for mark in ("chatgpt", "you said")):
        return "commentary"
    return "other"


def classify(text: str, has_header: bool) -> str:
    """official | copy | press | commentary | headerless, from the segment's header, opening and closing."""
    head = fold(text[:1500])
    lines = text.strip().splitlines()
    first_line = fold(lines[0]) if lines else ""
    if CHAT_RE.search(text[:2000]) or any(m in first_line for m in COMMENTARY_MARKERS):
        return "commentary"
    symbol = hdr.SYMBOL_LINE_RE.search(text[:2500])
    if symbol and (symbol.group("pcode") or "").upper() == "BS":
        return "copy"
    if re.search(r"sao y|sao luc|trich sao", head) and has_header and len(text) < 2500:
        return "copy"
    if has_header or H1_RE.match(text) and re.search(r"\bso\s+\d+\s*[-/]", first_line):
        return "official"
    if _WEB_FRONT_MATTER.match(text):
        return "press"  # a web page's front matter (title, layout, permalink …) over no document header
    opening, closing = fold(text[:3000]), fold(text[-800:])
    if any(m in opening for m in EXPLAINER_MARKERS):
        return "commentary"
    if any(m in opening or m in closing for m in PRESS_MARKERS):
        return "press"
    if any(m in head for m in COMMENTARY_MARKERS):
        return "commentary"
    return "headerless"
