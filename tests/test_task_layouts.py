"""Where real documents put the owner of a task, on texts written for these tests (invented content)."""

from __future__ import annotations

from loaders.extraction.extract import extract_text
from loaders.read import normalise
from loaders.vntext import fold

HEAD = ("TỈNH ỦY NGHỆ AN\n\nSố 45-CTr/TU\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        "thực hiện một nghị quyết\n\n")


def _tasks(body: str):
    return _document(HEAD + body).tasks


def _document(text: str, file: str = "ctr.txt"):
    """The one document a text holds."""
    [doc] = extract_text(normalise(text, file=file)).documents
    return doc


def test_a_schedule_section_lists_tasks_each_due_by_the_end_of_its_phase():
    tasks = _tasks("IV. TIẾN ĐỘ VÀ KINH PHÍ THỰC HIỆN\n1. Tiến độ thực hiện\na) Giai đoạn 2026 - 2027:\n"
                   "- Thành lập tổ công tác liên ngành về chuyển đổi số.\n"
                   "- Xây dựng cơ sở dữ liệu dùng chung của tỉnh.\nb) Giai đoạn 2028 - 2030:\n"
                   "- Tổng kết, đánh giá kết quả thực hiện chương trình.\n")
    assert [(t.text.split()[0], t.owner_kind, t.deadline) for t in tasks] == [
        ("Thành", "none", "2027"), ("Xây", "none", "2027"), ("Tổng", "none", "2030")]


def test_in_a_text_of_one_line_paragraphs_a_short_numbered_line_is_a_title_over_its_text():
    # a word processor's export: each paragraph one long line, so a short numbered line is a title
    long_line = ("Tuyên truyền sâu rộng về cải cách hành chính đến cán bộ, công chức, viên chức và người dân trên "
                 "địa bàn tỉnh, bảo đảm thiết thực, hiệu quả, phù hợp với điều kiện thực tế của từng đơn vị.\n")
    tasks = _tasks("I. MỤC ĐÍCH, YÊU CẦU\n" + long_line * 4 + "II. HOẠT ĐỘNG TRỌNG TÂM\n"
                   "1. Tổ chức Cuộc thi tìm hiểu về cải cách hành chính\n"
                   "Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức Cuộc thi trên địa bàn tỉnh.\n"
                   "2. Phát sóng chương trình đối thoại\n"
                   "Đài Phát thanh và Truyền hình tỉnh chủ trì xây dựng, phát sóng chương trình hằng tháng.\n"
                   "3. Báo và Phát thanh, Truyền hình tỉnh chủ trì đăng tải tin, bài về cải cách hành chính.\n"
                   "III. TỔ CHỨC THỰC HIỆN\n" + long_line * 6)
    got = [([o.name for o in t.owners], t.text.split()[0]) for t in tasks if t.owners]
    assert got == [(["Sở Nội vụ tỉnh Nghệ An"], "Sở"), (["Đài Phát thanh và Truyền hình tỉnh Nghệ An"], "Đài"),
                   (["Báo và Phát thanh, Truyền hình tỉnh Nghệ An"], "Báo")]


def test_a_paragraph_under_a_titled_item_stays_under_it():
    # "b) … đến năm 2030" titles the paragraph and the list below it: their targets take its year
    context = ("Bối cảnh: phát thải khí nhà kính tăng nhanh trong các lĩnh vực năng lượng, nông nghiệp và chất thải, "
               "đòi hỏi những giải pháp đồng bộ của các cấp, các ngành và của toàn xã hội trong thời gian tới.\n")
    doc = _plan(context * 4 + "I. MỤC TIÊU\n1. Mục tiêu chung\nb) Giảm phát thải khí nhà kính đến năm 2030\n"
                "Thực hiện mục tiêu giảm phát thải cho các lĩnh vực chủ yếu như sau:\n"
                "- Lĩnh vực năng lượng\nMục tiêu giảm phát thải so với năm 2020: 8%\n" + context * 4)
    assert [(t.value, t.year) for t in doc.targets] == [(8.0, 2030)]


def test_a_trailing_line_names_the_owners_of_the_list_above_it():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n1. Công tác tuyên truyền\n"
                   "- Đẩy mạnh tuyên truyền về bảo vệ môi trường trên các phương tiện thông tin.\n"
                   "- Tổ chức hội nghị quán triệt nghị quyết đến cán bộ chủ chốt các cấp.\n"
                   "Trách nhiệm chỉ đạo thực hiện: Ban Tổ chức Tỉnh ủy; Đảng ủy Ủy ban nhân dân tỉnh.\n"
                   "2. Công tác kiểm tra\n- Tăng cường kiểm tra, giám sát việc thực hiện nghị quyết ở cơ sở.\n")
    by_text = {t.text[:20]: t for t in tasks}
    for start in ("Đẩy mạnh tuyên truyề", "Tổ chức hội nghị quá"):
        t = by_text[start]
        assert [o.name for o in t.owners] == ["Ban Tổ chức Tỉnh ủy Nghệ An", "Đảng ủy Ủy ban nhân dân tỉnh Nghệ An"]
        assert (t.owner_kind, t.owner_source) == ("explicit", "heading")
    later = by_text["Tăng cường kiểm tra,"]  # the next list is not covered by the line above it
    assert (later.owners, later.owner_kind) == ([], "none")


def test_a_heading_naming_a_body_with_a_trailing_phrase_owns_its_items_and_unknown_units_are_kept():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Cục Quản lý thị trường có trách nhiệm:\n"
                   "a) Chủ trì kiểm tra việc chấp hành quy định về giá trên địa bàn.\n"
                   "b) Phối hợp với Sở Công Thương tổng hợp kết quả và báo cáo định kỳ.\n")
    assert [([o.name for o in t.owners], o.resolved, t.owner_kind, t.owner_source) for t in tasks
            for o in t.owners] == [(["Cục Quản lý thị trường"], False, "explicit", "heading")] * 2


def test_a_section_of_duties_of_a_body_owns_its_items():
    tasks = _tasks("II. NHIỆM VỤ CHỦ YẾU CỦA SỞ TÀI CHÍNH\n1. Rà soát, tham mưu bố trí kinh phí thực hiện chương trình.\n")
    assert [([o.name for o in t.owners], t.owner_kind) for t in tasks] == [(["Sở Tài chính tỉnh Nghệ An"], "explicit")]


def _provincial(symbol: str, kind_and_title: str, body: str):
    """The one document of a text issued by a provincial People's Committee (invented content)."""
    raw = (f"ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\nSố: {symbol}\n\nNghệ An, ngày 9 tháng 4 năm 2026\n\n"
           f"{kind_and_title}\n\n{body}")
    doc = _document(raw, "ubnd.txt")
    return doc


def test_an_article_that_assigns_a_post_owns_its_items_and_a_body_named_giao_duc_assigns_nothing():
    doc = _provincial("81/QĐ-UBND", "QUYẾT ĐỊNH\nVề kế hoạch thời gian năm học",
                      "Điều 1. Ban hành Kế hoạch thời gian năm học 2026-2027.\n\n"
                      "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo\n\n"
                      "1. Tổ chức chỉ đạo thực hiện Kế hoạch thời gian năm học đúng quy định.\n\n"
                      "2. Chủ trì, phối hợp với các ngành hướng dẫn các trường thực hiện thống nhất.\n\n"
                      "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n")
    got = [([o.name for o in t.owners], t.owner_kind) for t in doc.tasks if t.clause.startswith("Điều 2")]
    assert got == [(["Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An"], "explicit")] * 2
    # "giáo" of "giáo dục" is no "giao": a sentence citing bodies about education assigns them nothing
    tasks = _tasks("II. NHIỆM VỤ\n1. Về thể chế\nTiếp tục thể chế hoá các nghị quyết của Ban Chấp hành Trung ương "
                   "Đảng về phát triển giáo dục và đào tạo, cụ thể:\n- Sửa đổi các quy định về học phí.\n")
    assert [(t.owners, t.owner_kind) for t in tasks if t.text.startswith("Sửa")] == [([], "none")]


def test_targets_beyond_percentages_with_the_plan_horizon():
    doc = _provincial("77/KH-UBND", "KẾ HOẠCH\nPhát triển các khu công nghiệp giai đoạn 2026 - 2030",
                      "II. NHIỆM VỤ\n1. Hoàn thiện ít nhất 1.200 ha mặt bằng sạch để thu hút nhà đầu tư.\n"
                      "2. Phấn đấu tỷ lệ doanh nghiệp được hỗ trợ chuyển đổi số đạt tối thiểu 26,5%.\n")
    assert sorted((t.value, t.unit, t.year) for t in doc.targets) == [(26.5, "%", 2030), (1200.0, "ha", 2030)]


def test_an_ownerless_item_holding_several_directives_is_several_tasks():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n1. Công tác quản lý\n"
                   "- Rà soát, sửa đổi các quy định về quản lý chất thải rắn sinh hoạt; tổ chức kiểm tra việc "
                   "thực hiện tại các khu công nghiệp; báo cáo kết quả trước ngày 30/6/2026.\n")
    assert [(t.text.split()[0], t.owner_kind) for t in tasks] == [("Rà", "none"), ("tổ", "none")]
    # "…; báo cáo kết quả trước ngày …" reports on the order before it: one task, due then
    assert tasks[-1].text.endswith("báo cáo kết quả trước ngày 30/6/2026.")
    assert tasks[-1].deadline == "2026-06-30"


