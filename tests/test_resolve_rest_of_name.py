"""A short name goes on as far as the full name's next words follow it: the loop finds the end the nested
optional pattern it replaced finds. Invented folded texts."""

from __future__ import annotations

import re

import pytest

from loaders.extraction.resolve import _rest_of_name


def _by_pattern(folded: str, end: int, words: tuple[str, ...]) -> int:
    pattern = ""
    for word in reversed(words):
        pattern = r"(?:\s+" + re.escape(word) + r"(?![a-z0-9])" + pattern + ")?"
    return re.compile(pattern).match(folded, end).end()


WORDS = ("dan", "tinh", "ha", "tinh")  # "hoi dong nhan" + the rest of "hoi dong nhan dan tinh ha tinh"


@pytest.mark.parametrize("folded", [
    "hoi dong nhan dan tinh ha tinh quyet nghi", "hoi dong nhan\n   dan tinh ha tinh", "hoi dong nhan dan tinhx",
    "hoi dong nhan dan tinh", "hoi dong nhandan tinh", "hoi dong nhan  dan  tinh ha", "hoi dong nhan", "hoi dong nhan ",
    "hoi dong nhan dan, tinh", "hoi dong nhan dan tinh ha tinh2", "hoi dong nhan dan tinh ha tinh.",
])
def test_the_name_goes_on_as_the_nested_pattern_finds(folded):
    end = len("hoi dong nhan")
    assert _rest_of_name(folded, end, WORDS) == _by_pattern(folded, end, WORDS)


def test_the_name_takes_the_words_that_follow_and_stops_at_the_first_that_does_not():
    folded = "hoi dong nhan dan tinh quyet nghi"
    assert folded[:_rest_of_name(folded, len("hoi dong nhan"), WORDS)] == "hoi dong nhan dan tinh"
