"""Folding: the fast paths give exactly what the plain definition gives (NFD, marks dropped, lower case, one
space), for Vietnamese as written in either tone placement, decomposed, and for every combining mark there is."""

import random
import re
import unicodedata

from loaders.vntext import fold


def _reference(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s).strip()


def test_fold_reads_vietnamese_in_every_form_as_the_plain_definition_does():
    samples = ["Ban Tuyên giáo Tỉnh uỷ Nghệ An", "  Sở Tài chính\n\tphối hợp  ", "HOÁ ĐƠN ĐIỆN TỬ",
               unicodedata.normalize("NFD", "Ủy ban nhân dân tỉnh Hà Tĩnh"), "already folded text 2026",
               "Αθήνα ΣΟΦΟΣ", "x\u0301\U0001D167y"]  # a Greek word, an astral combining mark
    for text in samples:
        assert fold(text) == _reference(text), text
    assert fold("Ban Tuyên giáo Tỉnh uỷ") == "ban tuyen giao tinh uy"


def test_every_combining_mark_is_dropped_and_nothing_else():
    marks = "".join(chr(cp) for cp in range(0x110000)
                    if not 0xD800 <= cp <= 0xDFFF and unicodedata.combining(chr(cp)))
    assert len(marks) > 900
    assert fold("a" + marks + "b") == "ab"
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(chr(rng.choice([rng.randrange(0x20, 0x2000), rng.randrange(0x1E00, 0x1F00), 0x0301, 0x20]))
                       for _ in range(rng.randrange(1, 40)))
        assert fold(text) == _reference(text), ascii(text)


def test_the_one_character_at_a_time_path_folds_every_character_it_takes_as_the_plain_definition_does():
    from loaders.vntext import _NOT_PER_CHARACTER

    taken = [chr(cp) for cp in range(0x10000) if not 0xD800 <= cp <= 0xDFFF and not _NOT_PER_CHARACTER.match(chr(cp))]
    assert len(taken) > 6_000 and "ộ" in taken and "Đ" in taken and "\u0301" not in taken
    for i in range(0, len(taken), 200):  # strings within the short cache, each wholly of characters it takes
        text = "x".join(taken[i:i + 200])
        assert fold(text) == _reference(text), ascii(text[:80])
    assert fold("ΣΟΦΟΣ") == _reference("ΣΟΦΟΣ") == "σοφος"  # the final sigma is left to the long way


def test_every_whitespace_character_separates_words_with_one_space():
    spaces = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and re.match(r"\s", chr(cp)))
    assert fold(f"{spaces}Sở{spaces}Nội  vụ{spaces}") == "so noi vu"
    assert fold("Sở\u00a0Y\u2003tế") == _reference("Sở\u00a0Y\u2003tế") == "so y te"


def test_folding_a_text_line_by_line_gives_each_line_as_fold_gives_it():
    from loaders.vntext import fold_lines, fold_same

    texts = ["Số: 12/KH-UBND\r\nỦY BAN NHÂN DÂN\n\n  Độc lập - Tự do - Hạnh phúc  \x0cTrang 2\u2028cuối",
             "plain ascii\nTWO LINES\r", unicodedata.normalize("NFD", "Tỉnh uỷ\nHà Nội"), "ΣΟΦΟΣ\nΑΘΗΝΑ", ""]
    for text in texts:
        assert fold_lines(text) == [fold(line) for line in text.splitlines(keepends=True)], ascii(text)
        assert fold_lines(text, fold_same(text)) == fold_lines(text), ascii(text)  # the document's fold reused
    assert fold_lines("Tỉnh uỷ\nHà  Nội\n") == ["tinh uy", "ha noi"]


def test_fold_from_a_slice_of_the_document_fold_is_fold():
    from loaders.vntext import _NOT_PER_CHARACTER, fold_of_same, fold_same

    taken = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp <= 0xDFFF
                    and not _NOT_PER_CHARACTER.match(chr(cp)))
    texts = [taken[i:i + 300] for i in range(0, len(taken), 300)] + [
        "Ban Tuyên giáo Tỉnh uỷ  Nghệ An\n", unicodedata.normalize("NFD", "Sở Y tế"), "ΣΟΦΟΣ và Hà Nội", "ascii  only"]
    for text in texts:
        assert fold_of_same(text, fold_same(text)) == fold(text) == _reference(text), ascii(text[:60])
