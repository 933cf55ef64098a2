"""A regular expression for "any of these phrases", shaped as a trie.

Python's `re` tries the alternatives of `a|b|c` one after the other at every position of the text, so a list
of a hundred names costs a hundred comparisons per character. Sharing prefixes ("ban tuyen giao", "ban to
chuc", "bo tai chinh") makes that one or two. Greedy optional tails keep the longest phrase first, as a list
sorted longest first did: the engine backs off to a shorter phrase only when what follows does not fit.
"""

from __future__ import annotations

import re


def trie_pattern(phrases, space: str = r"\s+") -> str:
    """A pattern (no groups of its own) matching any of `phrases`; a space in a phrase matches `space`."""
    trie: dict = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _node_pattern(trie, space) if trie else "(?!)"


def _node_pattern(node: dict, space: str) -> str:
    ends_here = "" in node
    branches = [(space if char == " " else re.escape(char)) + _node_pattern(child, space)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:  # a longer phrase goes on from here: try it first, else stop here
        return "(?:" + body + ")?" if len(branches) > 1 or not _single_char(branches[0]) else body + "?"
    return body


def _single_char(pattern: str) -> bool:
    return len(pattern) == 1 or (len(pattern) == 2 and pattern[0] == "\\")
