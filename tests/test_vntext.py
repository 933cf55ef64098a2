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
