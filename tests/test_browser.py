"""What a person sees: the Neo4j Browser's guide and style, GraphiQL offline — checked over HTTP and in a real
headless chromium (Debian's; Playwright drives it), against the real Neo4j."""

from __future__ import annotations

import html
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

import queries
from dkg import browser_guide, server
from dkg.settings import get_api_settings, project_root

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = project_root() / ".dkg" / "screenshots"
TASK_COLOUR = "#F79767"  # node.Task in browser/style.grass
GUIDE_QUERIES = ["body_tasks_graph", "responsibilities", "orphan_tasks", "document_lineage_graph",
                 "indicator_over_time"]


def _blocks(guide: str) -> list[str]:
    return [html.unescape(b) for b in re.findall(r'<pre class="[^"]*runnable[^"]*">(.*?)</pre>', guide, re.S)]


def _params_of(block: str) -> dict:
    """The values of a `:params {k: 'v', …}` block (strings, numbers, booleans, null, lists of strings)."""
    out = {}
    for key, value in re.findall(r"(\w+): ('(?:[^'\\]|\\.)*'|\[[^\]]*\]|[\w.]+)", block[len(":params "):]):
        if value.startswith("'"):
            out[key] = value[1:-1].replace("\\'", "'").replace("\\\\", "\\")
        elif value.startswith("["):
            out[key] = re.findall(r"'([^']*)'", value)
        else:
            out[key] = {"true": True, "false": False, "null": None}.get(value, int(value) if value.isdigit()
                                                                         else value)
    return out


def test_the_guide_teaches_with_queries_from_the_folder_and_parameters_from_the_graph(api_url, driver,
                                                                                    neo4j_settings):
    resp = httpx.get(api_url + browser_guide.GUIDE_PATH, timeout=30)
    assert resp.status_code == 200
    assert resp.headers["access-control-allow-origin"] == "*"  # the Browser fetches it from another origin
    guide = resp.text
    assert guide.count("<slide ") == 7
    blocks = _blocks(guide)
    for name in GUIDE_QUERIES:  # the files themselves, not copies that drift
        assert queries.load(name).strip() in blocks, name
    # every query of the guide, run with the parameters the guide sets just before it, answers something
    for i, block in enumerate(blocks):
        if block.startswith("MATCH") or block.startswith("//"):
            params = _params_of(blocks[i - 1]) if blocks[i - 1].startswith(":params") else {}
            records, _, _ = driver.execute_query(block, params, database_=neo4j_settings.database)
            assert records, f"the guide's query answers nothing with its own parameters: {block[:200]}"
    # the example body is the one that owns most tasks, and the counts are the graph's
    top = driver.execute_query("MATCH (b:Body)<-[:OWNER]-(:Task) WITH b, count(*) AS n ORDER BY n DESC, b.name "
                               "LIMIT 1 RETURN b.nameKey AS key", database_=neo4j_settings.database).records[0]
    assert f"bodyKey: '{top['key']}'" in "\n".join(blocks)
    tasks = driver.execute_query("MATCH (t:Task) RETURN count(t) AS n", database_=neo4j_settings.database)
    assert f"<b>{tasks.records[0]['n']}</b> nhiệm vụ (tasks)" in guide


def test_the_style_the_browser_applies_is_the_projects(api_url):
    resp = httpx.get(api_url + browser_guide.STYLE_PATH, timeout=10)
    assert resp.status_code == 200 and resp.headers["access-control-allow-origin"] == "*"
    assert resp.text == (Path(__file__).resolve().parents[1] / "browser" / "style.grass").read_text(encoding="utf-8")
    assert f"node.Task {{ color: {TASK_COLOUR}" in resp.text


def test_the_running_server_opens_the_guide_on_connect(driver, neo4j_settings):
    api = get_api_settings()
    rows = driver.execute_query("SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'browser.' "
                                "RETURN name, value", database_=neo4j_settings.database).records
    settings = {r["name"]: r["value"] for r in rows}
    base = browser_guide.api_base(api.api_host, api.api_port)
    commands = [c.strip() for c in settings["browser.post_connect_cmd"].split(";")]
    assert commands == ["clear", f"style {base}{browser_guide.STYLE_PATH}", f"play {base}{browser_guide.GUIDE_PATH}"]
    allowed = settings["browser.remote_content_hostname_whitelist"].split(",")
    assert "localhost" in allowed and "guides.neo4j.com" not in allowed  # only the project's own content


