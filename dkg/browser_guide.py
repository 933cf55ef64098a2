"""The Neo4j Browser's own guide to this graph, and the settings that open it on connect.

On connect the Browser runs `browser.post_connect_cmd` (written into neo4j.conf by `dkg neo4j start`): it applies
`browser/style.grass` and plays this guide, both fetched from the API (hence the allow-list and CORS). The guide's
queries are the files of `queries/`, shown as clickable blocks, with parameters taken from what is loaded so
that each one answers something; Vietnamese first, English alongside.
"""

from __future__ import annotations

import datetime
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import queries

GUIDE_PATH = "/browser/guide.html"
STYLE_PATH = "/browser/style.grass"
STYLE_FILE = Path(__file__).resolve().parents[1] / "browser" / "style.grass"
# when the graph is empty or Neo4j does not answer, the blocks still show how a query is asked
PLACEHOLDERS = {"bodyKey": "so giao duc va dao tao", "bodyName": "Sở Giáo dục và Đào tạo", "symbolKey": "45-kh/tu",
                "symbol": "45-KH/TU", "indicatorIri": "https://directive-kg.example.org/id/indicator/rd-spending-gdp",
                "indicatorName": "Chi cho nghiên cứu và phát triển (% GDP)"}


def api_base(host: str, port: int) -> str:
    """The API's address as a browser on this machine reaches it."""
    return f"http://{_shown_host(host)}:{port}"


def _shown_host(host: str) -> str:
    return "localhost" if host in {"0.0.0.0", "127.0.0.1", "::", "localhost"} else host


def neo4j_conf_lines(host: str, port: int) -> str:
    """neo4j.conf lines that make the Browser style itself and open the guide once the user has logged in."""
    base = api_base(host, port)
    allowed = ",".join(sorted({"localhost", "127.0.0.1", _shown_host(host)}))
    # `clear` first: the project's guide replaces the Browser's generic welcome frame instead of sitting above it
    return (f"browser.post_connect_cmd=clear; style {base}{STYLE_PATH}; play {base}{GUIDE_PATH}\n"
            f"browser.remote_content_hostname_whitelist={allowed}\n")


@dataclass(frozen=True)
class Block:
    """A clickable block: a click puts `text` into the Browser's editor."""

    text: str


def _cypher_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _cypher_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _cypher_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_cypher_value(v) for v in value) + "]"
    return str(value)


def _params(**values: Any) -> Block:
    inner = ", ".join(f"{k}: {_cypher_value(v)}" for k, v in values.items())
    return Block(f":params {{{inner}}}")


def _query(name: str) -> Block:
    return Block(queries.load(name).strip())


def _slide(title_vi: str, title_en: str, lead: str, *parts: str | Block) -> str:
    body = []
    for part in parts:
        if isinstance(part, Block):
            body.append(f'<pre class="pre-scrollable code runnable">{html.escape(part.text)}</pre>')
        else:
            body.append(f"<p>{part}</p>")
    return (f'<slide class="row-fluid"><div class="col-sm-3"><h3>{html.escape(title_vi)}</h3>'
            f'<p class="lead"><em>{html.escape(title_en)}</em></p><p>{lead}</p></div>'
            f'<div class="col-sm-9">{"".join(body)}</div></slide>')


