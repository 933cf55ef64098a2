"""Task tables as PDF conversion leaves them, on texts written for these tests (invented tasks and dates)."""

from __future__ import annotations

from loaders.extraction.dates import latest_deadline
from loaders.extraction.extract import extract_text
from loaders.extraction.tables import read_pipe_tables
from loaders.read import normalise

HEAD = ("BỘ TÀI CHÍNH\n\nSố: 12/KH-BTC\n\nHà Nội, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\nTriển khai một việc\n\n"
        "II. NHIỆM VỤ CỤ THỂ\n")

# the header row, one label per line, a label wrapped; PDF conversion repeats it on every page
TABLE_HEADER = """TT
Nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời gian
hoàn thành
"""

ONE_CELL_PER_LINE = HEAD + TABLE_HEADER + """1
Rà soát khung pháp lý
1.1
Rà soát, sửa đổi các quy định về
thủ tục cấp phép đầu tư.
Bộ Tài chính
Bộ Tư pháp; các bộ, ngành
liên quan
Quý III, IV/2026
1.2
Xây dựng cơ sở dữ liệu quốc gia về
doanh nghiệp khởi nghiệp.
Bộ Khoa học và
Công nghệ
Bộ Tài chính
Quý IV/2026, 2027
CÔNG BÁO/Số 40/Ngày 10-02-2026
17
""" + TABLE_HEADER + """1.3
Tổ chức tập huấn cho cán bộ địa phương
về thủ tục mới.
Ủy ban nhân dân các tỉnh,
thành phố
Bộ Tài chính
Thường xuyên
"""

KEY_VALUE = HEAD + """Điều 2. Bổ sung nhiệm vụ sau:
1. Tên nhiệm vụ: Xây dựng Đề án phát triển mạng lưới chuyên gia tư vấn
chính sách cho doanh nghiệp nhỏ.
2. Cơ quan chủ trì: Bộ Tư pháp.
3. Cơ quan phối hợp: Bộ Nội vụ.
4. Kết quả: Quyết định phê duyệt Đề án.
5. Thời gian hoàn thành: Quý II/2026.
Điều 3. Hiệu lực thi hành.
"""


def _table_rows(raw: str):
    result = extract_text(normalise(raw, file="plan.txt"))
    [doc] = result.documents
    return [t for t in doc.tasks if t.clause.startswith("bảng")], doc


def test_a_table_with_one_cell_per_line_gives_one_task_per_row_across_a_page_break():
    rows, doc = _table_rows(ONE_CELL_PER_LINE)
    got = [(t.clause, t.text, [o.name for o in t.owners], [c.name for c in t.collaborators], t.deadline,
            t.owner_kind, t.owner_source) for t in rows]
    assert got == [
        ("bảng • 1.1", "Rà soát, sửa đổi các quy định về thủ tục cấp phép đầu tư.", ["Bộ Tài chính"],
         ["Bộ Tư pháp", "Các bộ, ngành"], "2026-Q4", "explicit", "table"),
        ("bảng • 1.2", "Xây dựng cơ sở dữ liệu quốc gia về doanh nghiệp khởi nghiệp.", ["Bộ Khoa học và Công nghệ"],
         ["Bộ Tài chính"], "2027", "explicit", "table"),
        ("bảng • 1.3", "Tổ chức tập huấn cho cán bộ địa phương về thủ tục mới.",
         ["Ủy ban nhân dân các tỉnh, thành phố"], ["Bộ Tài chính"], None, "collective", "table"),
    ]
    # the row's lines are not read a second time as paragraphs
    assert not [t for t in doc.tasks if not t.clause.startswith("bảng") and "thủ tục cấp phép" in t.text]


def test_a_key_value_task_record():
    rows, _ = _table_rows(KEY_VALUE)
    assert [(t.text, [o.name for o in t.owners], [c.name for c in t.collaborators], t.deadline) for t in rows] == [
        ("Xây dựng Đề án phát triển mạng lưới chuyên gia tư vấn chính sách cho doanh nghiệp nhỏ.", ["Bộ Tư pháp"],
         ["Bộ Nội vụ"], "2026-Q2")]


def test_a_time_cell_takes_the_end_of_its_range():
    assert [latest_deadline(c, "2026-01-01").value if latest_deadline(c, "2026-01-01") else None for c in
            ("Quý III, IV/2026", "Quý IV/2026, 2027", "2024 - 2030", "Tháng 8/2024", "Thường xuyên", "Hằng năm")] \
        == ["2026-Q4", "2027", "2030", "2024-08", None, None]


def test_a_second_pipe_table_whose_header_wraps_is_read_too():
    table = ("TT | Nội dung | Trách nhiệm\nthực hiện | Thời gian\n(Năm 2026)\n"
             "1 | Tổ chức tọa đàm về thủ tục đất đai | Lãnh đạo Sở Tư pháp | Ngày 20 tháng 3\n")
    rows = read_pipe_tables(table + "\nĐoạn văn giữa hai bảng.\n\n" + table.replace("Sở Tư pháp", "Sở Y tế"))
    assert [(r.cells["owner"], r.year) for r in rows] == [("Lãnh đạo Sở Tư pháp", 2026), ("Lãnh đạo Sở Y tế", 2026)]


