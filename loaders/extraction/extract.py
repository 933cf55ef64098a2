"""Extraction: a file's segments → Document records (metadata, references, recipients, tasks, targets).

Rules only: symbols, dates, header blocks, signature blocks and directive sentences are read by the
patterns of the genre; nothing here knows the sample corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dkg.errors import ExtractionError
from loaders.extraction import header as hdr
from loaders.extraction import segment as seg
from loaders.extraction.alternation import trie_pattern
from loaders.extraction.dates import NUMERIC_DATE_RE, WORD_DATE_RE, make_date
from loaders.extraction.furniture import Furniture, strip_furniture
from loaders.extraction.resolve import (
    Context,
    authority,
    context_for,
    defined_names,
    find_mentions,
    named_bodies,
    unresolved_body,
)
from loaders.extraction.structure import parse_blocks
from loaders.extraction.targets import extract_targets
from loaders.extraction.tasks import extract_tasks
from loaders.read import Text
from loaders.records import BodyRef, Document, Receipt, Reference, SourceSpan
from loaders.vntext import fold, title_case

TYPE_WORDS = hdr.TYPE_WORDS
_TYPE_HEADING_RE = re.compile(r"^\s*[#*]*\s*(" + "|".join(w.upper() for w in TYPE_WORDS) + r")\b(?P<rest>.*)$",
                              re.MULTILINE)
_REF_RE = re.compile(r"(?P<type>" + trie_pattern(TYPE_WORDS, space=" ") + r")\s+(?:số\s*)?(?:" + hdr.SYMBOL + r")"
                     r"(?P<tail>(?:\s*,?\s*(?:ngày|\()\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\)?)?)", re.IGNORECASE)
_CAPACITY_RE = re.compile(r"^\s*[*_]*\s*(T/M|TM\.|K/T|KT\.|T/L|TL\.|Q\.|TUQ\.)\s*(?P<body>.+?)\s*[*_]*\s*$",
                          re.MULTILINE)
_PERSON_RE = re.compile(r"^[*_\s]*(?:\(?Đã ký\)?:?\s*)?(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})"
                        r"[*_\s]*$", re.MULTILINE)
_RECEIPT_RE = re.compile(r"ĐẾN(?:\s+QUA\s+MẠNG)?\s*(?:Số\s*:?\s*(?P<num>\d+))?\s*(?:Ngày\s*:?\s*(?P<date>"
                         r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}))?", re.IGNORECASE)
_RECIPIENT_HEAD_RE = re.compile(r"^\s*[-*_]*\s*(Kính gửi|Nơi nhận)\s*[:：]?", re.IGNORECASE | re.MULTILINE)
_COPY_KIND_RE = re.compile(r"\b(SAO Y BẢN CHÍNH|SAO Y|SAO LỤC|TRÍCH SAO)\b", re.IGNORECASE)

RELATION_CUES = [  # (folded cue, relation); the nearest cue before a reference decides
    ("tiep tuc thuc hien", "continues"), ("sao gui", "forwards"), ("sao y", "copy_of"), ("sao luc", "copy_of"),
    ("can cu", "cites"), ("gan voi", "cites"), ("theo", "cites"), ("thuc hien", "implements"),
    ("trien khai", "implements"), ("cu the hoa", "implements"), ("quan triet", "implements"),
]


@dataclass
class FileResult:
    file: str
    documents: list[Document] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # the file failed: nothing of it is loaded
    warnings: list[str] = field(default_factory=list)


def extract_text(text: Text) -> FileResult:
    """Every document of one file. No file is refused for its header: what cannot be read is a warning;
    a segment that fails (an impossible date …) makes the file fail, so nothing half-read is loaded."""
    result = FileResult(text.file)
    name = Path(text.file).name
    furniture = strip_furniture(text)
    text = furniture.text
    previous_work: Document | None = None
    for s in seg.split(text):
        try:
            doc = _extract_segment(text, s, previous_work, furniture)
        except ExtractionError as e:
            result.errors.append(f"{name}: {e}")
            continue
        result.warnings.extend(f"{name}: line {text.line_of(s.start)}: {w}" for w in _missing(doc, s))
        result.documents.append(doc)
        if doc.authoritative and doc.doc_type != "Bản sao" and doc.symbol:
            previous_work = doc
    if result.errors:
        result.documents = []  # nothing of a failed file reaches Neo4j
    return result


def _missing(doc: Document, s: seg.Segment) -> list[str]:
    """What a document's header did not give (reported as load warnings)."""
    if not doc.authoritative:
        return []
    out = []
    if s.kind == "headerless":
        out.append("no document header found (no number and symbol, no national motto or party line); "
                   "read as one document with what the text gives")
    missing = [label for label, value in (("number and symbol", doc.symbol), ("issuer", doc.issuer),
                                           ("date", doc.date)) if not value]
    if doc.doc_type == "Văn bản":
        missing.append("document type")
    if missing:
        label = doc.symbol or doc.title or doc.doc_type
        out.append(f"{label}: header gives no {', '.join(missing)}")
    return out


