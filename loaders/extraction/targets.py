"""Targets: numeric commitments (indicator, comparator, value or range, unit, year)."""

from __future__ import annotations

import itertools
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
_COMPARATOR_OF = dict(_COMPARATORS)  # the cue a table cell writes before its value ("Tối thiểu 2%")
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
    (r"phong hoc", "phòng học"), (r"truong hoc", "trường học"), (r"truong\b", "trường"), (r"hop tac xa", "hợp tác xã"),
    (r"lao dong", "lao động"), (r"nguoi\b", "người"), (r"xa\b", "xã"), (r"lop\b", "lớp"),
    (r"trieu luot khach", "triệu lượt khách"), (r"nghin luot khach", "nghìn lượt khách"), (r"luot khach", "lượt khách"),
    (r"luot nguoi", "lượt người"), (r"trieu tan", "triệu tấn"), (r"nghin tan", "nghìn tấn"), (r"tan\b", "tấn"),
    (r"nghin ha", "nghìn ha"), (r"mw\b", "MW"),
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
_HORIZON = re.compile(r"(?:giai doan|thoi ky)\s*(?:\d{4})\s*[-–]\s*(\d{4})|den nam (\d{4})|(?<!thang \d)(?<!thang \d\d)"
                      r" nam (\d{4})")
_YEAR_AFTER = re.compile(r"^[^;.,\d]{0,25}?(?:vao|den|toi|trong|nam)\s+(?:nam\s+)?(\d{4})")
_YEAR_BEFORE = re.compile(r"(?:den|vao|toi|trong) (?:nam )?(\d{4})")
_LEADING_YEAR = re.compile(r"^\W*(?:(?:den|vao|trong|toi) (?:het )?)?nam (\d{4})\s*,")
# a heading names its year: "Mục tiêu năm 2027", "Tầm nhìn đến 2050" — but not a date ("tháng 3 năm 2023")
_HEADING_YEAR = re.compile(r"(?:(?:den|vao|toi|trong) (?:nam )?|(?<!thang \d)(?<!thang \d\d) nam )(\d{4})")
# from here on in a paragraph, quantities are commitments: "…, cụ thể: Phấn đấu A đạt x; B đạt y; …"
_COMMITMENT_SCOPE = re.compile(r"phan dau|muc tieu|chi tieu|de dat")
# a count said to exist already is a fact, not a commitment
_NARRATIVE_COUNT = re.compile(r"(?:hien co|da co|hien nay|hien tai|da dat|dat duoc|tang so)\b[^;]*$")
# "80% người cao tuổi được khám sức khỏe …", "100% xã được …": a share of a population that must reach a state
_SHARE_DONE = re.compile(r"^\s*(?:\w+\s+){0,2}?\d+(?:[.,]\d+)?\s*%\s*[^;,]{2,60}?\b(?:duoc|co|dat|thuc hien)\b")
# a recurring commitment ("… tối thiểu 4% chi thường xuyên hằng năm") has no horizon year
_EVERY_YEAR = re.compile(r"^[^;,.]{0,40}?\b(?:hang nam|moi nam)\b")
# money written as an amount of a budget: "Kinh phí … khoảng 150 tỷ đồng", "Vốn xã hội hóa: 2.300 tỷ đồng"
_BUDGET = re.compile(r"kinh phi|\bvon\b|tong muc dau tu|nguon luc tai chinh|goi (?:ho tro|tin dung)")
_MONEY_UNITS = {"nghìn tỷ đồng", "tỷ đồng", "triệu đồng", "tỷ USD", "triệu USD", "USD"}
# "phát thải ròng bằng “0”": the commitment whose value is zero
_NET_ZERO = re.compile(r"phat thai rong\s*(?:bang|ve muc)\s*\W{0,2}0\b")

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
    by_path = {b.path: b for b in blocks if b.marker}
    folded = text.folded  # each table's title is looked for in the 5000 characters above it
    for block in blocks:
        if block.is_heading and not (_QUANTITY.search(fold_same(block.text)) or _BOUND_COUNT.search(fold(block.text))):
            continue  # a short numbered row of a target table, or a numbered goal, reads as a heading
        headings = " / ".join(fold(h) for h in block.headings)
        in_goals = bool(GOAL_SECTION.search(headings))
        heading_year = _heading_year(block, by_path)
        # a flattened target table: one indicator per line, its value last ("7. | Tỉ lệ hộ dùng nước sạch 98%");
        # its period is in its title, a few lines up ("CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2027 - 2031")
        table_year = _once(lambda b=block, h=heading_year: h or _table_year(
            folded[max(0, b.start - 5000):b.start]) or horizon)
        rows = _table_row_targets(text, block, table_year, span)
        found = _block_targets(text, block, in_goals, heading_year, horizon, span, table_year)
        if len(rows) == 1 and not any(_overlap(f, rows[0]) for f in found):
            rows += found  # one table row, and a sentence's target beside it (a row the scan merged with the next)
        targets.extend(rows if len(rows) >= 2 or not found else found)
    if blocks:
        columns = _column_table_targets(text, blocks[0].start, blocks[-1].end, horizon, span)
        if columns:
            inside = [(t.source.start, t.source.end) for t in columns]
            lo, hi = min(a for a, _ in inside), max(b for _, b in inside)
            targets = [t for t in targets if not (t.source and lo <= t.source.start < hi)] + columns
    return targets


