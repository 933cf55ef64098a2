"""A load keeps the documents it extracted on disk until it writes them (issue 10: memory that does not grow
with the corpus); what it gives back must be what merging them in memory gives."""

from pathlib import Path

from loaders.pipeline import Extraction, _extract_files, extract_paths, merge_works
from loaders.spill import DocumentSpill

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

FULL = ("TỈNH ỦY NGHỆ AN\n\nSố 18-TB/TU\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nTHÔNG BÁO\n"
        "kết luận của Ban Thường vụ Tỉnh ủy\n\n1. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt "
        "trước ngày 30/3/2026.\n\n2. Ban Tổ chức Tỉnh ủy rà soát, bổ sung quy hoạch cán bộ trong quý II/2026.\n")
OTHER = FULL.replace("18-TB/TU", "19-TB/TU")


def _through_spill(paths) -> list:
    with DocumentSpill() as spill:
        for docs in _extract_files(paths, Extraction()):
            spill.add(docs)
        return list(spill.works(merge_works))


def test_the_spilled_corpus_comes_back_as_the_documents_extracted_in_memory():
    in_memory = extract_paths([CORPUS]).documents
    spilled = _through_spill([CORPUS])
    assert len(spilled) == len(in_memory) == 13
    assert spilled == in_memory  # same order, same tasks, owners, deadlines, sources
    assert sum(len(d.tasks) for d in spilled) > 200


def test_one_work_in_two_files_comes_back_once_with_the_richer_reading_and_both_sources(tmp_path):
    # file names in reading order: the part first, another work between, the full reading last
    (tmp_path / "a_part.txt").write_text(FULL.split("\n\n2.")[0] + "\n", encoding="utf-8")
    (tmp_path / "b_other.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "c_full.txt").write_text(FULL, encoding="utf-8")
    works = _through_spill([tmp_path])
    assert [d.symbol for d in works] == ["18-TB/TU", "19-TB/TU"]  # the order works were first read in
    merged = works[0]
    assert len(merged.tasks) == 2
    assert [o.name for o in merged.tasks[1].owners] == ["Ban Tổ chức Tỉnh ủy Nghệ An"]
    assert {Path(s.file).name for s in merged.sources} == {"a_part.txt", "c_full.txt"}
    assert works == extract_paths([tmp_path]).documents


def test_folding_many_long_texts_keeps_only_a_few_of_them_in_memory():
    import gc
    import tracemalloc

    from loaders.vntext import fold, fold_keep_length

    paragraph = "Sở Tài chính tỉnh Nghệ An chủ trì, phối hợp với các sở, ngành rà soát nhiệm vụ. " * 250  # ≈ 20k chars
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(150):  # what a large load does: every document's text, folded by several readers
            text = f"{i} {paragraph}"
            assert fold(text).startswith(f"{i} so tai chinh tinh nghe an")
            assert len(fold_keep_length(text)) == len(text)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # each text and its folded forms are ≈ 100 kB: kept all, they would be 15 MB; a few dozen are 4 MB at most
    assert grown < 5_000_000, grown


def test_a_full_disk_while_keeping_the_documents_is_a_clear_error(tmp_path):
    import pytest

    from dkg.errors import DirectiveKgError

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    (tmp_path / "tb.txt").write_text(FULL, encoding="utf-8")
    docs = extract_paths([tmp_path]).documents
    spill = DocumentSpill()
    spill._file.close()
    spill._file = open("/dev/full", "wb", buffering=0)  # every write fails as on a full disk (ENOSPC)
    with pytest.raises(DirectiveKgError, match="TMPDIR"):
        spill.add(docs)
    spill.close()
