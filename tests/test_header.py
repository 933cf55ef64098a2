"""Headers as the two format standards lay them out (NĐ 30/2020/NĐ-CP, HD 36-HD/VPTW) and as conversion
damages them. Every text here is written for these tests: invented numbers, places and dates."""

from __future__ import annotations

import pytest

from loaders.extraction.extract import extract_text
from loaders.extraction.furniture import strip_furniture
from loaders.read import normalise


def _docs(raw: str, name: str = "t.txt"):
    result = extract_text(normalise(raw, file=name))
    assert result.errors == [], result.errors
    return result


BODY = ("Để triển khai kịp thời, đề nghị các đơn vị quán triệt và tổ chức thực hiện nghiêm túc các nội dung "
        "sau đây trong toàn ngành, bảo đảm hiệu quả, thiết thực.\n"
        "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát và báo cáo trước ngày 15/12/2026.\n")


def test_both_header_columns_on_one_line_and_an_ocr_damaged_party_line():
    raw = ("BẠN CHẤP HÀNH TRUNG ƯƠNG ĐÁNG CỘNG SẢN VIỆT NAM\n*\n"
           "Số 12-KL/TW Hà Nội, ngày 5 tháng 3 năm 2026\n\nKÉT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề một việc\n\n" + BODY)
    [doc] = _docs(raw).documents
    assert (doc.symbol, doc.doc_type, doc.date, doc.issuer.name) == ("12-KL/TW", "Kết luận", "2026-03-05",
                                                                      "Bộ Chính trị")


def test_a_markdown_table_header_and_a_date_split_over_lines():
    raw = ("| ỦY BAN NHÂN DÂN TỈNH NGHỆ AN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
           "|---|---|\n| Số: 77/KH-UBND | *Nghệ An, ngày 9\ntháng 4 năm 2026* |\n\nKẾ HOẠCH\nTriển khai một việc\n\n" + BODY)
    [doc] = _docs(raw).documents
    assert (doc.symbol, doc.doc_type, doc.date) == ("77/KH-UBND", "Kế hoạch", "2026-04-09")
    assert doc.issuer.name == "Ủy ban nhân dân tỉnh Nghệ An"


def test_a_number_split_from_its_symbol_and_a_unit_named_under_its_parent():
    raw = ("UBND HUYỆN ĐÔNG SƠN\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\n\nSố: 9\n\n/KH-TCKH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\nĐông Sơn, ngày 2 tháng 10 năm 2025\n\nKẾ HOẠCH\nMột việc\n\n" + BODY)
    [doc] = _docs(raw).documents
    assert (doc.symbol, doc.doc_type, doc.date) == ("9/KH-TCKH", "Kế hoạch", "2025-10-02")
    assert doc.issuer.name.lower() == "phòng tài chính - kế hoạch huyện đông sơn"