# a target table's header: "TT | Chỉ tiêu | Mục tiêu", "STT Nội dung Mục tiêu" — on one line or one cell per line
_TABLE_HEAD_CELL = re.compile(r"^(?:s?tt|chi tieu|muc tieu|noi dung|gia tri|ket qua can dat)$")
_HEAD_ROW = re.compile(r"^s?tt (?:chi tieu|noi dung) muc tieu$")  # the header on one line
_HEAD_START = re.compile(r"(?:s?tt|chi|muc|noi|gia|ket)(?![a-z])")  # where either can start, in folded text
_VALUE_CELL = re.compile(r"^(?:(toi thieu|tren|duoi|khong qua|it nhat|khoang|<|>)\s*)?(" + NUMBER + r")(?:\s*[-–]\s*("
                         + NUMBER + r"))?\s*(%(?:\s*/\s*nam)?|[a-z ]{1,20})?$")


def _overlap(a: Target, b: Target) -> bool:
    return bool(a.source and b.source and a.source.start < b.source.end and b.source.start < a.source.end)


def _column_table_targets(text: Text, start: int, end: int, year: int | None, span: SpanFn) -> list[Target]:
    """A target table flattened one cell per line, columns one after another (all the indicator names,
    then all the values) or row by row: the n-th value belongs to the n-th indicator still waiting for one."""
    body = text.text[start:end]
    folded = text.folded[start:end]
    out: list[Target] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", body)]
    i = 0
    while i < len(paragraphs):
        if not _HEAD_START.match(folded, paragraphs[i][0]):
            i += 1  # most paragraphs, neither folded nor the three after them
            continue
        first = fold(folded[paragraphs[i][0]:paragraphs[i][1]])
        if not (_TABLE_HEAD_CELL.match(first) or _HEAD_ROW.match(first)):
            i += 1
            continue
        cells = [first] + [fold(folded[a:b]) for a, b in paragraphs[i + 1:i + 4]]
        if not (_TABLE_HEAD_CELL.match(first) and sum(bool(_TABLE_HEAD_CELL.match(c)) for c in cells) >= 2
                and any(c.endswith("tieu") for c in cells) or _HEAD_ROW.match(first)):
            i += 1
            continue
        table_year = _table_year(folded[max(0, paragraphs[i][0] - 5000):paragraphs[i][0]]) or year
        waiting: list[tuple[int, int]] = []
        found_before = len(out)
        j = i + 1
        while j < len(paragraphs):
            a, b = paragraphs[j]
            cell = fold(folded[a:b])
            row = re.sub(r"^\d{1,2}[.)]?\s+", "", cell)
            value = _VALUE_CELL.match(cell)
            if _TABLE_HEAD_CELL.match(cell):
                pass  # the header, or its repetition after a page break
            elif value and waiting and not _row_number_before_value(cell, folded, paragraphs, j):
                na, nb = waiting.pop(0)
                name = re.sub(r"\s+", " ", body[na:nb]).strip()
                name = re.sub(r"^\d{1,2}[.)]?\s+", "", name)
                comparator = _COMPARATOR_OF.get(value.group(1) or "", "eq")
                value_max = _number(value.group(3)) if value.group(3) else None
                written = " ".join(body[a:b].split())  # as long as `cell`, which is folded the same way
                unit = re.sub(r"\s+", "", written[value.start(4):value.end(4)]) if value.group(4) else ""
                if value.group(4) and "%" not in value.group(4):
                    unit = written[value.start(4):value.end(4)].strip()
                indicator = _indicator(fold(name)) or _indicator_after(fold(name))
                # the row as written when its cells are neighbours (a row number may sit between them)
                adjacent = not re.search(r"\S", re.sub(r"(?m)^\s*\d{1,2}[.)]?\s*$", "", body[nb:a]))
                out.append(Target(
                    text=" ".join(body[na:b].split()) if adjacent else f"{name} {written}",
                    indicator=indicator.key if indicator else None,
                    indicator_name=indicator.name if indicator else None, metric_text=name[:160],
                    comparator="range" if value_max is not None else comparator, value=_number(value.group(2)),
                    value_max=value_max, unit=unit, year=table_year, clause="bảng chỉ tiêu",
                    source=span(text, start + na, start + b)))
            elif _looks_like_indicator(row) or _names_after_first_line(body, a, b):
                # two names in one paragraph when no blank line parted their cells; a name after the end of
                # a row cut by a page break
                cuts = [a] * _looks_like_indicator(row) + _names_after_first_line(body, a, b) + [b]
                waiting.extend(itertools.pairwise(cuts))
            elif re.match(r"^\d{1,2}[.)]?$", cell) or value:
                pass  # a row number alone (also after its row's name), or a value with no indicator left
            elif len(out) > found_before and not waiting:
                break  # the next column (who leads, who takes part) or the end of the table
            j += 1
        i = j
    return out


