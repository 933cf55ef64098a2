"""The closing formula of a letter or a decision is found where the one pattern finds it, in two steps (at the
start with every alternative, later with those that are not anchored there). Invented texts, folded."""

from __future__ import annotations

import pytest

from loaders.extraction.tasks import CLOSING, closing_formula


@pytest.mark.parametrize("folded", [
    "quyet dinh nay co hieu luc tu ngay ky.", "van ban nay pho bien den chi bo.", "tran trong!", "  tran trong ./.",
    "chinh phu tran trong de nghi bo tai chinh", "so y te chu tri. tran trong.", "noi nhan: - nhu tren;",
    "x noi nhan", "kinh gui: cac so", "luu: vt", "luu y cac don vi", "van phong chinh phu thong bao de bo x biet.",
    "thong bao de cac bo biet, thuc hien", "de cac dong chi nghien cuu, quan triet", "sao gui cac dong chi", "",
    "bo tai chinh chu tri, phoi hop voi bo noi vu",
])
def test_the_closing_formula_is_found_as_the_single_pattern_finds_it(folded):
    expected, found = CLOSING.search(folded), closing_formula(folded)
    assert (found and (found.span(), found.group(0))) == (expected and (expected.span(), expected.group(0)))


def test_a_closing_formula_is_told_from_an_order():
    assert closing_formula("tran trong!") is not None
    assert closing_formula("chinh phu tran trong de nghi bo tai chinh") is None  # it asks, it does not close
    assert closing_formula("thong bao de cac bo biet, thuc hien") is None  # it addresses who carries it out
