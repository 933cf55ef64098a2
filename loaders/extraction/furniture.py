"""Page furniture: what conversion leaves in a text that belongs to no document.

Công báo running heads and their page numbers, page markers ("===== Trang 3 =====", "--- PAGE BREAK ---"),
running footers that name the typist's file ("12.NQTU45.DOC 4"), digital-signature
stamps ("Ký bởi: …", "01/04/2020 07:51:56"), a legal website's metadata block ("Số hiệu: … Loại văn bản:
… Tình trạng: …") and a converter's bracketed note on the first line. They are removed from the text the
later stages read (everywhere, also mid-list); offsets into the original file are kept. A stamp's date
is kept aside: it is the signing date when the header's own date is unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.read import Text, drop_ranges
from loaders.vntext import fold_lines

_CONG_BAO = re.compile(r"^\s*(?:\d{1,4}\s+)?cong bao\s*/\s*so\s*\d+\s*(?:\+\s*\d+\s*)?/\s*ngay\s*[\d\s./-]+$")
_PAGE_MARKER = re.compile(r"^[\s=_*#~-]*(?:trang|page)\s+\d{1,4}(?:\s*/\s*\d{1,4})?[\s=_*#~-]*$"
                          r"|^[\s=_*#~-]*(?:page\s*break|ngat\s+trang|het\s+trang)[\s=_*#~-]*$"
                          r"|^\s*-\s*\d{1,4}\s*-\s*$|^\s*\f\s*$")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
# a running footer that names the typist's file ("12.NQTU45.DOC 4", "KHTU08.DOC. 2")
_FILE_FOOTER = re.compile(r"^\s*[\w.\-]{0,40}\.(?:doc|docx|rtf|odt)\b[\s.,:;\w()]{0,12}$")
_STAMP_FIELD = re.compile(r"^\s*(?:ky boi|signed by|nguoi ky|co quan|email|thoi gian ky|ngay ky|signing time)\s*:")
_TIMESTAMP = re.compile(r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?"
                        r"(?:\s*[+-]\d{2}:?\d{2})?")
_ISO_TIMESTAMP = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})[ T]\d{1,2}:\d{2}")
_WEBSITE_LABELS = ("so hieu", "loai van ban", "noi ban hanh", "nguoi ky", "ngay ban hanh", "ngay hieu luc",
                   "ngay cong bao", "so cong bao", "tinh trang", "linh vuc", "ngay het hieu luc", "linh vuc, nganh")
_WEBSITE_LABEL = re.compile(r"^[\s|*#_]*(?:" + "|".join(_WEBSITE_LABELS) + r")\s*:")


@dataclass(frozen=True)
class Furniture:
    text: Text  # the text without its furniture
    stamp_dates: tuple[tuple[int, int, int], ...]  # (y, m, d) of digital-signature stamps, in file order
    stamp_names: tuple[str, ...]  # who signed, as the stamps name them ("Ủy ban Nhân dân huyện Đông Sơn")
    removed_lines: int


def _lines(text: str, same: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end including the newline, folded line) for every line."""
    out = []
    pos = 0
    for line, folded in zip(text.splitlines(keepends=True), fold_lines(text, same), strict=True):
        out.append((pos, pos + len(line), folded))
        pos += len(line)
    return out


def strip_furniture(text: Text) -> Furniture:
    lines = _lines(text.text, text.folded)
    drop: set[int] = set()
    stamps: list[tuple[int, int, int]] = []
    names: list[str] = []
    n = len(lines)

    def near_blank_or_number(i: int, step: int) -> None:
        """Drop the page number next to a running head (skipping blank lines)."""
        j = i + step
        while 0 <= j < n and not lines[j][2].strip():
            j += step
        if 0 <= j < n and _PAGE_NUMBER.match(lines[j][2]) and abs(j - i) <= 3:
            drop.add(j)

    for i, (_s, _e, folded) in enumerate(lines):
        if _CONG_BAO.match(folded) or _PAGE_MARKER.match(folded) or _FILE_FOOTER.match(folded):
            drop.add(i)
            near_blank_or_number(i, 1)
            near_blank_or_number(i, -1)
        elif _STAMP_FIELD.match(folded) and (not _WEBSITE_LABEL.match(folded) or _in_stamp_block(lines, i)):
            drop.add(i)
            m = _TIMESTAMP.search(folded) or _ISO_TIMESTAMP.search(folded)
            if m:
                stamps.append((int(m["y"]), int(m["m"]), int(m["d"])))
            if folded.startswith(("ky boi", "signed by", "co quan")):
                names.append(text.text[lines[i][0]:lines[i][1]].split(":", 1)[1].strip())
        elif (m := _TIMESTAMP.fullmatch(folded.strip())):
            # a stamp: the signer's name lines (mixed case, short) right above the timestamp
            drop.add(i)
            stamps.append((int(m["y"]), int(m["m"]), int(m["d"])))
            j = i - 1
            while j >= 0 and i - j <= 3 and lines[j][2].strip() and _stamp_name_line(text.text[lines[j][0]:lines[j][1]]):
                drop.add(j)
                j -= 1
            if j < i - 1:
                names.append(" ".join(text.text[lines[k][0]:lines[k][1]].strip() for k in range(j + 1, i)))
    drop |= _website_block(lines)
    drop |= _page_numbers_inside_a_sentence(text.text, lines, drop)
    drop |= _blank_lines_inside_a_sentence(text.text, lines, drop)
    if lines and re.match(r"^\s*\[.{30,}\]\s*$", text.text[lines[0][0]:lines[0][1]]):
        drop.add(0)  # a converter's or collector's note about the file
    ranges = _merge([(lines[i][0], lines[i][1]) for i in sorted(drop)])
    return Furniture(drop_ranges(text, ranges), tuple(stamps), tuple(names), len(drop))