def test_the_closing_article_of_a_decision_names_who_executes_it():
    doc = _provincial("80/QĐ-UBND", "QUYẾT ĐỊNH\nVề một việc",
                      "Điều 1. Phê duyệt Kế hoạch kèm theo.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
                      "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở: Tài chính, Nội vụ; Chủ tịch Ủy ban nhân "
                      "dân các huyện chịu trách nhiệm thi hành Quyết định này./.\n")
    [t] = [t for t in doc.tasks if "thi hành" in t.text]
    names = [o.name for o in t.owners]
    assert t.owner_kind == "explicit"
    assert {"Chánh Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Giám đốc Sở Tài chính tỉnh Nghệ An",
            "Giám đốc Sở Nội vụ tỉnh Nghệ An"} <= set(names)


def _plan(body: str):
    return _provincial("77/KH-UBND", "KẾ HOẠCH\nThực hiện Chỉ thị số 05/CT-TTg ngày 3 tháng 2 năm 2025 của Thủ tướng "
                                     "Chính phủ", body)


def test_a_flattened_target_table_pairs_the_nth_value_with_the_nth_indicator():
    doc = _plan("I. NHIỆM VỤ\n1. Tổ chức thực hiện kế hoạch.\n\nPHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030\n\n"
                "TT\n\nNội dung\n\nMục tiêu\n\n1\n\n2\n\nTỷ lệ che phủ rừng toàn\ntỉnh\n\nTỷ lệ xã có điểm\nthu gom rác\n"
                "Số công trình xanh\nđược chứng nhận\n\nTối thiểu\n45%\n\n100%\n\n>20 công trình\n\nCơ quan chủ trì\n")
    assert [(t.text.split(" ")[2], t.comparator, t.value, t.unit, t.year) for t in doc.targets] == [
        ("che", "gte", 45.0, "%", 2030), ("xã", "eq", 100.0, "%", 2030), ("trình", "gt", 20.0, "công trình", 2030)]




def test_a_target_table_runs_on_after_its_header_is_repeated_with_row_numbers_after_the_names():
    # the second page repeats the header, ends the row cut by the break, then gives each row's number
    # between its name and its value
    doc = _plan("I. NHIỆM VỤ\n1. Tổ chức thực hiện kế hoạch.\n\nPHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030\n\n"
                "TT\n\nNội dung\n\nMục tiêu\n\n1 Tỷ lệ che phủ rừng\n\n45%\n\n2\n\nTỷ lệ hộ dân có nhà ở an\n\n"
                "70%\n\nCơ quan chủ trì\n\nSở Nông nghiệp\n\n12\n\nTT\n\nNội dung\n\nMục tiêu\n\n"
                "toàn trước thiên tai\nTỷ lệ xã có điểm thu gom rác\n\n3\n\n90%\n\n4\n\nSố khu công nghiệp sinh thái\n\n"
                "02 khu\n\nCơ quan chủ trì\n")
    got = [(t.text, t.value, t.unit, t.year) for t in doc.targets]
    assert got == [("1 Tỷ lệ che phủ rừng 45%", 45.0, "%", 2030), ("Tỷ lệ hộ dân có nhà ở an 70%", 70.0, "%", 2030),
                   ("Tỷ lệ xã có điểm thu gom rác 3 90%", 90.0, "%", 2030),
                   ("Số khu công nghiệp sinh thái 02 khu", 2.0, "khu", 2030)]
def test_a_scanned_target_table_row_whose_number_and_value_sit_on_a_middle_line_of_its_name():
    # a scan centres the row number and the value beside a name wrapped over lines, misreads numbers
    # ("1ó.") and leaves stray marks before a row ("Ề", "z |")
    doc = _plan("I. NHIỆM VỤ\n1. Tổ chức thực hiện kế hoạch.\n\nPHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030\n\n"
                "TT Chỉ tiêu Mục tiêu\n1 Tỷ lệ che phủ rừng 45%\nTỷ lệ cơ sở sản xuất được quan trắc tự\n2. R - 100%\n"
                "động, liên tục\n3. | Tỷ lệ xã có điểm thu gom rác 90%\nỀ Tỷ lệ hộ dùng nước sạch 98%\n"
                "5. | Tỷ trọng năng lượng tái tạo trong tổng cung 26,1%\n1ó. | Giảm tiêu hao năng lượng 1-1,5%\n")
    got = [(t.value, t.year) for t in doc.targets]
    assert [v for v, _ in got] == [45.0, 100.0, 90.0, 98.0, 26.1, 1.0]
    assert all(year == 2030 for _, year in got[1:])
    assert doc.targets[1].text.startswith("Tỷ lệ cơ sở sản xuất được quan trắc tự 2.")
    assert doc.targets[-1].value_max == 1.5


def test_a_count_written_in_words_after_a_binding_word_is_a_target_and_a_document_number_is_none():
    doc = _plan("I. NHIỆM VỤ\n1. Tổ chức thực hiện kế hoạch.\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
                "TT | Nhiệm vụ | Cơ quan chủ trì | Căn cứ\n1\nCác sở bố trí ít nhất hai cán \nbộ chuyên trách pháp chế\n"
                "Các sở\nNghị quyết \nsố 12-\nNQ/TW 2\nRà soát văn bản theo Nghị quyết \nsố 27-\nNQ/TW 3\n"
                "Tổng kết việc thi hành pháp luật\nSở Tư pháp\nThường xuyên\nNghị quyết số 27-\nNQ/TW 4\n"
                "Xây dựng cơ sở dữ liệu văn bản quy phạm pháp luật của tỉnh\nSở Tư pháp\nNăm 2026\n"
                "Nghị quyết số 27-\nNQ/TW 5\nKiện toàn tổ chức pháp chế ở các cơ quan chuyên môn\nSở Nội vụ\n"
                "Năm 2026\nNghị quyết số 12-\nNQ/TW\n")
    [t] = doc.targets  # "số 12-" / "NQ/TW 2" is a document's number and the next row's, never a value
    assert (t.value, t.comparator, t.unit) == (2.0, "gte", "cán bộ")
    # a table read as one paragraph has no full stop: the target is its line, not the whole appendix
    assert t.text.startswith("Các sở bố trí ít nhất hai cán bộ chuyên trách") and len(t.text) < 120


def test_commitments_read_where_real_plans_write_them():
    doc = _plan("I. NHIỆM VỤ\n1. Tăng cường công tác dân số, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; "
                "giảm 40% số cặp tảo hôn; 80% phụ nữ mang thai được tầm soát bệnh bẩm sinh.\n"
                "2. Hiện có 12 cụm công nghiệp đang hoạt động.\n"
                "3. Bố trí tối thiểu 3% tổng chi ngân sách hằng năm cho bảo vệ môi trường.\n"
                "4. Kinh phí thực hiện dự kiến khoảng 120 tỷ đồng.\n")
    got = sorted((t.value, t.unit, t.comparator, t.year) for t in doc.targets)
    # no horizon: the only year in the title is the date of the directive it implements
    assert got == [(2.1, "con/phụ nữ", "eq", None), (3.0, "% tổng chi ngân sách", "gte", None),
                   (40.0, "%", "eq", None), (80.0, "%", "eq", None), (120.0, "tỷ đồng", "approx", None)]


def test_a_body_named_before_a_colon_or_alone_as_a_heading_owns_its_tasks():
    tasks = _tasks("IV. TỔ CHỨC THỰC HIỆN\n3. Sở Khoa học và Công nghệ: Chủ trì, phối hợp với các sở tổ chức các hoạt "
                   "động tuyên truyền.\n4. Báo và Phát thanh, Truyền hình tỉnh\na) Chủ động cân đối kinh phí.\n"
                   "5. Ban Quản lý Khu kinh tế và Ban Quản lý các Khu công nghiệp tỉnh chủ trì thu hút đầu tư.\n"
                   "6. Các sở, ban, ngành; UBND các xã, phường\na) Nghiên cứu, xây dựng kế hoạch.\n"
                   "7. Sở Văn\nhóa, Thể thao và Du lịch chủ trì tuyên truyền về cải cách hành chính.\n")
    got = [([o.name for o in t.owners], t.owner_kind) for t in tasks]
    assert got[0] == (["Sở Khoa học và Công nghệ tỉnh Nghệ An"], "explicit")
    assert got[1][1] == "explicit" and got[1][0][0].startswith("Báo và Phát")
    assert got[2] == (["Ban Quản lý Khu kinh tế", "Ban Quản lý các Khu công nghiệp tỉnh Nghệ An"], "explicit")
    assert got[3][1] == "collective"
    assert got[4] == (["Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"], "explicit")  # a name wrapped over a line


def test_the_body_directed_to_act_answers_with_the_body_that_directs():
    tasks = _tasks("II. NHIỆM VỤ\n1. Về lĩnh vực tư pháp: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:\n"
                   "- Tăng cường kỷ luật, kỷ cương trong toàn ngành.\n"
                   "2. Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính rà soát các khoản chi thường xuyên.\n"
                   "3. Nhằm đơn giản hóa thủ tục hành chính, Sở Tư pháp nghiên cứu ứng dụng công nghệ thông tin.\n")
    got = [[o.name for o in t.owners] for t in tasks]
    assert got == [["Ủy ban nhân dân tỉnh Nghệ An", "Công an tỉnh Nghệ An"],
                   ["Ủy ban nhân dân tỉnh Nghệ An", "Sở Tài chính tỉnh Nghệ An"],
                   ["Sở Tư pháp tỉnh Nghệ An"]]


