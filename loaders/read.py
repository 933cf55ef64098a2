"""Reading corpus files: bytes → normalised text, keeping the original text and an offset map.

The normalised text is what later stages read (NFC, plain spaces, no Markdown escapes or bold
markers, no zero-width characters). Every position in it maps back to a position in the original
decoded text, so provenance quotes and offsets always point at what the file really says.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from dkg.errors import ReadError
from loaders import formats
from loaders.vntext import fold_same

MAX_BYTES = 20 * 1024 * 1024  # a directive's text is tens of kilobytes; anything this large is not one
MAX_BINARY_BYTES = 100 * 1024 * 1024  # a PDF or Word file (scans and pictures weigh more than their text)

_SPACE_LIKE = {"\u00a0", "\u2007", "\u202f", "\u2002", "\u2003", "\u2009", "\t", "\u3000"}
_DROPPED = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\r", "\x00"}
# characters that look like a hyphen or a slash and are read as one: a symbol typed with a non-breaking
# hyphen, a minus or a full-width slash ("45‑KH∕TU") is the same symbol (one character for one: offsets hold)
_LOOK_ALIKE = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
               "\u2215": "/", "\u2044": "/", "\uff0f": "/", "\u29f8": "/"}
_MD_ESCAPABLE = set("\\`*_{}[]()#+-.!&<>|~\"'")
_VIET_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0323]|[ạ-ỹẠ-Ỹ]")


@dataclass(frozen=True)
class Text:
    """A file's text: `raw` as decoded, `text` normalised, `offsets[i]` = raw index of text[i]."""

    file: str
    raw: str
    text: str
    offsets: array = field(repr=False)
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()  # raw offsets where each page of a PDF starts (empty for other files)

    @cached_property
    def sha256(self) -> str:
        """The digest of the text as decoded: the file's identity in the graph (its name may repeat)."""
        return hashlib.sha256(self.raw.encode("utf-8")).hexdigest()

    @cached_property
    def folded(self) -> str:
        """`text` lower-case and accent-free, one character for one (offsets into it are offsets into `text`):
        folded once for the readers that look through the whole document."""
        return fold_same(self.text)

    def fold_at(self, start: int, s: str) -> str:
        """fold_same(s) for a string `s` that stands at `start` in the text: a slice of `folded` when it does."""
        end = start + len(s)
        return self.folded[start:end] if self.text[start:end] == s else fold_same(s)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw (original) offsets of the normalised slice text[start:end]."""
        return self.offsets[start], self.offsets[end]

    def quote(self, start: int, end: int) -> str:
        rs, re_ = self.raw_span(start, end)
        return self.raw[rs:re_]

    def page_of(self, raw_start: int) -> int | None:
        """1-based PDF page holding raw offset `raw_start`; None for a file without pages."""
        return bisect.bisect_right(self.pages, raw_start) if self.pages else None

    def line_of(self, start: int) -> int:
        """1-based line number in the original file of normalised position `start`."""
        return self.raw.count("\n", 0, self.offsets[start]) + 1


def read_file(path: str | Path) -> Text:
    """Read and normalise one corpus file; ReadError says what is wrong and where."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():  # a folder given where a file was expected, or one that could not be listed
            os.listdir(path)
            raise ReadError(f"{path}: is a folder, not a file")
    except OSError as e:
        raise ReadError(f"{path}: cannot be read ({e.strerror}); nothing in it is loaded") from e
    kind = formats.kind_of(path.name)
    limit = MAX_BINARY_BYTES if kind in ("pdf", "docx") else MAX_BYTES
    if size > limit:
        raise ReadError(f"{path}: {size / 1e6:.1f} MB is too large for a directive "
                        f"(limit {limit // (1024 * 1024)} MiB); split it or check it is the right file")
    try:
        data = path.read_bytes()
    except OSError as e:  # permissions, a file removed or locked while the run goes on
        raise ReadError(f"{path}: cannot be read ({e.strerror}); nothing in it is loaded") from e
    if kind is None:
        raw, encoding, warnings = decode(data, str(path))
        return normalise(raw, file=str(path), encoding=encoding, warnings=warnings)
    converted = formats.convert(data, str(path), kind)
    if len(converted.text) > MAX_BYTES:
        raise ReadError(f"{path}: its text is {len(converted.text) / 1e6:.1f} million characters, too large for "
                        "a directive; split it or check it is the right file")
    _refuse_legacy_font(converted.text, str(path))
    if not converted.text.strip():
        raise ReadError(f"{path}: no text in it")
    return normalise(converted.text, file=str(path), encoding=converted.encoding, warnings=converted.warnings,
                     pages=converted.pages)


def decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (BOM) or Windows-1258; else ReadError."""
    text, encoding, warnings = _decode(data, name)
    if not text.strip("\ufeff\u200b\x00 \t\r\n"):
        raise ReadError(f"{name}: the file is empty (only a byte-order mark or invisible characters)")
    return text, encoding, warnings


def _decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    if not data.strip():
        raise ReadError(f"{name}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ()
        except UnicodeDecodeError as e:
            raise ReadError(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16 ({e})") from e
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        if _looks_like_utf16(data):
            return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"), "utf-16", ()
        raise ReadError(f"{name}: binary content (NUL bytes), not a text document")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        text = data.decode("cp1258", errors="strict") if _cp1258_ok(data) else ""
        if not text or not _VIET_LETTERS.search(text):
            raise ReadError(f"{name}: line {line}: not UTF-8 and not readable as Windows-1258 "
                            "(TCVN3/VNI legacy fonts are not supported: convert the file to Unicode)") from e
        encoding = "cp1258"
        warnings = (f"{name}: not UTF-8; read as Windows-1258",)
    _refuse_legacy_font(text, name)
    head = text[:512].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or ("<head" in head and "<body" in text[:4096].lower()):
        raise ReadError(f"{name}: an HTML page, not a plain-text document (save the page as text first)")
    return text, encoding, warnings


# Vietnamese legacy fonts put letters on code points that are symbols or other languages' letters in Unicode
# (and in Windows-1258), so such a text decodes without error — into nonsense. TCVN3 (ABC, .VnTime fonts):
# "Tuyªn gi¸o" for "Tuyên giáo"; VNI: "Tuyeân giaùo", đ written ñ. None of these characters is Vietnamese.
_LEGACY_MARKS = {"TCVN3 (ABC)": re.compile("[¡¢£¤¥¦¨©ª¬®µ¶¸¹]"), "VNI": re.compile("[øûïöñÑäëåÖÄ]")}


def _refuse_legacy_font(text: str, name: str) -> None:
    legacy = _legacy_font(text)
    if legacy:
        line = text.count("\n", 0, legacy[1]) + 1
        raise ReadError(f"{name}: line {line}: văn bản dùng bảng mã cũ {legacy[0]} / written in the legacy "
                        f"{legacy[0]} font encoding: chuyển sang Unicode trước / convert it to Unicode first "
                        "(e.g. UniKey's converter), then load it")


def _legacy_font(text: str) -> tuple[str, int] | None:
    """(the legacy encoding, where its first mark is) when `text` reads as one: its marks are ≥ 2 % of the
    letters of its first 20 000 characters, at least ten times."""
    sample = text[:20000]
    for encoding, marks in _LEGACY_MARKS.items():
        found = marks.findall(sample)
        # letters counted only when there are marks to compare with (most texts have none)
        if len(found) >= 10 and len(found) >= 0.02 * sum(c.isalpha() for c in sample):
            return encoding, marks.search(sample).start()
    return None


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    return max(even_nuls, odd_nuls) > len(sample) // 4 and min(even_nuls, odd_nuls) < len(sample) // 50


def _cp1258_ok(data: bytes) -> bool:
    try:
        data.decode("cp1258")
        return True
    except UnicodeDecodeError:
        return False


# characters that need more than a copy: escapes, bold markers, dropped and space-like characters, and a
# character followed by combining marks (composed to NFC); everything between them is copied as it is
_SPECIAL = re.compile("[\\\\*" + "".join(_SPACE_LIKE | _DROPPED | set(_LOOK_ALIKE)) + "]|.[\u0300-\u036f]",
                      re.DOTALL)


_IOTA = array("l")  # 0, 1, 2, …: a run of ordinary characters copies its offsets from a slice of it
_IOTA_MAX = 1 << 22  # kept up to the longest text read, within 32 MB; a longer text counts its runs itself


def _offsets_of_run(start: int, end: int):
    if end > len(_IOTA) and end <= _IOTA_MAX:
        _IOTA.extend(range(len(_IOTA), max(end, min(2 * len(_IOTA), _IOTA_MAX))))
    return _IOTA[start:end] if end <= len(_IOTA) else range(start, end)


def normalise(raw: str, file: str = "<text>", encoding: str = "utf-8",
              warnings: tuple[str, ...] = (), pages: tuple[int, ...] = ()) -> Text:
    """NFC per character cluster, spaces unified, Markdown escapes and bold markers removed."""
    out: list[str] = []
    offsets = array("l")
    i, n = 0, len(raw)
    while i < n:
        special = _SPECIAL.search(raw, i)
        plain_end = special.start() if special else n
        if plain_end > i:  # a run of ordinary characters: copied with their own offsets
            out.append(raw[i:plain_end])
            offsets.extend(_offsets_of_run(i, plain_end))
            i = plain_end
            continue
        ch = raw[i]
        if ch in _DROPPED:
            i += 1
            continue
        if ch == "\\" and i + 1 < n and raw[i + 1] in _MD_ESCAPABLE:
            i += 1  # drop the escaping backslash, keep what it escapes
            continue
        if ch == "*" and i + 1 < n and raw[i + 1] == "*":
            i += 2  # Markdown bold marker
            continue
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        cluster = raw[i:j]
        if cluster in _SPACE_LIKE:
            cluster = " "
        cluster = _LOOK_ALIKE.get(cluster, cluster)
        composed = unicodedata.normalize("NFC", cluster)
        for k, c in enumerate(composed):
            out.append(c)
            offsets.append(i if k == 0 else j)
        i = j
    offsets.append(n)
    return Text(file=file, raw=raw, text="".join(out), offsets=offsets, encoding=encoding, warnings=warnings,
                pages=pages)


def drop_ranges(text: Text, ranges: list[tuple[int, int]]) -> Text:
    """The same Text without the normalised slices `ranges` (sorted, disjoint); offsets still point at raw."""
    if not ranges:
        return text
    parts: list[str] = []
    offsets = array("l")
    pos = 0
    for start, end in ranges:
        parts.append(text.text[pos:start])
        offsets.extend(text.offsets[pos:start])
        pos = end
    parts.append(text.text[pos:])
    offsets.extend(text.offsets[pos:])  # includes the end sentinel
    return Text(file=text.file, raw=text.raw, text="".join(parts), offsets=offsets, encoding=text.encoding,
                warnings=text.warnings, pages=text.pages)
