"""Check the development set's annotations against their texts (schema: ../../../shared/gold/SCHEMA.md).

usage: python3 tests/devset/check_gold.py [NAME ...]   (default: every gold file)
Every quote must occur in its text (whitespace and Markdown emphasis may differ), every field must be of
the schema's form. Prints one line per problem; exits 1 when there is one. Used by tests/test_devset.py.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
TYPES = {"Nghị quyết", "Kết luận", "Chỉ thị", "Thông báo", "Công văn", "Kế hoạch", "Chương trình", "Quyết định",
         "Hướng dẫn", "Quy định", "Bản sao", "Bài báo", "Bình luận", "Báo cáo", "Tờ trình", "Thông tri",
         "Quy chế", "Đề án", "Nghị định", "Thông tư", "Điều lệ", "Lời kêu gọi"}
KINDS = {"explicit", "collective", "none"}
RELATIONS = {"continues", "implements", "copies", "forwards", "cites"}
DEADLINE = re.compile(r"^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def squash(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\\", "")
    s = re.sub(r"[*_|]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def problems(gold_path: Path) -> list[str]:
    name = gold_path.stem
    out: list[str] = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except ValueError as e:
        return [f"{name}: not JSON: {e}"]
    text_path = HERE / "docs" / (name + ".txt")
    if not text_path.exists():
        return [f"{name}: no text file {text_path.name}"]
    text = squash(text_path.read_text(encoding="utf-8"))
    if gold.get("file") != text_path.name:
        out.append(f"{name}: 'file' should be {text_path.name}")
    if not gold.get("source_url"):
        out.append(f"{name}: no source_url")
    docs = gold.get("documents")
    if not docs:
        out.append(f"{name}: no documents")
    for d in docs or []:
        label = f"{name} [{d.get('symbol') or d.get('type')}]"
        if d.get("type") not in TYPES:
            out.append(f"{label}: type {d.get('type')!r} not in the schema's list")
        if d.get("date") is not None and not DATE.match(d["date"]):
            out.append(f"{label}: date {d['date']!r} is not YYYY-MM-DD")
        if "authoritative" not in d:
            out.append(f"{label}: no 'authoritative'")
        for r in d.get("references", []):
            if r.get("relation") not in RELATIONS:
                out.append(f"{label}: reference relation {r.get('relation')!r}")
        for t in d.get("tasks", []):
            q = t.get("quote", "")
            if len(q.split()) < 8:
                out.append(f"{label}: task quote under 8 words: {q!r}")
            if squash(q) not in text:
                out.append(f"{label}: task quote not in the text: {q[:80]!r}")
            if t.get("owner_kind") not in KINDS:
                out.append(f"{label}: owner_kind {t.get('owner_kind')!r}")
            if t.get("owner_kind") == "none" and t.get("owners"):
                out.append(f"{label}: owner_kind none with owners: {q[:60]!r}")
            if t.get("owner_kind") in ("explicit", "collective") and not t.get("owners"):
                out.append(f"{label}: owner_kind {t['owner_kind']} without owners: {q[:60]!r}")
            if t.get("deadline") is not None and not DEADLINE.match(str(t["deadline"])):
                out.append(f"{label}: deadline {t['deadline']!r} not YYYY-MM-DD | YYYY-Qn | YYYY-MM | YYYY")
        for g in d.get("targets", []):
            if squash(g.get("quote", "")) not in text:
                out.append(f"{label}: target quote not in the text: {g.get('quote', '')[:80]!r}")
            if not isinstance(g.get("year"), int | None):
                out.append(f"{label}: target year {g.get('year')!r} is not a number")
    return out


def main(names: list[str]) -> int:
    paths = [HERE / "gold" / (n.removesuffix(".json") + ".json") for n in names] or sorted((HERE / "gold").glob("*.json"))
    found = [p for path in paths for p in problems(path)]
    for p in found:
        print(p)
    print(f"{len(paths)} gold files, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