def render(examples: dict[str, Any] | None, note: str = "") -> str:
    """The guide as the Browser's `:play` expects it; `examples` is a row of queries/guide_examples.cypher (None
    when Neo4j did not answer), `note` a line shown on the first slide."""
    ex = dict(PLACEHOLDERS)
    counts = ""
    if examples:
        ex.update({k: v for k, v in examples.items() if v is not None and k in PLACEHOLDERS})
        counts = (f"Đồ thị đang có / the graph holds: <b>{examples['documents']}</b> văn bản (documents), "
                  f"<b>{examples['tasks']}</b> nhiệm vụ (tasks), trong đó <b>{examples['orphans']}</b> chưa có "
                  f"cơ quan chủ trì (without an owner), <b>{examples['bodies']}</b> cơ quan (bodies), "
                  f"<b>{examples['targets']}</b> chỉ tiêu (targets).")
    e = {k: html.escape(str(v)) for k, v in ex.items()}
    slides = [
        _slide("directive-kg", "Who must do what, by when, under which document",
               "Ai phải làm gì, đến khi nào, theo văn bản nào.",
               counts or "Chưa nạp văn bản nào: chạy <code>dkg load</code> / nothing is loaded yet: run "
                         "<code>dkg load</code>.",
               *([html.escape(note)] if note else []),
               "Màu / colours: <b style='color:#2870C2'>văn bản</b> (documents) xanh dương, "
               "<b style='color:#F36924'>nhiệm vụ</b> (tasks) cam, <b style='color:#5DB665'>chỉ tiêu</b> "
               "(targets) xanh lá, cơ quan (bodies) tím, chức danh (posts) hồng, nhóm (groups) vàng. "
               "Nhấp vào một khối để đưa câu lệnh vào ô soạn thảo, rồi bấm ▶ (Ctrl+Enter). "
               "Click a block to put it in the editor, then run it.",
               "Lược đồ / the schema:", Block("CALL db.schema.visualization()")),
        _slide("Trách nhiệm của một cơ quan", "A body's responsibilities",
               f"Ví dụ / example: <b>{e['bodyName']}</b>. Đổi <code>bodyKey</code> (tên viết thường, không dấu) "
               "để hỏi về cơ quan khác / change <code>bodyKey</code> (the name in lower case without accents).",
               "1. Tham số / parameters:", _params(bodyKey=ex["bodyKey"]),
               "2. Dạng đồ thị / as a graph:", _query("body_tasks_graph"),
               "3. Dạng bảng, kể cả qua chức danh, nhóm, đơn vị trực thuộc / as a table, also through posts, "
               "groups and sub-bodies:",
               _params(bodyKey=ex["bodyKey"], roles=["OWNER", "COLLABORATOR"], includeGroups=True,
                       includeSubBodies=True, followSuccessors=True, documentTypes=None, dueBefore=None,
                       overdueAsOf=None, skip=0, limit=50),
               _query("responsibilities")),
        _slide("Việc quá hạn của một cơ quan", "What is overdue for a body",
               "Nhiệm vụ đã quá thời hạn mà chưa có báo cáo hoàn thành, tính đến <code>overdueAsOf</code>; cột "
               "<code>status</code> là báo cáo tiến độ mới nhất / tasks past their deadline with no report of them "
               "done by <code>overdueAsOf</code>; <code>status</code> is the latest progress report.",
               _params(bodyKey=ex["bodyKey"], roles=["OWNER"], includeGroups=True, includeSubBodies=True,
                       followSuccessors=True, documentTypes=None, dueBefore=None,
                       overdueAsOf=datetime.date.today().isoformat(), skip=0, limit=50),
               _query("responsibilities")),
        _slide("Nhiệm vụ chưa có cơ quan chủ trì", "Tasks without an owner",
               "Mỗi dòng nêu văn bản, mục và vị trí trong tệp gốc / each row names the document, the clause and "
               "where in the source file. <code>dkg validate</code> báo cáo cùng các nhiệm vụ này / reports the "
               "same tasks.",
               _params(limit=50), _query("orphan_tasks")),
        _slide("Dòng văn bản", "A document's lineage",
               f"Ví dụ / example: <b>{e['symbol']}</b> — văn bản nó tiếp tục, thực hiện, dẫn chiếu, sao gửi, và "
               "ngược lại / what it continues, implements, cites, forwards, and what does so to it.",
               _params(symbolKey=ex["symbolKey"]), _query("document_lineage_graph")),
        _slide("Một chỉ tiêu theo thời gian", "One indicator over time",
               f"Ví dụ / example: <b>{e['indicatorName']}</b> — mọi chỉ tiêu các văn bản đặt ra cho nó, theo năm / "
               "every target documents set for it, by year.",
               _params(indicatorIri=ex["indicatorIri"]), _query("indicator_over_time")),
        _slide("Tìm không dấu", "Find without accents",
               "Chỉ mục toàn văn bỏ dấu và chữ hoa / the full-text index ignores accents and case.",
               Block(f"CALL db.index.fulltext.queryNodes('resource_names', {_cypher_string(ex['bodyKey'])})\n"
                     "YIELD node, score\nRETURN labels(node) AS kind, node.name AS name, score LIMIT 20")),
    ]
    return ('<article class="guide"><carousel class="deck container-fluid">' + "".join(slides)
            + "</carousel></article>")