@lru_cache(maxsize=256)
def _base_name(file: str) -> str:
    return Path(file).name  # asked for every task's span: pathlib is slow enough to show in a profile


def _span(text: Text, start: int, end: int) -> SourceSpan:
    while start < end and text.text[start].isspace():
        start += 1
    while end > start and text.text[end - 1].isspace():
        end -= 1
    rs, re_ = text.raw_span(start, end)
    return SourceSpan(_base_name(text.file), rs, re_, text.raw[rs:re_], text.sha256, text.page_of(rs))


def _extract_segment(text: Text, s: seg.Segment, previous_work: Document | None,
                     furniture: Furniture | None = None) -> Document:
    body = text.text[s.start:s.end]
    line_no = text.line_of(s.start)
    where = f"line {line_no}: "
    source = _span(text, s.start, s.end)
    if s.kind in ("press", "commentary"):
        title = _first_title(body)
        doc = Document(symbol=None, doc_type="Bài báo" if s.kind == "press" else "Bình luận", authoritative=False,
                       title=title, sources=[source])
        doc.references = _references(body, None, intro_only=False)
        return doc
    header = _header_zone(body, (s.symbol_at - s.start) if s.symbol_at is not None else 0)
    hit = _symbol_hit(body, header, s)
    symbol = hit.symbol if hit else None
    doc_type = _doc_type(hit, header, s.kind)
    date, place = _doc_date(body, header, where, furniture, symbol)
    issuer = _issuer(body, header, doc_type, symbol=symbol)
    if issuer is None and furniture and furniture.stamp_names:
        issuer = _stamp_issuer(furniture.stamp_names)
    ctx = context_for(issuer, header.splitlines())
    if issuer is not None and not issuer.resolved:
        # re-read the issuer with the context of the header (a Văn phòng under a Tỉnh ủy …)
        issuer = _issuer(body, header, doc_type, ctx, symbol=symbol) or issuer
    symbol = _restore_symbol_letters(symbol, issuer)
    signer, capacity, signer_post = _signature(body)
    subject = _subject(body, header, doc_type)
    doc = Document(symbol=symbol, doc_type=doc_type, authoritative=True, issuer=issuer, date=date, place=place,
                   signer=signer, signer_capacity=capacity, signer_post=signer_post,
                   subject=subject, sources=[source])
    if symbol is None:
        # a draft or an unnumbered text: its identity is its type, issuer and subject, never a cited symbol
        doc.title = " — ".join(x for x in (issuer.name if issuer else None, subject) if x)[:200] or None
    doc.recipients = _recipients(body, ctx)
    doc.receipts = _receipts(text, s.start, body, ctx)
    if doc_type == "Bản sao":
        m = _COPY_KIND_RE.search(body)
        doc.copy_kind = m.group(1).capitalize() if m else None
        note = re.search(r"^[\s*_]*(Sao|Trích sao)\s+([^\n]+)", body, re.MULTILINE)
        doc.subject = re.sub(r"[*_]", "", note.group(0)).strip() if note else None
        doc.copy_of = previous_work.symbol if previous_work else None
        if doc.copy_of is None:
            refs = _references(body, symbol, intro_only=False)
            doc.copy_of = refs[0].symbol if refs else None
        if doc.copy_of:
            doc.references = [Reference(doc.copy_of, "copy_of")]
        return doc
    doc.references = _references(body, symbol, intro_only=False)
    ctx.known = named_bodies(body, ctx, text.folded[s.start:s.end])
    ctx.defined = defined_names(body)
    blocks = parse_blocks(body, base=s.start)
    doc.tasks = extract_tasks(text, blocks, doc, ctx, _span)
    doc.targets = extract_targets(text, blocks, doc, _span)
    return doc


