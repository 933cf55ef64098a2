"""Documents as they arrive — PDF, Word, web page — read like their text: the same documents, tasks, owners and
deadlines; bad files refused with the reason. The files are built here from the sample texts (reportlab,
python-docx), so the PDF or Word path is compared with the text path on the same content."""

from __future__ import annotations

import html
import io
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS

from dkg.errors import ReadError
from loaders import formats
from loaders.pipeline import extract_paths, load_paths
from loaders.read import read_file

FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
         Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
         Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")]
LETTERS = CORPUS / "001_d0d5ecd0f3562ced.txt"  # five letters that forward a conclusion, with owners and deadlines
NOTICE = CORPUS / "004_ff17b86074b466a9.txt"
# an invented plan with its task table, as a Word file holds it
PLAN_HEAD = ["TỈNH ỦY NGHỆ AN", "", "Số 45-KH/TU", "", "Nghệ An, ngày 10 tháng 3 năm 2026", "", "KẾ HOẠCH",
             "thực hiện chuyển đổi số trong các cơ quan đảng", "", "III. NHIỆM VỤ CỤ THỂ"]
PLAN_TABLE = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
              ["1", "Xây dựng cơ sở dữ liệu đảng viên", "Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy", "Quý II/2026"],
              ["2", "Tuyên truyền về chuyển đổi số", "Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông",
               "Tháng 10/2026"]]


def _font() -> Path:
    font = next((f for f in FONTS if f.exists()), None)
    if font is None:
        pytest.skip("no TrueType font with Vietnamese letters to draw a PDF (Debian: fonts-dejavu-core)")
    return font