def test_each_sentence_of_an_ownerless_item_is_a_task_and_a_class_holding_a_body_name_is_a_class():
    tasks = _tasks("II. NHIỆM VỤ CỤ THỂ\nĐể thực hiện kế hoạch, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, "
                   "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung\n   ương cần tổ chức thực hiện các nhiệm vụ sau:\n"
                   "1. Hoàn thiện thể chế về đổi mới sáng tạo và khởi nghiệp\n"
                   "- Chấp nhận rủi ro và độ trễ trong nghiên cứu khoa học, phát triển công nghệ. Hình thành các quỹ "
                   "đầu tư mạo hiểm cho khởi nghiệp sáng tạo và chuyển đổi số.\n")
    assert [t.text.split()[0] for t in tasks] == ["Chấp", "Hình"]
    assert all(t.owner_kind == "collective" and t.owner_source == "preamble" for t in tasks)
    # adjacent classes form one addressee; the wrapped, indented line is joined
    assert [o.name for o in tasks[0].owners] == [
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_emphasised_numbering_and_roman_sub_items_that_each_give_an_order():
    tasks = _tasks("**4. ***Về phân công nhiệm vụ:*\n*4.1. *Giao Đảng\nuỷ Chính phủ: *(i) *Chỉ đạo Đảng uỷ Bộ Y tế chủ trì "
                   "xây dựng quy trình tiếp nhận trẻ em bị bỏ rơi. *(ii) *Chỉ đạo Đảng uỷ Bộ Tư pháp chủ trì rà soát "
                   "các quy định về nhận con nuôi.\n*4.2. *Giao Ban Tổ chức Tỉnh ủy hướng dẫn thực hiện theo quy định "
                   "về: (i) hồ sơ cán bộ; (ii) quy trình bổ nhiệm.\n")
    got = [(t.clause, [o.name for o in t.owners]) for t in tasks]
    assert got == [("4.1 • i)", ["Đảng ủy Chính phủ", "Đảng ủy Bộ Y tế"]),
                   ("4.1 • ii)", ["Đảng ủy Chính phủ", "Đảng ủy Bộ Tư pháp"]),
                   ("4.2", ["Ban Tổ chức Tỉnh ủy Nghệ An"])]  # objects listed (i), (ii) of one order


def test_an_owned_item_that_announces_a_list_gives_its_owner_and_deadline_to_the_list():
    tasks = _tasks("II. NHIỆM VỤ\n2. Sở Tài chính chủ trì hoàn thiện dự thảo Đề án, trình Ủy ban nhân dân tỉnh trước "
                   "ngày 20 tháng 10 năm 2026. Trong đó chú ý một số nội dung sau:\n"
                   "a) Rà soát kỹ các quy định về phí và lệ phí của tỉnh.\n"
                   "b) Làm rõ nguồn kinh phí thực hiện Đề án.\n"
                   "3. Sở Nội vụ theo dõi việc thực hiện.\n")
    got = [(t.clause, [o.name for o in t.owners], t.deadline) for t in tasks]
    assert got == [("II.2", ["Sở Tài chính tỉnh Nghệ An"], "2026-10-20"),
                   ("II.2 • a)", ["Sở Tài chính tỉnh Nghệ An"], "2026-10-20"),
                   ("II.2 • b)", ["Sở Tài chính tỉnh Nghệ An"], "2026-10-20"),
                   ("II.3", ["Sở Nội vụ tỉnh Nghệ An"], None)]


def test_commune_level_bodies_since_the_two_level_local_government():
    tasks = _tasks("II. NHIỆM VỤ\n1. Ủy ban nhân dân phường Hòa Bình chủ trì rà soát các điểm tập kết rác thải.\n"
                   "2. Ủy ban nhân dân xã có trách nhiệm tuyên truyền đến từng thôn, bản.\n")
    assert [([o.name for o in t.owners], t.owner_kind) for t in tasks] == [
        (["Ủy ban nhân dân phường Hòa Bình"], "explicit"),   # a named ward is one body
        (["Ủy ban nhân dân xã"], "collective")]              # an unnamed "xã" in a provincial text is each one


def test_a_co_lead_is_an_owner_not_a_collaborator():
    tasks = _tasks("II. NHIỆM VỤ\n1. Sở Ngoại vụ đồng chủ trì với Sở Công Thương, phối hợp với Sở Tài chính tổ chức "
                   "hội nghị xúc tiến đầu tư.\n")
    assert [([o.name for o in t.owners], [c.name for c in t.collaborators]) for t in tasks] == [
        (["Sở Ngoại vụ tỉnh Nghệ An", "Sở Công Thương tỉnh Nghệ An"], ["Sở Tài chính tỉnh Nghệ An"])]


def _directive(body: str):
    """The one document of a Prime Minister's directive (invented content)."""
    raw = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 12/CT-TTg\n\nHà Nội, ngày 9 tháng 4 năm 2026\n\nCHỈ THỊ\n"
           "Về phát triển khoa học\n\n" + body)
    doc = _document(raw, "ct.txt")
    return doc


