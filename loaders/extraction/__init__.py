"""The extractor: one file's text → Document records, one module per stage, typed records between them.

    furniture  strip page furniture (Công báo heads, page markers, signature stamps, website blocks)
    header     read a header by the two format standards (symbol, type, date, fixed words, OCR-tolerant)
    segment    cut a file into documents, copies, press and commentary
    structure  headings, numbered items and bullets of a document body
    tasks      directive sentences → tasks with owners, collaborators, deadlines
    targets    numeric targets
    resolve    bodies, posts and groups against the authority file (patterns: the genre's naming rules)
    dates      dates, deadlines and recurrences
    extract    the stages in order, for one file (extract_text)
"""

from loaders.extraction.extract import FileResult, extract_text

__all__ = ["FileResult", "extract_text"]