# --- header ----------------------------------------------------------------------------------------


def _header_zone(body: str, anchor: int = 0) -> str:
    """Every line down to the header's anchor (its symbol line), then down to the first real paragraph
    (issuer block, symbol, place and date, type heading)."""
    out = []
    pos = 0
    for line in body.splitlines(keepends=True):
        at_anchor = pos <= anchor < pos + len(line)
        pos += len(line)
        if pos <= anchor:
            out.append(line)
            continue
        if len(line.strip()) > 220 and out and not at_anchor:
            break
        out.append(line)
        if len(out) > 40 and pos > anchor:
            break
    return "".join(out)


def _symbol_hit(body: str, header: str, s: seg.Segment) -> hdr.SymbolHit | None:
    """The document's own symbol: its "Số" line, a blank draft number, a bare symbol line, or a Markdown
    title naming it ("# Nghị quyết số 12-NQ/TW"). Never a document the text cites."""
    hit = hdr.find_symbol(header)
    if hit is not None and hit.symbol is None and hit.code:
        titled = _titled_symbol(body[:max(0, hit.start)], hit)
        if titled is not None:
            return titled
    if hit is not None and (s.symbol is None or hit.symbol == s.symbol):
        return hit
    if s.symbol:
        m = hdr.SYMBOL_LINE_RE.search(body)
        if m is not None and hdr.normalise_symbol(m) == s.symbol:
            return hdr.hit_of(m)
        return hdr.SymbolHit(s.symbol, None, False, 0, 0)
    first = body.strip().splitlines()[0] if body.strip() else ""
    m = re.match(r"^#\s+(?:" + "|".join(TYPE_WORDS) + r")\s+(?:số\s*)?(?:" + hdr.SYMBOL + ")", first)
    if m:
        return hdr.hit_of(m)
    top = "\n".join(header.splitlines()[:20])
    return hdr.find_bare_symbol(top)


def _titled_symbol(above: str, blank: hdr.SymbolHit) -> hdr.SymbolHit | None:
    """A blank number completed by a title line above the header that names this very document: same type
    code, same issuer abbreviation ('# CHƯƠNG TRÌNH … SỐ 45-CTr/TU …' over 'Số     -CTr/TU')."""
    for m in re.finditer(hdr.SYMBOL, above):
        hit = hdr.hit_of(m)
        if hit.code == blank.code and hit.party == blank.party and hit.symbol and \
                hit.symbol.rsplit("/", 1)[-1] == (blank.org or ""):
            return hit
    return None


def _doc_type(hit: hdr.SymbolHit | None, header: str, kind: str) -> str:
    """From the symbol's type code, else the title line ('KẾ HOẠCH', OCR-tolerant), else 'V/v' (a letter)."""
    if kind == "copy":
        return "Bản sao"
    by_symbol = hdr.symbol_type(hit)
    if by_symbol and by_symbol != "Công văn":
        return by_symbol
    for line in header.splitlines():
        by_title = hdr.title_type(line)
        if by_title:
            return by_title
    if by_symbol:
        return by_symbol
    if re.search(r"^[\s|*_]*V/v\b", header, re.MULTILINE | re.IGNORECASE):
        return "Công văn"
    return "Văn bản"


