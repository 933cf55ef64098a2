"""Segmentation: one file may hold several documents, copy notes, press articles and commentary.

A segment starts at a document header (an issuer block above a "Số …/…" line), at a Markdown H1
heading, or at the start of a chat transcript. Each segment is classified: official, copy, press or
commentary; press and commentary are non-authoritative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.read import Text
from loaders.vntext import fold

# "Số 15-KL/TW", "Số 15 KL/TW", "Số 07 -BS/VPTU", "Số: 31-NQ/TW", "Số 58/2024/QH15", "Số: 123/QĐ-UBND"
SYMBOL = (r"(?P<num>\d{1,5})\s*(?:[-‐–]\s*|\s+)(?P<code>[A-ZĐ][A-Za-zĐđ]{0,5})\s*/\s*(?P<org>[A-ZĐ][A-ZĐ0-9\-]{0,15})"
          r"|(?P<num2>\d{1,5})\s*/\s*(?P<year>\d{4})\s*/\s*(?P<org2>[A-ZĐ][A-ZĐ0-9\-]{1,15})"
          r"|(?P<num3>\d{1,5})\s*/\s*(?P<code3>[A-ZĐ]{1,5})\s*-\s*(?P<org3>[A-ZĐ][A-ZĐ0-9\-]{0,15})")
SYMBOL_LINE_RE = re.compile(r"(?:^|[\s|*])Số\s*:?\s*(?:" + SYMBOL + r")")
H1_RE = re.compile(r"^#\s+\S", re.MULTILINE)
CHAT_RE = re.compile(r"^\s*(?:\*\*)?(?:You said|ChatGPT said|Bạn đã nói|User|Assistant)\s*:", re.MULTILINE)
_DATE_LINE = re.compile(r"^\s*[*_]*[A-ZĐÀ-Ỹ][\wÀ-ỹ\.\- ]{1,40},\s*ngày\s+\d")
PRESS_MARKERS = ("tap chi", "ban doc", "phong vien", "bao dien tu", "theo bao", "nguon:", "tac gia",
                 "tran trong gioi thieu cung ban doc")
COMMENTARY_MARKERS = ("chatgpt", "you said", "so sanh", "phan tich", "binh luan", "5w1h", "tong ket")


@dataclass
class Segment:
    start: int  # offsets into the normalised text
    end: int
    kind: str  # official | copy | press | commentary | unknown
    symbol_at: int | None = None  # where its "Số …" line is
    symbol: str | None = None  # the symbol read there, normalised


def normalise_symbol(m: re.Match) -> str:
    """'15 KL/TW' → '15-KL/TW'; '58 / 2024 / QH15' → '58/2024/QH15'."""
    if m.group("num"):
        return f"{int(m.group('num')):02d}-{m.group('code')}/{m.group('org')}"
    if m.group("num2"):
        return f"{m.group('num2')}/{m.group('year')}/{m.group('org2')}"
    return f"{m.group('num3')}/{m.group('code3')}-{m.group('org3')}"


def _is_header_line(line: str) -> bool:
    s = line.strip().strip("*_ |").strip()
    if not s or s in {"*", "-", "---"} or set(s) <= set("-|: *\\"):
        return True
    if _DATE_LINE.match(s):
        return True
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and len(s) < 90 and sum(c.isupper() for c in letters) / len(letters) > 0.85


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
    symbols: dict[int, str] = {}
    for i, line in enumerate(lines):
        if H1_RE.match(line):
            boundaries.setdefault(starts[i], None)
            continue
        m = SYMBOL_LINE_RE.search(line)
        if m and len(line) < 160:
            j = i
            while j > 0 and _is_header_line(lines[j - 1]) and not H1_RE.match(lines[j - 1]):
                j -= 1
            if j > 0 and H1_RE.match(lines[j - 1]) and i - j < 12:
                j -= 1
            # a symbol line near the top of a segment that already started belongs to it
            previous = max((b for b in boundaries if b <= starts[j]), default=0)
            if _only_header_between(lines, starts, previous, starts[j]):
                if boundaries.get(previous) is None:
                    boundaries[previous] = starts[i] + m.start()
                    symbols[previous] = normalise_symbol(m)
                continue
            boundaries[starts[j]] = starts[i] + m.start()
            symbols[starts[j]] = normalise_symbol(m)
    for m in CHAT_RE.finditer(t):
        previous = max((b for b in boundaries if b <= m.start()), default=0)
        if _kind_hint(t[previous:m.start()]) != "commentary":
            boundaries.setdefault(m.start(), None)
    cuts = sorted(boundaries)
    segments = []
    for k, start in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(t)
        if not t[start:end].strip():
            continue
        segments.append(Segment(start, end, classify(t[start:end], boundaries[start] is not None),
                                boundaries[start], symbols.get(start)))
    return segments


def _only_header_between(lines: list[str], starts: list[int], a: int, b: int) -> bool:
    chunk = [line for line, s in zip(lines, starts, strict=True) if a <= s < b]
    return all(_is_header_line(line) or H1_RE.match(line) for line in chunk) and len(chunk) < 25


def _kind_hint(text: str) -> str:
    head = fold(text[:3000])
    if any(mark in head for mark in ("chatgpt", "you said")):
        return "commentary"
    return "other"


def classify(text: str, has_symbol: bool) -> str:
    """official | copy | press | commentary | unknown, from the segment's header and wording."""
    head = fold(text[:1500])
    first_line = fold(text.strip().splitlines()[0]) if text.strip() else ""
    if CHAT_RE.search(text[:2000]) or any(m in first_line for m in COMMENTARY_MARKERS):
        return "commentary"
    symbol = SYMBOL_LINE_RE.search(text[:2500])
    if symbol and (symbol.group("code") or "").upper() == "BS":
        return "copy"
    if re.search(r"sao y|sao luc|trich sao", head) and has_symbol and _short_copy_note(text):
        return "copy"
    if has_symbol or H1_RE.match(text) and re.search(r"\bso\s+\d+\s*[-/]", first_line):
        return "official"
    if any(m in head for m in PRESS_MARKERS) or any(m in fold(text) for m in PRESS_MARKERS):
        return "press"
    if any(m in head for m in COMMENTARY_MARKERS):
        return "commentary"
    return "unknown"


def _short_copy_note(text: str) -> bool:
    return len(text) < 2500