def test_a_preamble_with_two_cues_addresses_the_heads_of_ministries_and_provinces():
    doc = _directive("Để thúc đẩy phát triển khoa học, Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan "
                     "ngang\nBộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc "
                     "Trung ương và đề nghị cộng đồng doanh nghiệp, nhân dân cả nước:\n\n"
                     "I. TINH THẦN CHỈ ĐẠO\n\n1. Quán triệt sâu sắc chủ trương phát triển khoa học, công nghệ.\n\n"
                     "2. Tập trung tháo gỡ khó khăn cho doanh nghiệp khởi nghiệp sáng tạo.\n")
    got = [(t.text.split()[0], t.owner_kind, [o.name for o in t.owners]) for t in doc.tasks]
    # two classes of heads, each its own owner
    heads = ["Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
             "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert [(w, k) for w, k, _ in got] == [("Quán", "collective"), ("Tập", "collective")]
    assert [fold(n) for n in got[0][2]] == [fold(n) for n in heads]


def test_a_page_break_inside_a_list_keeps_its_items_with_the_body_that_heads_it():
    doc = _directive("II. NHIỆM VỤ\n\n1. Về tín dụng\n\na) Ngân hàng Nhà nước Việt Nam:\n\n"
                     "- Chủ trì đề xuất chính sách tín dụng phù hợp, báo cáo Thủ tướng\n\n2\n\n\n--- PAGE BREAK ---\n\n"
                     "Chính phủ trong tháng 5 năm 2026.\n\n- Trình ngay Thủ tướng Chính phủ đề án thí điểm.\n\n"
                     "b) Bộ Tài chính\n__ - Trình Chính phủ nghị định về gia hạn nộp thuế và tiền thuê\n\n"
                     "đất cho doanh nghiệp, báo cáo trong tháng 6 năm 2026.\n\n"
                     "c) Bảo hiểm xã hội Việt Nam chủ trì hướng dẫn tạm dừng đóng bảo hiểm.\n")
    got = [(t.text.split()[0], [o.name for o in t.owners], t.deadline) for t in doc.tasks]
    assert got == [("Chủ", ["Ngân hàng Nhà nước Việt Nam"], "2026-05"),  # one sentence across the page
                   ("Trình", ["Ngân hàng Nhà nước Việt Nam"], None),  # still under a) after the page
                   ("Trình", ["Bộ Tài chính"], "2026-06"),  # OCR underline before the bullet; blank line mid-sentence
                   ("Bảo", ["Bảo hiểm xã hội Việt Nam"], None)]
    assert "PAGE" not in doc.tasks[0].text


def test_an_office_of_each_member_of_a_class_and_a_qualified_class_lead_their_sentence():
    doc = _directive("II. NHIỆM VỤ\n\n1. Thanh tra Chính phủ, Thanh tra các Bộ, ngành, địa phương thực hiện nghiêm "
                     "kế hoạch thanh tra.\n\n2. Bộ Tài chính và các Bộ, ngành liên quan tăng cường kiểm tra việc thực "
                     "hiện.\n")
    got = [([(o.kind, o.name) for o in t.owners], t.owner_kind) for t in doc.tasks]
    assert got == [([("body", "Thanh tra Chính phủ"), ("group", "Thanh tra các Bộ, ngành, địa phương")], "explicit"),
                   ([("body", "Bộ Tài chính"), ("group", "Các Bộ, ngành")], "explicit")]


def test_a_council_resolution_asks_the_committee_to_direct_agencies_written_as_offices_write_them():
    raw = ("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\n\nSố: 15/NQ-HĐND\n\nNghệ An, ngày 9 tháng 7 năm 2026\n\nNGHỊ QUYẾT\n"
           "Về hoạt động chất vấn\n\nĐiều 2. Đề nghị Ủy ban nhân dân tỉnh thực hiện:\n"
           "1. Về lĩnh vực Văn hóa - Xã\nhội:\nChỉ đạo Sở VH,TT&DL chủ động tham mưu các giải pháp quản lý thiết chế văn hóa.\n"
           "2. Về đầu tư:\n- Chỉ\nđạo Ban Dân tộc tỉnh phối hợp với các huyện rà soát kinh phí còn thiếu của dự án.\n"
           "- Chỉ đạo Sở Nông nghiệp và PTNT:\n+ Nghiệm thu, bàn giao công trình kè trong tháng 8/2026.\n"
           "+ Khắc phục hiện tượng rò rỉ của hồ chứa nước; báo cáo Ủy ban nhân dân tỉnh trong quý IV năm 2026.\n"
           "3. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Bộ Chỉ\nhuy Quân sự tỉnh hoàn tất thủ tục đền bù thao trường.\n")
    doc = _document(raw, "nq.txt")
    got = [(t.text.split()[0], [o.name for o in t.owners][1:], t.deadline) for t in doc.tasks]
    # each is the provincial committee's (first owner) and the agency's it directs
    assert all(t.owners[0].name == "Ủy ban nhân dân tỉnh Nghệ An" for t in doc.tasks)
    assert got == [
        ("Chỉ", ["Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"], None),  # a heading wrapped before its colon
        ("Chỉ", ["Ban Dân tộc tỉnh Nghệ An"], None),  # "Chỉ / đạo" wrapped
        ("Chỉ", ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An"], None),
        ("Nghiệm", ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An"], "2026-08"),  # '+' items under '-'
        ("Khắc", ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An"], "2026-Q4"),  # with its report, one task
        ("Đề", ["Bộ Chỉ huy Quân sự tỉnh Nghệ An"], None)]


def test_people_named_with_their_role_own_the_duties_after_it():
    doc = _provincial("80/KH-UBND", "KẾ HOẠCH\nKiểm tra an toàn vật liệu nổ",
                      "4. Phân công nhiệm vụ\n4.1. Ông. Trần Văn Bình - Trưởng đoàn: Phụ trách chung; chủ trì các buổi "
                      "làm việc của Đoàn.\n4.2. Đồng chí Lê Thị Hoa, Phó Chủ tịch UBND tỉnh: chỉ đạo việc kiểm tra "
                      "tại các huyện.\n")
    got = [([(o.kind, o.name, o.parent_name) for o in t.owners], t.owner_kind) for t in doc.tasks]
    assert got == [([("post", "Trần Văn Bình, Trưởng đoàn", None)], "explicit"),
                   ([("post", "Lê Thị Hoa, Phó Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh Nghệ An")], "explicit")]


def test_a_symbol_wrapped_to_a_line_start_is_no_item_and_a_due_date_sentence_dates_the_orders_before_it():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n(1) Rà soát quy trình tiếp nhận đơn thư; giúp cấp ủy thực hiện Chỉ thị số\n"
                   "12-CT/TU của Ban Thường vụ về tiếp công dân.\n\n(2) Tiếp tục đổi mới công tác văn thư, lưu trữ. "
                   "Thời gian hoàn thành trước ngày 30/12/2026.\n")
    assert [(t.clause, t.text.split()[0], t.deadline) for t in tasks] == [
        ("II • (1)", "Rà", None), ("II • (2)", "Tiếp", "2026-12-30")]
    assert tasks[0].text.endswith("Chỉ thị số 12-CT/TU của Ban Thường vụ về tiếp công dân.")


def test_a_scan_keeps_its_sections_through_footers_misread_numbers_and_unreadable_stamps():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n\n2. Ban Tổ chức Tỉnh ủy\n\na) Chỉ đạo rà soát quy hoạch cán bộ.\n\n"
                   "===== Trang 9 =====\n18.CTRTU45.DOC 9\n\nb) Chỉ đạo kiện toàn tổ chức bộ máy.\n\n"
                   "9, Ban Tuyên giáo Tỉnh ủy\n\nChủ trì hướng dẫn công tác quán triệt chương trình.\n\n"
                   "SỐ óãaãaãẽãẽãẽãẽãẽ.ẽ... Sẽ...\n")
    assert [(t.text.split()[0], [o.name for o in t.owners]) for t in tasks] == [
        ("Chỉ", ["Ban Tổ chức Tỉnh ủy Nghệ An"]), ("Chỉ", ["Ban Tổ chức Tỉnh ủy Nghệ An"]),  # the footer is no item
        ("Chủ", ["Ban Tuyên giáo Tỉnh ủy Nghệ An"])]  # "9," read as "9."; the stamp's OCR is no task


def test_a_bare_page_number_inside_a_sentence_and_a_class_directing_its_departments():
    doc = _directive("II. NHIỆM VỤ\n\nĐề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n\n"
                     "1. Chỉ đạo Sở Nông nghiệp và Môi trường giám sát việc thu gom, tái chế các chất được kiểm\n\n3\n\n"
                     "soát theo Nghị định thư Montreal trên địa bàn.\n")
    [t] = doc.tasks
    assert t.text.endswith("các chất được kiểm soát theo Nghị định thư Montreal trên địa bàn.")
    # each province's department, a class like the committees that direct it
    assert ([o.name for o in t.owners], t.owner_kind) == (
        ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], "collective")


def test_a_later_sentence_that_opens_with_an_order_is_a_further_task_of_the_same_owner():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n3. Ban Tổ chức Tỉnh ủy chỉ đạo rà soát, bổ sung quy hoạch cán bộ các cấp. "
                   "Thường xuyên theo dõi, kiểm tra, đánh giá tình hình thực hiện quy hoạch. Cần bảo đảm yếu tố "
                   "linh hoạt theo từng thời điểm cụ thể.\n")
    assert [(t.text.split()[0], [o.name for o in t.owners]) for t in tasks] == [
        ("Ban", ["Ban Tổ chức Tỉnh ủy Nghệ An"]),
        ("Thường", ["Ban Tổ chức Tỉnh ủy Nghệ An"])]  # "Cần …" says what is needed: it stays with the sentence before
    assert tasks[1].text.endswith("theo từng thời điểm cụ thể.")


def test_a_short_name_the_document_defines_names_the_body_it_was_given_for():
    doc = _directive("Điều 1. Kiện toàn Ban Chỉ đạo Trung ương về chuyển đổi năng lượng xanh (gọi tắt là Ban Chỉ "
                     "đạo), gồm các thành viên sau.\n\nĐiều 2. Nhiệm vụ của Ban Chỉ đạo:\n"
                     "1. Nghiên cứu, xây dựng Đề án về chuyển đổi năng lượng xanh.\n")
    [t] = [t for t in doc.tasks if t.text.startswith("Nghiên cứu")]
    [owner] = t.owners
    assert (owner.name, owner.resolved, t.owner_kind) == (
        "Ban Chỉ đạo Trung ương về chuyển đổi năng lượng xanh", False, "explicit")


def test_a_closing_formula_run_into_the_last_item_leaves_its_order_and_a_wrapped_citation_is_no_item():
    doc = _directive("II. NHIỆM VỤ\n\n2. Bộ Tài chính nghiên cứu quy định tại khoản\n3 - Điều 61 Luật Lâm nghiệp để "
                     "hoàn thiện Đề án.\n3. Bộ Tài chính hoàn thiện dự thảo Quyết định phê duyệt Đề án.\n"
                     "Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.\n")
    # the last item keeps its own order; the closing passes the orders on to those it names, not to its owner
    assert [(t.clause, t.text.split()[-1], [o.name for o in t.owners]) for t in doc.tasks] == [
        ("II.2", "án.", ["Bộ Tài chính"]), ("II.3 ¶1", "án.", ["Bộ Tài chính"]),
        ("¶", "hiện./.", ["Các Bộ, cơ quan liên quan"])]
    assert "Điều 61" in doc.tasks[0].text


def test_a_day_without_a_year_in_a_plan_whose_date_line_is_unreadable_takes_the_year_of_its_title():
    raw = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\nSố: 91/KH-UBND\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n\n"
           "II. NHIỆM VỤ\n1. Sở Tư pháp: Chủ trì tổ chức các sự kiện tuyên truyền nhân ngày Pháp luật Việt Nam "
           "9/11.\n")
    doc = _document(raw, "kh.txt")
    assert doc.date is None
    assert [t.deadline for t in doc.tasks] == ["2026-11-09"]


def test_the_summing_up_and_the_recipients_run_into_the_last_item_are_no_tasks_of_it():
    doc = _provincial("92/KH-UBND", "KẾ HOẠCH\nPhát động thi đua năm 2026",
                      "VII. TỔ CHỨC THỰC HIỆN\n5. Đề nghị Ủy ban MTTQ Việt Nam tỉnh tăng cường công tác giám sát.\n"
                      "Trên đây là Kế hoạch phát động thi đua năm 2026. Trong quá trình thực hiện, nếu phát sinh vướng "
                      "mắc, đề nghị các cơ quan, đơn vị kịp thời báo cáo Ủy ban nhân dân tỉnh.\nNơi nhận:\n"
                      "- Thường trực Tỉnh ủy;\n- Các sở, ban, ngành;\n- Lưu: VT.\n")
    got = [(t.text.split()[0], t.owner_kind) for t in doc.tasks]
    assert got == [("Đề", "explicit"), ("Trong", "collective")]  # no recipient is a task; "Trên đây là …" neither
    assert [o.name for o in doc.tasks[0].owners] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"]


def test_a_body_named_alone_on_its_numbered_line_owns_the_text_below_it_across_a_page_number():
    raw = ("UBND HUYỆN ĐÔNG SƠN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 21/KH-PGD&ĐT\n\nĐông Sơn, ngày 5 tháng 10 năm 2026\n\n"
           "KẾ HOẠCH\nThực hiện công tác pháp chế năm học 2026-2027\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng GD&ĐT\n"
           "Xây dựng và tổ chức triển khai kế hoạch công tác pháp chế năm học 2026-2027.\n2\n\n"
           "Phối hợp với Phòng Tư pháp tổ chức tuyên truyền pháp luật trong trường học.\n2. Các nhà trường\n"
           "Xây dựng kế hoạch công tác pháp chế của đơn vị.\n")
    doc = _document(raw, "kh.txt")
    got = [(t.text.split()[0], [o.name for o in t.owners], t.owner_kind) for t in doc.tasks]
    assert got[:2] == [("Xây", ["Phòng Giáo dục và Đào tạo"], "explicit"), ("Phối", ["Phòng Giáo dục và Đào tạo"], "explicit")]
    assert got[2][0] == "Xây" and got[2][1] == []  # the next numbered name ends the office's reach