def _row_number_before_value(cell: str, folded: str, paragraphs: list[tuple[int, int]], j: int) -> bool:
    """A bare small number whose next cell is a value is the row's number, written after its name."""
    if not re.fullmatch(r"\d{1,2}", cell) or j + 1 >= len(paragraphs):
        return False
    a, b = paragraphs[j + 1]
    return bool(_VALUE_CELL.match(fold(folded[a:b])))


def _names_after_first_line(body: str, a: int, b: int) -> list[int]:
    """Where a line of the paragraph body[a:b] after its first starts an indicator's name."""
    return [a + m.start() + 1 for m in re.finditer(r"\n", body[a:b])
            if _looks_like_indicator(fold(body[a + m.start() + 1:b])[:20])]


def _heading_year(block: Block, by_path: dict[str, Block]) -> int | None:
    """The year the nearest enclosing heading names ('Mục tiêu năm 2027', 'b) … đến năm 2028'), also when
    that heading is the first line of a numbered paragraph the block sits under."""
    titles = list(reversed(block.headings))
    parent = by_path.get(block.parent_path)
    if parent is block:
        parent = by_path.get(block.parent_path.rpartition(" • ")[0])
    while parent is not None and len(titles) < 8:
        titles.insert(0, parent.text.split("\n", 1)[0])
        parent = by_path.get(parent.parent_path) if parent.parent_path != parent.path else None
    for title in titles:
        m = _HEADING_YEAR.search(fold(title))
        if m and 1990 < int(m.group(1)) < 2100:
            return int(m.group(1))
    return None


def _once(compute: Callable[[], int | None]) -> Callable[[], int | None]:
    """`compute`, run at most once (a table's period is looked up only when a row needs it)."""
    done: list[int | None] = []

    def get() -> int | None:
        if not done:
            done.append(compute())
        return done[0]
    return get


