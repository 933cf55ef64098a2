"""The named Cypher queries: every file is used by the code, a missing one fails fast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import queries
from dkg.errors import QueryNotFound

ROOT = Path(__file__).resolve().parents[1]


def test_every_query_file_is_used_by_the_code_and_has_a_header():
    code = "\n".join(p.read_text(encoding="utf-8") for folder in ("dkg", "loaders", "graph_api", "benchmarks")
                     for p in (ROOT / folder).rglob("*.py"))
    used = set(re.findall(r"""(?:queries\.load|\.read|\.write|_query)\(\s*["']([a-z0-9_]+)["']""", code))
    used |= set(re.findall(r'"(neighbours_(?:in|out))"', code))
    for name in queries.available():
        assert name in used, f"queries/{name}.cypher is not used"
        assert queries.load(name).startswith("//"), f"queries/{name}.cypher has no header comment"


def test_a_missing_query_fails_fast_naming_it():
    with pytest.raises(QueryNotFound, match="no_such_query"):
        queries.load("no_such_query")


def test_every_validation_query_is_a_compiled_template_or_the_twin_a_shape_names():
    from loaders import shacl_cypher

    code = (ROOT / "loaders" / "shacl_cypher.py").read_text(encoding="utf-8")
    shapes = (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    for path in sorted((ROOT / "queries" / "validation").glob("*.cypher")):
        assert f'"{path.stem}"' in code + shapes or f'"validation/{path.stem}"' in code, \
            f"queries/validation/{path.name} is not used"
        assert path.read_text(encoding="utf-8").startswith("//"), f"{path.name} has no header comment"
    assert shacl_cypher.compile_shapes()  # every file the shapes name exists
