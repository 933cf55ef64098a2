"""Reading a document's header as the two format standards lay it out, after conversion has damaged it.

State documents follow Nghị định 30/2020/NĐ-CP (symbol "Số: 12/2026/QĐ-UBND" or "Số: 345/UBND-KT" for a
letter), Party documents Hướng dẫn 36-HD/VPTW (symbol "Số 12-KL/TW", "ĐẢNG CỘNG SẢN VIỆT NAM" on the
right). Conversion flattens the two header columns, splits a number or a date over lines, blanks the
number of a draft, and OCR damages the standard's fixed words; the standard's fixed words are matched on
folded text with a tolerance (rapidfuzz), never the document's own content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from loaders.vntext import fold, fold_same

# Type abbreviations of both standards (NĐ 30/2020/NĐ-CP Phụ lục III; HD 36-HD/VPTW), code → type.
STATE_CODES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QD": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QyĐ": "Quy định", "QYĐ": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn",
    "CTr": "Chương trình", "CTR": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án",
    "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình", "TTR": "Tờ trình", "HĐ": "Hợp đồng",
    "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển",
    "PB": "Phiếu báo", "NĐ": "Nghị định", "ND": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch", "CV": "Công văn", "BS": "Bản sao", "SY": "Bản sao", "SL": "Bản sao",
}
PARTY_CODES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QD": "Quyết định", "CT": "Chỉ thị", "KL": "Kết luận",
    "QC": "Quy chế", "QĐi": "Quy định", "QĐI": "Quy định", "QDi": "Quy định", "TT": "Thông tri",
    "HD": "Hướng dẫn", "BC": "Báo cáo", "KH": "Kế hoạch", "CTr": "Chương trình", "CTR": "Chương trình",
    "TB": "Thông báo", "TTr": "Tờ trình", "TTR": "Tờ trình", "ĐA": "Đề án", "PA": "Phương án",
    "CV": "Công văn", "BB": "Biên bản", "BS": "Bản sao", "LKG": "Lời kêu gọi", "GGT": "Giấy giới thiệu",
    "GCN": "Giấy chứng nhận", "GM": "Giấy mời", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi",
    "PB": "Phiếu báo", "PC": "Phiếu chuyển", "ĐI": "Điện", "CĐ": "Công điện", "ĐL": "Điều lệ",
}
# Type words as a title line writes them, longest first (a title "THÔNG BÁO KẾT LUẬN" is a Thông báo).
TYPE_WORDS = ["Nghị quyết liên tịch", "Thông tư liên tịch", "Nghị quyết", "Kết luận", "Chỉ thị", "Thông báo",
              "Thông tri", "Công văn", "Công điện", "Kế hoạch", "Chương trình", "Quyết định", "Hướng dẫn",
              "Quy định", "Quy chế", "Báo cáo", "Tờ trình", "Nghị định", "Thông tư", "Đề án", "Phương án",
              "Lời kêu gọi", "Thông cáo", "Biên bản", "Giấy mời", "Điều lệ", "Luật"]
_TYPE_FOLDED = [(fold(w), w) for w in TYPE_WORDS]

_NUM = r"\d{1,5}[a-z]?"
_UNIT = r"[A-ZĐ][A-Za-zĐđ0-9&]{0,12}"
# Party "12-KL/TW" (also "12 KL/TW"); state "88/NQ-CP", "58/2024/QH15", "07/CT-TTg", "21/KH-PGD&ĐT".
SYMBOL = (rf"(?P<pnum>\d{{1,5}})[ \t]*(?:[-‐–][ \t]*|[ \t]+)(?P<pcode>[A-ZĐ][A-Za-zĐđ]{{0,5}})\s*/\s*"
          rf"(?P<porg>[A-ZĐ][A-ZĐ0-9]{{0,15}}(?:-[A-ZĐ0-9]{{1,10}})?)(?![\wÀ-ỹ])"
          rf"|(?P<snum>{_NUM})\s*/\s*(?:(?P<syear>\d{{4}})\s*/\s*)?"
          rf"(?P<sparts>{_UNIT}(?:[ \t]*-[ \t]*{_UNIT}){{0,3}})(?![\wÀ-ỹ])")
# "Số" at a line's start or after a space or a table's mark, not "ĐẾN Số" (a stamp); the word first and the
# look-behinds after it, so that a search jumps from one "Số" to the next instead of trying every position
_SO = r"Số(?<![^\s|*_#(\[]Số)(?<!ĐẾN Số)\s*:?\s*"
SYMBOL_LINE_RE = re.compile(_SO + r"(?:" + SYMBOL + r")", re.MULTILINE)
# A draft's blank number: "Số:      /KH-UBND", "Số    -KH/TU"
BLANK_SYMBOL_RE = re.compile(_SO + r"[._…\s]*(?:/\s*(?P<scode>[A-ZĐ][A-Za-zĐđ]{0,5})\s*-\s*(?P<sorg>" + _UNIT + r")"
                             r"|[-‐–]\s*(?P<pcode>[A-ZĐ][A-Za-zĐđ]{0,5})\s*/\s*(?P<porg>[A-ZĐ][A-ZĐ0-9]{0,15}))",
                             re.MULTILINE)
# OCR: "S6 601 IUBND- YT" ("Số" read as S6/So, the slash as I or |)
OCR_SYMBOL_RE = re.compile(r"^[ \t|*_]*S[ốôoóò60][ \t]*[:.]?[ \t]*(?P<num>\d{1,5})[ \t]*[/I|l1][ \t]*(?P<a>[A-ZĐ]{2,10})"
                           r"[ \t]*-[ \t]*(?P<b>[A-ZĐ]{1,10})\b", re.MULTILINE)
BARE_SYMBOL_LINE_RE = re.compile(r"^[\s|*_]*(?:" + SYMBOL + r")[\s|*_]*$", re.MULTILINE)

# Fixed words of the standards (folded), matched tolerantly.
MOTTO = "cong hoa xa hoi chu nghia viet nam"
MOTTO_2 = "doc lap - tu do - hanh phuc"
PARTY = "dang cong san viet nam"


@dataclass(frozen=True)
class SymbolHit:
    symbol: str | None  # None for a draft's blank number
    code: str | None  # the type code the symbol carries ("KL", "QĐ"), or None for a state letter
    party: bool
    start: int  # offsets of the match in the searched string
    end: int
    org: str | None = None  # the issuer abbreviation of a blank draft number ("TU" in "Số   -CTr/TU")


def normalise_symbol(m: re.Match) -> str:
    """'15 KL/TW' → '15-KL/TW'; '58 / 2024 / QH15' → '58/2024/QH15'; '07/CT-TTg' keeps its letters."""
    if m.group("pnum"):
        return f"{int(m.group('pnum')):02d}-{m.group('pcode')}/{m.group('porg')}"
    parts = re.sub(r"\s+", "", m.group("sparts"))
    year = f"{m.group('syear')}/" if m.group("syear") else ""
    return f"{m.group('snum')}/{year}{parts}"


def hit_of(m: re.Match) -> SymbolHit:
    if m.group("pnum"):
        return SymbolHit(normalise_symbol(m), m.group("pcode"), True, m.start(), m.end())
    parts = re.sub(r"\s+", "", m.group("sparts")).split("-")
    code = parts[0] if len(parts) > 1 or m.group("syear") else None
    if code and code not in STATE_CODES:
        code = None  # "3479/VPCP-NN": an agency and its unit, the form of a công văn
    return SymbolHit(normalise_symbol(m), code, False, m.start(), m.end())


def find_symbol(header: str) -> SymbolHit | None:
    """The document's own number and symbol in its header zone: "Số …", a blank draft number, OCR forms."""
    m = SYMBOL_LINE_RE.search(header)
    if m:
        return hit_of(m)
    m = BLANK_SYMBOL_RE.search(header)
    if m:
        code = m.group("scode") or m.group("pcode")
        return SymbolHit(None, code, bool(m.group("pcode")), m.start(), m.end(), m.group("sorg") or m.group("porg"))
    m = OCR_SYMBOL_RE.search(header)
    if m:
        return SymbolHit(f"{m.group('num')}/{m.group('a')}-{m.group('b')}", None, False, m.start(), m.end())
    return None