def _horizon(doc: Document) -> int | None:
    """The year a plan runs to, from its title ('… giai đoạn 2026 - 2030', '… năm 2026')."""
    m = _HORIZON.search(fold(doc.subject or ""))
    if not m:
        return None
    year = int(next(g for g in m.groups() if g))
    return year if 1990 < year < 2100 else None


_TABLE_PERIOD = re.compile(r"(?:giai\s+doan|thoi\s+ky)\s*\d{4}\s*[-–]\s*(\d{4})|den\s+nam\s+(\d{4})")


def _table_year(before: str) -> int | None:
    """The period a table's title names: 'CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2027 - 2031'. `before` is folded
    keeping its length (`fold_same`; folding thousands of characters again for every table was a fifth of the
    extraction's time)."""
    found = list(_TABLE_PERIOD.finditer(before))
    if not found:
        return None
    return int(found[-1].group(1) or found[-1].group(2))


_UNIT_AHEAD = (r"(?=%|nguoi|doanh|to chuc|nuoc|trung tam|san pham|ha\b|km\b|nghin ty|ty |trieu |usd|"
               r"khu|cum|cong trinh|du an|ho\b|lan\b|giuong|tuan|ngay lam|chuyen muc|be trai|con\b|phong hoc|truong|"
               r"hop tac xa|lao dong|xa\b|lop\b|luot |tan\b|nghin |mw\b)")
# a range: "75 - 80%", "từ 2 đến 3 tỷ USD", "từ 75% đến 80%" (the percent written twice)
_NUMBER_UNIT_RE = re.compile(r"(?<![\w/.,])(" + NUMBER + r")(?:\s*%(?=\s*(?:[-–]|den)\s*\d))?(?:\s*(?:[-–]|den)\s*("
                             + NUMBER + r"))?\s*" + _UNIT_AHEAD)
_QUANTITY = re.compile(r"\d\s*" + _UNIT_AHEAD)
# what may follow a unit to make it a rate: "%/năm", "tỷ USD/năm", "lượt/năm", "giường bệnh/vạn dân"
_PER = re.compile(r"\s*/\s*(?:\d+\s+)?[a-z]+(?: [a-z]+){0,2}?(?=\s*(?:[;,.)]|sinh|$))|\s*/\s*[a-z]+")


def _block_targets(text: Text, block: Block, in_goals: bool, heading_year: int | None, horizon: int | None,
                   span: SpanFn, table_year: Callable[[], int | None] = lambda: None) -> list[Target]:
    s = block.text
    folded = text.fold_at(block.start, s)
    out: list[Target] = []
    scope = _COMMITMENT_SCOPE.search(folded)
    sentence_year = None  # "Năm 2026, đón …; tổng thu …": the year a sentence opens with is its clauses'
    for clause_start, clause_end in _clauses(folded):
        clause = folded[clause_start:clause_end]
        if lead := _LEADING_YEAR.match(clause):
            sentence_year = int(lead.group(1))
        committed = in_goals or bool(scope and scope.start() < clause_end)
        for value, value_max, comparator, unit, at, stop in _quantities(clause, s[clause_start:clause_end], committed):
            context_year = sentence_year or heading_year or horizon
            if context_year is None and ("|" in clause or _looks_like_indicator(_ROW_HEAD.sub("", clause))):
                context_year = table_year()  # a row of a target table whose title gives the period
            year = _year(clause, at, stop, context_year)
            explicit_year = year is not None and year != context_year
            if not explicit_year and not heading_year and _EVERY_YEAR.match(clause[stop:]):
                year = None  # a yearly commitment outside a dated goal section has no horizon
            cue = _TARGET_CUE.search(clause) or _INDICATOR_HEAD.match(clause)
            # "tối thiểu", "ít nhất", "không quá" bind wherever they stand: a past result is never "at least"
            # "mỗi tháng 02 chuyên mục": a quota of a countable thing for every period binds like "at least"
            bound = comparator in ("gte", "lte") or (unit.split("/")[0] in _COUNT_UNITS
                                                      and bool(_PERIODIC_QUOTA.search(clause[:at])))
            budget = unit in _MONEY_UNITS and _BUDGET.search(clause[:at])
            if not (committed or explicit_year or bound or budget or (year and cue) or _SHARE_DONE.match(clause[at:])
                    or _SHARE_DONE.match(clause)):
                continue
            indicator = (_indicator(clause[:at]) or _indicator_after(clause[at:]) or _indicator_for_unit(unit))
            out.append(Target(
                text=_target_text(s, clause_start, clause_end, at, stop),
                indicator=indicator.key if indicator else None,
                indicator_name=indicator.name if indicator else None,
                metric_text=_metric_text(s[clause_start:clause_start + at]),
                comparator=comparator, value=value, value_max=value_max, unit=unit, year=year,
                clause=block.path, source=span(text, block.start + clause_start, block.start + clause_start + stop)))
        if folded[clause_end:clause_end + 1] != ";":
            sentence_year = None  # a full stop ends the sentence
    return out


