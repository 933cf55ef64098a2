"""Word's automatic numbering, written back as text: "1.", "a)", "II.", "-" are not in a numbered paragraph's
text but in the numbering definitions, and the extractor reads clauses from exactly those markers.

A paragraph is numbered by its own `w:numPr` or by its style's (and the styles it is based on). Counters are
kept per abstract list, a higher level resets the lower ones, and a list instance with a start override starts
again — as Word shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str  # decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none …
    text: str  # lvlText: "%1.", "%1.%2.", "%2)", "-"


@dataclass
class Numbering:
    """The numbering definitions of one .docx and the counters met so far in reading order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # abstractNumId → ilvl → level
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    restarts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start override
    counters: dict[str, list[int]] = field(default_factory=dict)  # abstractNumId → counter per level
    started: set[str] = field(default_factory=set)  # numIds already met

    @classmethod
    def of(cls, word) -> Numbering:
        out = cls()
        try:
            root = word.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return out  # no numbering part: nothing is numbered
        for abstract in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in abstract.iter(f"{_W}lvl"):
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
                    start=int(_val(lvl, "start") or 1), fmt=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "")
            out.levels[abstract.get(f"{_W}abstractNumId")] = levels
        for num in root.iter(f"{_W}num"):
            num_id = num.get(f"{_W}numId")
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                out.abstract_of[num_id] = ref.get(f"{_W}val")
            for override in num.iter(f"{_W}lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    out.restarts.setdefault(num_id, {})[int(override.get(f"{_W}ilvl", "0"))] = int(start)
        return out

    def label(self, paragraph) -> str:
        """The marker Word shows before `paragraph` ("1.", "a)", "-"), or "" when it is not numbered."""
        num_id, ilvl = _num_pr(paragraph)
        abstract = self.abstract_of.get(num_id or "")
        if abstract is None or num_id == "0" or abstract not in self.levels:
            return ""
        levels = self.levels[abstract]
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract, [0] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            for k, start in self.restarts.get(num_id, {}).items():
                counters[k] = start - 1  # "restart numbering": this list instance counts from its own start
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else level.start
        for k in range(ilvl + 1, 9):
            counters[k] = 0  # a new item of a higher level restarts the lower ones
        if level.fmt == "bullet":
            return "-"  # bullets are symbol-font glyphs: a dash reads as a bullet item
        if level.fmt == "none":
            return ""

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            value = counters[k] or (levels[k].start if k in levels else 1)
            return _format(value, levels[k].fmt if k in levels else "decimal")
        return re.sub(r"%([1-9])", number, level.text)


def _val(element, tag: str) -> str | None:
    child = element.find(f"{_W}{tag}")
    return child.get(f"{_W}val") if child is not None else None


def _num_pr(paragraph) -> tuple[str | None, int]:
    """(numId, level) of the paragraph's own numbering, else of its style or a style it is based on."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style = paragraph.style
    while num_pr is None and style is not None:
        style_pr = style.element.pPr
        num_pr = style_pr.numPr if style_pr is not None else None
        style = style.base_style
    if num_pr is None:
        return None, 0
    num_id = num_pr.numId.val if num_pr.numId is not None else None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return (str(num_id) if num_id is not None else None), int(ilvl)


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            letters = chr(ord("a") + r) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for value, digits in _ROMAN:
            while n >= value:
                roman, n = roman + digits, n - value
        return roman.upper() if fmt == "upperRoman" else roman
    return str(n)