def _doc_date(body: str, header: str, where: str, furniture: Furniture | None = None,
              symbol: str | None = None) -> tuple[str | None, str | None]:
    """The place-and-date line of the header; blank in a draft → None; unreadable (OCR) → the signature
    stamp's date; no such line at all → the date the opening gives next to the document's own symbol,
    or of the decision it is attached to ('Ban hành kèm theo Quyết định số … ngày …'); else None —
    never the date of a document it cites."""
    found = hdr.find_place_date(header) or hdr.find_place_date(body[:3000])
    if found is not None:
        if found.ymd:
            y, m, d = found.ymd
            return make_date(y, m, d, where), found.place
        if not found.blank and furniture and furniture.stamp_dates:
            y, m, d = furniture.stamp_dates[0]
            return make_date(y, m, d, where), found.place
        own = _own_symbol_date(body, symbol, where) if symbol else None
        return own, found.place
    attached = _ATTACHED_RE.search(header)
    if attached:
        m = WORD_DATE_RE.search(attached.group("date")) or NUMERIC_DATE_RE.search(attached.group("date"))
        if m:
            return make_date(int(m["y"]), int(m["m"]), int(m["d"]), where), None
    return (_own_symbol_date(body, symbol, where) if symbol else None), None


def _own_symbol_date(body: str, symbol: str, where: str) -> str | None:
    """'… số 12-NQ/TW (ngày 05/3/2026)', '… SỐ 45-CTr/TU NGÀY 9/4/2026': the date written next to the
    document's own symbol in its opening."""
    own = re.escape(symbol).replace(r"\-", r"\s*-\s*").replace("/", r"\s*/\s*")
    m = re.search(own + r"\s*,?\s*\(?\s*(?P<date>ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|"
                  r"(?:ngày\s*)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})", body[:3000], re.IGNORECASE)
    if not m:
        return None
    d = re.search(r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", m.group("date"), re.IGNORECASE) \
        or NUMERIC_DATE_RE.search(m.group("date"))
    return make_date(int(d["y"]), int(d["m"]), int(d["d"]), where)


# "(Ban hành kèm theo Quyết định số 500/QĐ-TTg ngày 04 tháng 5 năm 2026 của Thủ tướng Chính phủ)"
_ATTACHED_RE = re.compile(r"kèm\s+theo\s+(?:" + "|".join(TYPE_WORDS) + r")\s+(?:số\s*)?(?P<symbol>" + hdr.SYMBOL.replace(
    "?P<", "?P<a_") + r")\s*,?\s*(?P<date>ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|(?:ngày\s*)?\d{1,2}\s*/\s*"
    r"\d{1,2}\s*/\s*\d{4})", re.IGNORECASE)


def _stamp_issuer(names: tuple[str, ...]) -> BodyRef | None:
    """The body a digital-signature stamp names, when the header's issuer block cannot be read (OCR)."""
    for name in names:
        refs = [r.ref for r in find_mentions(name) if r.ref.kind == "body"]
        if refs:
            return refs[-1]
    return None


def _issuer(body: str, header: str, doc_type: str, ctx: Context | None = None,
            symbol: str | None = None) -> BodyRef | None:
    """Who issues the document, in the standards' order of evidence: the body a 'T/M' signature acts for
    (a committee, not its Ban Thường vụ), a '<TYPE> CỦA <body>' title, the issuer block of the header
    (a body, or a post such as 'THỦ TƯỚNG CHÍNH PHỦ'), and last 'của <body>' after the document's own
    symbol in its opening. Never the issuer of a document it cites."""
    ctx = ctx or Context()
    block_ref = _block_issuer(_issuer_block(header), ctx)
    signed = _signed_for(body, ctx)
    if signed is not None:
        if block_ref is not None and _acts_for_committee(signed):
            return block_ref
        return signed
    titled = _titled_issuer(header)
    if titled:
        refs = find_mentions(title_case(titled), ctx)
        if refs and refs[0].ref.kind == "body":
            return block_ref if block_ref is not None and _acts_for_committee(refs[0].ref) else refs[0].ref
    if block_ref is not None:
        return block_ref
    if symbol:
        own = re.escape(symbol).replace(r"\-", r"\s*-\s*").replace("/", r"\s*/\s*")
        m = re.search(own + r"[^\n]{0,60}?của\s+([A-ZĐ][^,.;()\n]{3,80})", body[:2000])
        if m:
            refs = find_mentions(m.group(1), ctx)
            if refs and refs[0].ref.kind == "body":
                return refs[0].ref
    return None


def _titled_issuer(header: str) -> str | None:
    """'KẾT LUẬN / CỦA BỘ CHÍNH TRỊ' (the title line, OCR-tolerant, then 'CỦA …' on it or the next line)."""
    lines = [line.strip(" *_#|") for line in header.splitlines()]
    for i, line in enumerate(lines):
        if not hdr.title_type(line.split(" CỦA ")[0].split(" CUA ")[0]):
            continue
        m = re.search(r"\sC[ỦUỤÙ]A\s+(.+)$", line) or (re.match(r"C[ỦUỤÙ]A\s+(.+)$", lines[i + 1])
                                                         if i + 1 < len(lines) else None)
        if m:
            return m.group(1).strip(" *")
    return None


def _signed_for(body: str, ctx: Context) -> BodyRef | None:
    """The body a 'T/M <body>' (thay mặt) signature acts for, also where conversion put it mid-line."""
    found = [m.group("body") for m in _CAPACITY_RE.finditer(body) if m.group(1).upper() in ("T/M", "TM.")]
    found += [m.group("body") for m in _INLINE_TM_RE.finditer(body)]
    for name in found:
        refs = find_mentions(title_case(name), ctx)
        if refs and refs[0].ref.kind == "body":
            return refs[0].ref
    return None


_INLINE_TM_RE = re.compile(r"\S[ \t]+(?:T/M|TM\.)[ \t]*(?P<body>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,]{3,80}?)[ \t*_]*$", re.MULTILINE)


def _acts_for_committee(ref: BodyRef) -> bool:
    """'T/M BAN THƯỜNG VỤ', 'T/M THƯỜNG TRỰC': the standing organ signs for the committee that issues."""
    return fold(ref.name).startswith(("ban thuong vu", "thuong truc", "ban thuong truc"))


def _block_issuer(block: str | None, ctx: Context) -> BodyRef | None:
    """The issuing body (or post) the issuer block names: its lowest line, read whole."""
    if not block:
        return None
    lines = block.splitlines()
    last = lines[-1]
    mentions = [r for r in find_mentions(last, ctx) if r.ref.kind in ("body", "post")]
    if mentions:
        best = max(mentions, key=lambda x: (x.end - x.start, x.start))
        if best.end - best.start >= len(last.strip()) * 0.6:
            return best.ref
    guess = unresolved_body(last)
    if guess is not None:
        return guess
    if mentions:
        return mentions[-1].ref
    for line in reversed(lines[:-1]):
        mentions = [r for r in find_mentions(line, ctx) if r.ref.kind in ("body", "post")]
        if mentions:
            return mentions[-1].ref
    return None


_NOT_ISSUER = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập|^ĐẾN\b|\bSố\s*:?\s*\d|^Ngày\b|"
                         r"^Chuyên\b|SAO Y|SAO LỤC|^\*$|^-+$", re.IGNORECASE)