def find_bare_symbol(header: str) -> SymbolHit | None:
    """A symbol alone on its line ("221-KL/TW"), as some conversions print it without "Số"."""
    m = BARE_SYMBOL_LINE_RE.search(header)
    return hit_of(m) if m else None


def symbol_type(hit: SymbolHit | None) -> str | None:
    """The type a symbol's code names; a state symbol without a type code is a công văn (NĐ 30, Phụ lục III)."""
    if hit is None:
        return None
    if hit.code:
        table = PARTY_CODES if hit.party else STATE_CODES
        return table.get(hit.code) or table.get(hit.code.upper())
    if hit.symbol and not hit.party and not re.search(r"/\d{4}/", hit.symbol):
        return "Công văn"
    if hit.symbol and re.search(r"/QH\d+$", hit.symbol):
        return "Nghị quyết"
    return None


def fixed_words(line: str, words: str, threshold: float = 85) -> bool:
    """Does `line` hold the standard's fixed `words` (folded), tolerating OCR damage?"""
    return _holds(_letters_only(line), words, threshold)


def _holds(letters: str, words: str, threshold: float) -> bool:
    if len(letters) < len(words) * 0.6:
        return False
    return words in letters or fuzz.partial_ratio(words, letters, score_cutoff=threshold) >= threshold


