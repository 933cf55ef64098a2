"""Extraction quality on the sample corpus, against a hand-annotated set (tests/gold/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS

from loaders.pipeline import extract_paths

GOLD = json.loads((Path(__file__).parent / "gold" / "explicit_tasks.json").read_text(encoding="utf-8"))["tasks"]


@pytest.fixture(scope="module")
def extraction():
    return extract_paths([CORPUS])


@pytest.fixture(scope="module")
def docs(extraction):
    return {d.symbol: d for d in extraction.documents if d.symbol}


def _norm(names):
    return sorted(n.lower() for n in names)


def test_explicit_tasks_precision_and_recall_at_least_95_percent(extraction):
    found = {(d.symbol, t.clause) for d in extraction.documents for t in d.tasks if t.owner_kind == "explicit"}
    gold = {(g["symbol"], g["clause"]) for g in GOLD}
    true_positive = len(found & gold)
    precision = true_positive / len(found)
    recall = true_positive / len(gold)
    assert precision >= 0.95, sorted(found - gold)
    assert recall >= 0.95, sorted(gold - found)


def test_owners_collaborators_and_deadlines_right_on_95_percent_of_matched_tasks(extraction):
    by_key = {(d.symbol, t.clause): t for d in extraction.documents for t in d.tasks}
    matched = [g for g in GOLD if (g["symbol"], g["clause"]) in by_key]
    right = 0
    wrong = []
    for g in matched:
        t = by_key[(g["symbol"], g["clause"])]
        ok = (_norm(o.name for o in t.owners) == _norm(g["owners"])
              and _norm(c.name for c in t.collaborators) == _norm(g["collaborators"])
              and t.deadline == g["deadline"])
        right += ok
        if not ok:
            wrong.append((g["symbol"], g["clause"]))
    assert right / len(matched) >= 0.95, wrong


def test_the_six_ban_tuyen_giao_responsibilities_are_extracted(docs):
    expected = {
        ("20-NQ/TW", "C.4", "Ban Tuyên giáo Trung ương", None),
        ("69-KL/TW", "7 • 5", "Ban Tuyên giáo Trung ương", None),
        ("57-NQ/TW", "IV.5", "Ban Tuyên giáo Trung ương", None),
        ("01-TB/BCĐTW", "2 • (3)", "Trưởng Ban Tuyên giáo Trung ương", "2025-Q1"),
        ("2241-CV/TU", "¶", "Ban Tuyên giáo Tỉnh ủy Long An", "2024-02-27"),
        ("1614-CV/HU", "¶", "Ban Tuyên giáo Huyện ủy Cần Đước", None),
    }
    got = {(sym, t.clause, o.name, t.deadline) for sym, d in docs.items() for t in d.tasks for o in t.owners
           if "Tuyên giáo" in o.name}
    assert got == expected


@pytest.mark.parametrize(("symbol", "doc_type", "issuer", "date"), [
    ("69-KL/TW", "Kết luận", "Bộ Chính trị", "2024-01-11"),
    ("57-NQ/TW", "Nghị quyết", "Bộ Chính trị", "2024-12-22"),
    ("20-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng", "2012-11-01"),
    ("01-TB/BCĐTW", "Thông báo",
     "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "2025-01-22"),
    ("2241-CV/TU", "Công văn", "Tỉnh ủy Long An", "2024-01-22"),
    ("1614-CV/HU", "Công văn", "Huyện ủy Cần Đước", "2024-01-25"),
    ("09-BS/ĐUK", "Bản sao", "Đảng ủy Khối Doanh nghiệp Trung ương", "2024-01-18"),
    ("287-BS/VPTU", "Bản sao", "Văn phòng Tỉnh ủy Long An", "2024-01-22"),
    ("279-BS/VPHU", "Bản sao", "Văn phòng Huyện ủy Cần Đước", "2024-01-25"),
    ("545-BS/TU", "Bản sao", "Tỉnh ủy Ninh Bình", "2025-02-04"),
])
def test_document_symbol_type_issuer_and_date(docs, symbol, doc_type, issuer, date):
    d = docs[symbol]
    assert (d.doc_type, d.issuer.name if d.issuer else None, d.date) == (doc_type, issuer, date)


def test_every_copy_is_linked_to_its_original_and_has_no_tasks(docs):
    copies = {s: d.copy_of for s, d in docs.items() if d.doc_type == "Bản sao"}
    assert copies == {"09-BS/ĐUK": "69-KL/TW", "287-BS/VPTU": "69-KL/TW", "279-BS/VPHU": "69-KL/TW",
                      "545-BS/TU": "01-TB/BCĐTW"}
    assert all(not docs[s].tasks for s in copies)


def test_a_work_repeated_in_three_files_is_one_document_with_three_sources(docs):
    files = sorted({s.file for s in docs["69-KL/TW"].sources})
    assert files == ["000_27a9c219d956d3be.txt", "001_d0d5ecd0f3562ced.txt", "003_436049e121d10e31.txt"]


def test_no_task_or_target_from_press_or_commentary(extraction):
    non_auth = [d for d in extraction.documents if not d.authoritative]
    assert {d.doc_type for d in non_auth} == {"Bài báo", "Bình luận"}
    assert all(not d.tasks and not d.targets for d in non_auth)


def test_forwarding_letters_forward_the_conclusion_and_it_continues_resolution_20(docs):
    assert [(r.symbol, r.relation) for r in docs["2241-CV/TU"].references] == [("69-KL/TW", "forwards")]
    assert [(r.symbol, r.relation) for r in docs["1614-CV/HU"].references] == [("69-KL/TW", "forwards")]
    assert ("20-NQ/TW", "continues") in {(r.symbol, r.relation) for r in docs["69-KL/TW"].references}


NQ57_SECTION_II = [  # (indicator key or None, comparator, value, value_max, unit, year), read by hand
    ("tfp-contribution", "gt", 55, None, "%", 2030),
    ("high-tech-exports", "gte", 50, None, "%", 2030),
    ("digital-economy-gdp", "gte", 30, None, "% GDP", 2030),
    ("online-public-services", "gt", 80, None, "%", 2030),
    ("cashless-payments", "eq", 80, None, "%", 2030),
    ("innovative-enterprises", "gt", 40, None, "%", 2030),
    ("rd-spending-gdp", "eq", 2, None, "% GDP", 2030),
    ("rd-private-share", "gt", 60, None, "%", 2030),
    ("budget-share-st", "gte", 3, None, "% tổng chi ngân sách", 2030),
    ("researchers-per-10k", "eq", 12, None, "người trên một vạn dân", 2030),
    ("ranked-st-organisations", "range", 40, 50, "tổ chức", 2030),
    ("publications-growth", "eq", 10, None, "%/năm", 2030),
    ("patents-growth", "range", 16, 18, "%/năm", 2030),
    ("patent-commercialisation", "range", 8, 10, "%", 2030),
    ("digital-tech-enterprises", "gte", 5, None, "doanh nghiệp", 2030),
    ("foreign-tech-firms", "gte", 3, None, "tổ chức, doanh nghiệp", 2030),
    ("digital-economy-gdp", "gte", 50, None, "% GDP", 2045),
    ("digital-tech-enterprises", "gte", 10, None, "doanh nghiệp", 2045),
    ("foreign-tech-firms", "gte", 5, None, "tổ chức, doanh nghiệp", 2045),
]


def test_every_numeric_target_of_nq57_section_ii_has_value_unit_and_year(docs):
    got = {(t.indicator, t.comparator, t.value, t.value_max, t.unit, t.year)
           for t in docs["57-NQ/TW"].targets if t.clause.startswith("II")}
    missing = [g for g in NQ57_SECTION_II if g not in got]
    assert not missing


def test_rd_spending_targets_of_two_resolutions_line_up_on_one_indicator(docs):
    rd = sorted((s, t.year, t.value) for s, d in docs.items() for t in d.targets if t.indicator == "rd-spending-gdp")
    assert rd == [("20-NQ/TW", 2015, 1.5), ("20-NQ/TW", 2020, 2.0), ("20-NQ/TW", 2030, 3.0), ("57-NQ/TW", 2030, 2.0)]


def test_provenance_quotes_are_the_original_text_at_the_offsets(extraction):
    raw = {p.name: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for d in extraction.documents:
        for t in d.tasks:
            assert raw[t.source.file][t.source.start:t.source.end] == t.source.quote
            assert t.source.quote.strip()