# a ministry's plan ordered by time: the time cell is merged over the rows under it, a row may wrap no cell,
# section rows ("I | GIAI ĐOẠN 1") stand between the rows, and the lead column may name two units
TIMELINE = HEAD + """Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm | Thực hiện
 |  |  | Đơn vị chủ trì | Đơn vị phối hợp
I | GIAI ĐOẠN 1: CHUẨN BỊ
1 | Khảo sát
02-03/2026 | Xây dựng đề cương khảo sát các doanh nghiệp nhỏ | Cơ quan lập đề án | Vụ Pháp chế | - Văn phòng Bộ; - Cục Tin học
 | Tổ chức khảo sát tại các địa phương | Cơ quan lập đề án | Vụ Kế hoạch- Tài chính/ Ban Quản lý dự án đầu tư | - Văn phòng Bộ
04/2026 | Phê duyệt đề cương khảo sát | Thủ tướng Chính phủ |  |
II | GIAI ĐOẠN 2: TRIỂN KHAI
 | Tổng hợp kết quả khảo sát | Cơ quan lập đề án | Vụ Pháp chế | - Văn phòng Bộ
"""


def test_a_timeline_table_carries_merged_time_cells_and_reads_every_lead():
    rows, _ = _table_rows(TIMELINE)
    got = [(t.text.split()[0], [o.name for o in t.owners], t.deadline) for t in rows]
    assert got == [("Xây", ["Vụ Pháp chế"], "2026-03"),
                   ("Tổ", ["Vụ Kế hoạch - Tài chính", "Ban Quản lý dự án đầu tư"], "2026-03"),  # merged time cell
                   ("Phê", ["Thủ tướng Chính phủ"], "2026-04"),  # the other lead column when "chủ trì" is empty
                   ("Tổng", ["Vụ Pháp chế"], None)]  # a new section: the time above does not run on
    # units named in a ministry's own plan are the ministry's: part of it, not another ministry's Vụ Pháp chế
    vu = rows[0].owners[0]
    assert (vu.parent_name, vu.resolved) == ("Bộ Tài chính", False)
    assert vu.key != "unresolved-vu-phap-che"
    assert [c.name for c in rows[0].collaborators] == ["Văn phòng Bộ Tài chính", "Cục Tin học"]


# a row cut by a page break: the header repeats, then the rest of the row's cells; a row number may share its
# line with the first line of the task
CUT_ROW = HEAD + TABLE_HEADER + """1
Rà soát các quy định về thủ tục
cấp phép đầu tư
Bộ Tài chính
Bộ Tư pháp
Quý II/2026

CÔNG BÁO/Số 238/Ngày 21-04-2026
104

""" + TABLE_HEADER + """bổ sung các quy định còn thiếu
Tháng 10/2026
2  Xây dựng cơ sở dữ liệu về doanh nghiệp
Bộ Khoa học và Công nghệ
Bộ Tài chính
Năm 2027
"""


def test_a_row_cut_by_a_page_break_runs_on_under_the_repeated_header():
    rows, _ = _table_rows(CUT_ROW)
    assert [(t.clause, [o.name for o in t.owners], t.deadline) for t in rows] == [
        ("bảng • 1", ["Bộ Tài chính"], "2026-10"),  # the latest of its time cells, on either page
        ("bảng • 2", ["Bộ Khoa học và Công nghệ"], "2027")]
    assert rows[1].text == "Xây dựng cơ sở dữ liệu về doanh nghiệp"


# rows whose numbers the conversion moved away (a column of numbers above, or none at all): a task's text
# after a row that has its task and its lead opens the next row; a product cell that runs on after a body's
# head word ("… trình Ban" / "Chỉ đạo …") does not
RUN_TOGETHER = HEAD + """TT
Nhiệm vụ
Cơ quan chủ trì
Kết quả
Thời hạn
1
2
3
Rà soát, sửa đổi quy chế làm việc của
các phòng chuyên môn
Sở Tư pháp
Quy chế được ban hành
2026
Huy động các nguồn lực xã hội cho chương
trình chuyển đổi số
Sở Tài chính
Năm 2027
Xây dựng Đề án phát triển nguồn nhân lực
số của tỉnh
Sở Nội vụ
Đề án được trình Ban
Chỉ đạo chuyển đổi số của tỉnh
Quý IV/2027
"""