def holds_header_words(folded_line: str) -> bool:
    """is_motto(line) or is_party_line(line), for a line already folded (every line of a text, folded at once)."""
    letters = _letters_of(folded_line)
    return _holds(letters, MOTTO, 85) or _holds(letters, MOTTO_2, 88) or _holds(letters, PARTY, 88)


@lru_cache(maxsize=16384)
def _letters_only(line: str) -> str:
    """A line folded to letters, digits and single spaces (asked for once per fixed phrase: cached)."""
    return _letters_of(fold(line))


def _letters_of(folded: str) -> str:
    return " ".join(_NOT_LETTER_OR_DIGIT.sub(" ", folded).split())


_NOT_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9 -]+")


def cut_fixed_words(cell: str) -> str:
    """The part of a flattened header cell before the motto or the party line ('TỈNH ỦY NGHỆ AN ĐÁNG CỘNG SẢN
    VIỆT NAM' → 'TỈNH ỦY NGHỆ AN'); offsets carry over because folding keeps one character per character."""
    folded = fold_same(cell)
    cut = len(cell)
    for words in (PARTY, MOTTO, MOTTO_2):
        if len(folded) < len(words) * 0.6:
            continue
        hit = fuzz.partial_ratio_alignment(words, folded, score_cutoff=85)
        if hit is not None:
            cut = min(cut, hit.dest_start)
    return cell[:cut].strip()


def is_motto(line: str) -> bool:
    return fixed_words(line, MOTTO) or fixed_words(line, MOTTO_2, 88)


def is_party_line(line: str) -> bool:
    return fixed_words(line, PARTY, 88)


def title_type(line: str) -> str | None:
    """'KẾ HOẠCH', 'KÉT LUẬN' (OCR), 'THÔNG BÁO KẾT LUẬN' → the type a title line names, else None."""
    s = line.strip().strip("#*_|[]:. ").strip()
    letters = [c for c in s if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) / len(letters) < 0.8 or len(s) > 60:
        return None
    f = re.sub(r"\s+", " ", re.sub(r"[^a-z ]+", " ", fold(s))).strip()
    for folded, word in _TYPE_FOLDED:
        head = f[:len(folded)]
        if f.startswith(folded) and (len(f) == len(folded) or f[len(folded)] == " "):
            return word
        if len(folded) >= 7 and fuzz.ratio(head, folded) >= 88 and (len(f) <= len(folded) + 1 or f[len(folded)] == " "):
            return word
    return None


# "Hà Nội, ngày 22 tháng 7 năm 2022", split over lines, blanks in a draft, OCR without accents;
# "Hà Nội, ngày 26-1-2010".
PLACE_DATE_RE = re.compile(
    r"(?P<place>[A-ZĐÀ-Ỹ][\wÀ-ỹ.\- ]{1,40}?)\s*,\s*ng[àa]y\s*(?P<d>\d{1,2}|[^\d\n]{0,12}?)\s*th[áa]ng\s*"
    r"(?P<m>\d{1,2}|[^\n]{0,12}?)\s*n[ăa]m\s*(?P<y>\d{4})"
    r"|(?P<place2>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:[ \t]+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){0,4})\s*,\s*(?:ng[àa]y\s*)?(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4})")


@dataclass(frozen=True)
class DateHit:
    ymd: tuple[int, int, int] | None  # None: the date is blank (a draft) or unreadable
    place: str | None
    blank: bool  # the day or month is left blank, as in a draft
    start: int


def find_place_date(header: str) -> DateHit | None:
    m = PLACE_DATE_RE.search(header)
    if not m:
        return None
    if m.group("place2"):
        place = m.group("place2")
        ymd = (int(m["y2"]), int(m["m2"]), int(m["d2"]))
        return DateHit(ymd, _place(place), False, m.start())
    d, mo = m.group("d").strip(), m.group("m").strip()
    place = _place(m.group("place"))
    if d.isdigit() and mo.isdigit():
        return DateHit((int(m["y"]), int(mo), int(d)), place, False, m.start())
    blank = not any(c.isalnum() for c in d) or not any(c.isalnum() for c in mo)
    return DateHit(None, place, blank, m.start())


def _place(raw: str) -> str:
    return raw.strip(" *_|").split("\n")[-1].strip(" *_|")