_COMMITTEE_LINE = re.compile(r"^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)\s+(?P<level>TỈNH|THÀNH PHỐ|HUYỆN|"
                             r"QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?P<place>.+)$")


def _issuer_block(header: str) -> str | None:
    """The issuer block above the symbol (NĐ 30: parent body over the issuing body; HD 36: the committee over
    its unit), cell by cell when conversion flattened the two header columns, as display names, one per
    line with the issuing body last ('Phòng Tài chính - Kế hoạch huyện Đông Sơn')."""
    lines: list[str] = []
    for raw in header.splitlines():
        # flattened columns: '|' cells, or runs of spaces in a fixed-width conversion
        cells = [hdr.cut_fixed_words(re.sub(r"[-_=—]{3,}|[*_#]", " ", c).strip()) or c.strip()
                 for c in re.split(r"\||\s{3,}", raw)]
        line = " ".join(c for c in cells if c)
        if re.search(r"\bSố\s*:?\s*\d", line) or hdr.BLANK_SYMBOL_RE.search(raw) or hdr.OCR_SYMBOL_RE.search(raw):
            before = line[:line.index("Số")].strip(" |*") if "Số" in line else ""
            if before and before.isupper() and not lines and not _NOT_ISSUER.search(before):
                lines.append(before)
            break
        kept = [c for c in cells if c and not _NOT_ISSUER.search(c)]
        if not kept:
            if lines and any(_NOT_ISSUER.search(c) for c in cells if c):
                break
            continue
        upper = [c for c in kept if _mostly_upper(c) and not hdr.title_type(c)
                 and not re.match(r"(KHÓA|KHOÁ|NHIỆM KỲ|KỲ HỌP)\b", c)]  # a council's term, not its name
        if upper:
            lines.extend(re.sub(r"\s+", " ", c) for c in upper)
        elif lines:
            break
    if not lines:
        return None
    joined: list[str] = []
    for line in lines:
        if joined and (not _ORG_START.match(line) or joined[-1].endswith((",", " VÀ"))):
            joined[-1] += " " + line  # a name split over lines
        elif joined:
            joined.append(_unit_of(line, joined[-1]))
        else:
            joined.append(line)
    return "\n".join(_display(j) for j in joined)