def test_rows_run_together_without_their_numbers_are_separate_tasks():
    rows, _ = _table_rows(RUN_TOGETHER)
    got = [(t.text, [o.name for o in t.owners], t.deadline) for t in rows]
    assert got == [
        ("Rà soát, sửa đổi quy chế làm việc của các phòng chuyên môn", ["Sở Tư pháp"], "2026"),
        ("Huy động các nguồn lực xã hội cho chương trình chuyển đổi số", ["Sở Tài chính"], "2027"),
        ("Xây dựng Đề án phát triển nguồn nhân lực số của tỉnh", ["Sở Nội vụ"], "2027-Q4"),
    ]
    # each row keeps its own lines as provenance
    assert len({t.source.start for t in rows}) == 3


# a dotted row number sharing its line with the task ("4.  Xây dựng …"); a task cut at a comma by the page,
# with the lead's short line right under it
DOTTED_NUMBERS = HEAD + TABLE_HEADER + """3.
Tổ chức hội nghị phổ biến quy chế mới cho
cán bộ cấp xã, cấp huyện và các đơn vị sự nghiệp,
Sở Nội vụ
Sở Tư pháp
Quý I/2027
4.  Xây dựng quy chế phối hợp liên ngành.
Sở Tư pháp
Sở Nội vụ
Quý II/2027
"""


def test_a_dotted_row_number_on_the_tasks_line_and_a_lead_under_a_line_cut_at_a_comma():
    rows, _ = _table_rows(DOTTED_NUMBERS)
    assert [(t.clause, [o.name for o in t.owners], [c.name for c in t.collaborators], t.deadline) for t in rows] == [
        ("bảng • 3", ["Sở Nội vụ"], ["Sở Tư pháp"], "2027-Q1"),
        ("bảng • 4", ["Sở Tư pháp"], ["Sở Nội vụ"], "2027-Q2")]
    assert rows[1].text == "Xây dựng quy chế phối hợp liên ngành."


def test_a_label_word_inside_a_tasks_text_does_not_open_a_repeated_header():
    # "trách nhiệm" labels a lead column, but in a wrapped task line it is the task's word
    rows, _ = _table_rows(HEAD + TABLE_HEADER + """1
Tuyên truyền, vận động, nâng cao
nhận thức, trách nhiệm trong công
tác phòng, chống thiên tai.
Bộ Tài chính
Các bộ, ngành
Năm 2026
""" + TABLE_HEADER + """2
Xây dựng cơ sở dữ liệu về doanh nghiệp
Bộ Khoa học và Công nghệ
Các bộ, ngành
Năm 2027
""")
    assert [(t.clause, [o.name for o in t.owners], t.deadline) for t in rows] == [
        ("bảng • 1", ["Bộ Tài chính"], "2026"), ("bảng • 2", ["Bộ Khoa học và Công nghệ"], "2027")]
    assert rows[0].text.endswith("phòng, chống thiên tai.")


def test_a_lead_cell_wrapped_inside_a_name_or_after_a_colon_stays_one_cell():
    rows, _ = _table_rows(HEAD + TABLE_HEADER + """1
Điều chỉnh quy trình vận hành các hồ
chứa thủy điện, thủy lợi.
Bộ Tài chính, Bộ Công
Thương, các địa
phương
Các bộ, ngành
Năm 2026
2
Ưu tiên bố trí vốn để khắc phục sự cố
đê điều, hồ chứa nước xung yếu.
Các Bộ:
Xây dựng, Y
tế, Giáo dục và
Đào tạo
Bộ Tài chính
Năm 2027
""")
    assert [[o.name for o in t.owners] for t in rows] == [
        ["Bộ Tài chính", "Bộ Công Thương", "Các địa phương"], ["Bộ Xây dựng", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"]]
    assert [[c.name for c in t.collaborators] for t in rows] == [["Các bộ, ngành"], ["Bộ Tài chính"]]


def test_a_lead_cell_naming_a_class_of_facilities_is_the_lead_not_the_tasks_text():
    rows, _ = _table_rows(HEAD + TABLE_HEADER + """1
Triển khai xây dựng giá dịch vụ y tế mới
có cấu phần chi phí quản lý
Cơ sở khám
bệnh,
chữa
bệnh
Các Bộ, ngành, Sở Y tế
Năm 2026
""")
    assert [([o.name for o in t.owners], t.owner_kind, [c.name for c in t.collaborators]) for t in rows] == [
        (["Cơ sở khám bệnh, chữa bệnh"], "collective", ["Các Bộ, ngành", "Sở Y tế"])]
    assert rows[0].text.endswith("chi phí quản lý")


def test_a_key_value_records_last_value_does_not_run_on_into_the_next_section():
    raw = HEAD + """II. NHIỆM VỤ
Tên nhiệm vụ: Tổ chức Tuần lễ văn hóa của tỉnh
Cơ quan chủ trì: Sở Nội vụ
Thời gian hoàn thành: Tháng 10/2026

III. DANH MỤC KHÁC
Giai đoạn 2026-2028 tiếp tục rà soát.
"""
    rows, _ = _table_rows(raw)
    assert [(t.text, [o.name for o in t.owners], t.deadline) for t in rows] == [
        ("Tổ chức Tuần lễ văn hóa của tỉnh", ["Sở Nội vụ"], "2026-10")]