def _target_text(s: str, clause_start: int, clause_end: int, at: int, stop: int) -> str:
    """The clause that states a target; in a clause with no full stop for a page (a table read as one
    paragraph), the line of the value and the line after it."""
    if clause_end - clause_start > 400:
        a = s.rfind("\n", clause_start, clause_start + at) + 1 or clause_start
        line_end = s.find("\n", clause_start + stop, clause_end)
        next_line_end = s.find("\n", line_end + 1, clause_end) if line_end != -1 else -1
        clause_start, clause_end = max(a, clause_start), clause_end if next_line_end == -1 else next_line_end
    return re.sub(r"\s+", " ", s[clause_start:clause_end]).strip()


def _quantities(clause: str, original: str, committed: bool):
    """(value, value_max, comparator, unit, start, end) of each commitment-like quantity of a folded clause."""
    m0 = _NET_ZERO.search(clause)
    if m0:
        yield 0.0, None, "eq", "phát thải ròng", m0.start(), m0.end()
    seen = set()
    for m in _NUMBER_UNIT_RE.finditer(clause):
        unit, unit_len = _unit_at(clause, m.end())
        if unit is None:
            continue
        per = _PER.match(clause, m.end() + unit_len)
        if per and (unit != "%" or re.match(r"\s*/\s*nam", per.group())):
            unit += re.sub(r"\s*/\s*", "/", original[per.start():per.end()].strip())
            unit_len = per.end() - m.end()
        before = clause[:m.start()].rstrip()
        comparator = _comparator(before, m.group(2) is not None)
        if re.search(r"(?:giam|tang)(?: them)?(?: it nhat| toi thieu)?\s*$", before) and comparator in (None, "gte"):
            comparator = comparator or "eq"  # "giảm 30% số vụ tai nạn": the size of a change
        counted = unit in _COUNT_UNITS and "/" not in unit
        if counted and comparator in (None, "eq") and not re.search(r"(nhom|top)\s*$", before):
            # a bare count is narrative unless the clause commits to it ("Phấn đấu có 40 hợp tác xã …",
            # "Hoàn thành xây dựng 02 trường học", a budget line), and never a count that already exists
            budget = unit in _MONEY_UNITS and _BUDGET.search(before)
            if not (committed or budget or _TARGET_CUE.search(before)) or _NARRATIVE_COUNT.search(before):
                continue
            comparator = "eq"
        indicator_row = bool(_INDICATOR_HEAD.match(clause)) and not clause[m.end() + unit_len:].strip(" .;:")
        if comparator is None and (unit != "%" and not committed or indicator_row or committed):
            comparator = "eq"
        if comparator is None and _SHARE_DONE.match(clause[m.start():]):
            comparator = "eq"
        if comparator is None:
            continue
        if re.search(r"(nhom|top)\s*$", before):
            comparator, unit = "top", f"{unit} dẫn đầu"
        value = _number(m.group(1))
        value_max = _number(m.group(2)) if m.group(2) else None
        if value_max is not None:
            comparator = "range"
        seen.add(m.start())
        yield value, value_max, comparator, unit, m.start(), m.end() + unit_len
    # a rank among peers: "nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước"
    for m in _TOP_GROUP.finditer(clause):
        if m.start(1) not in seen:
            seen.add(m.start(1))
            yield _number(m.group(1)), None, "top", original[m.start(2):m.end(2)] + " dẫn đầu", m.start(1), m.end()
    # a count of anything after a binding word: "tối thiểu 12 hội chợ", "mỗi quý 03 bản tin"
    for m in _BOUND_COUNT.finditer(clause):
        if m.start(2) in seen or re.match(r"(?:nam|thang|ngay|gio|phut|quy|tuan)\b", m.group(3)):
            continue
        unit = " ".join(original[m.start(3):m.end(3)].split())
        comparator = "gte" if m.group(1) in ("toi thieu", "it nhat", "khong duoi", "khong it hon") else "eq"
        if m.group(1).startswith(("moi", "hang")):
            unit += "/" + original[m.start(1):m.end(1)].split()[1]
        value = _NUMBER_WORDS.get(m.group(2)) or _number(m.group(2))
        yield value, None, comparator, unit, m.start(2), m.end(3)