def test_drafts_with_blank_numbers_never_take_a_cited_symbol_and_stay_two_documents():
    def draft(province: str) -> str:
        return (f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                f"Số:        /KH-UBND | {province}, ngày      tháng 5 năm 2026\n\nKẾ HOẠCH\nThực hiện Kết luận số "
                f"88-KL/TW ngày 01/02/2026 của Bộ Chính trị\n\nThực hiện Kết luận số 88-KL/TW ngày 01/02/2026 của "
                f"Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + BODY)
    a = _docs(draft("Nghệ An"), "a.txt")
    b = _docs(draft("Hà Tĩnh"), "b.txt")
    [da], [db] = a.documents, b.documents
    assert da.symbol is None and db.symbol is None and da.date is None
    assert (da.doc_type, da.issuer.name, db.issuer.name) == ("Kế hoạch", "Ủy ban nhân dân tỉnh Nghệ An",
                                                              "Ủy ban nhân dân tỉnh Hà Tĩnh")
    assert da.key != db.key
    assert [r.symbol for r in da.references] == ["88-KL/TW"]
    assert any("number and symbol" in w and "date" in w for w in a.warnings)


@pytest.mark.parametrize(("symbol_line", "symbol", "doc_type"), [
    ("Số: 08/CT-TTg", "08/CT-TTg", "Chỉ thị"),  # lower-case letters are kept
    ("Số: 1234/BKHCN-CNC", "1234/BKHCN-CNC", "Công văn"),  # agency-unit: the form of a letter
    ("Số: 03/2026/TT-BTC", "03/2026/TT-BTC", "Thông tư"),
    ("Số 05-TT/TW", "05-TT/TW", "Thông tri"),  # the same code in a Party symbol
    ("Số 16-QĐi/TW", "16-QĐi/TW", "Quy định"),
    ("Số 45-CTr/TU", "45-CTr/TU", "Chương trình"),
    ("Số 7 KL/TW", "07-KL/TW", "Kết luận"),  # space for the hyphen, number padded as HD 36 writes it
])
def test_symbols_and_the_types_their_codes_name(symbol_line, symbol, doc_type):
    raw = f"BỘ TÀI CHÍNH\n\n{symbol_line}\n\nHà Nội, ngày 3 tháng 2 năm 2026\n\n" + BODY
    [doc] = _docs(raw).documents
    assert (doc.symbol, doc.doc_type) == (symbol, doc_type)


def test_a_bare_symbol_line_and_a_date_written_with_hyphens():
    raw = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\n\n31-CT/TW\n\nHà Nội, ngày 26-1-2010\n\nCHỈ THỊ\n"
           "CỦA BAN BÍ THƯ\nvề một việc\n\n" + BODY)
    [doc] = _docs(raw).documents
    assert (doc.symbol, doc.doc_type, doc.date, doc.issuer.name) == ("31-CT/TW", "Chỉ thị", "2010-01-26", "Ban Bí thư")


def test_page_furniture_is_stripped_everywhere_and_is_never_a_document():
    raw = ("CÔNG BÁO/Số 123/Ngày 01-02-2026\n45\n\nCHÍNH PHỦ\n\nSố: 19/NQ-CP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Hà Nội, ngày 20 tháng 1 năm 2026\n\nNGHỊ QUYẾT\nVề một việc\n\n"
           "1. Giao Bộ Tài chính chủ trì xây dựng đề án và trình Chính phủ\n"
           "CÔNG BÁO/Số 123/Ngày 01-02-2026\n46\n===== Trang 2 =====\n"
           "trước ngày 30/6/2026.\n2. Giao Bộ Nội vụ chủ trì rà soát tổ chức bộ máy và báo cáo Chính phủ trong quý III/2026.\n"
           "Ký bởi: CÔNG BÁO\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-02-01 10:00:00 +07:00\n")
    result = _docs(raw)
    [doc] = result.documents
    assert (doc.symbol, doc.issuer.name, doc.date) == ("19/NQ-CP", "Chính phủ", "2026-01-20")
    texts = " ".join(t.text for t in doc.tasks)
    assert "CÔNG BÁO" not in texts and "Trang 2" not in texts and "Ký bởi" not in texts
    assert {t.deadline for t in doc.tasks} == {"2026-06-30", "2026-Q3"}


def test_an_unreadable_header_date_falls_back_to_the_signature_stamp():
    raw = ("UY BAN NHAN DAN\nHUYEN DONG SON\n\nS6 55 IUBND- VP\nV/v mot viec\n\nỦy ban Nhân dân huyện\nĐông Sơn\n"
           "03/02/2026 08:15:00\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDong Son, ngay 03 thang .x nam 2026\n\n" + BODY)
    furniture = strip_furniture(normalise(raw))
    assert furniture.stamp_dates == ((2026, 2, 3),)
    [doc] = _docs(raw).documents
    assert (doc.symbol, doc.doc_type, doc.date) == ("55/UBND-VP", "Công văn", "2026-02-03")