# Words an organisation's name starts with; an issuer-block line starting otherwise continues the name above.
_ORG_START = re.compile(r"(?:BAN|BỘ|SỞ|PHÒNG|VĂN PHÒNG|(?:ỦY|UỶ) BAN|UBND|HĐND|HỘI ĐỒNG|ĐẢNG (?:ỦY|UỶ|BỘ|ĐOÀN)|"
                        r"(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) (?:ỦY|UỶ)|CHI BỘ|CHÍNH PHỦ|THỦ TƯỚNG|CHỦ TỊCH|VỤ|CỤC|TỔNG CỤC|"
                        r"CHI CỤC|VIỆN|TRƯỜNG|TRUNG TÂM|CÔNG AN|KHO BẠC|TÒA ÁN|QUỐC HỘI|MẶT TRẬN|ĐOÀN|HỘI|LIÊN ĐOÀN|"
                        r"TẬP ĐOÀN|TỔNG CÔNG TY|CÔNG TY|BỆNH VIỆN|ĐẠI HỌC|HỌC VIỆN|THANH TRA|KIỂM TOÁN|NGÂN HÀNG)\b")


def _unit_of(unit: str, parent: str) -> str:
    """A unit line under its parent, named in full: 'VĂN PHÒNG' under 'BAN CHẤP HÀNH TRUNG ƯƠNG' is the
    Văn phòng Trung ương Đảng; 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' under 'UBND HUYỆN X' is that of huyện X."""
    if "TRUNG ƯƠNG" in unit or re.search(r"\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG)\b|ỦY\b|UỶ\b", unit) \
            and not unit.startswith(("VĂN PHÒNG", "BAN ")):
        return unit
    if parent.startswith("BAN CHẤP HÀNH TRUNG ƯƠNG"):
        return "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG" if unit == "VĂN PHÒNG" else f"{unit} TRUNG ƯƠNG"
    m = _COMMITTEE_LINE.match(parent)
    if m:
        return f"{unit} {m.group('level')} {m.group('place')}"
    if re.fullmatch(r"(VĂN PHÒNG|BAN [A-ZĐÀ-Ỹ ]+)", unit):
        return f"{unit} {parent}"
    return unit


def _mostly_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.85


def _display(upper: str) -> str:
    """'PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN ĐÔNG SƠN' → 'Phòng Tài Chính - Kế Hoạch huyện Đông Sơn' (near enough to
    how names are written; the resolver gives authority names where it knows the body)."""
    words = title_case(upper).split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        place_word = low in ("tỉnh", "huyện", "quận", "xã", "phường") and i + 1 < len(words) \
            and words[i + 1].lower() not in ("ủy", "uỷ")  # "huyện Đông Sơn", but "Huyện ủy"
        if i > 0 and (low in ("và", "về", "của", "các") or place_word):
            out.append(low)
        else:
            out.append(w)
    return " ".join(out)


