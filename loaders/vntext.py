"""Vietnamese text keys for matching: accent-insensitive folding, tone-placement unification, slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, wraps

# Old-style tone placement (hoá, uỷ, thuý) → new style (hóa, ủy, thúy) for open syllables "oa", "oe", "uy".
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_OLD_STYLE = re.compile(r"([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\w\u0300-\u036f])")


def unify_tones(text: str) -> str:
    """Move a tone mark from the second to the first vowel of open 'oa', 'oe', 'uy' (hoá → hóa, uỷ → ủy)."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = _OLD_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


# Folded texts are cached in two sizes: short ones (names, headings, lines) repeat across documents, so many are
# kept; long ones (a paragraph, a document's text, folded by several readers in turn) only while their document
# is read — a cache of many long texts would grow a large load's memory by hundreds of MB.
SHORT_TEXT = 512  # characters


def _two_caches(short_size: int):
    def wrap(func):
        short, long = lru_cache(maxsize=short_size)(func), lru_cache(maxsize=32)(func)

        @wraps(func)
        def cached(text: str) -> str:
            return short(text) if len(text) <= SHORT_TEXT else long(text)
        return cached
    return wrap


@_two_caches(1 << 16)  # the same names (authority labels, headings) are folded again and again
def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced key: 'Ban Tuyên giáo Tỉnh uỷ' → 'ban tuyen giao tinh uy'."""
    if text.isascii():  # nothing to take off (many texts folded here were folded once already)
        s = text.lower()
    elif _one_to_one(text):  # Vietnamese in precomposed letters: one character at a time
        s = text.translate(_KEEP_LENGTH)
    else:
        s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.split())  # the same whitespace as \s, in C


def fold_of_same(text: str, same: str) -> str:
    """fold(text), given `same` = fold_same(text) (a slice of a document's fold): in precomposed letters, only
    the spaces are left to do."""
    return " ".join(same.split()) if _one_to_one(text) else fold(text)


def fold_lines(text: str, same: str | None = None) -> list[str]:
    """fold() of every line of `text` (as `splitlines` cuts it): a text in precomposed letters goes through the
    table once, not line by line — or not at all when the caller has `same` = fold_same(text)."""
    if not _one_to_one(text):
        return [fold(line) for line in text.splitlines()]
    return [" ".join(line.split()) for line in (same if same is not None else fold_keep_length(text)).splitlines()]


def _one_to_one(text: str) -> bool:
    """Does the one-character table fold `text` as fold's plain definition does (bar the spaces)?"""
    return text.isascii() or not _NOT_PER_CHARACTER.search(text)


def without_tones(word: str) -> str:
    """A word with its tone marks taken off and the other marks kept (ă, â, ê, ô, ơ, ư): 'trưởng' → 'trương'."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


def _one_char_fold(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    return base.lower() if len(base.lower()) == 1 else base


# one output character per input character, for the whole Basic Multilingual Plane, built once: a string
# indexed by code point (str.translate looks a character up by index there, twice as fast as in a dict that
# misses on every unchanged character); characters beyond it stay as they are
_KEEP_LENGTH = "".join(chr(cp) if 0xD800 <= cp <= 0xDFFF else _one_char_fold(chr(cp)) for cp in range(0x10000))
# outside these blocks (Latin, Latin Extended Additional, punctuation, symbols, full-width forms) fold takes the
# long way: a combining mark, a syllable that decomposes into several letters (Hangul), a capital sigma whose
# lower case depends on the next letter — the table is one character to one, without context
_NOT_PER_CHARACTER = re.compile("[^\x00-\u024f\u1e00-\u1eff\u2000-\u20cf\u2100-\u2bff\uf000-\uf8ff\ufe30-\ufe4f"
                                "\uff00-\uffef]")


@_two_caches(1 << 12)
def fold_keep_length(text: str) -> str:
    """Like fold, but one output character per input character (so offsets carry over)."""
    return text.lower() if text.isascii() else text.translate(_KEEP_LENGTH)


def fold_same(text: str) -> str:
    """Lower-case, accent-free, same length as `text`: offsets into it are offsets into `text`."""
    return fold_keep_length(text).lower()


def slug(text: str) -> str:
    """An IRI-safe key: 'Tỉnh ủy Nghệ An' → 'tinh-uy-nghe-an', '15-KL/TW' → '15-kl-tw'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def title_case(text: str) -> str:
    """'TỈNH ỦY NGHỆ AN' → 'Tỉnh Ủy Nghệ An' (a display fallback for upper-case headers)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())
