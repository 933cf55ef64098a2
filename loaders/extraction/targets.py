"""Targets: numeric commitments (indicator, comparator, value or range, unit, year)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rdflib.namespace import RDF, RDFS, SKOS

import ontology
from loaders.extraction.structure import Block
from loaders.read import Text
from loaders.records import Document, SourceSpan, Target
from loaders.vntext import fold, fold_same
from ontology.terms import DKG, INDICATOR_BASE

GOAL_SECTION = re.compile(r"muc tieu|tam nhin|chi tieu|den nam \d{4}")
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"  # "5.000" is five thousand; "26,1" a decimal
_COMPARATORS = [  # folded cue just before the number → comparator
    ("toi thieu", "gte"), ("it nhat", "gte"), ("khong duoi", "gte"), ("khong it hon", "gte"),
    ("tren", "gt"), ("hon", "gt"), ("vuot", "gt"), ("khoang", "approx"), ("xap xi", "approx"),
    ("duoi", "lt"), ("toi da", "lte"), ("khong qua", "lte"), ("dat", "eq"), ("chiem", "eq"), ("len", "eq"),
    ("o muc", "eq"), ("muc", "eq"), ("la", "eq"), ("tu", "range"), ("<", "lt"), (">", "gt"),
]
_UNITS = [  # folded unit right after the number → display unit
    (r"%\s*grdp", "% GRDP"), (r"%\s*gdp", "% GDP"), (r"%\s*/\s*nam", "%/năm"), (r"%\s*tong chi ngan sach", "% tổng chi ngân sách"),
    (r"%\s*(?:kinh te so|ngan sach)", None), (r"%", "%"),
    (r"nguoi tren (?:mot|1) van dan", "người trên một vạn dân"),
    (r"doanh nghiep", "doanh nghiệp"), (r"to chuc, doanh nghiep", "tổ chức, doanh nghiệp"), (r"to chuc", "tổ chức"),
    (r"nuoc", "nước"), (r"trung tam", "trung tâm"), (r"san pham", "sản phẩm"),
    # quantities beyond percentages: area, money, works, households …
    (r"ha\b", "ha"), (r"km\b", "km"), (r"nghin ty dong", "nghìn tỷ đồng"), (r"ty dong", "tỷ đồng"),
    (r"trieu dong", "triệu đồng"), (r"ty usd", "tỷ USD"), (r"trieu usd", "triệu USD"), (r"usd", "USD"),
    (r"khu cong nghiep", "khu công nghiệp"), (r"cum cong nghiep", "cụm công nghiệp"), (r"khu\b", "khu"),
    (r"cum\b", "cụm"), (r"cong trinh", "công trình"), (r"du an", "dự án"), (r"ho\b", "hộ"), (r"lan\b", "lần"),
    (r"giuong benh", "giường bệnh"), (r"tuan\b", "tuần"), (r"ngay lam viec", "ngày làm việc"),
    (r"chuyen muc", "chuyên mục"), (r"be trai", "bé trai"), (r"con\b", "con"),
]
# units that count things: a bare count is narrative unless a cue makes it a commitment
_COUNT_UNITS = {display for _, display in _UNITS if display and "%" not in display} - {"người trên một vạn dân"}
# words that make a sentence a commitment wherever it stands (not only under "Mục tiêu")
_TARGET_CUE = re.compile(r"phan dau|dat (?:toi thieu|it nhat|tren|khoang|muc)?|toi thieu|it nhat|khong duoi|"
                         r"giam|tang|hoan thanh|thanh lap|100\s*%")
# a row of a target table ("Tỷ lệ che phủ rừng 42%", "Số công trình xây dựng xanh 1.200"): an indicator's name
# first, its value last
_INDICATOR_HEAD = re.compile(r"^\W*(?:\d+[.)]?\s*)?(?:ty le|ti le|ty trong|ti trong|so luong|so |tong so|chi so|muc )")
# the plan's horizon, from its title: "giai đoạn 2026 - 2030", "đến năm 2030", "năm 2026"
_HORIZON = re.compile(r"(?:giai doan|thoi ky)\s*(?:\d{4})\s*[-–]\s*(\d{4})|den nam (\d{4})|nam (\d{4})")
_YEAR_AFTER = re.compile(r"^[^;.\d]{0,25}?(?:vao|den|trong|nam)\s+(?:nam\s+)?(\d{4})")
_YEAR_BEFORE = re.compile(r"(?:den|vao|trong) nam (\d{4})")

SpanFn = Callable[[Text, int, int], SourceSpan]


@dataclass(frozen=True)
class IndicatorLabel:
    key: str
    name: str
    label: str  # folded


@cache
def indicator_labels() -> list[IndicatorLabel]:
    g = ontology.indicators()
    out = []
    for node in g.subjects(RDF.type, DKG.Indicator):
        key = str(node).removeprefix(str(INDICATOR_BASE))
        name = next((str(v) for v in g.objects(node, RDFS.label) if getattr(v, "language", None) == "vi"), key)
        for label in [*g.objects(node, SKOS.altLabel), *g.objects(node, SKOS.prefLabel)]:
            out.append(IndicatorLabel(key, name, fold(str(label))))
    return sorted(out, key=lambda x: -len(x.label))


def extract_targets(text: Text, blocks: list[Block], doc: Document, span: SpanFn) -> list[Target]:
    targets: list[Target] = []
    horizon = _horizon(doc)
    for block in blocks:
        if block.is_heading and not re.search(r"\d\s*%", block.text):
            continue  # a short numbered row of a target table reads as a heading: keep those with a value
        headings = " / ".join(fold(h) for h in block.headings)
        in_goals = bool(GOAL_SECTION.search(headings))
        heading_year = None
        for h in reversed(block.headings):
            m = _YEAR_BEFORE.search(fold(h))
            if m:
                heading_year = int(m.group(1))
                break
        targets.extend(_block_targets(text, block, in_goals, heading_year or horizon, span))
    return targets


def _horizon(doc: Document) -> int | None:
    """The year a plan runs to, from its title ('… giai đoạn 2026 - 2030', '… năm 2026')."""
    m = _HORIZON.search(fold(doc.subject or ""))
    if not m:
        return None
    year = int(next(g for g in m.groups() if g))
    return year if 1990 < year < 2100 else None


_NUMBER_UNIT_RE = re.compile(r"(?<![\w/.,])(" + NUMBER + r")(?:\s*[-–]\s*(" + NUMBER + r"))?\s*"
                             r"(?=%|nguoi|doanh|to chuc|nuoc|trung tam|san pham|ha\b|km\b|nghin ty|ty |trieu |usd|"
                             r"khu|cum|cong trinh|du an|ho\b|lan\b|giuong|tuan|ngay lam|chuyen muc|be trai|con\b)")


def _block_targets(text: Text, block: Block, in_goals: bool, heading_year: int | None, span: SpanFn) -> list[Target]:
    s = block.text
    folded = fold_same(s)
    out: list[Target] = []
    for clause_start, clause_end in _clauses(folded):
        clause = folded[clause_start:clause_end]
        for m in _NUMBER_UNIT_RE.finditer(clause):
            unit, unit_len = _unit_at(clause, m.end())
            if unit is None:
                continue
            before = clause[:m.start()].rstrip()
            comparator = _comparator(before, m.group(2) is not None)
            if unit in _COUNT_UNITS and comparator in (None, "eq") and not re.search(r"(nhom|top)\s*$", before):
                continue  # a bare count is narrative, not a commitment
            indicator_row = bool(_INDICATOR_HEAD.match(clause)) and not clause[m.end() + unit_len:].strip(" .;:")
            if comparator is None and (unit != "%" and not in_goals or indicator_row):
                comparator = "eq"
            if comparator is None:
                comparator = "eq" if in_goals else None
            if comparator is None:
                continue
            if re.search(r"(nhom|top)\s*$", before):
                comparator, unit = "top", f"{unit} dẫn đầu"
            year = _year(clause, m, unit_len, heading_year)
            explicit_year = year is not None and year != heading_year
            if not in_goals and not explicit_year and not (year and (_TARGET_CUE.search(clause) or indicator_row)):
                continue
            indicator = (_indicator(clause[:m.start()]) or _indicator_after(clause[m.end():])
                         or _indicator_for_unit(unit))
            value = _number(m.group(1))
            value_max = _number(m.group(2)) if m.group(2) else None
            if value_max is not None:
                comparator = "range"
            metric = _metric_text(s[clause_start:clause_start + m.start()])
            start, end = clause_start, clause_start + m.end() + unit_len
            out.append(Target(
                text=re.sub(r"\s+", " ", s[clause_start:clause_end]).strip(),
                indicator=indicator.key if indicator else None,
                indicator_name=indicator.name if indicator else None, metric_text=metric,
                comparator=comparator, value=value, value_max=value_max, unit=unit, year=year,
                clause=block.path, source=span(text, block.start + start, block.start + end)))
    return out


def _number(written: str) -> float:
    """'5.000' → 5000, '26,1' → 26.1, '95.5' → 95.5."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", written):
        written = written.replace(".", "")
    return float(written.replace(",", "."))