def test_a_schedule_row_ending_in_a_date_and_a_department_row_are_no_targets():
    doc = _plan("I. NHIỆM VỤ\n1. Tổ chức chương trình đối thoại trực tiếp.\n\nTT | Nội dung | Trách nhiệm | Thời gian\n"
                "1 | Giải đáp kiến nghị về thủ tục hành chính | Lãnh đạo\nSở Y tế | Từ 20 giờ ngày 13 tháng 3\n"
                "2 | Giải đáp kiến nghị về đất đai | Lãnh đạo\nSở Tài chính | Từ 20 giờ ngày 12 tháng 6\n")
    assert doc.targets == []  # "Sở …" is no "Số …" (both fold to "so"), and "tháng 3" is a date
    assert [t.deadline for t in doc.tasks if t.clause.startswith("bảng")] == ["2026-03-13", "2026-06-12"]


def test_items_d_and_dd_keep_their_tasks_apart_in_the_graph():
    from rdflib.namespace import RDF

    from loaders.to_rdf import document_graph
    from ontology.terms import DKG

    doc = _plan("II. NHIỆM VỤ\n1. Về tài chính và công vụ:\nd) Sở Tài chính chủ trì rà soát các khoản kinh phí.\n"
                "đ) Sở Nội vụ chủ trì kiểm tra việc thực hiện công vụ.\n")
    assert [t.clause for t in doc.tasks] == ["II.1 • d)", "II.1 • đ)"]
    graph = document_graph(doc, {})
    assert len(set(graph.subjects(RDF.type, DKG.Task))) == 2  # folded alike, the two were one node
    assert len(set(graph.subjects(RDF.type, DKG.Clause))) >= 2


def test_a_quota_for_every_period_is_a_target_but_a_row_number_after_hang_nam_is_not():
    doc = _plan("I. NHIỆM VỤ\n1. Đài Phát thanh tỉnh định kỳ phát sóng mỗi tháng 03 chuyên mục về cải cách hành "
                "chính.\n2. Tổ chức diễn tập phòng thủ dân sự: Hằng năm 2 Rà soát, kiện toàn bộ máy.\n")
    assert [(t.value, t.unit) for t in doc.targets] == [(3.0, "chuyên mục/tháng")]


def test_a_rank_among_peers_is_a_target():
    doc = _plan("I. MỤC TIÊU\n1. Phấn đấu Chỉ số cải cách hành chính năm 2027 của tỉnh nằm trong nhóm 20 tỉnh, "
                "thành phố dẫn đầu cả nước.\n")
    assert [(t.value, t.comparator, t.unit) for t in doc.targets] == [(20.0, "top", "tỉnh, thành phố dẫn đầu")]


def test_a_letter_of_one_line_paragraphs_after_its_table_header_gives_its_opinion_as_tasks():
    # a converted letter: header and addressees as "|" table rows, then its paragraphs with no blank line between
    head = ("| TỈNH ỦY NGHỆ AN VĂN PHÒNG ------- | ĐẢNG CỘNG SẢN VIỆT NAM |\n| --- | --- |\n"
            "| Số: 17-CV/VPTU | Nghệ An, ngày 3 tháng 2 năm 2026 |\n"
            "| Kính gửi: | - Ban Tuyên giáo Tỉnh ủy; - Sở Nội vụ. |\n| --- | --- |\n")
    body = ("Về đề nghị của Sở Nội vụ tại Tờ trình số 87/TTr-SNV ngày 20 tháng 1 năm 2026 về việc tổ chức hội nghị "
            "chuyên đề về cải cách hành chính trong các cơ quan của tỉnh, đồng chí Phó Bí thư có ý kiến như sau:\n"
            "Sở Nội vụ báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính năm 2025 của các cơ quan, đơn vị trên "
            "địa bàn tỉnh; trên cơ sở đó chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy xây dựng kế hoạch tổ chức hội "
            "nghị, báo cáo Thường trực Tỉnh ủy trước ngày 15/3/2026.\n"
            "Văn phòng Tỉnh ủy thông báo để các cơ quan biết, thực hiện./.\n"
            "__Nơi nhận__:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.\n")
    doc = _document(head + body, "cv.txt")
    got = [([o.name for o in t.owners], t.text.split()[0], t.deadline) for t in doc.tasks]
    assert got == [(["Sở Nội vụ tỉnh Nghệ An"], "Sở", None),
                   (["Sở Nội vụ tỉnh Nghệ An"], "trên", "2026-03-15")]
    assert [c.name for c in doc.tasks[1].collaborators] == ["Ban Tuyên giáo Tỉnh ủy Nghệ An"]


def test_a_list_of_heads_named_after_a_colon_and_wrapped_over_lines_owns_its_article():
    tasks = _tasks("Điều 3. Trách nhiệm thi hành\n2. Ủy ban nhân dân tỉnh, Chủ\ntịch UBND tỉnh, Giám đốc các sở, "
                   "ngành: Giáo dục và\nĐào tạo; Văn hóa Thể thao và Du lịch; Nội vụ; Công an tỉnh trong phạm vi nhiệm "
                   "vụ, quyền\nhạn của mình có trách nhiệm thực hiện Chương trình này.\n")
    assert [([o.name for o in t.owners], t.owner_kind) for t in tasks] == [(
        ["Ủy ban nhân dân tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An",
         "Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An",
         "Giám đốc Sở Nội vụ tỉnh Nghệ An", "Công an tỉnh Nghệ An"], "explicit")]


def test_a_councils_last_article_names_its_standing_committee_organs_and_members():
    # every resolution of a Hội đồng nhân dân ends so; the council, the issuer, is named short ("Hội đồng nhân dân")
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 12/NQ-HĐND\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nNGHỊ QUYẾT\n"
            "về chất vấn tại kỳ họp thứ Năm\n\nĐiều 1. Chất vấn và trả lời chất vấn về giáo dục.\n\n"
            "Điều 2. Tổ chức thực hiện\n1. Thường trực Hội đồng nhân\ndân, các Ban Hội đồng nhân dân, các Tổ đại biểu "
            "Hội đồng nhân dân, Đại biểu Hội\nđồng nhân dân tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình có trách "
            "nhiệm giám sát việc thực hiện Nghị quyết.\n")
    doc = _document(text, "nq.txt")
    [task] = doc.tasks
    assert [(o.kind, o.name) for o in task.owners][0] == ("body", "Thường trực Hội đồng nhân dân tỉnh Nghệ An")
    assert [o.kind for o in task.owners][1:] == ["group"] and task.owner_kind == "explicit"


def test_a_signers_name_below_the_text_is_no_task():
    tasks = _tasks("Đề nghị Ủy ban nhân dân tỉnh:\n- Chỉ đạo các sở, ngành triển khai chương trình chuyển đổi số.\n"
                   "- Tổ chức sơ kết, đánh giá kết quả thực hiện hằng năm.\n\nTM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n"
                   "Nguyễn Văn An\n")
    assert [t.text.split()[0] for t in tasks] == ["Chỉ", "Tổ"]


def test_a_numbered_goal_then_the_sentence_assigning_it_and_a_reference_to_an_annex_is_no_heading():
    # "6. <a goal>." then the body that carries it out, then "(chi tiết Phụ lục …)": the item is a paragraph
    tasks = _tasks("II. NỘI DUNG\n6. Tỷ lệ trường học có phòng học bộ môn đạt chuẩn 100%.\n"
                   "      Sở Giáo dục và Đào tạo triển khai xây dựng phòng học bộ môn hoàn thành trong năm 2027.\n"
                   "                               (chi tiết Phụ lục 04 đính kèm)\n"
                   "7. Hoàn thành chuyển đổi số trong quản lý trường học.\n")
    owned = [(t.text.split()[0], [o.name for o in t.owners], t.deadline) for t in tasks if t.owners]
    assert owned == [("Sở", ["Sở Giáo dục và Đào tạo tỉnh Nghệ An"], "2027")]


def test_the_head_or_standing_committee_of_each_member_of_a_class_owns_its_sentence():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "1. Yêu cầu Thủ trưởng các sở, ban, ngành tổ chức thực hiện chương trình này.\n"
                   "2. Đề nghị thường trực các huyện ủy, thành ủy tiếp tục quan tâm lãnh đạo thực hiện chương trình.\n"
                   "3. Chủ tịch Ủy ban nhân dân các xã tổ chức thực hiện chương trình này.\n"
                   "4. Ban Thường vụ Tỉnh ủy lãnh đạo các cấp ủy triển khai chương trình này.\n")
    got = [([o.name for o in t.owners], t.owner_kind) for t in tasks]
    assert got == [(["Thủ trưởng các sở, ban, ngành"], "collective"),
                   (["Thường trực các huyện ủy, thành ủy"], "collective"),
                   (["Chủ tịch Ủy ban nhân dân các xã"], "collective"),
                   (["Ban Thường vụ Tỉnh ủy Nghệ An"], "explicit")]  # "lãnh đạo các cấp ủy": a verb, not a head
    # the head of each is a class over the same kinds of body as the class itself (a query for one sở finds it)
    assert "so" in tasks[0].owners[0].covers and "huyen-uy" in tasks[1].owners[0].covers


