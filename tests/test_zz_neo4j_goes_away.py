"""Neo4j stopping in the middle of a load, and coming back: the real local server is stopped and started.
Named to run last, as it takes the shared server away for a few seconds."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from test_load import _forget

from dkg import server
from dkg.db import open_driver
from dkg.settings import Neo4jSettings
from loaders import pipeline

LETTER = ("TỈNH ỦY NGHỆ AN\n\nSố {n}-TB/TU\n\nNghệ An, ngày 3 tháng 2 năm 2026\n\nTHÔNG BÁO\nkết luận\n\n"
          "1. Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt trước ngày 30/3/2026.\n")
SYMBOLS = [f"{n}-TB/TU" for n in (31, 32, 33)]


def _symbols_in_graph(driver) -> set[str]:
    records, _, _ = driver.execute_query("MATCH (d:Document) WHERE d.symbol IN $s RETURN collect(d.symbol) AS s",
                                         s=SYMBOLS)
    return set(records[0]["s"])


def _health_within(api_url: str, status: int, seconds: float) -> float:
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        try:
            if httpx.get(api_url + "/healthz", timeout=seconds).status_code == status:
                return time.monotonic() - began
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    pytest.fail(f"/healthz did not answer {status} within {seconds} s")


def test_a_load_stops_at_once_when_neo4j_goes_away_and_a_rerun_completes_it(
        tmp_path: Path, monkeypatch, neo4j_settings: Neo4jSettings, api_url, driver):
    for i, symbol in enumerate(SYMBOLS):
        (tmp_path / f"tb{i}.txt").write_text(LETTER.format(n=symbol.split("-")[0]), encoding="utf-8")
    monkeypatch.setattr(pipeline, "DOCUMENTS_PER_TRANSACTION", 1)
    writer = open_driver(neo4j_settings.model_copy(update={"write_wait": 5.0}))
    real_validate = pipeline._validate_written
    stopped = []

    def stop_after_the_first_batch(*args):
        real_validate(*args)
        if not stopped:
            stopped.append(server.stop())  # Neo4j goes away between two batches of the load

    monkeypatch.setattr(pipeline, "_validate_written", stop_after_the_first_batch)
    try:
        began = time.monotonic()
        report = pipeline.load_paths(writer, [tmp_path], database=neo4j_settings.database)
        took = time.monotonic() - began
        assert report.stopped and len(report.written) == 1 and len(report.not_written) == 2
        assert took < 45  # one bounded wait (5 s of retries here), not one per document
        assert _health_within(api_url, 503, 15) < 15  # the API says so, quickly
        server.start(neo4j_settings, log=lambda *_: None)
        _health_within(api_url, 200, 60)  # and serves again by itself
        monkeypatch.setattr(pipeline, "_validate_written", real_validate)
        again = pipeline.load_paths(writer, [tmp_path], database=neo4j_settings.database)
        assert not again.stopped and not again.failed
        assert _symbols_in_graph(driver) == set(SYMBOLS)
    finally:
        server.start(neo4j_settings, log=lambda *_: None)  # whatever happened, the server is back
        writer.close()
        _forget(driver, SYMBOLS, tmp_path)
