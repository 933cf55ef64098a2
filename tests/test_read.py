"""Reading: encodings, normalisation, offsets back into the original, refusals with a reason."""

from __future__ import annotations

import unicodedata

import pytest

from dkg.errors import ReadError
from loaders.read import normalise, read_file


def test_nfd_text_is_composed_and_offsets_point_into_the_original():
    raw = unicodedata.normalize("NFD", "Ban Tuyên giáo Tỉnh ủy chủ trì")
    t = normalise(raw)
    assert t.text == "Ban Tuyên giáo Tỉnh ủy chủ trì"
    start = t.text.index("Tỉnh")
    end = start + len("Tỉnh ủy")
    assert unicodedata.normalize("NFC", t.quote(start, end)) == "Tỉnh ủy"
    assert t.raw_span(start, end)[1] - t.raw_span(start, end)[0] > end - start  # NFD is longer


def test_markdown_escapes_bold_and_nbsp_are_cleaned_but_quoted_verbatim():
    raw = "**KẾT LUẬN**\u00a0R\\&D đạt 2%\\- kỷ nguyên"
    t = normalise(raw)
    assert t.text == "KẾT LUẬN R&D đạt 2%- kỷ nguyên"
    i = t.text.index("R&D")
    assert t.quote(i, i + 3) == "R\\&D"


