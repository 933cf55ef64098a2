"""The trie-shaped "any of these phrases" pattern finds what a flat alternation, longest first, finds."""

from __future__ import annotations

import re

import pytest

from loaders.extraction.alternation import trie_pattern

PHRASES = ["ban tuyen giao", "ban tuyen giao va dan van", "ban to chuc", "bo tai chinh", "bo", "so y te",
           "so y te tinh", "a.b", "uy ban nhan dan", "uy ban"]


def _flat(phrases) -> re.Pattern:
    alts = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![a-z])(" + alts + r")(?![a-z])")


def test_the_trie_finds_the_same_longest_phrases_as_a_flat_alternation():
    trie = re.compile(r"(?<![a-z])(" + trie_pattern(PHRASES) + r")(?![a-z])")
    text = ("ban tuyen giao va dan van tinh; ban tuyen giao va dan; bo tai chinh, bo, so y te tinh nghe an, "
            "so y te  xa; uy ban nhan  dan; uy ban kiem tra; a.b axb; ban to chuc\nban tuyen\n giao; bon")
    spans = [m.span(1) for m in trie.finditer(text)]
    assert spans == [m.span(1) for m in _flat(PHRASES).finditer(text)]
    found = [" ".join(text[a:b].split()) for a, b in spans]
    # the longest phrase where it fits, a shorter one where the longer does not ("… va dan" is cut short)
    assert found[:4] == ["ban tuyen giao va dan van", "ban tuyen giao", "bo tai chinh", "bo"]
    assert "a.b" in found and "ban tuyen giao" == found[-1]  # a dot is a dot; a name wrapped over lines


def test_no_phrase_matches_nothing():
    assert re.search(trie_pattern([]), "bat cu dieu gi") is None


def test_a_phrase_checked_for_its_word_start_after_its_first_character_is_found_where_the_look_behind_finds_it():
    guarded = re.compile(r"(" + trie_pattern(PHRASES, not_after="[a-z]") + r")(?![a-z])")
    text = ("xban tuyen giao; ban tuyen giao; abo tai chinh bo tai chinh; sso y te so y te; 1uy ban uy ban; "
            "ban to chuc")
    spans = [m.span(1) for m in guarded.finditer(text)]
    assert spans == [m.span(1) for m in _flat(PHRASES).finditer(text)]
    assert [text[a:b] for a, b in spans] == ["ban tuyen giao", "bo tai chinh", "so y te", "uy ban", "uy ban",
                                             "ban to chuc"]
    assert guarded.match(text, 1) is None and guarded.match(text, 17) is not None  # a match at a position
    with pytest.raises(ValueError, match="starts with a space"):
        trie_pattern([" so y te"], not_after="[a-z]")
