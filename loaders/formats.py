"""Documents as offices have them: the text of a PDF, a Word file or a web page, for the reader to normalise.

Each converter gives the text a later stage reads as if it were a `.txt` file, and where each PDF page starts in
it, so provenance can name the page. Libraries, chosen on licence and weight (no native code, nothing copyleft):
pypdf (BSD) for PDF text layers, python-docx (MIT) for Word, Beautiful Soup (MIT) for HTML. A scanned PDF (no
text layer) is read by `tesseract` with its Vietnamese data when that is installed, and refused with what to
install otherwise — never an empty document.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass

from dkg.errors import ReadError
from loaders.word_numbering import Numbering

PAGE_BREAK = "\n\f\n"  # a line holding a form feed: the furniture rules drop it and the page numbers beside it
MIN_CHARS_PER_PAGE = 25  # below this on average, a PDF's pages are pictures of text (a scan)
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Converted:
    text: str
    encoding: str  # how the text was got: pdf, pdf+ocr, docx, html
    pages: tuple[int, ...] = ()  # offsets in `text` where each PDF page starts
    warnings: tuple[str, ...] = ()


def kind_of(name: str) -> str | None:
    """pdf | docx | html for a file name with such a suffix (any case), else None (read as text)."""
    dot = name.rfind(".")
    return SUFFIXES.get(name[dot:].lower()) if dot >= 0 else None


def convert(data: bytes, name: str, kind: str) -> Converted:
    return {"pdf": pdf_text, "docx": docx_text, "html": html_text}[kind](data, name)


# --- PDF -------------------------------------------------------------------------------------------


def pdf_text(data: bytes, name: str) -> Converted:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    if b"%PDF-" not in data[:1024]:  # the header may follow a little junk, within the first kilobyte
        raise ReadError(f"{name}: not a PDF (no %PDF- header at its start)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # signed PDFs are often "encrypted" with no password
            raise ReadError(f"{name}: an encrypted PDF that needs a password; save an unprotected copy first")
        pages = [_page_text(page) for page in reader.pages]
    except ReadError:
        raise
    except (FileNotDecryptedError, NotImplementedError) as e:
        raise ReadError(f"{name}: an encrypted PDF this reader cannot open ({e})") from e
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise ReadError(f"{name}: a damaged PDF that cannot be read ({type(e).__name__}: {e})") from e
    if not pages:
        raise ReadError(f"{name}: a PDF with no pages")
    if sum(len(p.strip()) for p in pages) < MIN_CHARS_PER_PAGE * len(pages):
        return _ocr(reader, name)
    return _joined(_without_running_lines(pages), "pdf")


def _without_running_lines(pages: list[str]) -> list[str]:
    """Pages without their running heads and feet: a first or last line that recurs (numbers aside) on at least
    three pages and half of them is the printer's, not the document's ("Kế hoạch số 45-KH/TU — Trang 3")."""
    def edge_lines(page: str) -> list[int]:
        lines = page.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return sorted({filled[0], filled[-1]}) if filled else []

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()).lower())

    seen: dict[str, int] = {}
    for page in pages:
        lines = page.split("\n")
        for k in {key(lines[i]) for i in edge_lines(page)}:
            seen[k] = seen.get(k, 0) + 1
    running = {k for k, n in seen.items() if n >= 3 and n * 2 >= len(pages)}
    if not running:
        return pages
    out = []
    for page in pages:
        lines = page.split("\n")
        drop = {i for i in edge_lines(page) if key(lines[i]) in running}
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return out


def _page_text(page) -> str:
    """A page's text laid out as printed: blank lines where the page leaves a gap (they separate paragraphs
    and header blocks), lines without trailing spaces."""
    text = page.extract_text(extraction_mode="layout") or ""
    return "\n".join(line.rstrip() for line in text.splitlines())


def _joined(pages: list[str], encoding: str, warnings: tuple[str, ...] = ()) -> Converted:
    starts, parts, pos = [], [], 0
    for i, page in enumerate(pages):
        if i:
            parts.append(PAGE_BREAK)
            pos += len(PAGE_BREAK)
        starts.append(pos)
        parts.append(page)
        pos += len(page)
    return Converted("".join(parts), encoding, tuple(starts), warnings)


def tesseract_vie() -> str | None:
    """The tesseract program when it is installed with its Vietnamese data, else None."""
    exe = shutil.which("tesseract")
    if not exe:
        return None
    langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, check=False)
    return exe if re.search(r"^vie$", langs.stdout + langs.stderr, re.M) else None


def _ocr(reader, name: str) -> Converted:
    exe = tesseract_vie()
    if exe is None:
        raise ReadError(f"{name}: a scanned PDF ({len(reader.pages)} pages, no text layer); to read it by OCR "
                        "install tesseract with its Vietnamese data (Debian: apt-get install tesseract-ocr "
                        "tesseract-ocr-vie), or load a text copy")
    pages = []
    for number, page in enumerate(reader.pages, start=1):
        words = []
        try:
            images = list(page.images)  # a scanner puts each page in as one picture
        except (OSError, ValueError, NotImplementedError) as e:
            raise ReadError(f"{name}: page {number}: its picture cannot be decoded for OCR ({e})") from e
        for image in images:
            done = subprocess.run([exe, "stdin", "stdout", "-l", "vie"], input=image.data, capture_output=True,
                                  check=False, timeout=300)
            if done.returncode != 0:
                raise ReadError(f"{name}: page {number}: OCR failed ({done.stderr.decode(errors='replace')[:200]})")
            words.append(done.stdout.decode("utf-8", errors="replace"))
        pages.append("\n".join(words))
    if not any(p.strip() for p in pages):
        raise ReadError(f"{name}: a scanned PDF in which OCR found no text")
    return _joined(pages, "pdf+ocr", (f"{name}: no text layer; read by OCR (check names and numbers)",))


# --- Word --------------------------------------------------------------------------------------------


def docx_text(data: bytes, name: str) -> Converted:
    """Paragraphs and tables in document order; a table row is one line, its cells between "|" as cells."""
    from docx import Document as WordDocument
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError(f"{name}: not a Word .docx file (not a zip package; an old .doc must be saved as .docx)")
    try:
        word = WordDocument(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as e:
        raise ReadError(f"{name}: a zip file that is not a Word document ({type(e).__name__}: {e})") from e
    lines: list[str] = []
    numbering = Numbering.of(word)  # "1.", "a)", "-" of automatic numbering are not in the paragraph's text
    for block in word.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, word)
            marker = numbering.label(paragraph)
            lines.append(f"{marker} {paragraph.text}" if marker else paragraph.text)
        elif tag == "tbl":
            for row in Table(block, word).rows:
                cells = [" ".join(c.text.split()) for c in row.cells]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    return Converted("\n".join(lines), "docx")


# --- HTML --------------------------------------------------------------------------------------------

_BLOCKS = ("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br",
           "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "hr")
_NOT_TEXT = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg",
             "iframe", "button")


def html_text(data: bytes, name: str) -> Converted:
    """The main text of a web page: the <main> or <article> element when there is one, else the body, without
    scripts, menus, headers and footers; tables as "|" rows."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")  # it reads the page's own charset declaration
    for tag in soup.find_all(_NOT_TEXT):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    for table in root.find_all("table"):
        rows = ["| " + " | ".join(" ".join(c.get_text(" ").split()) for c in tr.find_all(["td", "th"])) + " |"
                for tr in table.find_all("tr")]
        table.replace_with("\n" + "\n".join(rows) + "\n")
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = [" ".join(line.split()) for line in root.get_text().splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text:
        raise ReadError(f"{name}: a web page with no text in it")
    return Converted(text + "\n", "html")