def test_utf8_bom_and_utf16_are_read(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffKẾT LUẬN".encode())
    (tmp_path / "u16.txt").write_bytes("KẾT LUẬN của Bộ Chính trị".encode("utf-16"))
    assert read_file(tmp_path / "bom.txt").text == "KẾT LUẬN"
    t = read_file(tmp_path / "u16.txt")
    assert t.text == "KẾT LUẬN của Bộ Chính trị" and t.encoding == "utf-16"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letters composed, tone marks combining."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tone))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return out


def test_windows_1258_is_converted_with_a_warning(tmp_path):
    (tmp_path / "legacy.txt").write_bytes(_cp1258("Nghị quyết của Bộ Chính trị về khoa học"))
    t = read_file(tmp_path / "legacy.txt")
    assert t.text == "Nghị quyết của Bộ Chính trị về khoa học"
    assert t.encoding == "cp1258" and t.warnings


# "Ban Tuyên giáo đề nghị các cơ quan, đơn vị thực hiện nghiêm túc" as the two legacy font encodings write it,
# seen through Latin-1 / Windows-1258 (what a reader that does not know them gets)
TCVN3 = "Ban Tuyªn gi¸o ®Ò nghÞ c¸c c¬ quan, ®¬n vÞ thùc hiÖn nghiªm tóc. " * 3
VNI = "Ban Tuyeân giaùo ñeà nghò caùc cô quan, ñôn vò thöïc hieän nghieâm tuùc. " * 3


@pytest.mark.parametrize(("content", "named"), [
    (TCVN3.encode("latin-1"), "TCVN3"),  # the bytes as a legacy-font file holds them
    (TCVN3.encode("utf-8"), "TCVN3"),  # the same letters after a converter that kept the font's code points
    (VNI.encode("latin-1"), "VNI"),
    (("Kính gửi các sở, ngành.\n" + VNI).encode("utf-8"), "VNI"),
])
def test_a_legacy_font_encoding_is_named_not_read_as_nonsense(tmp_path, content, named):
    (tmp_path / "legacy.txt").write_bytes(content)
    with pytest.raises(ReadError, match=named) as e:
        read_file(tmp_path / "legacy.txt")
    assert "Unicode" in str(e.value) and "legacy.txt: line " in str(e.value)


def test_vietnamese_with_a_few_latin_symbols_is_not_taken_for_a_legacy_font(tmp_path):
    text = "Nghị quyết số 45-NQ/TU «về khoa học», nhiệt độ 25°C, diện tích 2,5 m², § 3 Điều 2; " * 20
    (tmp_path / "ok.txt").write_text(text, encoding="utf-8")
    assert read_file(tmp_path / "ok.txt").text.startswith("Nghị quyết")


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\xef\xbb\xbf", "empty"),
    (b"\xff\xfe\n\x00", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary"),
    (b"<!DOCTYPE html><html><head><title>x</title></head><body>Nghi quyet</body></html>", "HTML"),
])
def test_unreadable_files_are_refused_naming_the_file(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(ReadError, match=reason) as info:
        read_file(f)
    assert "bad.txt" in str(info.value)


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as out:
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(ReadError, match="too large"):
        read_file(f)


def test_a_file_or_folder_that_cannot_be_read_is_reported_and_the_run_goes_on(tmp_path, monkeypatch):
    # the tests run as root, which reads anything: the operating system's refusal is simulated
    import os
    from pathlib import Path

    from loaders.pipeline import extract_paths

    (tmp_path / "a_locked.txt").write_text("TỈNH ỦY NGHỆ AN\n", encoding="utf-8")
    good = Path(__file__).parent.parent / "corpus" / "001_d0d5ecd0f3562ced.txt"
    (tmp_path / "b_good.txt").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "c_locked_folder").mkdir()
    (tmp_path / "c_locked_folder" / "inside.txt").write_text("x", encoding="utf-8")
    real_read, real_scandir = Path.read_bytes, os.scandir

    def read_bytes(self):
        if self.name == "a_locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    def scandir(path="."):
        if str(path).endswith("c_locked_folder"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(os, "scandir", scandir)  # listing the folder (the walk)
    monkeypatch.setattr(os, "listdir", scandir)  # and reading it
    extraction = extract_paths([tmp_path])
    problems = {Path(p.file).name: p.message for p in extraction.problems if p.kind == "read"}
    assert set(problems) == {"a_locked.txt", "c_locked_folder"}
    assert all("cannot be read (Permission denied)" in m for m in problems.values())
    assert [Path(t.file).name for t in extraction.texts] == ["b_good.txt"] and extraction.documents


def test_look_alike_hyphens_and_slashes_are_read_as_one_and_nul_bytes_are_dropped():
    raw = "Số 45\u2011KH\u2215TU, số 12\u2212CV\uff0fUBND và 7-TB/TU\x00."
    t = normalise(raw)
    assert t.text == "Số 45-KH/TU, số 12-CV/UBND và 7-TB/TU."
    start = t.text.index("45-KH/TU")
    assert t.quote(start, start + len("45-KH/TU")) == "45\u2011KH\u2215TU"  # the quote is the text as written


def test_a_symbol_typed_with_look_alike_characters_is_the_same_symbol():
    from loaders.extraction.extract import extract_text

    for symbol in ("45\u2011KH/TU", "45\u2212KH\uff0fTU", "45-KH\u2215TU"):
        raw = (f"TỈNH ỦY NGHỆ AN\n\nSố {symbol}\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\nvề một việc\n\n"
               "1. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt.\n")
        [doc] = extract_text(normalise(raw, file="kh.txt")).documents
        assert doc.symbol == "45-KH/TU"


@pytest.mark.parametrize("longest_kept", [1 << 22, 40])  # runs' offsets from the kept sequence, or counted
def test_every_character_of_long_plain_runs_points_at_itself_in_the_original(monkeypatch, longest_kept):
    from array import array

    import loaders.read as read

    monkeypatch.setattr(read, "_IOTA", array("l"))
    monkeypatch.setattr(read, "_IOTA_MAX", longest_kept)
    for raw in ["Sở Y tế chủ trì " * 3, "**Điều 1.**\u00a0Giao " + "Sở Nội vụ, " * 20 + "\\& xong", "a" * 90]:
        t = normalise(raw)
        assert len(t.offsets) == len(t.text) + 1 and t.offsets[-1] == len(raw)
        assert list(t.offsets) == sorted(set(t.offsets))  # strictly increasing
        for i, ch in enumerate(t.text):
            if ch != " ":
                assert raw[t.offsets[i]] == ch, (raw, i)