def _clauses(folded: str):
    start = 0
    for m in re.finditer(r";|\.(?=\s|$)", folded):
        yield start, m.start()
        start = m.end()
    if start < len(folded):
        yield start, len(folded)


def _unit_at(clause: str, i: int) -> tuple[str | None, int]:
    rest = clause[i:]
    for pattern, display in _UNITS:
        m = re.match(pattern, rest)
        if m:
            if display is None:
                return "%", 1
            return display, m.end()
    return None, 0


def _comparator(before: str, is_range: bool) -> str | None:
    if is_range:
        return "range"
    tail = before[-30:]
    best = None
    best_at = -1
    for cue, comp in _COMPARATORS:
        m = re.search(r"(?<![a-z])" + re.escape(cue) + r"\s*(?:muc\s*|co\s*)?$", tail)
        if m and m.start() > best_at:
            best, best_at = comp, m.start()
    return best


def _year(clause: str, m: re.Match, unit_len: int, context: int | None) -> int | None:
    after = clause[m.end() + unit_len:]
    ya = _YEAR_AFTER.match(after)
    if ya and 1990 < int(ya.group(1)) < 2100:
        return int(ya.group(1))
    before = list(_YEAR_BEFORE.finditer(clause[:m.start()]))
    if before:
        return int(before[-1].group(1))
    return context


def _indicator(before: str) -> IndicatorLabel | None:
    best = None
    best_at = -1
    window = before[-160:]
    for label in indicator_labels():
        i = window.rfind(label.label)
        if i > best_at:
            best, best_at = label, i
    return best


def _indicator_for_unit(unit: str) -> IndicatorLabel | None:
    if unit == "% tổng chi ngân sách":
        return next((label for label in indicator_labels() if label.key == "budget-share-st"), None)
    return None


def _indicator_after(after: str) -> IndicatorLabel | None:
    window = after[:90]
    found = [(window.find(label.label), label) for label in indicator_labels() if label.label in window]
    return min(found, key=lambda x: x[0])[1] if found else None


def _metric_text(before: str) -> str:
    s = re.sub(r"\s+", " ", before).strip(" ,;:-")
    s = re.sub(r"\s*(đạt|tối thiểu|ít nhất|trên|hơn|khoảng|chiếm|ở mức|mức|từ|lên|là)\s*$", "", s, flags=re.IGNORECASE)
    return s[-160:].strip()
