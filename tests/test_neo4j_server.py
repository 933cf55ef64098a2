"""The local Neo4j server: a real Bolt round-trip, the Browser over HTTP, and set-up faults."""

from __future__ import annotations

import os
import socket
import stat
import uuid
from pathlib import Path

import httpx
import pytest

from dkg import server
from dkg.errors import SetupError


def test_bolt_round_trip_writes_and_reads_a_node(driver, neo4j_settings):
    marker = f"test-{uuid.uuid4()}"
    driver.execute_query("CREATE (:DkgTestProbe {marker: $m, name: 'Ban Tuyên giáo'})", m=marker,
                         database_=neo4j_settings.database)
    try:
        records, _, _ = driver.execute_query("MATCH (n:DkgTestProbe {marker: $m}) RETURN n.name AS name",
                                             m=marker, database_=neo4j_settings.database)
        assert [r["name"] for r in records] == ["Ban Tuyên giáo"]
    finally:
        driver.execute_query("MATCH (n:DkgTestProbe {marker: $m}) DELETE n", m=marker,
                             database_=neo4j_settings.database)


def test_server_is_community_5_26(driver):
    records, _, _ = driver.execute_query("CALL dbms.components() YIELD versions, edition RETURN versions, edition")
    assert records[0]["edition"] == "community"
    assert records[0]["versions"][0].startswith("5.26")


def test_browser_page_is_served_over_http(neo4j_settings):
    resp = httpx.get(neo4j_settings.browser_url, timeout=10, follow_redirects=True)
    assert resp.status_code == 200
    assert "Neo4j Browser" in resp.text


def test_http_discovery_points_the_browser_at_our_bolt_port(neo4j_settings):
    root = neo4j_settings.browser_url.removesuffix("browser/")
    info = httpx.get(root, headers={"Accept": "application/json"}, timeout=10).json()
    assert info["bolt_direct"].endswith(f":{neo4j_settings.bolt_port}")
    assert info["neo4j_version"].startswith("5.26")


def test_wrong_password_is_refused_with_a_clear_message(neo4j_settings):
    with pytest.raises(Exception, match="refuses user"):
        server.bolt_answers(neo4j_settings.bolt_uri, neo4j_settings.user, "not-the-password")


def test_a_port_in_use_is_named_with_the_variable_that_moves_it(tmp_path, neo4j_settings, monkeypatch):
    # another program holds the Bolt port; a server on it must be refused with the port's name. The port is
    # held here, not by the project's Neo4j (which may be down), and the project folder is the test's own: a
    # start that went on would write a new password into that .env, never into the project's
    monkeypatch.setenv("DKG_ROOT", str(tmp_path))
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        other = neo4j_settings.model_copy(update={"uri": None, "password": None, "bolt_port": port})
        paths = server.ServerPaths(tmp_path / "neo4j")
        with pytest.raises(SetupError, match=rf"Port {port} .*NEO4J_BOLT_PORT"):
            server.start(other, paths, log=lambda *_: None)
    assert not paths.lib.exists(), "nothing is installed when the start is refused"
    assert not (tmp_path / ".env").exists()


def _fake_tool(folder: Path, name: str, script: str) -> None:
    exe = folder / name
    exe.write_text("#!/bin/sh\n" + script + "\n")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)


def test_maven_failure_leaves_nothing_half_installed(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_tool(bin_dir, "mvn", "echo 'Could not transfer artifact: repo1 unreachable' >&2; exit 1")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    paths = server.ServerPaths(tmp_path / "neo4j")
    with pytest.raises(SetupError, match="Maven Central"):
        server.install_jars(paths, log=lambda *_: None)
    assert not paths.lib.exists()
    assert not (paths.home / "lib.partial").exists()


def test_old_java_is_refused_naming_the_need(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_tool(bin_dir, "java", "echo 'openjdk version \"11.0.2\" 2019-01-15' >&2")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(SetupError, match="Java 17 or newer"):
        server.java_version()


def test_missing_java_is_refused_naming_the_need(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SetupError, match="Java 17"):
        server.java_version()


def test_generated_password_goes_to_env_and_keeps_other_lines(tmp_path, neo4j_settings):
    env = tmp_path / ".env"
    env.write_text("DKG_API_PORT=8001\n")
    pw = server.ensure_password(neo4j_settings.model_copy(update={"password": None}), env)
    lines = env.read_text().splitlines()
    assert "DKG_API_PORT=8001" in lines and f"NEO4J_PASSWORD={pw}" in lines
    assert len(pw) >= 20 and pw != "neo4j" and pw.isalnum()  # never read as an option by neo4j-admin
    assert oct(env.stat().st_mode & 0o777) == "0o600"


def test_the_local_server_and_its_browser_report_no_usage(driver):
    records, _, _ = driver.execute_query(
        "CALL dbms.listConfig() YIELD name, value WHERE name IN $names RETURN name, value",
        names=["dbms.usage_report.enabled", "client.allow_telemetry", "server.bolt.telemetry.enabled"])
    assert {r["name"]: r["value"] for r in records} == {
        "dbms.usage_report.enabled": "false", "client.allow_telemetry": "false",
        "server.bolt.telemetry.enabled": "false"}