def test_a_class_within_the_issuing_committee_heading_a_list_owns_it():
    # "các ban đảng Tỉnh ủy" are the committee's commissions, not the committee as well (the issuer's own name
    # over a list is no section of duties, so reading it as an owner lost the whole heading)
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "1. Văn phòng Tỉnh ủy và các ban đảng Tỉnh ủy thực hiện tốt các nhiệm vụ sau:\n"
                   "- Tham mưu xây dựng quy chế làm việc của các cơ quan đảng.\n"
                   "- Theo dõi, đôn đốc việc thực hiện chương trình.\n")
    assert [([o.name for o in t.owners], t.owner_kind, t.owner_source) for t in tasks] == [
        (["Văn phòng Tỉnh ủy Nghệ An", "Các ban đảng"], "explicit", "heading")] * 2


def test_the_political_social_organisations_written_as_doan_the_and_a_class_qualified_by_its_level():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "1. Các cấp ủy, tổ chức đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh xây dựng "
                   "kế hoạch thực hiện.\n"
                   "2. Các cấp ủy, chính quyền, đoàn thể tăng cường tuyên truyền.\n")
    assert [[o.name for o in t.owners] for t in tasks] == [
        ["Các cấp ủy, tổ chức đảng", "Mặt trận Tổ quốc Việt Nam", "Các đoàn thể chính trị - xã hội"],
        ["Các cấp ủy, chính quyền, đoàn thể"]]
    assert "to-chuc-ctxh" in tasks[0].owners[2].covers


def test_the_units_of_a_ministry_and_the_units_concerned_are_classes():
    doc = _document("BỘ TÀI CHÍNH\n\nSố: 12/KH-BTC\n\nHà Nội, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\nTriển khai một việc\n\n"
                    "II. NHIỆM VỤ\n"
                    "1. Vụ Pháp chế chủ trì, phối hợp với các đơn vị thuộc Bộ rà soát các văn bản.\n"
                    "2. Thủ trưởng các đơn vị thuộc Bộ tổ chức thực hiện Kế hoạch này.\n"
                    "3. Các đơn vị liên quan phối hợp thực hiện.\n", file="kh.txt")
    got = [([o.name for o in t.owners], [c.name for c in t.collaborators], t.owner_kind) for t in doc.tasks]
    assert got == [(["Vụ Pháp chế"], ["Các đơn vị thuộc Bộ"], "explicit"),
                   (["Thủ trưởng các đơn vị thuộc Bộ"], [], "collective"),
                   (["Các đơn vị liên quan"], [], "collective")]


def test_a_letter_closing_that_passes_the_orders_on_for_action_is_a_task_of_those_it_names():
    head = ("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 1234/VPCP-KTTH\nV/v triển khai một việc\n\nHà Nội, ngày 3 tháng 2 năm 2026\n\n"
            "Kính gửi: Bộ Tài chính.\n\nXét đề nghị của Bộ Tài chính, Phó Thủ tướng có ý kiến như sau:\n"
            "Bộ Tài chính chủ trì hoàn thiện dự thảo Nghị định, trình Chính phủ trong tháng 3 năm 2026.\n\n")
    acted = _document(head + "Văn phòng Chính phủ - cơ quan giúp việc của Ban Chỉ đạo thông báo để các Bộ: Tài chính, "
                             "Công Thương và các cơ quan liên quan biết, thực hiện./.\n", file="cv.txt")
    closing = acted.tasks[-1]
    assert [o.name for o in closing.owners] == ["Bộ Tài chính", "Bộ Công Thương", "Các cơ quan liên quan"]
    assert closing.text.startswith("Văn phòng Chính phủ") and len(acted.tasks) == 2
    # for information only: no task
    informed = _document(head + "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết./.\n", file="cv.txt")
    assert len(informed.tasks) == 1


def test_a_name_nothing_reads_inside_an_owner_list_is_kept_unresolved_and_the_list_goes_on():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "1. Sở Y tế, Bảo hiểm xã hội tỉnh và Sở Tài chính tổ chức thực hiện việc thanh toán.\n"
                   "2. Đề nghị Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh phối hợp tuyên truyền.\n"
                   "3. Giao các Bộ, cơ quan Trung ương và địa phương xây dựng kế hoạch.\n")
    assert [(o.name, o.resolved) for o in tasks[0].owners] == [
        ("Sở Y tế tỉnh Nghệ An", True), ("Bảo hiểm xã hội tỉnh", False), ("Sở Tài chính tỉnh Nghệ An", True)]
    assert [o.name for o in tasks[1].owners] == ["Liên đoàn Lao động tỉnh Nghệ An", "Tỉnh đoàn Nghệ An",
                                                 "Hội Nông dân tỉnh Nghệ An"]
    # a level written after a class qualifies it: no body called "Trung ương"
    assert not any(o.name == "Trung ương" for o in tasks[2].owners) and tasks[2].owner_kind == "collective"


def test_a_long_numbered_list_of_the_addressed_ending_in_a_colon_heads_its_lettered_items():
    doc = _directive("Để triển khai hiệu quả, Thủ tướng Chính phủ yêu cầu:\n"
                     "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân "
                     "các tỉnh, thành phố trực thuộc trung ương:\n"
                     "a) Quán triệt, triển khai nghiêm các nhiệm vụ được giao.\n"
                     "b) Định kỳ hằng quý báo cáo Thủ tướng Chính phủ kết quả thực hiện.\n"
                     "2. Bộ Công an:\n- Chủ trì, phối hợp với Bộ Quốc phòng bảo đảm an ninh mạng.\n")
    got = [(t.clause, t.owner_kind, t.owner_source, t.recurrence) for t in doc.tasks]
    assert got == [("1 • a)", "collective", "heading", None), ("1 • b)", "collective", "heading", "P3M"),
                   ("2 • 1", "explicit", "heading", None)]
    assert doc.tasks[0].owners[0].name.startswith("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ")


def test_targets_with_a_baseline_year_a_range_in_words_and_counts_of_schools_workers_communes():
    doc = _document("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 45/KH-UBND\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\n"
                    "Phát triển giáo dục giai đoạn 2026 - 2030\n\nI. MỤC TIÊU\n"
                    "1. Giảm tỷ lệ học sinh bỏ học xuống dưới 0,5% so với năm 2025.\n"
                    "2. Thu hút vốn đầu tư đạt từ 2 đến 3 tỷ USD.\n"
                    "3. Xây dựng mới 1.200 phòng học; đào tạo nghề cho 5.000 lao động nông thôn.\n"
                    "II. NHIỆM VỤ\nNăm 2025 toàn tỉnh có 35 trường học và 1.200 người tham gia.\n", file="kh.txt")
    got = [(t.value, t.value_max, t.unit, t.year, t.comparator) for t in doc.targets]
    assert got == [(0.5, None, "%", 2030, "lt"),  # the year compared with is the baseline, not the horizon
                   (2.0, 3.0, "tỷ USD", 2030, "range"),
                   (1200.0, None, "phòng học", 2030, "eq"), (5000.0, None, "lao động", 2030, "eq")]


def test_a_body_that_has_the_duty_to_act_owns_its_sentence():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ có nhiệm vụ rà soát thủ tục hành chính, báo cáo Chủ tịch "
                   "UBND tỉnh.\n")
    assert [([o.name for o in t.owners], t.owner_kind) for t in tasks] == [(["Sở Nội vụ tỉnh Nghệ An"], "explicit")]


def test_the_orders_of_a_decisions_articles_are_tasks_and_the_effect_clause_hides_no_execution_sentence():
    doc = _document("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 345/QĐ-UBND\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\n"
                    "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
                    "Căn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
                    "Điều 1. Thành lập Tổ công tác liên ngành gồm các ông, bà có tên sau.\n"
                    "Điều 2. Tổ công tác có nhiệm vụ rà soát thủ tục hành chính, báo cáo Chủ tịch UBND tỉnh trước "
                    "ngày 30/6/2026.\n"
                    "Điều 3. Quyết định này có hiệu lực từ ngày ký.\n"
                    "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.\n",
                    file="qd.txt")
    got = [(t.clause, [o.name for o in t.owners], t.owner_kind, t.deadline) for t in doc.tasks]
    assert got == [  # "Thành lập …" decides, it orders nothing; an order with no owner the validation flags
        ("Điều 2", [], "none", "2026-06-30"),
        ("Điều 3", ["Chánh Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Giám đốc Sở Nội vụ tỉnh Nghệ An"], "explicit",
         None)]
    assert doc.tasks[1].source.quote.startswith("Chánh Văn phòng")  # provenance: the sentence, not the blanked one


def test_the_press_as_a_class_and_a_class_qualified_by_the_area_it_is_in():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan báo chí trên địa bàn tỉnh tăng cường thông tin.\n"
                   "2. Đề nghị Đài Truyền hình Việt Nam và các cơ quan thông tấn, báo chí phối hợp tuyên truyền.\n")
    assert [([o.name for o in t.owners], t.owner_kind) for t in tasks] == [
        (["Các cơ quan báo chí"], "collective"),
        (["Đài Truyền hình Việt Nam", "Các cơ quan thông tấn, báo chí"], "explicit")]