def _pdf(lines: list[str], path: Path, password: str | None = None, lines_per_page: int = 55,
         stamp: list[str] = ()) -> Path:
    """Lines wrapped to the page as a word processor prints them, a page number at the foot of each page;
    `stamp`: a digital signature's block printed at the top right of the first page, as a signed file shows it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", str(_font())))
    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=password)
    printed = [part for line in lines for part in (simpleSplit(line, "VN", 10, width - 100) or [""])]
    for i, line in enumerate(stamp):
        pdf.setFont("VN", 7)
        pdf.drawString(width - 200, height - 22 - 9 * i, line)
    for page, first in enumerate(range(0, len(printed), lines_per_page), start=1):
        for i, line in enumerate(printed[first:first + lines_per_page]):
            pdf.setFont("VN", 10)
            pdf.drawString(50, height - 50 - 13 * i, line)
        pdf.drawCentredString(width / 2, 30, str(page))
        pdf.showPage()
    pdf.save()
    return path


def _docx(lines: list[str], path: Path, table: list[list[str]] | None = None, after: list[str] = ()) -> Path:
    from docx import Document as WordDocument

    word = WordDocument()
    for line in lines:
        word.add_paragraph(line)
    if table:
        grid = word.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    for line in after:
        word.add_paragraph(line)
    word.save(str(path))
    return path


def _facts(path: Path) -> set[tuple]:
    ex = extract_paths([path])
    assert not [p for p in ex.problems if p.kind != "warning"], ex.problems
    return {(d.symbol, t.clause, tuple(o.name for o in t.owners), t.deadline, " ".join(t.text.split()))
            for d in ex.documents for t in d.tasks}


def test_a_printed_pdf_reads_like_its_text_and_names_the_page_of_each_fact(tmp_path):
    text = LETTERS.read_text(encoding="utf-8")
    pdf = _pdf(text.splitlines(), tmp_path / "letters.pdf")
    expected = _facts(LETTERS)
    assert len(expected) > 20 and _facts(pdf) == expected
    read = read_file(pdf)
    assert read.encoding == "pdf" and len(read.pages) > 1
    docs = extract_paths([pdf]).documents
    pages = [t.source.page for d in docs for t in d.tasks]
    assert all(p and 1 <= p <= len(read.pages) for p in pages) and max(pages) > 1
    # provenance still quotes what the file says, at the offsets it gives
    task = next(t for d in docs for t in d.tasks if t.deadline)
    assert read.raw[task.source.start:task.source.end] == task.source.quote
    assert task.source.quote.split()[0] in task.text


def test_a_signed_pdf_reads_like_the_unsigned_one(tmp_path):
    # the signature block of a signed file ("Người ký:", "Email:", "Thời gian ký:") is no part of the text, even
    # above a document that opens without the usual header
    text = (CORPUS / "003_436049e121d10e31.txt").read_text(encoding="utf-8").splitlines()
    stamp = ["Người ký: Văn phòng Tỉnh ủy", "Email: vanphong@tinhuy.gov.vn", "Cơ quan: Tỉnh ủy Nghệ An",
             "Thời gian ký: 10.03.2026 09:31:22 +07:00"]
    plain, signed = _pdf(text, tmp_path / "plain.pdf"), _pdf(text, tmp_path / "signed.pdf", stamp=stamp)
    assert "Người ký" in read_file(signed).text and "Người ký" not in read_file(plain).text
    assert len(_facts(plain)) > 100 and _facts(signed) == _facts(plain)


def test_a_word_file_reads_like_its_text_and_its_table_rows_are_tasks(tmp_path):
    text = NOTICE.read_text(encoding="utf-8")
    assert _facts(_docx(text.splitlines(), tmp_path / "notice.docx")) == _facts(NOTICE)
    plan = _docx(PLAN_HEAD, tmp_path / "plan.docx", PLAN_TABLE, ["", "Nơi nhận:", "- Như trên,"])
    tasks = {t.text: t for d in extract_paths([plan]).documents for t in d.tasks}
    first = next(t for text, t in tasks.items() if "cơ sở dữ liệu đảng viên" in text)
    second = next(t for text, t in tasks.items() if "chuyển đổi số" in text)
    assert [o.name for o in first.owners] == ["Ban Tổ chức Tỉnh ủy Nghệ An"] and first.deadline == "2026-Q2"
    assert [o.name for o in second.owners] == ["Ban Tuyên giáo Tỉnh ủy Nghệ An"] and second.deadline == "2026-10"
    assert any("Văn phòng Tỉnh ủy" in c.name for c in first.collaborators)


def test_words_automatic_numbering_is_read_as_the_numbers_it_shows(tmp_path):
    # a Word plan numbers its items with the list styles, not with typed "1." and "a)": the clauses are the same
    from docx import Document as WordDocument

    items = [("List Number", "Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt trước ngày 30/3/2026."),
             ("List Number", "Ban Tổ chức Tỉnh ủy rà soát, bổ sung quy hoạch cán bộ trong quý II/2026."),
             ("List Number", "Văn phòng Tỉnh ủy xây dựng kho dữ liệu số trước ngày 31/12/2026.")]
    word = WordDocument()
    for line in PLAN_HEAD[:-1]:
        word.add_paragraph(line)
    word.add_paragraph("I. NHIỆM VỤ")
    for style, line in items:
        word.add_paragraph(line, style=style)
    word.save(tmp_path / "numbered.docx")
    typed = tmp_path / "typed.txt"
    typed.write_text("\n".join([*PLAN_HEAD[:-1], "I. NHIỆM VỤ", ""] + [f"{k}. {line}\n" for k, (_, line) in
                                                                          enumerate(items, start=1)]), encoding="utf-8")
    got = [(t.clause, t.deadline, [o.name for o in t.owners]) for d in extract_paths([tmp_path / "numbered.docx"]).documents
           for t in d.tasks]
    assert got == [(t.clause, t.deadline, [o.name for o in t.owners]) for d in extract_paths([typed]).documents
                   for t in d.tasks]
    assert [c for c, _, _ in got] == ["I.1", "I.2", "I.3"]
    assert read_file(tmp_path / "numbered.docx").text.count("\n2. Ban Tổ chức") == 1


def test_a_web_page_reads_like_its_text_without_its_menus_and_scripts(tmp_path):
    text = LETTERS.read_text(encoding="utf-8")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    page = tmp_path / "letters.html"
    page.write_text("<!doctype html><html><head><meta charset='utf-8'><script>var giao = 'Giao Bộ Y tế';</script>"
                    "</head><body><nav>Trang chủ | Văn bản mới</nav><article>" + body + "</article>"
                    "<footer>Cổng thông tin điện tử</footer></body></html>", encoding="utf-8")
    assert _facts(page) == _facts(LETTERS)
    assert "Trang chủ" not in read_file(page).text and "Bộ Y tế" not in read_file(page).text


def test_a_folder_of_mixed_formats_loads_whole_with_the_page_in_neo4j(tmp_path, driver, neo4j_settings):
    from test_load import FULL, _forget

    folder = tmp_path / "inbox"
    folder.mkdir()
    _pdf(FULL.splitlines(), folder / "thong-bao.pdf", lines_per_page=11)
    _docx(PLAN_HEAD, folder / "ke-hoach.docx", PLAN_TABLE)
    try:
        report = load_paths(driver, [folder], database=neo4j_settings.database)
        assert not report.failed and report.files_loaded == 2, report.problems
        rows = driver.execute_query(
            "MATCH (d:Document)<-[:DOCUMENT]-(t:Task)-[:DERIVED_FROM]->(s:SourceSpan) WHERE d.symbol IN $symbols "
            "OPTIONAL MATCH (t)-[:OWNER]->(o) RETURN d.symbol AS doc, s.file AS file, s.page AS page, "
            "t.deadline AS deadline, o.name AS owner", symbols=["17-TB/TU", "45-KH/TU"],
            database_=neo4j_settings.database).records
        by_doc = {r["doc"]: [] for r in rows}
        for r in rows:
            by_doc[r["doc"]].append(r)
        assert {r["file"] for r in by_doc["17-TB/TU"]} == {"thong-bao.pdf"}
        assert {r["page"] for r in by_doc["17-TB/TU"]} >= {1, 2}  # the notice runs over pages
        assert all(r["page"] is None for r in by_doc["45-KH/TU"])  # a Word file has no fixed pages
        assert {(r["owner"], r["deadline"]) for r in by_doc["17-TB/TU"]} >= {
            ("Ban Tuyên giáo Tỉnh ủy Nghệ An", "2026-03-30")}
    finally:
        _forget(driver, ["17-TB/TU", "45-KH/TU"], folder)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("cut.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n", "damaged PDF"),
    ("fake.pdf", b"Ban Tuyen giao", "not a PDF"),
    ("old.docx", b"\xd0\xcf\x11\xe0 an old Word .doc", "not a Word .docx"),
    ("other.docx", None, "not a Word document"),
    ("empty.html", b"<html><body><nav>menu</nav><script>x</script></body></html>", "no text"),
])
def test_a_broken_file_is_refused_with_its_reason(tmp_path, name, content, reason):
    if content is None:  # a zip of something else
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            z.writestr("photo.jpg", b"\xff\xd8\xff not a document")
        content = buffer.getvalue()
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ReadError, match=reason) as e:
        read_file(tmp_path / name)
    assert name in str(e.value)


def test_an_encrypted_pdf_asks_for_its_password(tmp_path):
    pdf = _pdf(["TỈNH ỦY NGHỆ AN", "Số 17-TB/TU"], tmp_path / "locked.pdf", password="mat-khau")
    with pytest.raises(ReadError, match="password"):
        read_file(pdf)


def test_a_scan_without_a_text_layer_is_read_by_ocr_or_says_what_to_install(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.new("L", (1240, 600), 255)
    ImageDraw.Draw(picture).text((60, 60), "TỈNH ỦY NGHỆ AN\nSố 17-TB/TU\nBan Tuyên giáo Tỉnh ủy chủ trì",
                                 fill=0, font=ImageFont.truetype(str(_font()), 40))
    picture.save(tmp_path / "scan.pdf")  # a PDF page that is only a picture, as a scanner makes it
    if formats.tesseract_vie() is None:
        with pytest.raises(ReadError, match="tesseract-ocr-vie") as e:
            read_file(tmp_path / "scan.pdf")
        assert "scanned PDF" in str(e.value)
    else:
        read = read_file(tmp_path / "scan.pdf")
        assert read.encoding == "pdf+ocr" and "17-TB/TU" in read.text and read.warnings


def test_a_running_head_printed_on_every_page_is_not_part_of_the_text(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", str(_font())))
    pdf = canvas.Canvas(str(tmp_path / "plan.pdf"), pagesize=A4)
    body = PLAN_HEAD + [f"{i}. Ban Tổ chức Tỉnh ủy chủ trì rà soát nội dung số {i} trước ngày 30/6/2026."
                        for i in range(1, 13)]
    for page in range(4):
        pdf.setFont("VN", 9)
        if page:
            pdf.drawString(50, 800, f"Kế hoạch số 45-KH/TU của Tỉnh ủy Nghệ An — trang {page + 1}")
        pdf.setFont("VN", 10)
        for i, line in enumerate(body[page * 6:page * 6 + 6]):
            pdf.drawString(50, 760 - 14 * i, line)
        pdf.showPage()
    pdf.save()
    text = read_file(tmp_path / "plan.pdf").text
    assert "trang 2" not in text and "trang 4" not in text
    assert "4. Ban Tổ chức Tỉnh ủy" in text and text.count("45-KH/TU") == 1  # the header's own symbol stays
