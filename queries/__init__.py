"""Named Cypher queries: one query per `*.cypher` file in this folder, loaded by name.

Each file starts with a comment header naming its parameters and returned columns. The same
files are the saved queries an analyst pastes into Neo4j Browser.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from dkg.errors import QueryNotFound

QUERY_DIR = Path(__file__).parent


def available() -> list[str]:
    """Names of every query file, without the `.cypher` suffix."""
    return sorted(p.stem for p in QUERY_DIR.glob("*.cypher"))


@cache
def load(name: str) -> str:
    """The text of `queries/<name>.cypher`; QueryNotFound when there is no such file."""
    path = QUERY_DIR / f"{name}.cypher"
    if not path.is_file():
        raise QueryNotFound(f"no query {name!r} in {QUERY_DIR} (have: {', '.join(available())})")
    return path.read_text(encoding="utf-8")