def _restore_symbol_letters(symbol: str | None, issuer: BodyRef | None) -> str | None:
    """'12-TB/BCDTW' → '12-TB/BCĐTW' when the issuer's abbreviation is spelt with Đ."""
    if not symbol or issuer is None or "/" not in symbol:
        return symbol
    head, org = symbol.rsplit("/", 1)
    for label in authority().labels.get(issuer.key, []):
        if " " not in label and label != org and fold(label) == fold(org):
            return f"{head}/{label}"
    return symbol


def _signature(body: str) -> tuple[str | None, str | None, str | None]:
    capacity = None
    post = None
    cap_match = None
    for m in _CAPACITY_RE.finditer(body):
        cap_match = m
    tail_start = cap_match.start() if cap_match else max(0, len(body) - 1500)
    if cap_match:
        capacity = f"{cap_match.group(1).replace('.', '/').rstrip('/')} {title_case(cap_match.group('body'))}"
    tail = body[tail_start:]
    name = None
    for m in _PERSON_RE.finditer(tail):
        candidate = m.group("name")
        if not re.match(r"(Nơi|Kính|Lưu|Như|Hà Nội|Các)\b", candidate) and not find_mentions(candidate):
            name = candidate
    post_m = re.search(r"^\s*[*_]*\s*((?:PHÓ\s+)?(?:CHÁNH VĂN PHÒNG|TRƯỞNG BAN|BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|"
                       r"TỔNG BÍ THƯ|THỦ TƯỚNG))", tail, re.MULTILINE)
    if post_m:
        post = title_case(post_m.group(1))
    if name is None and re.search(r"Đã ký:\s*([A-ZĐÀ-Ỹ][^\n]+)", body):
        name = re.search(r"Đã ký:\s*([A-ZĐÀ-Ỹ][^\n]+)", body).group(1).strip(" *")
    return name, capacity, post


def _subject(body: str, header: str, doc_type: str) -> str | None:
    m = re.search(r"^\s*V/v\s+(.+(?:\n(?![ \t]*\n)[^\n]+)?)", header, re.MULTILINE)
    if m:
        return re.sub(r"\s+", " ", m.group(1)).strip(" *")
    m = _TYPE_HEADING_RE.search(header)
    if m:
        after = header[m.end():].strip().split("\n\n")
        for chunk in after:
            chunk = re.sub(r"\s+", " ", chunk).strip(" *_")
            if chunk and not chunk.isupper() or (chunk and chunk.startswith("VỀ")):
                return chunk[:400]
    first = body.strip().splitlines()[0].strip("# *") if body.strip() else None
    return first


def _first_title(body: str) -> str:
    for line in body.strip().splitlines():
        line = line.strip("# *_").strip()
        if len(line) > 8:
            return line[:160]
    return "(untitled)"


def _recipients(body: str, ctx: Context) -> list[BodyRef]:
    out: dict[str, BodyRef] = {}
    for m in _RECIPIENT_HEAD_RE.finditer(body):
        chunk = body[m.end():m.end() + 1200]
        lines = []
        chunk_lines = chunk.splitlines()
        for i, line in enumerate(chunk_lines):
            s = line.strip()
            if not s:
                following = next((x.strip() for x in chunk_lines[i + 1:] if x.strip()), "")
                if lines and (len(lines) > 1 or not following.startswith(("-", "+", "*", "–"))):
                    break
                continue
            if not (s.startswith(("-", "*", "+", "–")) or not lines or lines and len(s) < 120) or \
                    re.match(r"^(T/M|K/T|T/L|SAO|Hà Nội|[A-ZĐ][a-zà-ỹ]+ [A-ZĐ][a-zà-ỹ]+, ngày)", s):
                break
            lines.append(s)
        for line in lines:
            if re.match(r"^[-*+–\s]*(Lưu|Như trên|Như Kính gửi)", line, re.IGNORECASE):
                continue
            for mention in find_mentions(line.lstrip("-*+– "), ctx):
                out.setdefault(mention.ref.key, mention.ref)
    return list(out.values())


