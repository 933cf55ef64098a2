"""Dates, deadlines and recurrences as Vietnamese directives write them."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from dkg.errors import ExtractionError

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

DATE_LINE_RE = re.compile(
    r"(?P<place>[A-ZĐÀ-Ỹ][\wÀ-ỹ\.\- ]{1,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
NUMERIC_DATE_RE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?!\d)")
WORD_DATE_RE = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")


def make_date(y: int, m: int, d: int, where: str = "") -> str:
    """ISO date; ExtractionError for impossible dates such as 31/02/2024."""
    try:
        return date(y, m, d).isoformat()
    except ValueError as e:
        raise ExtractionError(f"{where}impossible date {d:02d}/{m:02d}/{y} ({e})") from e


@dataclass(frozen=True)
class Deadline:
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY-Qn | YYYY
    last_day: str  # ISO date of the end of the period

    @property
    def kind(self) -> str:
        return {10: "date", 7: "quarter" if "Q" in self.value else "month", 4: "year"}[len(self.value)]


# what introduces a deadline: "chậm nhất", "trước", "hoàn thành trong", "đến hết", "vào" …
_LEAD = (r"(?:chậm nhất|trước|hạn chót|hoàn thành|xong|không quá|trong|ngay trong|đến|đến hết|hết|cuối|vào|"
         r"kết thúc|thời hạn|thời gian|"
         # "nhân ngày Pháp luật Việt Nam 9/11", "nhân dịp kỷ niệm ngày 2/9": the day of the occasion
         r"nhân\s+(?:dịp\s+)?(?:kỷ niệm\s+)?ngày(?:\s+[^\d\n,;.()]{1,60}?)?)")
# "trước 15h ngày …", "trước 15 giờ 30 phút ngày …": the hour is kept out of the date
_HOUR = r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}\s*(?:phút|')?)?\s*,?\s*)?"
_DEADLINE_DAY_RE = re.compile(
    _LEAD + r"(?:\s+(?:trước|là|vào|ngày|hạn))*\s+" + _HOUR + r"(?:ngày\s+)?"
    r"(?:(?P<d>\d{1,2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\2\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})"
    r"|(?P<d3>\d{1,2})\s*/\s*(?P<m3>\d{1,2})(?![\d/])(?!\s*(?:hằng|hàng)\s+năm)"
    r"|(?P<d4>\d{1,2})\s+tháng\s+(?P<m4>\d{1,2})(?![\d/])(?!\s*năm)(?!\s*(?:hằng|hàng)\s+năm))", re.IGNORECASE)
# "trong tháng 6/2026", "đến tháng 6/2027", "tháng 5 - tháng 11/2026" (a range ends with its last month)
_DEADLINE_MONTH_RE = re.compile(
    _LEAD + r"(?:\s+(?:trong|hết|cuối))?(?:\s+tuần\s+(?:đầu|cuối|thứ\s+\w+))?(?:\s+(?:đầu|giữa|cuối))?\s+tháng\s+(?P<m>\d{1,2})(?:\s*[-–]\s*(?:tháng\s+)?(?P<m_end>\d{1,2}))?"
    r"\s*(?:/|năm|-)\s*(?P<y>\d{4})", re.IGNORECASE)
_MONTH_RANGE_RE = re.compile(r"tháng\s+(?P<m>\d{1,2})\s*[-–]\s*(?:tháng\s+)?(?P<m_end>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})",
                             re.IGNORECASE)
# "Quý II/2026", "Quý IV năm 2026", "quý III, IV/2026" (the last quarter named)
_DEADLINE_QUARTER_RE = re.compile(
    r"(?:trong|ngay trong|chậm nhất|trước|hoàn thành|hết|cuối|đến)?\s*quý\s+(?P<q>IV|III|II|I|[1-4])(?![\wÀ-ỹ])"
    r"(?:\s*(?:,|-|–|và)\s*(?:quý\s+)?(?P<q_end>IV|III|II|I|[1-4])(?![\wÀ-ỹ]))?"
    r"(?:\s*(?:/|năm)\s*(?P<y>\d{4}))?", re.IGNORECASE)
_DEADLINE_YEAR_RE = re.compile(
    # not a bare "đến năm 2030": that names a strategy's horizon ("Chiến lược … đến năm 2030"), not a deadline
    r"(?:trong|ngay trong|hoàn thành trong|hoàn thành|trước|chậm nhất|cuối|trong năm|đến hết|hết|vào cuối|vào)"
    r"\s+(?:cuối\s+)?năm\s+(?P<y>\d{4})", re.IGNORECASE)

# "Đến năm 2015, hoàn thành …": a year that opens an order (a bare "đến năm" elsewhere is a horizon)
_LEADING_YEAR_RE = re.compile(r"^\W*(?:đến|tới)\s+(?:hết\s+)?năm\s+(?P<y>\d{4})\s*,", re.IGNORECASE)

_ANY_DIGIT = re.compile(r"\d")
_FIRST_HALF_RE = re.compile(r"(?:6|sáu)\s+tháng\s+đầu\s+năm\s+(?P<y>\d{4})", re.IGNORECASE)


def find_deadline(text: str, doc_date: str | None) -> Deadline | None:
    """The deadline a sentence sets, resolved against the document date; None when it sets none."""
    if not _ANY_DIGIT.search(text) and "quý" not in text.lower():
        return None  # every deadline form has a number, but "ngay trong quý I" (of the document's year)
    doc_year = int(doc_date[:4]) if doc_date else None
    m = _DEADLINE_DAY_RE.search(text)
    if m:
        if m["d"]:
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        elif m["d2"]:
            y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
        elif doc_year:  # "trước ngày 31/12": this year's, or next year's when this year's has passed
            mo, d = (int(m["m3"]), int(m["d3"])) if m["d3"] else (int(m["m4"]), int(m["d4"]))
            y = doc_year + (1 if doc_date and f"{doc_year:04d}-{mo:02d}-{d:02d}" < doc_date else 0)
        else:
            y = 0
        if y and 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]:
            iso = date(y, mo, d).isoformat()
            return Deadline(iso, iso)
    m = _DEADLINE_MONTH_RE.search(text) or _MONTH_RANGE_RE.search(text)
    if m and 1 <= int(m["m_end"] or m["m"]) <= 12:
        y, mo = int(m["y"]), int(m["m_end"] or m["m"])
        return Deadline(f"{y:04d}-{mo:02d}", date(y, mo, calendar.monthrange(y, mo)[1]).isoformat())
    m = _FIRST_HALF_RE.search(text)  # "trong 6 tháng đầu năm 2026": by the end of June
    if m:
        y = int(m["y"])
        return Deadline(f"{y:04d}-06", f"{y:04d}-06-30")
    m = _DEADLINE_QUARTER_RE.search(text)
    if m and (m["y"] or doc_year):
        last = m["q_end"] or m["q"]
        q = ROMAN.get(last.upper()) or int(last)
        y = int(m["y"]) if m["y"] else doc_year
        end_month = q * 3
        return Deadline(f"{y:04d}-Q{q}", date(y, end_month, calendar.monthrange(y, end_month)[1]).isoformat())
    m = _DEADLINE_YEAR_RE.search(text) or _LEADING_YEAR_RE.match(text)
    if m:
        y = int(m["y"])
        return Deadline(f"{y:04d}", f"{y:04d}-12-31")
    # an order about the document's own year ("tổ chức chương trình … năm 2026" in a plan of 2026): within it
    for m in _THIS_YEAR_RE.finditer(text):
        if doc_year and int(m["y"]) == doc_year:
            return Deadline(f"{doc_year:04d}", f"{doc_year:04d}-12-31")
    return None


_PERIOD_HEADING_RE = re.compile(r"^\W*(?:giai đoạn|năm|từ năm\s+\d{4}\s+đến năm)?\s*(?:(?P<a>\d{4})\s*[-–]\s*)?"
                                r"(?P<y>\d{4})\W*$", re.IGNORECASE)


def period_heading_deadline(heading: str) -> Deadline | None:
    """A heading that is only a period ('Giai đoạn 2026 - 2028:', 'Năm 2027'), under a schedule of tasks:
    the items below it are due by its end. Only for headings: in a sentence such a period names a plan."""
    m = _PERIOD_HEADING_RE.match(heading.strip())
    if not m or (m["a"] and int(m["a"]) > int(m["y"])):
        return None
    return Deadline(m["y"], f"{m['y']}-12-31")


# a year named on its own: not a date ("ngày … tháng … năm"), a horizon ("đến năm", "giai đoạn"), a law's
# year ("Luật … năm 2020" is of a past year, and only the document's own year counts)
_THIS_YEAR_RE = re.compile(r"(?<!tháng\s\d\s)(?<!tháng\s\d\d\s)(?<!đến\s)(?<!tới\s)(?<!từ\s)\bnăm\s+(?P<y>\d{4})\b"
                           r"(?!\s*[-–])", re.IGNORECASE)


_RECURRENCE = [
    (re.compile(r"định kỳ\s+(\d+)\s+tháng", re.IGNORECASE), lambda m: f"P{int(m.group(1))}M"),
    (re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng)\s+quý", re.IGNORECASE), lambda m: "P3M"),
    (re.compile(r"(?:định kỳ\s+)?(?:hằng|hàng)\s+tháng", re.IGNORECASE), lambda m: "P1M"),
    # "hằng năm" as an adverb of the order (at a clause's start, before its verb, after a day of the year), not
    # of a noun ("kế hoạch hằng năm", "ngân sách hàng năm")
    (re.compile(r"định kỳ\s+(?:hằng|hàng)\s+năm|báo cáo\s+(?:hằng|hàng)\s+năm|(?:^|[,;:.]\s*)(?:hằng|hàng)\s+năm\b|"
                r"(?:hằng|hàng)\s+năm,?\s+(?:báo cáo|tổng kết|sơ kết|đánh giá|tổ chức|rà soát|xây dựng)|"
                r"\d{1,2}\s*/\s*\d{1,2}\s+(?:hằng|hàng)\s+năm", re.IGNORECASE), lambda m: "P1Y"),
    (re.compile(r"định kỳ", re.IGNORECASE), lambda m: "periodic"),
]


# a word every pattern above holds: a text without it (most) is not searched five times
_RECURRENCE_WORD = re.compile(r"định kỳ|hằng|hàng", re.IGNORECASE)


def find_recurrence(text: str) -> str | None:
    """'định kỳ 6 tháng' → 'P6M'; 'hằng quý' → 'P3M'; bare 'định kỳ' → 'periodic'."""
    if not _RECURRENCE_WORD.search(text):
        return None
    for pattern, make in _RECURRENCE:
        m = pattern.search(text)
        if m:
            return make(m)
    return None


_CELL_DAY_WORDS = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?", re.IGNORECASE)
_CELL_DAY = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?!\d)")
_CELL_MONTH = re.compile(r"(?<![\d/])(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})(?!\d)")
_CELL_QUARTERS = re.compile(r"quý\s+(?P<qs>(?:(?:IV|III|II|I|[1-4])\s*(?:,|và|-|–)?\s*)+)(?:\s*(?:/|năm)\s*(?P<y>\d{4}))?",
                            re.IGNORECASE)
_CELL_YEAR = re.compile(r"(?<![\d/])(?P<y>(?:19|20)\d\d)(?![\d/])")


def latest_deadline(cell: str, doc_date: str | None) -> Deadline | None:
    """The deadline a table's time cell sets, taking the end of a range: 'Quý III, IV/2026' → 2026-Q4,
    'Quý IV/2026, 2027' → 2027, '2024 - 2030' → 2030, 'Tháng 8/2024' → 2024-08; 'Thường xuyên',
    'Hằng năm' → None."""
    found: list[Deadline] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    doc_year = int(doc_date[:4]) if doc_date else None
    for m in _CELL_DAY_WORDS.finditer(cell):
        y = int(m["y"]) if m["y"] else doc_year
        if y is None:
            continue
        try:
            iso = make_date(y, int(m["m"]), int(m["d"]))
        except ExtractionError:
            continue
        found.append(Deadline(iso, iso))
        taken.append(m.span())
    for m in _CELL_DAY.finditer(cell):
        if not free(m):
            continue
        try:
            iso = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ExtractionError:
            continue
        found.append(Deadline(iso, iso))
        taken.append(m.span())
    for m in _CELL_MONTH.finditer(cell):
        if free(m) and 1 <= int(m["m"]) <= 12:
            y, mo = int(m["y"]), int(m["m"])
            found.append(Deadline(f"{y:04d}-{mo:02d}", date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()))
            taken.append(m.span())
    for m in _CELL_QUARTERS.finditer(cell):
        y = int(m["y"]) if m["y"] else doc_year
        if y is None:
            continue
        for q in re.findall(r"IV|III|II|I|[1-4]", m["qs"]):
            n = ROMAN.get(q.upper()) or int(q)
            found.append(Deadline(f"{y:04d}-Q{n}", date(y, n * 3, calendar.monthrange(y, n * 3)[1]).isoformat()))
        taken.append(m.span())
    for m in _CELL_YEAR.finditer(cell):
        if free(m):
            found.append(Deadline(m["y"], f"{m['y']}-12-31"))
    return max(found, key=lambda d: d.last_day) if found else None