def test_an_official_plan_mentioning_authors_is_official_and_a_bylined_article_is_press():
    plan = ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n\nSố: 78/KH-UBND\n\nNghệ An, ngày 9 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
            "Tổng kết công tác\n\nKhen thưởng tác giả có sáng kiến; tổng kết và rút kinh nghiệm.\n" + BODY)
    [doc] = _docs(plan).documents
    assert doc.authoritative and doc.doc_type == "Kế hoạch"
    article = ("Huyện Đông Sơn ra quân làm đường giao thông nông thôn\n\nSáng nay, huyện tổ chức lễ ra quân. "
               "Ủy ban nhân dân huyện yêu cầu các xã khẩn trương hoàn thành kế hoạch trước ngày 30/6/2026.\n\n"
               "Bài, ảnh: Trần Văn Bình\n")
    [doc] = _docs(article).documents
    assert not doc.authoritative and doc.doc_type == "Bài báo" and doc.tasks == []


def test_a_plan_attached_to_a_decision_takes_the_decision_date():
    raw = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 500/QĐ-TTg\n\nHà Nội, ngày 4 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch\n\n"
           "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\n"
           "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH\nThực hiện một việc\n"
           "(Ban hành kèm theo Quyết định số 500/QĐ-TTg ngày 04 tháng 5 năm 2026 của Thủ tướng Chính phủ)\n\n" + BODY)
    docs = _docs(raw).documents
    assert [(d.symbol, d.doc_type, d.date) for d in docs] == [("500/QĐ-TTg", "Quyết định", "2026-05-04"),
                                                              (None, "Kế hoạch", "2026-05-04")]
    assert docs[0].issuer.name == "Thủ tướng Chính phủ"


def test_a_receipt_stamp_names_its_unknown_receiver_as_the_stamp_writes_it_without_its_number():
    from loaders.extraction.extract import extract_text
    from loaders.read import normalise

    raw = ("TỈNH ỦY NGHỆ AN\n\nSố 45-KH/TU\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nKẾ HOẠCH\nvề một việc\n\n"
           "ĐẢNG ỦY TRƯỜNG CAO ĐẲNG KỸ THUẬT SỐ 3\nĐẾN Số: 28\nNgày 16/02/2026\n\n"
           "1. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt.\n")
    [doc] = extract_text(normalise(raw, file="kh.txt")).documents
    [receipt] = doc.receipts
    assert receipt.receiver.name == "ĐẢNG ỦY TRƯỜNG CAO ĐẲNG KỸ THUẬT" and not receipt.receiver.resolved
    assert (receipt.number, receipt.date) == ("28", "2026-02-16")


def test_a_number_is_read_after_so_only_where_a_header_writes_it():
    from loaders.extraction.header import find_symbol

    # at the start of the text or a line, after a space, a table's bar, an emphasis mark or a bracket
    for header, symbol in [("Số 12-KL/TW", "12-KL/TW"), ("TỈNH ỦY X\nSố: 345/UBND-KT", "345/UBND-KT"),
                           ("| Số: 7/QĐ-UBND |", "7/QĐ-UBND"), ("**Số 08-CT/TU**", "08-CT/TU"),
                           ("(Số 5/KH-UBND)", "5/KH-UBND"), ("ĐẾN Số: 28\nSố: 9/KH-SYT", "9/KH-SYT")]:
        hit = find_symbol(header)
        assert hit is not None and hit.symbol == symbol, header
    # inside a word, or the number an incoming stamp gives ("ĐẾN Số"), is no symbol line
    assert find_symbol("KỸ THUẬTSố 3/KH-UBND") is None
    assert find_symbol("ĐẾN Số: 28/KH-UBND") is None
    blank = find_symbol("Số:      /KH-UBND")
    assert blank is not None and (blank.symbol, blank.code, blank.org) == (None, "KH", "UBND")


def test_a_folded_line_holds_the_header_words_where_the_line_does():
    from loaders.extraction.header import holds_header_words, is_motto, is_party_line
    from loaders.vntext import fold_lines

    text = ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐÁNG CỘNG SẢN VIỆT NAM\n"
            "CÔNG HÒA XÃ HÔI CHU NGHÌA VIẸT NAM\nSở Tài chính chủ trì thực hiện\n\nĐộc lập, tự chủ về kinh tế")
    lines = text.splitlines()
    expected = [is_motto(line) or is_party_line(line) for line in lines]
    assert expected == [True, True, True, True, False, False, False]
    assert [holds_header_words(f) for f in fold_lines(text)] == expected