@pytest.fixture(scope="module")
def api_on_configured_port(loaded_corpus) -> Iterator[str]:
    """The API where the Browser's post-connect commands point (DKG_API_PORT), for the length of these tests."""
    from graph_api.app import create_app

    api = get_api_settings()
    if server.port_in_use(api.api_port):
        pytest.skip(f"port {api.api_port} is taken (an API already running?); the Browser test serves its own there")
    srv = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=api.api_port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    url = browser_guide.api_base("127.0.0.1", api.api_port)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not server.port_in_use(api.api_port):
        time.sleep(0.1)
    yield url
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def chromium():
    if CHROMIUM is None:
        pytest.skip("no chromium on PATH (Debian: apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def _offline_page(chromium, allowed_prefixes: tuple[str, ...]):
    """A page on which every request outside this machine is refused, and recorded."""
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    refused: list[str] = []

    def guard(route):
        if route.request.url.startswith(allowed_prefixes):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()
    page.route("**/*", guard)
    return page, refused


LOCAL = ("http://localhost", "http://127.0.0.1", "ws://localhost", "ws://127.0.0.1", "data:", "blob:")


def test_the_browser_opens_styled_on_the_guide_after_login(chromium, api_on_configured_port, neo4j_settings):
    page, refused = _offline_page(chromium, LOCAL)
    page.goto(neo4j_settings.browser_url, wait_until="domcontentloaded")
    page.fill("[data-testid=boltaddress]", neo4j_settings.bolt_uri)
    page.fill("[data-testid=username]", neo4j_settings.user)
    page.fill("[data-testid=password]", neo4j_settings.password.get_secret_value())
    page.click("[data-testid=connect]")
    # the guide, fetched from the API by the post-connect command, is the top frame
    page.wait_for_selector("text=Ai phải làm gì, đến khi nào, theo văn bản nào", timeout=60_000)
    assert page.locator("text=1 / 7").count() == 1  # the first of its seven slides
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "neo4j-browser-on-connect.png"))
    assert page.locator("text=movie").count() == 0  # not Neo4j's movie-graph welcome guide
    # a click on a block of the guide puts its query into the editor
    page.locator("pre.runnable", has_text="CALL db.schema.visualization()").click()
    page.wait_for_function("() => document.querySelector('.monaco-editor').innerText.includes('db.schema')")
    # the style is applied: a task drawn in the graph view has the project's task colour
    editor = page.locator(".monaco-editor textarea").first
    editor.focus()
    page.keyboard.press("Control+A")
    editor.fill("MATCH (t:Task)-[:OWNER]->(b:Body) RETURN t, b LIMIT 5")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("svg circle.b-outline", timeout=30_000)
    fills = page.eval_on_selector_all("svg circle.b-outline", "cs => cs.map(c => c.getAttribute('fill'))")
    assert TASK_COLOUR.lower() in [f.lower() for f in fills if f], fills
    shot = SCREENSHOTS / "neo4j-browser-guide.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    # the Browser jar's own page asks for web fonts and, after login, two third-party scripts; none is ours
    # and none is a usage report (client.allow_telemetry=false): all were refused here and the page worked
    assert not [u for u in refused if "api.segment.io" in u or "/track" in u], refused
    page.close()


def test_graphiql_renders_and_answers_with_no_internet(chromium, api_url):
    page, refused = _offline_page(chromium, LOCAL)
    page.goto(api_url + "/graphql", wait_until="networkidle")
    page.wait_for_selector(".graphiql-query-editor .CodeMirror", timeout=30_000)
    page.evaluate("() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror"
                  ".setValue('{ corpus { nodes relationships } }')")
    page.click(".graphiql-execute-button")
    page.wait_for_function("() => (document.querySelector('.result-window') || {}).innerText?.includes('nodes')",
                           timeout=30_000)
    assert refused == []  # every script and style came from the API itself
    assert re.search(r'"nodes":\s*\d+', page.inner_text(".result-window"))
    page.close()