def test_a_ministrys_hospitals_and_a_department_whose_name_holds_a_comma():
    doc = _document("BỘ Y TẾ\n\nSố: 12/KH-BYT\n\nHà Nội, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\nTriển khai một việc\n\n"
                    "III. TỔ CHỨC THỰC HIỆN\n"
                    "1. Cục Quản lý Khám, chữa bệnh chủ trì, phối hợp với Vụ Kế hoạch - Tài chính hướng dẫn thực hiện.\n"
                    "2. Các bệnh viện trực thuộc Bộ tổ chức thực hiện.\n"
                    "3. Các cơ sở khám bệnh, chữa bệnh tổ chức thực hiện.\n", file="kh.txt")
    got = [([o.name for o in t.owners], [c.name for c in t.collaborators], t.owner_kind) for t in doc.tasks]
    assert got == [(["Cục Quản lý Khám, chữa bệnh"], ["Vụ Kế hoạch - Tài chính"], "explicit"),
                   (["Các bệnh viện"], [], "collective"), (["Các cơ sở khám bệnh, chữa bệnh"], [], "collective")]


def test_the_commune_party_committees_since_2025_head_their_list():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n4. Đảng ủy các xã, phường, đặc khu\n- Xây dựng chương trình hành động.\n"
                   "5. Ban Thường vụ Đảng ủy các xã, phường lãnh đạo triển khai nghị quyết.\n")
    assert [([o.name for o in t.owners], t.owner_kind) for t in tasks] == [
        (["Đảng ủy các xã, phường, đặc khu"], "collective"), (["Ban Thường vụ Đảng ủy các xã, phường"], "collective")]
    assert set(tasks[0].owners[0].covers) == {"dang-uy-xa", "dang-uy-phuong"}  # a query for one commune finds it


def test_a_sentence_takes_its_subject_from_itself_not_from_the_order_after_it():
    # "Đối với …, phải có …" has no subject of its own: it goes on the item's order; the "Yêu cầu các sở …"
    # on the next line is a new task of its own owners
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n"
                   "4. Yêu cầu Sở Tài chính chỉ đạo các phòng chuyên môn khẩn trương giải quyết các kiến nghị của "
                   "địa phương, hoàn thành trong năm 2026. Đối với những nội dung chưa thể giải quyết ngay, phải có "
                   "phương án và lộ trình cụ thể.\n"
                   "Yêu cầu các sở, ban, ngành đẩy mạnh việc rà soát, sắp xếp tổ chức bộ máy bên trong.\n")
    got = [(t.owner_kind, [o.name for o in t.owners], t.text.split(".")[-2].split()[:2]) for t in tasks]
    assert got == [("explicit", ["Sở Tài chính tỉnh Nghệ An"], ["Đối", "với"]),
                   ("collective", ["Các sở, ban, ngành"], ["Yêu", "cầu"])]


def test_an_approval_that_a_body_carries_something_out_is_its_task():
    head = ("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 1234/VPCP-NN\nV/v một đề án thí điểm\n\nHà Nội, ngày 3 tháng 2 năm 2026\n\n"
            "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.\n\nXét đề nghị của Ủy ban nhân dân tỉnh Nghệ An, "
            "Phó Thủ tướng có ý kiến như sau:\n")
    doc = _document(head + "1. Đồng ý về chủ trương Ủy ban nhân dân tỉnh Nghệ An nghiên cứu, lập Đề án thí điểm "
                           "chi trả dịch vụ môi trường rừng.\n"
                           "2. Đồng ý để Bộ Tài chính chủ trì hướng dẫn việc quản lý nguồn thu của Đề án.\n"
                           "3. Đồng ý với đề xuất của Bộ Nông nghiệp và Môi trường về thời gian thí điểm.\n",
                    file="cv.txt")
    assert [([o.name for o in t.owners], t.clause) for t in doc.tasks] == [
        (["Ủy ban nhân dân tỉnh Nghệ An"], "1"), (["Bộ Tài chính"], "2")]


def test_the_provincial_media_body_as_offices_write_it_and_a_province_named_with_a_stop_word():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "1. Báo và Đài Phát thanh, Truyền hình Nghệ An tăng cường công tác tuyên truyền phong trào thi đua.\n"
                   "2. Công an tỉnh Đồng Nai phối hợp với Công an tỉnh Nghệ An kiểm tra các vụ việc.\n")
    assert [([o.name for o in t.owners], [c.name for c in t.collaborators]) for t in tasks] == [
        (["Báo và Phát thanh, Truyền hình Nghệ An"], []), (["Công an tỉnh Đồng Nai"], ["Công an tỉnh Nghệ An"])]


def test_the_order_that_numbered_parts_detail_is_a_task_too_but_a_bare_introduction_is_not():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n5. Sở Tài chính\n"
                   "Chủ trì phối hợp với các đơn vị triển khai các nhiệm vụ về quản lý ngân sách của tỉnh năm 2026. "
                   "Cụ thể: (i) Rà soát các khoản chi thường xuyên của các đơn vị; (ii) Tổ chức tập huấn về quản lý "
                   "tài chính công cho các đơn vị.\n"
                   "6. Sở Nội vụ\nCác nhiệm vụ cụ thể như sau: (i) Rà soát biên chế của các đơn vị sự nghiệp; "
                   "(ii) Tổ chức thi tuyển công chức năm 2026.\n")
    assert [(t.clause, t.text.split()[0], [o.name for o in t.owners]) for t in tasks] == [
        ("III.5", "Chủ", ["Sở Tài chính tỉnh Nghệ An"]), ("III.5 • i)", "Rà", ["Sở Tài chính tỉnh Nghệ An"]),
        ("III.5 • ii)", "Tổ", ["Sở Tài chính tỉnh Nghệ An"]), ("III.6 • i)", "Rà", ["Sở Nội vụ tỉnh Nghệ An"]),
        ("III.6 • ii)", "Tổ", ["Sở Nội vụ tỉnh Nghệ An"])]


def test_a_subject_before_a_pair_of_verbs_owns_the_sentence():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n"
                   "- Ban Quản lý Khu kinh tế tỉnh đầu tư, hoàn thiện đồng bộ hạ tầng kỹ thuật tại các khu công nghiệp.\n"
                   "- Sở Xây dựng khảo sát, kiểm tra hệ thống chiếu sáng công cộng của tỉnh theo quy định.\n")
    assert [([o.name for o in t.owners], t.owner_kind) for t in tasks] == [
        (["Ban Quản lý Khu kinh tế tỉnh Nghệ An"], "explicit"), (["Sở Xây dựng tỉnh Nghệ An"], "explicit")]


def test_a_part_after_a_semicolon_that_addresses_others_is_their_task():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "Yêu cầu các sở, ban, ngành của tỉnh, Ủy ban nhân dân các phường, xã triển khai thực hiện; đề nghị "
                   "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp thực hiện.\n")
    assert [([o.name for o in t.owners], t.owner_kind, t.text.split()[0]) for t in tasks] == [
        (["Các sở, ban, ngành", "Ủy ban nhân dân các phường, xã"], "collective", "Yêu"),
        (["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An", "Các tổ chức chính trị - xã hội"], "explicit", "đề")]


def test_an_order_given_on_a_basis_is_a_task_but_the_legal_basis_is_not():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo:\n"
                   "- Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục lồng ghép nội dung giáo dục dân số.\n"
                   "2. Căn cứ vào khả năng cân đối ngân sách hằng năm, Sở Tài chính phối hợp với Sở Y tế tham mưu bố "
                   "trí kinh phí thực hiện Kế hoạch.\n"
                   "3. Căn cứ Luật Tổ chức chính quyền địa phương, các cơ quan tổ chức thực hiện Kế hoạch này.\n")
    assert [([o.name for o in t.owners], t.text.split()[2]) for t in tasks] == [
        (["Sở Giáo dục và Đào tạo tỉnh Nghệ An"], "chức"), (["Sở Tài chính tỉnh Nghệ An"], "vào")]


def test_every_provinces_committee_without_cac_is_a_class():
    doc = _document("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 12/QĐ-TTg\n\nHà Nội, ngày 3 tháng 2 năm 2026\n\nQUYẾT ĐỊNH\n"
                    "Về một việc\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.\n"
                    "Điều 2. Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương ban hành cơ chế hỗ trợ người dân "
                    "tham gia bảo hiểm y tế.\n"
                    "Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực "
                    "thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.\n", file="qd.txt")
    assert [([o.name for o in t.owners], t.owner_kind) for t in doc.tasks[:1]] == [
        (["Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"], "collective")]
    assert [t.owner_kind for t in doc.tasks] == ["collective", "collective"]
    assert not any(o.kind in ("body", "post") for t in doc.tasks for o in t.owners)


def test_a_file_of_proposals_addresses_nobody():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Hồ sơ đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen gồm 02 bộ.\n")
    assert [t.owners for t in tasks] in ([], [[]])


def test_an_assignment_a_cited_law_made_is_no_order_of_this_document():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n"
                   "1. Thị trường các-bon là công cụ kinh tế quan trọng. Luật Bảo vệ môi trường năm 2020 giao Sở "
                   "Tài chính chủ trì thành lập sàn giao dịch. Thời gian qua, các cơ quan đã nhiều lần trao đổi.\n"
                   "2. Quyết định này giao Sở Tài chính chủ trì hướng dẫn thực hiện.\n")
    assert [([o.name for o in t.owners], t.clause) for t in tasks if t.owners] == [
        (["Sở Tài chính tỉnh Nghệ An"], "II.2")]