_TOP_GROUP = re.compile(r"\b(?:nhom|top)\s+(\d{1,3})\s+([a-z][a-z ,]{1,40}?)\s+dan dau")
_PERIODIC_QUOTA = re.compile(r"\b(?:moi|hang) (?:thang|quy|nam|tuan)\s*$")
# small counts are often written as words after a binding word: "cơ cấu ít nhất một lãnh đạo" ("năm", five,
# is left out: it is also the year)
_NUMBER_WORDS = {"mot": 1.0, "hai": 2.0, "ba": 3.0, "bon": 4.0, "sau": 6.0, "bay": 7.0, "tam": 8.0, "chin": 9.0,
                 "muoi": 10.0}
_BOUND_COUNT = re.compile(r"\b(toi thieu|it nhat|khong duoi|khong it hon|(?:moi|hang) (?:thang|quy|nam|tuan))\s+"
                          r"(" + NUMBER + "|" + "|".join(_NUMBER_WORDS) + r")\s+([a-z]+(?:\s+[a-z]+)?)")


_LINE_ENDS_WITH_VALUE = re.compile(r"\d\s*%?(?:\s*/\s*\w+)?\W{0,3}$", re.MULTILINE)
# a row's number, also as a scan misreads it ("1ó.", "z |", "Ề" for a lost number), before its name
_ROW_HEAD = re.compile(r"^\W*(?:\d+[.)]?\s*|\d[^\W\d_][.)]\s*|[^\W\d_]\s*\|?\s+)?\W*")
# a value ends its line; the number of a document ("số 66-" / "NQ/TW", "UBTVQH15") is none
_ROW_VALUE = re.compile(r"(?:(toi thieu|tren|duoi|khong qua|it nhat|<|>)\s*)?(?<![\w/-])(" + NUMBER
                        + r")(?:\s*[-–]\s*(" + NUMBER + r"))?\s*(%(?:\s*/\s*nam)?)?(?:(?<=%)\W{0,3}|[^\w/-]{0,3})$")