def _receipts(text: Text, seg_start: int, body: str, ctx: Context) -> list[Receipt]:
    out = []
    for m in _RECEIPT_RE.finditer(body):
        if not (m.group("num") or m.group("date")) or not body[m.start():m.start() + 3].isupper():
            continue
        before = body[max(0, m.start() - 200):m.start()].rstrip().splitlines()
        receiver = None
        for line in reversed(before[-3:]):
            line = re.sub(r"\s*số\s*:?\s*\d+.*$", "", line.strip().strip("*_ "), flags=re.IGNORECASE)
            letters = [c for c in line if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) / len(letters) > 0.85 and len(line) > 6:
                refs = [r.ref for r in find_mentions(title_case(line), ctx) if r.ref.kind == "body"]
                receiver = refs[-1] if refs else unresolved_body(title_case(line))
                if receiver is None or not receiver.resolved:  # a stamp's unknown name, shown as the stamp writes it
                    receiver = BodyRef(name=line, kind="body",
                                       key="unresolved-" + re.sub(r"[^a-z0-9]+", "-", fold(line)).strip("-"),
                                       resolved=False, as_read=line)
                break
        date = None
        if m.group("date"):
            d, mo, y = (int(x) for x in re.split(r"\s*/\s*", m.group("date")))
            date = make_date(y, mo, d, f"line {text.line_of(seg_start + m.start())}: ")
        out.append(Receipt(receiver, m.group("num"), date, _span(text, seg_start + m.start(), seg_start + m.end())))
    return out


def _references(body: str, own_symbol: str | None, intro_only: bool) -> list[Reference]:
    """Documents cited, with the relation the nearest cue before each gives."""
    refs: dict[str, Reference] = {}
    for _sentence_start, sentence in _sentences(body):
        if "/" not in sentence:
            continue  # every symbol has its slash: most sentences cite nothing, told without the regex
        first_ref_end = None
        for m in _REF_RE.finditer(sentence):
            symbol = hdr.normalise_symbol(m)
            if own_symbol and fold(symbol) == fold(own_symbol):
                first_ref_end = first_ref_end or m.end()
                continue
            before = fold(sentence[:m.start()])
            relation, cue_at, cue_end = "cites", -1, -1
            for cue, rel, cue_re in _RELATION_CUE_RES:
                if cue not in before:
                    continue  # the common case, without a regex
                for cm in cue_re.finditer(before):
                    if cm.end() > cue_end or (cm.end() == cue_end and cm.start() < cue_at):
                        relation, cue_at, cue_end = rel, cm.start(), cm.end()
            if first_ref_end is not None and cue_at > len(fold(sentence[:first_ref_end])) - 1 and \
                    relation not in ("cites",):
                continue  # the cue describes the document cited just before, not this one
            date = None
            dm = NUMERIC_DATE_RE.search(m.group("tail") or "")
            if dm:
                try:
                    date = make_date(int(dm["y"]), int(dm["m"]), int(dm["d"]))
                except ExtractionError:
                    date = None
            issuer = None
            after = sentence[m.end():m.end() + 120]
            im = re.match(r"\s*,?\s*(?:ngày[^,]*,\s*)?của\s+([^,;.()]+)", after)
            if im:
                mentions = [x.ref for x in find_mentions(im.group(1)) if x.ref.kind == "body"]
                issuer = mentions[0] if mentions else None
            ref = Reference(symbol, relation, doc_type=m.group("type").capitalize(), date=date, issuer=issuer)
            existing = refs.get(symbol)
            if existing is None or _relation_rank(relation) > _relation_rank(existing.relation):
                refs[symbol] = ref
            first_ref_end = first_ref_end or m.end()
    return list(refs.values())


_RELATION_CUE_RES = [(cue, rel, re.compile(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])")) for cue, rel in RELATION_CUES]


def _relation_rank(rel: str) -> int:
    return {"cites": 0, "implements": 1, "continues": 2, "forwards": 3, "copy_of": 4}[rel]


def _sentences(body: str):
    start = 0
    for m in re.finditer(r"(?<=[.!?;:])\s+(?=[A-ZĐÀ-Ỹ(\-])|\n\s*\n", body):
        yield start, body[start:m.start()]
        start = m.end()
    yield start, body[start:]