def test_an_items_subject_is_its_first_sentences_and_a_later_request_is_a_task_of_its_own():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n"
                   "2. Tăng cường công tác tuyên truyền về bảo vệ môi trường trong cán bộ, đảng viên và nhân dân. "
                   "Giao Ban Xây dựng Đảng Đảng ủy hướng dẫn các chi bộ tổ chức học tập chuyên đề. "
                   "Đề nghị Sở Tài chính bố trí kinh phí thực hiện các nội dung trên.\n")
    assert [([o.name for o in t.owners], t.clause) for t in tasks] == [
        ([], "II.2 ¶1"), (["Ban Xây dựng Đảng Đảng ủy"], "II.2 ¶2"), (["Sở Tài chính tỉnh Nghệ An"], "II.2 ¶3")]


def test_an_item_that_opens_with_an_account_belongs_to_the_body_its_request_names():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n"
                   "2. Hội nghị cơ bản nhất trí với dự thảo Chương trình làm việc năm 2026 của tỉnh. Đề nghị Sở Tài "
                   "chính tiếp thu ý kiến của các đại biểu để hoàn thiện văn bản.\n")
    assert [([o.name for o in t.owners], t.clause) for t in tasks] == [(["Sở Tài chính tỉnh Nghệ An"], "II.2")]


def test_a_polite_request_is_a_task_and_the_courtesy_that_closes_a_letter_is_not():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "3. Ủy ban nhân dân tỉnh trân trọng đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức "
                   "chính trị - xã hội phối hợp trong quá trình triển khai thực hiện.\n"
                   "Trân trọng đề nghị các cơ quan quan tâm, phối hợp./.\n")
    assert [[o.name for o in t.owners] for t in tasks] == [
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An", "Các tổ chức chính trị - xã hội"]]


def test_a_name_with_a_field_in_lower_case_and_a_journal_are_read_whole():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n"
                   "4. Trung tâm Truyền thông tài nguyên và môi trường, Tạp chí Nông nghiệp và Môi trường có trách "
                   "nhiệm kịp thời phản ánh các sự kiện liên quan.\n")
    assert [o.name for o in tasks[0].owners] == ["Trung tâm Truyền thông tài nguyên và môi trường",
                                                 "Tạp chí Nông nghiệp và Môi trường"]


def test_a_paragraph_that_announces_a_bodys_orders_owns_the_bullets_after_it_but_not_report_topics():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n7. Đẩy mạnh thông tin truyền thông\n\n"
                   "Sở Văn hóa và Thể thao phối hợp với Ban Tuyên giáo Tỉnh ủy và chủ trì cùng các sở, ngành:\n\n"
                   "- Chỉ đạo các cơ quan báo chí kịp thời cung cấp thông tin chính thống về công tác phòng dịch.\n\n"
                   "- Tăng cường truyền thông về các điểm đến an toàn của tỉnh.\n\n"
                   "Sở Nội vụ đánh giá, báo cáo Ủy ban nhân dân tỉnh về các nội dung sau:\n\n"
                   "- Tình hình lao động, việc làm trong các doanh nghiệp của tỉnh.\n\n"
                   "8. Tổ chức thực hiện\n\n- Tổng kết, đánh giá kết quả thực hiện chương trình.\n")
    got = [(t.text.split()[0], [o.name for o in t.owners]) for t in tasks]
    culture = ["Sở Văn hóa và Thể thao tỉnh Nghệ An"]
    assert ("Chỉ", culture) in got and ("Tăng", culture) in got
    assert ("Tình", []) in got
    assert ("Tổng", []) in got  # the next item's bullets are no longer the paragraph's


def test_a_scanned_c_item_read_as_a_copyright_sign_is_item_c():
    tasks = _tasks("II. NHIỆM VỤ, GIẢI PHÁP\n1. Về hỗ trợ doanh nghiệp\n"
                   "a) Sở Tài chính chủ trì rà soát các khoản thu phí, lệ phí.\n"
                   "b) Sở Công Thương chủ trì tìm kiếm thị trường xuất khẩu mới.\n"
                   "©) Sở Xây dựng chủ trì, phối hợp với các sở tháo gỡ khó khăn cho ngành vận tải.\n")
    assert [(t.clause, [o.name for o in t.owners]) for t in tasks][-1] == ("II.1 • c)", ["Sở Xây dựng tỉnh Nghệ An"])


def test_an_order_opened_by_its_year_is_a_task_due_then_and_a_target_so_opened_is_not():
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính:\n"
                   "a) Hằng năm, rà soát các khu công nghiệp được hỗ trợ vốn ngân sách của tỉnh. Đến năm 2027, hoàn "
                   "thành chương trình hỗ trợ phát triển hạ tầng các khu công nghiệp. Đến năm 2030, tỷ lệ lấp đầy các "
                   "khu công nghiệp đạt trên 80%.\n")
    assert [(t.text.split(",")[0], t.deadline, [o.name for o in t.owners]) for t in tasks] == [
        ("Hằng năm", None, ["Sở Tài chính tỉnh Nghệ An"]), ("Đến năm 2027", "2027", ["Sở Tài chính tỉnh Nghệ An"])]


def test_an_items_subject_after_a_converted_emphasis_mark_owns_it():
    # a Word-to-Markdown conversion leaves "*4.6. *Văn phòng …": the item's marker and emphasis around it
    tasks = _tasks("III. TỔ CHỨC THỰC HIỆN\n4.5. Sở Y tế chủ trì tổ chức thực hiện kế hoạch.\n"
                   "4.6. *Văn phòng Ủy ban nhân dân tỉnh phối hợp theo dõi, đôn đốc, báo cáo kết quả thực hiện.\n")
    assert [[o.name for o in t.owners] for t in tasks] == [["Sở Y tế tỉnh Nghệ An"],
                                                           ["Văn phòng Ủy ban nhân dân tỉnh Nghệ An"]]


def test_items_ordering_with_verbs_of_pace_and_improvement_are_tasks():
    letter = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 8123/VPCP-KTTH\nV/v một việc\n\nHà Nội, ngày 12 tháng 10 năm 2026\n\n"
              "Kính gửi: Các bộ, cơ quan ngang bộ.\n\nPhó Thủ tướng Chính phủ có ý kiến như sau:\n"
              "1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương đẩy nhanh giải ngân vốn đầu tư công.\n"
              "2. Bộ Công Thương thúc đẩy xuất khẩu sang các thị trường mới.\n"
              "3. Bộ Y tế nâng cao chất lượng khám, chữa bệnh tuyến cơ sở.\n"
              "4. Bộ Xây dựng cập nhật, bổ sung định mức xây dựng trong tháng 11/2026.\n")
    tasks = _document(letter, "cv.txt").tasks
    assert [(t.owners[0].name, t.owner_kind) for t in tasks] == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "collective"), ("Bộ Công Thương", "explicit"),
        ("Bộ Y tế", "explicit"), ("Bộ Xây dựng", "explicit")]
    assert tasks[-1].deadline == "2026-11"


def test_a_sentence_opening_with_its_year_dates_each_of_its_clauses_and_ranges_repeat_their_percent():
    doc = _provincial("78/KH-UBND", "KẾ HOẠCH\nPhát triển du lịch giai đoạn 2026 - 2030",
                      "I. MỤC TIÊU\nNăm 2027, đón 8,5 triệu lượt khách; tổng thu từ du lịch đạt 12.000 tỷ đồng.\n"
                      "Tỷ lệ lao động qua đào tạo đạt từ 75% đến 80%; sản lượng thủy sản đạt 1,2 triệu tấn.\n")
    assert sorted((t.value, t.value_max, t.unit, t.comparator, t.year) for t in doc.targets) == [
        (1.2, None, "triệu tấn", "eq", 2030), (8.5, None, "triệu lượt khách", "eq", 2027),
        (75.0, 80.0, "%", "range", 2030), (12000.0, None, "tỷ đồng", "eq", 2027)]


def test_a_body_that_strives_for_a_target_owns_it():
    doc = _provincial("79/KH-UBND", "KẾ HOẠCH\nVề một việc năm 2026",
                      "II. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường phấn đấu 100% xã có điểm thu gom rác thải.\n")
    assert [([o.name for o in t.owners], t.owner_kind) for t in doc.tasks] == [
        (["Sở Nông nghiệp và Môi trường tỉnh Nghệ An"], "explicit")]
    assert [(t.value, t.unit) for t in doc.targets] == [(100.0, "%")]


def test_a_conclusions_notice_the_speaker_introduces_is_no_task_and_its_items_name_their_owners():
    notice = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 512/TB-UBND\n\nGia Lai, ngày 20 tháng 5 năm 2026\n\nTHÔNG BÁO\n"
              "Kết luận của Chủ tịch UBND tỉnh tại một cuộc họp\n\n"
              "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận, chỉ đạo như sau:\n"
              "1. Ban Quản lý dự án đầu tư xây dựng tỉnh tập trung thi công các công trình trọng điểm.\n"
              "2. Các chủ đầu tư chịu trách nhiệm về tiến độ giải ngân.\n")
    tasks = _document(notice, "tb.txt").tasks
    assert [(t.clause, [o.name for o in t.owners], t.owner_kind) for t in tasks] == [
        ("1", ["Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai"], "explicit"),
        ("2", ["Các chủ đầu tư"], "collective")]
