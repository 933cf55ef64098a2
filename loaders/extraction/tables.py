"""Task tables as conversion leaves them: one cell per line, cells wrapped over lines, header rows repeated
after page breaks, and key-value records ("Tên nhiệm vụ: … Cơ quan chủ trì: … Thời gian hoàn thành: …").

A table is recognised by its header labels (Nội dung / Nhiệm vụ · Cơ quan chủ trì · Cơ quan phối hợp ·
Sản phẩm · Thời gian hoàn thành), in one `|` row or one label per line; its rows start at a line that holds
only a row number ("1", "1.2", "a)"); inside a row, lines are put in cells by what they hold: the task text
first, then organisation names (lead, then collaborators), products, and a time cell.
(Tables whose rows stay whole on one `|` line are read by tasks._table_tasks.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extraction.alternation import trie_pattern
from loaders.extraction.patterns import DIRECTIVE_VERBS
from loaders.extraction.resolve import name_cut_at
from loaders.vntext import fold, fold_lines

LABELS = {
    "number": re.compile(r"^(?:s?tt|so tt|thu tu)$"),
    "content": re.compile(r"noi dung|nhiem vu|cong viec|hoat dong|giai phap|de an|ten van ban"),
    "owner": re.compile(r"chu tri|(?:co quan|don vi) thuc hien|trach nhiem"),
    "collaborator": re.compile(r"phoi hop"),
    "product": re.compile(r"san pham|ket qua|hinh thuc"),
    "deadline": re.compile(r"thoi gian|thoi han|tien do|hoan thanh"),
}
ROW_NUMBER = re.compile(r"^\s*\|?\s*(\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\)|[IVX]{1,4}\.?)\s*\|?\s*$")
# a row number sharing its line with the first line of the task ("4  Đề án về tuyển dụng công chức")
_NUMBER_THEN_TEXT = re.compile(r"^\s*(\d{1,3})(?:\.\s+|\s{2,})(?=\S)")
ORG_HEAD = re.compile(r"^(?:Bộ|Sở|Cục|Tổng cục|Vụ|Viện|Ủy ban|Uỷ ban|UBND|Ban|Văn phòng|Thanh tra|Ngân hàng|Kho bạc|"
                      r"Công an|Quân|Bộ Chỉ huy|Trung tâm|Tòa án|Viện kiểm sát|Kiểm toán|Mặt trận|Hội|Liên đoàn|Đoàn|"
                      r"Đài|Thông tấn|Báo|Tập đoàn|Tổng công ty|Các|Cơ quan|Đơn vị|Địa phương|Hiệp hội|Phòng|Trường|"
                      r"Đại học|Học viện|Tỉnh ủy|Thành ủy|Đảng ủy|Huyện ủy|Chính phủ|Thủ tướng|Quốc hội|HĐND|Hội đồng|"
                      r"Cơ sở khám|Cơ sở y tế|Cơ sở giáo dục|Bệnh viện)\b")
TIME_CELL = re.compile(r"^(?:(?:trước|trong|chậm nhất|từ|đến|hoàn thành)\s+)?(?:quý|tháng|năm|thường xuyên|hằng|hàng|"
                       r"nhiệm vụ thường|\d{1,2}\s*/\s*\d{4}|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|20\d\d|19\d\d|"
                       r"giai đoạn|định kỳ|sau khi|ngay sau)", re.IGNORECASE)
CONTINUES = (",", " và", "-", "–", " của", " về", " với", " các", ";", ":", " cho", " tại", " trong", " theo", "/", " ở",
             " cấp", " thuộc", " đến", " từ",
             # a body's name cut after its head word ("… được trình Ban" / "Chỉ đạo Trung ương …")
             " Ban", " Bộ", " Sở", " Cục", " Ủy ban", " Uỷ ban", " Hội đồng", " Văn phòng", " Đảng ủy", " Đảng uỷ")
KEY_VALUE = re.compile(r"^\s*(?:\d{1,2}\.\s*)?(?P<key>tên nhiệm vụ|nội dung|nhiệm vụ|cơ quan chủ trì|đơn vị chủ trì|"
                       r"cơ quan phối hợp|đơn vị phối hợp|kết quả|sản phẩm|thời gian hoàn thành|thời hạn hoàn thành|"
                       r"thời gian thực hiện|tiến độ)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_KEY_COLUMN = {"ten nhiem vu": "content", "noi dung": "content", "nhiem vu": "content", "co quan chu tri": "owner",
               "don vi chu tri": "owner", "co quan phoi hop": "collaborator", "don vi phoi hop": "collaborator",
               "ket qua": "product", "san pham": "product", "thoi gian hoan thanh": "deadline",
               "thoi han hoan thanh": "deadline", "thoi gian thuc hien": "deadline", "tien do": "deadline"}


@dataclass
class TableRow:
    number: str
    cells: dict[str, str]  # column → text ("content", "owner", "collaborator", "product", "deadline")
    start: int  # offsets of the row's lines in the text given
    end: int
    year: int | None = None  # a year the table's header gives ("Thời gian (Năm 2026)"), for dates without one


def _lines(text: str, same: str | None = None) -> list[tuple[int, str, str]]:
    """(offset, line, folded line) of every line; the lines folded at once (`same`: fold_same(text), if known)."""
    out, pos = [], 0
    for line, folded in zip(text.splitlines(keepends=True), fold_lines(text, same), strict=True):
        out.append((pos, line, folded))
        pos += len(line)
    return out


def _labels_of(line: str) -> list[str]:
    return _labels_in(fold(line))


def _labels_in(folded: str) -> list[str]:
    """The column labels a folded line holds."""
    f = folded.strip(" |*_:")
    if not f or len(f) > 60:
        return []
    return [name for name, pat in LABELS.items() if pat.search(f)]


def _mostly_labels(line: str) -> bool:
    """A line a repeated header could open: its labels and at most two words more ("Cơ quan chủ", not a task's
    "nhận thức, trách nhiệm trong công")."""
    rest = fold(line)
    for pat in _LABELS_IN_TEXT.values():
        rest = pat.sub(" ", rest)
    return len(re.findall(r"\w+", rest)) <= 2


def _header(lines: list[tuple[int, str, str]], i: int) -> tuple[list[str], int] | None:
    """Columns in order and the index after the header, when a table header starts at line i."""
    first = lines[i][1]
    if "|" in first:  # one `|` row holds the labels
        cols = []
        for cell in first.strip().strip("|").split("|"):
            found = _labels_of(cell)
            cols.append(found[0] if found else "?")
        if "owner" not in cols or not ({"content", "number"} & set(cols)):
            return None
        j = i + 1
        while j < len(lines) and (set(lines[j][1].strip()) <= set("|-: ") or _labels_in(lines[j][2])):
            for name in _labels_in(lines[j][2]):
                if name not in cols:
                    cols.append(name)
            j += 1
        return cols, j
    # one label per line, a label itself wrapped ("Cơ quan chủ" / "trì thực hiện"): read the short lines as one
    # text and take the labels in the order they appear in it
    parts: list[str] = []
    j = i
    found: list[tuple[int, str]] = []
    last_label = i  # the header ends with the last line that adds a label (or the tail of a wrapped one)
    while j < len(lines) and j - i < 18:
        s = lines[j][1].strip()
        if ROW_NUMBER.match(s) and parts:
            break
        if s and len(s) > 45:
            break
        parts.append(s)
        now = _joined_labels(parts)
        if len(now) > len(found) or _LABEL_TAIL.match(fold(s)):
            last_label = j
        found = now
        j += 1
    cols = [name for _, name in sorted(found)]
    if "owner" in cols and ({"content", "number"} & set(cols)) and len(cols) >= 3:
        return cols, last_label + 1
    return None


# the second line of a wrapped label ("Thời gian" / "hoàn thành"), alone on its line
_LABEL_TAIL = re.compile(r"^(?:hoan thanh|thuc hien|chu tri|phoi hop|bo sung|san pham|ket qua|du kien|tien do|"
                         r"trach nhiem|thoi gian|\(nam \d{4}\))$")


def _joined_labels(parts: list[str]) -> list[tuple[int, str]]:
    """The labels found in short lines read as one text, with where each starts."""
    joined = fold(" ".join(parts))
    found = []
    for name, pat in _LABELS_IN_TEXT.items():
        m = pat.search(joined)
        if m:
            found.append((m.start(), name))
    return found


# the labels as they stand inside a longer text (a label's own line anchors become word edges)
_LABELS_IN_TEXT = {name: re.compile(pat.pattern.replace("^", r"(?:^|\s)").replace("$", r"(?:\s|$)"))
                   for name, pat in LABELS.items()}


def _cell_starts(lines: list[str]) -> list[int]:
    """Indexes of the lines that open a new cell: a capital after a line that does not run on."""
    starts = []
    for k, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        prev = lines[k - 1].rstrip() if k else ""
        runs_on = prev.endswith(CONTINUES) or prev.lower().endswith(CONTINUES) \
            or name_cut_at(prev.rsplit(",", 1)[-1], s)  # "Bộ Công" / "Thương, các địa phương"
        if runs_on and prev.endswith(",") and ORG_HEAD.match(s) and 2 * len(s) < len(prev):
            runs_on = False  # a short body name under a long line cut at a comma: the lead cell, not the task's text
        if k == 0 or TIME_CELL.match(s) and not runs_on or (s[0].isupper() and not runs_on) or ORG_HEAD.match(s) and not runs_on:
            starts.append(k)
    return starts


def _row_cells(row_lines: list[str], columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """The cells of one numbered row, and of the rows the conversion ran into it without their numbers: each
    with the index of the line it starts at. A new row starts where a task's text (a directive verb opens it)
    follows a row that already has its task and its lead ("… Sở Y tế / Xây dựng kế hoạch …")."""
    starts = _cell_starts(row_lines)
    if not starts:
        return []
    out: list[tuple[int, dict[str, str]]] = []
    row_start, content, orgs, others, deadline = starts[0], [], [], [], []

    def close():
        if not content and not orgs:
            return
        cells = {"content": " ".join(content)}
        if deadline:
            cells["deadline"] = " ".join(deadline)
        if orgs:
            cells["owner"] = orgs[0]
        if len(orgs) > 1 and "collaborator" in columns:
            cells["collaborator"] = "; ".join(orgs[1:])
        if others:
            cells["product"] = " ".join(others)
        out.append((row_start, cells))

    for a, b in zip(starts, starts[1:] + [len(row_lines)], strict=True):
        cell = " ".join(x.strip() for x in row_lines[a:b] if x.strip())
        if not cell:
            continue
        if TIME_CELL.match(cell) and not orgs and content and "deadline" in columns or \
                TIME_CELL.match(cell) and (orgs or "owner" not in columns):
            deadline.append(cell)
        elif ORG_HEAD.match(cell) and content:
            orgs.append(cell)
        elif not orgs:
            content.append(cell)
        elif _opens_task(cell):
            close()
            row_start, content, orgs, others, deadline = a, [cell], [], [], []
        else:
            others.append(cell)
    close()
    return out


# a cell that opens a task of its own: a directive verb or a verb of the actions plans list (not one that also
# names a product: "Báo cáo …", "Trình …" are what a product column holds)
_TABLE_VERBS = ("huy dong", "dau tu", "dong cua", "hoan thanh", "day nhanh", "nang cao", "thuc day", "ung dung",
                "dao tao", "boi duong", "cap nhat", "van hanh", "khai thac", "sap xep", "kien toan", "tham dinh",
                "phe duyet", "cung co", "mo rong", "khac phuc", "xu ly", "quan ly", "phat trien", "day manh")
_TASK_OPENING = re.compile(r"^(?:" + trie_pattern([v for v in (*DIRECTIVE_VERBS, *_TABLE_VERBS)
                                                   if v not in ("bao cao", "trinh", "gui")], space=" ") + r")\b")


def _opens_task(cell: str) -> bool:
    return bool(_TASK_OPENING.match(fold(cell))) and len(cell.split()) >= 6


def read_tables(text: str, same: str | None = None) -> list[TableRow]:
    """Rows of every task table in `text` whose rows are spread over lines, and of key-value records."""
    lines = _lines(text, same)
    rows: list[TableRow] = []
    i = 0
    while i < len(lines):
        header = _header(lines, i) if _labels_in(lines[i][2]) or "|" in lines[i][1] else None
        if header is None:
            i += 1
            continue
        columns, i = header
        if "|" in lines[i - 1][1] and i < len(lines) and lines[i][1].count("|") >= 3:
            continue  # whole `|` rows: read elsewhere
        current: tuple[str, int, list[str], int] | None = None  # number, start, lines, first line index
        while i < len(lines):
            offset, line, _ = lines[i]
            s = line.strip()
            if _labels_in(lines[i][2]) and _mostly_labels(s) and _header(lines, i):
                # the header repeated after a page break; the row it cut goes on below it
                _, i = _header(lines, i)
                continue
            if _table_ends(s):
                break
            m = ROW_NUMBER.match(line)
            shared = None if m else _NUMBER_THEN_TEXT.match(line)
            if shared and not (current and current[0].rstrip(".").isdigit()
                               and int(shared.group(1)) == int(current[0].rstrip(".")) + 1):
                shared = None  # "4  Đề án …" opens row 4 only right after row 3
            if m:
                if current:
                    rows.extend(_rows(current, columns, lines, i))
                current = (m.group(1), offset, [], i + 1)
            elif shared:
                rows.extend(_rows(current, columns, lines, i))
                current = (shared.group(1), offset, [(offset + shared.end(), line[shared.end():])], i + 1)
            elif current:
                current[2].append((offset, line))
            i += 1
        if current:
            rows.extend(_rows(current, columns, lines, i))
    rows.extend(_key_value_records(lines))
    return [r for r in rows if r.cells.get("content") and r.cells.get("owner")]  # a row without a lead: a group title


def _rows(current, columns, lines, end_index) -> list[TableRow]:
    """The row begun at a row number (and any the conversion ran into it), each spanning its own lines."""
    number, start, row_lines, _first = current
    end = lines[end_index - 1][0] + len(lines[end_index - 1][1]) if end_index - 1 < len(lines) else start
    found = _row_cells([line for _, line in row_lines], columns)
    rows = []
    for k, (first_line, cells) in enumerate(found):
        row_start = start if k == 0 else row_lines[first_line][0]
        row_end = row_lines[found[k + 1][0]][0] if k + 1 < len(found) else end
        rows.append(TableRow(number.rstrip(".") + ("" if k == 0 else f"+{k}"), cells, row_start, row_end))
    return rows


def _table_ends(s: str) -> bool:
    f = fold(s)
    return bool(re.match(r"^(noi nhan|kinh gui|t/m|k/t|tm\.|kt\.|phu luc\b|dieu \d+\.)", f)) or len(s) > 220


# a line that opens something new: a numbered item or section ("2.", "III.", "b)"), an article
_NOT_A_WRAPPED_VALUE = re.compile(r"^\s*(?:\d+\.|Điều|[IVXLC]+\.|[a-zđ]\))")


def _key_value_records(lines: list[tuple[int, str, str]]) -> list[TableRow]:
    """'Tên nhiệm vụ: …' then 'Cơ quan chủ trì: …' … on the following lines (values may wrap)."""
    rows: list[TableRow] = []
    current: dict[str, str] | None = None
    start = end = 0
    last_key = None
    for offset, line, _ in lines:
        m = KEY_VALUE.match(line)
        if m:
            key = _KEY_COLUMN[fold(m.group("key")).strip()]
            if key == "content":
                if current and current.get("owner"):
                    rows.append(TableRow(str(len(rows) + 1), current, start, end))
                current, start = {}, offset
            if current is not None:
                current[key] = m.group("value").strip()
                last_key = key
            end = offset + len(line)
        elif current is not None and last_key and line.strip() and not _NOT_A_WRAPPED_VALUE.match(line):
            current[last_key] += " " + line.strip()
            end = offset + len(line)
        elif current is not None and not line.strip():
            last_key = None  # a value wraps onto the lines right below it, not across a blank line
            continue
        else:
            last_key = None
    if current and current.get("owner"):
        rows.append(TableRow(str(len(rows) + 1), current, start, end))
    return rows


# --- tables whose cells are separated by '|' ------------------------------------------------------------

def _is_pipe_line(line: str) -> bool:
    return line.count("|") >= 1 and not set(line.strip()) <= set("|-: ")


def read_pipe_tables(text: str, same: str | None = None) -> list[TableRow]:
    """Rows of '|' tables: Markdown rows ('| 1 | … | … |', one row a line) and flattened ones where a row wraps
    over lines ('1 | … | Lãnh đạo' / 'Sở Y tế | Quý I'): cells are read as a stream and cut into rows by the
    header's column count. The header may wrap too ('TT | Nội dung | Trách nhiệm' / 'thực hiện | Thời gian')."""
    lines = _lines(text, same)
    rows: list[TableRow] = []
    i = 0
    while i < len(lines):
        offset, line, _ = lines[i]
        if not _is_pipe_line(line) or not _labels_of_cells(line):
            i += 1
            continue
        # gather the header: pipe lines until the labels cover an owner and a content (or number) column
        head_cells: list[str] = []
        j = i
        while j < len(lines) and j - i < 4 and (_is_pipe_line(lines[j][1]) or not lines[j][1].strip()):
            head_cells = _join_stream(head_cells, lines[j][1], markdown=lines[j][1].lstrip().startswith("|"))
            cols = _columns(head_cells)
            j += 1
            if "owner" in cols and ({"content", "number"} & set(cols)) and \
                    not (j < len(lines) and _continues_header(lines[j][1])):
                break
        # a second header row under merged cells (' |  |  | Đơn vị chủ trì | Đơn vị phối hợp')
        if j < len(lines) and _is_pipe_line(lines[j][1]) and _labels_of_cells(lines[j][1]) and \
                not ROW_NUMBER.match(lines[j][1].split("|")[0] + " "):
            lower = [p.strip() for p in lines[j][1].split("|")]
            head_cells = [lo or (head_cells[k] if k < len(head_cells) else "") for k, lo in enumerate(lower)] \
                if len(lower) >= len(head_cells) else head_cells
            j += 1
        cols = _columns(head_cells)
        if "owner" not in cols or not ({"content", "number"} & set(cols)):
            i += 1
            continue
        width = len(cols)
        markdown = lines[i][1].lstrip().startswith("|")
        first_row = len(rows)  # rows of earlier tables of the text come before this one's
        stream: list[str] = []
        row_start = None
        # a time column before the task column orders the plan by time: an empty time cell is a merged one
        time_first = "deadline" in cols and "content" in cols and cols.index("deadline") < cols.index("content")
        carried: str | None = None
        i = j
        while i < len(lines):
            offset, line, _ = lines[i]
            s = line.strip()
            if not s:
                i += 1
                if markdown:
                    break
                continue
            if set(s) <= set("|-: "):
                i += 1
                continue
            if "|" not in line and (markdown or not stream):
                if len(s) < 40 and len(rows) == first_row and not stream:
                    head_cells.append(s)  # "(Năm 2026)" under a header cell
                    i += 1
                    continue
                break
            first_cell = line.split("|")[0].strip()
            if not markdown and len(line.split("|")) == width and len(stream) < width - 1:
                # a whole row on its line: what was gathered before it was a section row ("I | GIAI ĐOẠN CHUẨN BỊ")
                if stream:
                    carried = None  # a new section of the timeline: the time above does not run on
                stream, row_start = [], None
                rows.append(_pipe_row([p.strip() for p in line.strip().split("|")], cols, offset,
                                      offset + len(line), len(rows) + 1))
                rows[-1].year = _header_year(head_cells)
                if time_first:
                    carried = rows[-1].cells.get("deadline") or carried
                    rows[-1].cells.setdefault("deadline", carried or "")
                i += 1
                continue
            if stream and not markdown and len(stream) >= width - 1 and (not first_cell or ROW_NUMBER.match(first_cell)):
                rows.append(_pipe_row(stream[:width], cols, row_start, offset, len(rows) + 1))
                stream, row_start = [], None
            if row_start is None:
                row_start = offset
            stream = _join_stream(stream, line, markdown) if stream or markdown else \
                [p.strip() for p in line.strip().split("|")]
            i += 1
            if len(stream) >= width or markdown:
                rows.append(_pipe_row(stream[:width], cols, row_start, offset + len(line), len(rows) + 1))
                rows[-1].year = _header_year(head_cells)
                stream, row_start = [], None
    return [r for r in rows if r.cells.get("content") and r.cells.get("owner")]


