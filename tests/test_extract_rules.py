"""Extraction rules on phrasings of the genre written for these tests (not from the sample corpus)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from dkg.errors import ExtractionError
from loaders.extraction.dates import find_deadline, find_recurrence, make_date
from loaders.extraction.extract import extract_text
from loaders.extraction.resolve import Context, context_for, find_mentions
from loaders.read import normalise, read_file
from loaders.vntext import fold, unify_tones

SAMPLES = Path(__file__).parent / "samples"


def _names(text: str, ctx: Context | None = None) -> list[tuple[str, str]]:
    return [(m.ref.kind, m.ref.name) for m in find_mentions(normalise(text).text, ctx)]


def test_both_tone_mark_placements_and_nfd_give_the_same_key():
    assert unify_tones("Tỉnh uỷ Thanh Hoá") == "Tỉnh ủy Thanh Hóa"
    assert fold("Tỉnh uỷ") == fold("Tỉnh ủy") == fold(unicodedata.normalize("NFD", "Tỉnh ủy")) == "tinh uy"


@pytest.mark.parametrize("spelling", ["Ban Tuyên giáo Tỉnh uỷ Hà Tĩnh", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh",
                                      unicodedata.normalize("NFD", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh")])
def test_a_provincial_board_resolves_whatever_the_spelling(spelling):
    assert _names(spelling) == [("body", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh")]


def test_context_names_the_province_a_letter_leaves_out():
    issuer = find_mentions("Tỉnh ủy Quảng Ninh")[0].ref
    assert _names("Giao Văn phòng Tỉnh ủy chủ trì", context_for(issuer, [])) == [
        ("body", "Văn phòng Tỉnh ủy Quảng Ninh")]


def test_posts_are_a_title_and_a_body():
    assert _names("Đồng chí Bộ trưởng Bộ Y tế chỉ đạo") == [("post", "Bộ trưởng Bộ Y tế")]
    assert _names("Đồng chí Trưởng Ban Dân vận Trung ương") == [("post", "Trưởng Ban Dân vận Trung ương")]


def test_lower_case_classes_are_groups_and_members_are_not_committees():
    assert _names("các tỉnh ủy, thành ủy và các ban đảng") == [("group", "Các tỉnh ủy, thành ủy và các ban đảng")]
    assert all(kind == "group" for kind, _ in _names("Các đồng chí Tỉnh ủy viên"))


def test_abbreviations_of_the_authority_file_resolve():
    assert _names("BTGTW và VPTW") == [("body", "Ban Tuyên giáo Trung ương"), ("body", "Văn phòng Trung ương Đảng")]


@pytest.mark.parametrize(("text", "expected"), [
    ("dự thảo gửi về chậm nhất ngày 15/3/2025", "2025-03-15"),
    ("hoàn thành trong quý II/2025", "2025-Q2"),
    ("ngay trong quý I", "2026-Q1"),
    ("hoàn thành trong tháng 9/2025", "2025-09"),
    ("cơ bản hoàn thành trong năm 2027", "2027"),
    ("trở thành khu du lịch xanh, không rác thải nhựa vào năm 2030", "2030"),
    ("tổ chức sự kiện tuyên truyền nhân ngày Pháp luật Việt Nam 9/11", "2026-11-09"),
    ("tổ chức chương trình đối thoại trực tiếp năm 2026, gồm 11 chuyên mục", "2026"),  # the document's own year
    ("thực hiện theo Luật Bảo vệ môi trường năm 2020", None),  # a law's year is no deadline
    ("triển khai thực hiện Chiến lược đến năm 2030", None),
    ("báo cáo trước ngày 31 tháng 3", "2026-03-31"),  # a day in words without a year: the document's year
    ("hoàn thành trong 6 tháng đầu năm 2026", "2026-06"),
    ("tổ chức trong tuần đầu tháng 7/2026", "2026-07"),
    ("triển khai trong quý III và quý IV/2026", "2026-Q4"),  # the last quarter named
    ("gửi báo cáo trước ngày 15 tháng 12 hằng năm", None),  # a yearly day is a recurrence, not one deadline
])
def test_deadlines_resolve_against_the_document_date(text, expected):
    deadline = find_deadline(text, "2026-01-10")
    assert (deadline.value if deadline else None) == expected


def test_recurrences():
    assert find_recurrence("định kỳ 6 tháng báo cáo") == "P6M"
    assert find_recurrence("báo cáo hằng quý") == "P3M"
    assert find_recurrence("thực hiện ngay") is None
    # "hằng năm" of the order (a clause's start, before its verb, after a day of the year) — not of a noun
    assert [find_recurrence(x) for x in ("Hằng năm, báo cáo kết quả", "hằng năm tổng kết, đánh giá",
                                         "gửi báo cáo trước ngày 15/12 hằng năm")] == ["P1Y"] * 3
    assert [find_recurrence(x) for x in ("xây dựng kế hoạch hằng năm", "bố trí ngân sách hàng năm")] == [None] * 2


def test_impossible_dates_are_refused():
    with pytest.raises(ExtractionError, match="31/02/2024"):
        make_date(2024, 2, 31)


def _doc(name: str):
    result = extract_text(read_file(SAMPLES / name))
    assert not result.errors, result.errors
    return result.documents[0]


def test_provincial_plan_header_and_reference():
    doc = _doc("ke_hoach_tinh.txt")
    assert (doc.symbol, doc.doc_type, doc.issuer.name, doc.date) == ("125-KH/TU", "Kế hoạch", "Tỉnh ủy Nghệ An",
                                                                      "2025-03-05")
    assert [(r.symbol, r.relation) for r in doc.references] == [("57-NQ/TW", "implements")]


def test_provincial_plan_tasks_owners_deadlines():
    tasks = {t.clause: t for t in _doc("ke_hoach_tinh.txt").tasks}
    t = tasks["II.2"]
    assert [o.name for o in t.owners] == ["Ban Tuyên giáo Tỉnh ủy Nghệ An"]
    assert [c.name for c in t.collaborators] == ["Sở Khoa học và Công nghệ tỉnh Nghệ An"]
    assert (t.deadline, t.owner_kind) == ("2025-Q2", "explicit")
    t = tasks["II.3"]
    assert [o.name for o in t.owners] == ["Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An"]
    assert [r.name for r in t.report_to] == ["Ban Thường vụ Tỉnh ủy Nghệ An"]
    assert t.deadline == "2025-06-30"
    assert tasks["III.2"].owner_kind == "collective" and tasks["III.2"].deadline == "2025-04"


def test_bullets_under_a_heading_that_names_a_body_are_its_tasks():
    tasks = {t.clause: t for t in _doc("ke_hoach_tinh.txt").tasks}
    for clause in ("III.1 • 1", "III.1 • 2"):
        assert [o.name for o in tasks[clause].owners] == ["Ban Tổ chức Tỉnh ủy Nghệ An"]
        assert (tasks[clause].owner_kind, tasks[clause].owner_source) == ("explicit", "heading")
    assert tasks["III.1 • 2"].recurrence == "P6M"


def test_task_tables_are_read_row_by_row():
    rows = [t for t in _doc("ke_hoach_tinh.txt").tasks if t.clause.startswith("bảng")]  # Markdown rows
    assert [(t.text, [o.name for o in t.owners], t.deadline) for t in rows] == [
        ("Xây dựng cơ sở dữ liệu khoa học của tỉnh", ["Sở Khoa học và Công nghệ tỉnh Nghệ An"], "2025-Q3"),
        ("Tổ chức hội thảo về đổi mới sáng tạo", ["Ban Tuyên giáo Tỉnh ủy Nghệ An"], "2025-12"),
    ]


def test_provincial_targets_map_to_the_indicator_scheme():
    targets = _doc("ke_hoach_tinh.txt").targets
    assert [(t.indicator, t.comparator, t.value, t.unit, t.year) for t in targets] == [
        ("rd-spending-gdp", "gte", 1.5, "% GRDP", 2030)]


def test_state_decision_article_3_names_who_carries_it_out():
    doc = _doc("quyet_dinh_ubnd.txt")
    assert (doc.symbol, doc.doc_type, doc.issuer.name) == ("312/QĐ-UBND", "Quyết định", "Ủy ban nhân dân tỉnh Bắc Ninh")
    tasks = {t.clause: t for t in doc.tasks}
    assert [o.name for o in tasks["Điều 2"].owners] == ["Sở Khoa học và Công nghệ tỉnh Bắc Ninh"]
    assert [o.name for o in tasks["Điều 3"].owners] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh",
                                                        "Giám đốc Sở Khoa học và Công nghệ tỉnh Bắc Ninh"]


def test_a_text_with_no_recognisable_header_still_yields_a_document_and_a_warning(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("Một vài ghi chú rời rạc về cuộc họp hôm qua.\nGiao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát và báo cáo kết quả "
                 "trước ngày 15/12/2026.\n", encoding="utf-8")
    result = extract_text(read_file(f))
    assert result.errors == []
    [doc] = result.documents
    assert doc.authoritative and doc.symbol is None and doc.doc_type == "Văn bản"
    assert any("notes.txt" in w and "header" in w for w in result.warnings)
    assert [(t.owner_kind, t.deadline) for t in doc.tasks] == [("explicit", "2026-12-15")]


def test_an_impossible_date_fails_the_file_naming_the_line(tmp_path):
    f = tmp_path / "bad_date.txt"
    f.write_text("TỈNH ỦY LONG AN\n\nSố 12-CV/TU\n\nLong An, ngày 31 tháng 02 năm 2024\n\nKính gửi: Các ban đảng.\n",
                 encoding="utf-8")
    result = extract_text(read_file(f))
    assert result.documents == []
    assert "bad_date.txt" in result.errors[0] and "31/02/2024" in result.errors[0] and "line" in result.errors[0]


def test_the_provincial_party_committees_of_2025_are_bodies_of_their_province_and_classes_are_spelt_out():
    ctx = context_for(find_mentions("Tỉnh ủy Quảng Ninh")[0].ref, [])
    assert _names("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo; Đảng ủy Các cơ quan Đảng tỉnh chỉ đạo", ctx) \
        == [("body", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Quảng Ninh"),
            ("body", "Đảng ủy các cơ quan Đảng tỉnh Quảng Ninh")]
    assert _names("giao UBND các tỉnh, thành phố rà soát") == [("group", "Ủy ban nhân dân các tỉnh, thành phố")]


def test_a_provincial_fatherland_front_committee_is_a_body_of_its_province():
    ctx = context_for(find_mentions("Ủy ban nhân dân tỉnh Quảng Ninh")[0].ref, [])
    assert _names("Đề nghị Ủy ban MTTQ Việt Nam tỉnh tăng cường giám sát", ctx) == [
        ("body", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh")]


def test_a_commune_or_district_named_with_a_number_or_a_common_first_word_is_read_whole():
    assert _names("Lãnh đạo UBND Phường 3 Yên Thành | Từ 20 giờ") == [("body", "Ủy ban nhân dân phường 3 Yên Thành")]
    assert _names("UBND xã Quỳnh Lưu 1 chủ trì thực hiện") == [("body", "Ủy ban nhân dân xã Quỳnh Lưu 1")]
    assert _names("Ủy ban nhân dân Quận 1 chủ trì") == [("body", "Ủy ban nhân dân quận 1")]
    assert _names("UBND xã Kim Liên 2 tháng một lần báo cáo")[0] == ("body", "Ủy ban nhân dân xã Kim Liên")
    # "Văn", "Kế", "Thường" begin "Văn phòng", "Kế hoạch" … and also real place names
    assert _names("UBND huyện Văn Lâm chủ trì") == [("body", "Ủy ban nhân dân huyện Văn Lâm")]
    assert _names("Huyện ủy Thường Xuân Văn phòng")[0] == ("body", "Huyện ủy Thường Xuân")


def test_a_management_board_of_the_provinces_industrial_zones_is_an_organisation_though_written_in_lower_case():
    assert _names("Lãnh đạo Ban Quản lý các khu công nghiệp | Từ 20 giờ") == [
        ("body", "Ban Quản lý các khu công nghiệp")]
    assert _names("Ban Chỉ đạo các cấp triển khai") == []


def test_members_listed_after_a_class_and_a_colon_are_each_named_in_full():
    # names that hold "và" and commas are one member each; a title or a Party committee goes to every member
    ctx = context_for(find_mentions("Ủy ban nhân dân tỉnh Nghệ An")[0].ref, [])
    assert _names("Giám đốc các sở: Giáo dục và Đào tạo, Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch "
                    "và Nội vụ chịu trách nhiệm", ctx) == [
        ("post", "Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An"), ("post", "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nghệ An"),
        ("post", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"), ("post", "Giám đốc Sở Nội vụ tỉnh Nghệ An")]
    assert _names("phối hợp với các Bộ: Tài chính, Tài nguyên và Môi trường và các cơ quan liên quan") == [
        ("body", "Bộ Tài chính"), ("body", "Bộ Tài nguyên và Môi trường"), ("group", "Các cơ quan liên quan")]
    assert _names("Đảng ủy các Bộ: Y tế, Nội vụ;") == [("body", "Đảng ủy Bộ Y tế"), ("body", "Đảng ủy Bộ Nội vụ")]
    # a class with no list after it stays a class
    assert _names("các Bộ, ngành liên quan") == [("group", "Các Bộ, ngành")]


def test_a_district_committee_written_with_its_kinds_of_town_is_each_districts_not_one():
    ctx = context_for(find_mentions("Ủy ban nhân dân tỉnh Nghệ An")[0].ref, [])
    assert _names("Ủy ban nhân dân huyện, thành phố có trách nhiệm chỉ đạo", ctx) == [
        ("group", "Ủy ban nhân dân huyện, thành phố")]
    assert _names("Sở Nội vụ; Chủ tịch UBND huyện, thị xã, thành phố chịu trách nhiệm", ctx)[1][0] == "group"


def test_a_units_head_is_a_post_and_a_unit_of_each_place_is_a_class():
    ctx = context_for(find_mentions("Bộ Y tế")[0].ref, [])
    assert _names("Cục trưởng Cục Quản lý Dược, Vụ trưởng Vụ Pháp chế và Thủ trưởng các đơn vị liên quan chịu "
                  "trách nhiệm", ctx)[:2] == [("post", "Cục trưởng Cục Quản lý Dược"), ("post", "Vụ trưởng Vụ Pháp chế")]
    assert _names("Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương") == [
        ("body", "Tổng cục Thuế"), ("group", "Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương")]
    assert _names("Sở Y tế các tỉnh, thành phố") == [("group", "Sở Y tế các tỉnh, thành phố")]
    assert _names("Bộ Y tế hướng dẫn các tỉnh") == [("body", "Bộ Y tế")]


def test_the_party_organisation_inside_any_body_is_a_body_of_its_own():
    ctx = context_for(find_mentions("Tỉnh ủy Quảng Ninh")[0].ref, [])
    assert _names("Ban cán sự đảng Tòa án nhân dân tỉnh, Đảng đoàn Hội Nông dân tỉnh phối hợp thực hiện", ctx) == [
        ("body", "Ban cán sự đảng Tòa án nhân dân tỉnh Quảng Ninh"), ("body", "Đảng đoàn Hội Nông dân tỉnh Quảng Ninh")]
    assert _names("Ban Thường vụ Tỉnh đoàn tổ chức diễn đàn", ctx) == [("body", "Ban Thường vụ Tỉnh đoàn Quảng Ninh")]
    kinds = {m.ref.name: m.ref.body_kind for m in find_mentions("Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh chỉ đạo; "
                                                                 "Ban cán sự đảng Bộ Y tế lãnh đạo")}
    assert kinds == {"Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh": "dang-doan", "Ban cán sự đảng Bộ Y tế": "ban-can-su"}
    assert [(m.ref.name, m.ref.body_kind) for m in find_mentions("BCS đảng Bộ Tư pháp chỉ đạo")] == [
        ("Ban cán sự đảng Bộ Tư pháp", "ban-can-su")]  # the abbreviation the committees' units know too
    assert _names("các ban cán sự đảng, đảng đoàn trực thuộc Tỉnh ủy") == [
        ("group", "Các ban cán sự đảng, đảng đoàn"), ("body", "Tỉnh ủy")]  # a class stays a class


def test_a_name_ends_after_its_place_and_a_city_is_a_place():
    assert _names("Toà án nhân dân huyện Quảng Ninh xét xử vụ án") == [("body", "Toà án nhân dân huyện Quảng Ninh")]
    assert _names("Công an thành phố Cần Thơ chủ trì") == [("body", "Công an thành phố Cần Thơ")]
    assert _names("Trung tâm Y tế thành phố Hồ Chí Minh hướng dẫn") == [
        ("body", "Trung tâm Y tế thành phố Hồ Chí Minh")]


def test_a_short_name_of_the_standing_committee_does_not_take_the_youth_unions():
    head = "TỈNH ỦY QUẢNG NINH\n\nSố 12-KH/TU\n\nQuảng Ninh, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\nthực hiện một việc\n\n"
    body = ("1. Ban Tổ chức Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy Quảng Ninh kiện toàn bộ máy.\n"
            "2. Ban Thường vụ Tỉnh đoàn tổ chức diễn đàn thanh niên trong Quý III/2026.\n")
    [doc] = extract_text(normalise(head + body, file="kh.txt")).documents
    assert [t.owners[0].name for t in doc.tasks] == ["Ban Tổ chức Tỉnh ủy Quảng Ninh", "Ban Thường vụ Tỉnh đoàn Quảng Ninh"]


def test_classes_of_heads_are_kept_apart_and_departments_are_a_class():
    ctx = context_for(find_mentions("Ủy ban nhân dân tỉnh Ninh Bình")[0].ref, [])
    assert _names("Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, "
                  "thành phố chịu trách nhiệm thi hành Quyết định này", ctx) == [
        ("post", "Chánh Văn phòng Ủy ban nhân dân tỉnh Ninh Bình"), ("group", "Giám đốc các sở"),
        ("group", "Thủ trưởng các ban, ngành"), ("group", "Chủ tịch Ủy ban nhân dân các huyện, thành phố")]
    assert _names("phối hợp với các sở, ngành, địa phương") == [("group", "Các sở, ngành, địa phương")]
    assert _names("ghi rõ các số liệu của các cơ sở đào tạo") == []  # "các số", "cơ sở": no departments


def test_an_article_number_alone_on_its_line_titles_the_text_below_it():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 88/QĐ-UBND\n\nNinh Bình, ngày 2 tháng 4 năm 2026\n\n"
                "QUYẾT ĐỊNH\nVề một việc\n\nĐiều 1. Phê duyệt Đề án.\n"
                "Điều 2. Giao Sở Du lịch chủ trì triển khai Đề án, báo cáo trước ngày 30/6/2026.\nĐiều 3.\n"
                "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Du lịch chịu trách nhiệm thi hành Quyết định này./.\n")
    [doc] = extract_text(normalise(decision, file="qd.txt")).documents
    tasks = {t.clause: t for t in doc.tasks}
    assert [o.name for o in tasks["Điều 2"].owners] == ["Sở Du lịch tỉnh Ninh Bình"]
    assert tasks["Điều 2"].text.endswith("30/6/2026.")  # the next article is not part of it
    assert [o.name for o in tasks["Điều 3"].owners] == ["Chánh Văn phòng Ủy ban nhân dân tỉnh Ninh Bình",
                                                        "Giám đốc Sở Du lịch tỉnh Ninh Bình"]


def test_in_a_central_document_a_provincial_body_without_its_place_is_every_provinces():
    central = context_for(find_mentions("Bộ Chính trị")[0].ref, [])
    assert _names("Ban Thường vụ Tỉnh ủy, Thành ủy tổ chức quán triệt; UBND tỉnh chỉ đạo", central) == [
        ("group", "Ban Thường vụ Tỉnh ủy, Thành ủy"), ("group", "Ủy ban nhân dân tỉnh")]
    assert _names("Tỉnh ủy Nghệ An và Thành ủy Hà Nội lãnh đạo", central) == [
        ("body", "Tỉnh ủy Nghệ An"), ("body", "Thành ủy Hà Nội")]  # named places stay bodies
    provincial = context_for(find_mentions("Tỉnh ủy Nghệ An")[0].ref, [])
    assert _names("Ban Thường vụ Tỉnh ủy chỉ đạo", provincial) == [("body", "Ban Thường vụ Tỉnh ủy Nghệ An")]