def _page_numbers_inside_a_sentence(text: str, lines: list[tuple[int, int, str]], drop: set[int]) -> set[int]:
    """A number alone on its line where a page broke a sentence ("… bảo vệ rừng" / "7" / "đầu nguồn …"): the
    page number of a converted PDF with no other furniture. A number between table cells is left alone."""
    out: set[int] = set()
    for i, (_s, _e, folded) in enumerate(lines):
        if i in drop or not _PAGE_NUMBER.match(folded):
            continue
        before = i - 1
        while before >= 0 and not lines[before][2].strip():
            before -= 1
        after = i + 1
        while after < len(lines) and not lines[after][2].strip():
            after += 1
        if before < 0 or after >= len(lines):
            continue
        last = text[lines[before][0]:lines[before][1]].rstrip()[-1:]
        first = text[lines[after][0]:lines[after][1]].lstrip()[:1]
        prose = len(lines[before][2].strip()) >= 40  # a line of running text, not a table cell
        if prose and (last.isalpha() or last == ",") and first.isalpha() and first.islower() and after - before > 2:
            out.add(i)
    return out


def _blank_lines_inside_a_sentence(text: str, lines: list[tuple[int, int, str]], drop: set[int]) -> set[int]:
    """Blank lines around a page break that falls mid-sentence ("… trình Ủy ban nhân" / "dân tỉnh trong
    tháng 5."): without them the sentence reads on as one paragraph, as it was written."""
    out: set[int] = set()
    for i in sorted(drop):
        if i > 0 and (i - 1) in drop:
            continue  # one run of furniture is looked at once, from its first line
        before = i - 1
        while before >= 0 and (before in drop or not lines[before][2].strip()):
            before -= 1
        after = i + 1
        while after < len(lines) and (after in drop or not lines[after][2].strip()):
            after += 1
        if before < 0 or after >= len(lines):
            continue
        last = text[lines[before][0]:lines[before][1]].rstrip()[-1:]
        if not (last.islower() or last == ","):
            continue  # the page ended with its sentence, a number or a table cell: the break may be a real one
        out.update(j for j in range(before + 1, after) if not lines[j][2].strip())
    return out


def _in_stamp_block(lines: list[tuple[int, int, str]], i: int) -> bool:
    """'Người ký:' is a label of a law website's table too; beside a signature's own fields (Email:, Thời gian
    ký:) it is the signature stamp's."""
    near = [lines[j][2] for j in range(max(0, i - 2), min(len(lines), i + 3)) if j != i]
    return any(_STAMP_FIELD.match(x) and not _WEBSITE_LABEL.match(x) for x in near)


def _stamp_name_line(line: str) -> bool:
    s = line.strip()
    letters = [c for c in s if c.isalpha()]
    if not letters or len(s) > 60 or s.endswith((".", ";", ":", ",")):
        return False
    return sum(c.isupper() for c in letters) / len(letters) < 0.6  # not an upper-case header line


def _website_block(lines: list[tuple[int, int, str]]) -> set[int]:
    """A legal website's metadata block: ≥ 3 known labels close together; labels and their values go."""
    hits = [i for i, (_s, _e, f) in enumerate(lines) if _WEBSITE_LABEL.match(f)]
    out: set[int] = set()
    k = 0
    while k < len(hits):
        group = [hits[k]]
        while k + 1 < len(hits) and hits[k + 1] - group[-1] <= 8:
            k += 1
            group.append(hits[k])
        k += 1
        if len(group) < 3:
            continue
        end = group[-1] + 1
        # the last label's value: separator lines, one value line, separator lines
        while end < len(lines) and lines[end][2].strip(" |*\n") == "":
            end += 1
        if end < len(lines) and len(lines[end][2].strip()) < 60 and not _WEBSITE_LABEL.match(lines[end][2]):
            end += 1
        out.update(range(group[0], end))
    return out


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in ranges:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