def _header_year(head_cells: list[str]) -> int | None:
    m = re.search(r"\b(20\d\d)\b", " ".join(head_cells))
    return int(m.group(1)) if m else None


def _columns(head_cells: list[str]) -> list[str]:
    """Column names; of several lead columns the one saying 'chủ trì' leads (the others: 'owner-else', read
    when the lead cell of a row is empty)."""
    cols = [(_labels_of(c) or ["?"])[0] for c in head_cells]
    leads = [k for k, c in enumerate(cols) if c == "owner"]
    if len(leads) > 1:
        keep = next((k for k in leads if "chu tri" in fold(head_cells[k])), leads[-1])
        cols = [("owner-else" if c == "owner" and k != keep else c) for k, c in enumerate(cols)]
    if cols and cols[0] == "?" and re.fullmatch(r"s?tt", fold(head_cells[0]).strip()):
        cols[0] = "number"
    return cols


def _labels_of_cells(line: str) -> list[str]:
    return [name for cell in line.split("|") for name in _labels_of(cell)]


def _continues_header(line: str) -> bool:
    """'thực hiện | Thời gian' under 'TT | Nội dung | Trách nhiệm': a header wrapped onto the next line."""
    first = line.split("|")[0].strip()
    return bool(first) and first[:1].islower() and len(first) < 30


def _join_stream(cells: list[str], line: str, markdown: bool) -> list[str]:
    parts = [p.strip() for p in line.strip().split("|")]
    if markdown:
        return [p for p in parts[1:-1]] if line.strip().startswith("|") and line.strip().endswith("|") else \
            [p for p in parts if p]
    if cells and parts:
        cells = cells[:-1] + [(cells[-1] + " " + parts[0]).strip()]
        parts = parts[1:]
    return cells + parts


def _pipe_row(cells: list[str], cols: list[str], start: int, end: int, ordinal: int) -> TableRow:
    out: dict[str, str] = {}
    number = str(ordinal)
    for name, cell in zip(cols, cells, strict=False):
        if name == "number":
            number = cell.strip(" .") or number
        elif name in ("content", "owner", "collaborator", "product", "deadline", "owner-else") and cell:
            out[name] = (out.get(name, "") + " " + cell).strip()
    if "owner-else" in out:
        other = out.pop("owner-else")
        out.setdefault("owner", other)  # "04/2027 | Phê duyệt … | Thủ tướng Chính phủ |  | "
    return TableRow(number, out, start, end)