def _table_row_targets(text: Text, block: Block, year_of_table: Callable[[], int | None],
                       span: SpanFn) -> list[Target]:
    """Rows of a flattened target table: a line that ends with a value and whose row starts with an
    indicator's name (on this line or one or two lines above, when the name wrapped)."""
    out: list[Target] = []
    if not _LINE_ENDS_WITH_VALUE.search(block.text):
        return out  # the common case: no line ends with a number
    lines = block.text.split("\n")
    year = year_of_table()
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    row_start = None
    lead_start = _name_above_row_number(text.text, block)
    for i, line in enumerate(lines):
        folded = fold_same(line)
        head = _ROW_HEAD.sub("", folded)
        if _looks_like_indicator(head):
            row_start = i
        elif i == 0 and lead_start is not None:
            row_start = -1  # the name is on the line above the row number ("Tỷ lệ … tự" / "2. R - 100%")
        m = _ROW_VALUE.search(folded)
        if not m or row_start is None or i - row_start > 2 or re.search(r"\b(?:19|20)\d\d\W*$", folded):
            continue
        if re.search(r"\b(?:thang|ngay|gio|phut|quy)\s*$", folded[:m.start(2)]):
            continue  # "… ngày 13 tháng 3": a date, not a value
        if not m.group(4) and not re.match(r"(?:số|tổng số)\s", _ROW_HEAD.sub("", lines[row_start].strip()),
                                           re.IGNORECASE):
            continue  # a bare number is a value only in a row that counts something ("Số …", not "Sở …")
        first = row_start
        above = text.text[lead_start:block.start] if first == -1 else ""
        row_text = " ".join(x.strip() for x in [*above.split("\n"), *lines[max(first, 0):i + 1]] if x.strip())
        comparator = _COMPARATOR_OF.get(m.group(1) or "", "eq")
        value_max = _number(m.group(3)) if m.group(3) else None
        if value_max is not None:
            comparator = "range"
        unit = re.sub(r"\s+", "", line[m.start(4):m.end(4)]) if m.group(4) else ""
        name = fold(row_text)
        indicator = _indicator(name) or _indicator_after(name)
        out.append(Target(
            text=re.sub(r"\s+", " ", row_text).strip(), indicator=indicator.key if indicator else None,
            indicator_name=indicator.name if indicator else None,
            metric_text=re.sub(r"\s+", " ", row_text[:max(0, len(row_text) - len(line) + m.start())]).strip(" |")[:160],
            comparator=comparator, value=_number(m.group(2)), value_max=value_max, unit=unit, year=year,
            clause=block.path, source=span(text, lead_start if first == -1 else block.start + offsets[first],
                                           block.start + offsets[i] + len(line))))
        row_start = None
    return out


def _name_above_row_number(text: str, block: Block) -> int | None:
    """Where an indicator's name starts on the line above a table row that begins with its row number and
    no name ("Tỷ lệ nước thải được quan trắc tự" / "2. R - 100%" / "động, liên tục": a scan centres the number
    and the value on a name wrapped over lines). None when the line above is no such name."""
    if block.marker is None:
        return None
    line_start = text.rfind("\n", 0, block.start) + 1
    above_end = line_start - 1
    if above_end <= 0 or not re.fullmatch(r"\W*" + re.escape(block.marker) + r"[.)]?\s*", text[line_start:block.start]):
        return None  # the block is not a table row that begins its line with its number
    above_start = text.rfind("\n", 0, above_end) + 1
    above = fold_same(text[above_start:above_end])
    if not _looks_like_indicator(_ROW_HEAD.sub("", above)) or _ROW_VALUE.search(above) or re.match(r"\W*\d", above):
        return None  # no name, a row of its own, or a numbered row
    return above_start


def _looks_like_indicator(head: str) -> bool:
    """'tỷ lệ …', 'tỉ trọng …', 'số …', 'giảm …' — also as OCR spells them ('t¡ le', 'tiie', '1y le')."""
    if re.match(r"(?:so|tong so|giam|tang|muc)\s(?!\d)", head):  # "số 66-NQ/TW" is a document's number
        return True
    letters = re.sub(r"[^a-z1]", "", head[:9])
    return any(letters.startswith(x) for x in ("tyle", "tile", "tiie", "tle", "1yle", "1ile", "yle", "tytrong",
                                               "titrong"))


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


def _year(clause: str, at: int, stop: int, context: int | None) -> int | None:
    ya = _YEAR_AFTER.match(clause[stop:])
    if ya and 1990 < int(ya.group(1)) < 2100 and "so voi" not in ya.group(0):  # "so với năm 2025": the baseline
        return int(ya.group(1))
    before = [m for m in _YEAR_BEFORE.finditer(clause[:at]) if 1990 < int(m.group(1)) < 2100]
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
