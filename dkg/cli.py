"""The `dkg` command line: neo4j start|stop|status, load, validate, extract, export, serve, run."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

import queries
from dkg import browser_guide, server
from dkg.db import open_driver
from dkg.errors import DirectiveKgError, Neo4jUnavailable, SetupError
from dkg.settings import get_api_settings, get_neo4j_settings, project_root

app = typer.Typer(help="directive-kg: Vietnamese directives as a knowledge graph in Neo4j.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
neo4j_app = typer.Typer(help="The local Neo4j Community 5.26 server (no Docker needed).", no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")

console = Console()
err = Console(stderr=True)

EXIT_DATA = 1  # some input failed / validation found violations
EXIT_SERVICE = 2  # Neo4j down, machine not set up


def _fail(e: DirectiveKgError, code: int = EXIT_SERVICE) -> typer.Exit:
    err.print(f"[bold red]error:[/] {e}")
    return typer.Exit(code)


def _with_neo4j(work):
    """`work(driver, database)` with a driver to the configured Neo4j; Neo4j not answering is a clear error and
    exit 2."""
    settings = get_neo4j_settings()
    try:
        driver = open_driver(settings)
    except Neo4jUnavailable as e:
        raise _fail(e) from e
    try:
        return work(driver, settings.database)
    except Neo4jUnavailable as e:
        raise _fail(e) from e
    finally:
        driver.close()


def _refresh_settings() -> None:
    get_neo4j_settings.cache_clear()
    get_api_settings.cache_clear()


# --- neo4j ---------------------------------------------------------------------------------------


@neo4j_app.command("install")
def neo4j_install() -> None:
    """Fetch the Neo4j server and Browser jars from Maven Central (once; cached in .dkg/neo4j/lib)."""
    try:
        server.java_version()
        paths = server.ServerPaths.default()
        fetched = server.install_jars(paths, log=console.print)
    except DirectiveKgError as e:
        raise _fail(e) from e
    size = server.lib_size_bytes(paths) / 1e6
    console.print(("Fetched" if fetched else "Already installed:") + f" Neo4j jars in {paths.lib} ({size:.0f} MB)")


@app.command("install-graphiql")
def install_graphiql() -> None:
    """Fetch GraphiQL's scripts and styles from the npm registry (pinned and hash-checked, once; kept in
    .dkg/graphiql) so the API serves its IDE with no internet."""
    from dkg import graphiql

    try:
        fetched = graphiql.install(project_root(), log=console.print)
    except DirectiveKgError as e:
        raise _fail(e) from e
    console.print(("Fetched" if fetched else "Already installed:") + f" GraphiQL in {graphiql.asset_dir(project_root())}")


@neo4j_app.command("start")
def neo4j_start() -> None:
    """Start the local Neo4j (unless one already answers at NEO4J_URI); returns once Bolt answers."""
    settings = get_neo4j_settings()
    began = time.monotonic()
    try:
        result = server.start(settings, log=console.print)
    except DirectiveKgError as e:
        raise _fail(e) from e
    _refresh_settings()
    settings = get_neo4j_settings()
    console.print(f"{result.message} ({time.monotonic() - began:.1f}s)")
    console.print(f"Browser: {settings.browser_url}  user [bold]{settings.user}[/], password in "
                  f"{project_root() / '.env'} (NEO4J_PASSWORD)")


@neo4j_app.command("stop")
def neo4j_stop() -> None:
    """Stop the local Neo4j started by `dkg neo4j start` (no JVM is left behind)."""
    console.print(server.stop())


@neo4j_app.command("status")
def neo4j_status() -> None:
    """Is the local Neo4j running, and does Bolt answer with our credentials?"""
    s = server.status(get_neo4j_settings())
    console.print(f"jars installed: {s.jars}")
    console.print(f"local server pid: {s.pid or '-'}")
    console.print(f"bolt {s.uri}: {'answers' if s.answers else 'does not answer'}")
    console.print(f"browser: {s.browser}")
    if not s.answers:
        raise typer.Exit(EXIT_SERVICE)


# --- load / validate / serve ---------------------------------------------------------------------


@app.command()
def load(paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: corpus/)")] = None
         ) -> None:
    """Read, extract and load documents into Neo4j (a transaction per batch of documents, each whole or absent),
    checking each batch against the shapes as it is written."""
    from loaders.pipeline import corpus_files, load_paths

    paths = paths or [project_root() / "corpus"]
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"[red]error:[/] {p}: no such file or folder")
    settings = get_neo4j_settings()
    try:
        driver = open_driver(settings)
    except Neo4jUnavailable as e:
        raise _fail(e) from e
    began = time.monotonic()
    files = list(corpus_files([p for p in paths if p.exists()]))
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, transient=True) as progress:
            bar = progress.add_task("reading", total=len(files))

            def on_file(path: Path) -> None:
                progress.update(bar, advance=1, description=f"reading {path.name}")

            report = load_paths(driver, files, database=settings.database, on_file=on_file)
            progress.update(bar, description="written to Neo4j")
    except DirectiveKgError as e:
        raise _fail(e) from e
    finally:
        driver.close()
    # one row per figure: it fits any terminal, and a log or a pipe (80 columns) gets every word
    table = Table(title=f"dkg load ({time.monotonic() - began:.1f}s)", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    k = report.tasks_by_owner_kind
    for label, value in (("tệp đã nạp / files loaded", f"{report.files_loaded}/{report.files_read}"),
                         ("văn bản / documents", report.documents),
                         ("nhiệm vụ, chủ trì cụ thể / tasks, a named owner", k["explicit"]),
                         ("nhiệm vụ, chủ trì là nhóm / tasks, a group as owner", k["collective"]),
                         ("nhiệm vụ, chưa có chủ trì / tasks, no owner", k["none"]),
                         ("chỉ tiêu / targets", report.targets),
                         ("cơ quan chưa xác định / unresolved bodies", len(report.unresolved_bodies)),
                         ("vấn đề / problems", len(report.problems) + len(missing))):
        table.add_row(label, str(value))
    console.print(table)
    if report.findings:
        flagged = sorted(report.findings.items(), key=lambda kv: (-kv[1]["Violation"], -kv[1]["Warning"], kv[0]))
        console.print(f"checked as loaded: {len(flagged)} documents have validation results "
                      f"(vi phạm / violations, cảnh báo / warnings; `dkg validate` lists them): " +
                      "; ".join(f"{doc} {c['Violation']}/{c['Warning']}" for doc, c in flagged[:8]) +
                      ("; …" if len(flagged) > 8 else ""), markup=False, highlight=False)
    if report.unresolved_bodies:
        console.print("[yellow]unresolved bodies (kept, marked resolved=false):[/] " +
                      "; ".join(sorted(report.unresolved_bodies)))
    for p in report.problems:
        colour = "yellow" if p.kind == "warning" else "red"
        (console.print if p.kind == "warning" else err.print)(f"[{colour}]{p.kind}:[/] {p.message}")
    if report.stopped:
        err.print("written / đã ghi: " + ("; ".join(report.written) or "—"), markup=False, highlight=False)
        err.print("not written / chưa ghi: " + "; ".join(report.not_written), markup=False, highlight=False)
        raise typer.Exit(EXIT_SERVICE)
    if report.failed or missing:
        raise typer.Exit(EXIT_DATA)


@app.command()
def extract(files: Annotated[list[Path], typer.Argument(help="Files or folders to extract")],
            format: Annotated[str, typer.Option("--format", help="json (the only format)")] = "json") -> None:
    """Extract documents, tasks and targets without a database; print one JSON object."""
    import json

    from loaders.export_json import extraction_json
    from loaders.pipeline import extract_paths

    if format != "json":
        raise _fail(DirectiveKgError(f"unknown format {format!r}: only json"), EXIT_DATA)
    missing = [p for p in files if not p.exists()]
    extraction = extract_paths([p for p in files if p.exists()])
    sys.stdout.write(json.dumps(extraction_json(extraction.documents), ensure_ascii=False, indent=2) + "\n")
    for p in missing:
        err.print(f"[red]error:[/] {p}: no such file or folder")
    for p in extraction.problems:
        err.print(f"[{'yellow' if p.kind == 'warning' else 'red'}]{p.kind}:[/] {p.message}")
    if missing or any(p.kind != "warning" for p in extraction.problems):
        raise typer.Exit(EXIT_DATA)


@app.command()
def validate(format: Annotated[str, typer.Option("--format", help="text | json | turtle")] = "text",
             strict: Annotated[bool, typer.Option("--strict", help="warnings fail too")] = False,
             engine: Annotated[str, typer.Option(
                 "--engine", help="cypher (the shapes compiled to Cypher, fast) | pyshacl (the reference, slow)")
             ] = "cypher",
             summary: Annotated[bool, typer.Option(
                 "--summary", help="text: counts per kind of finding and the three most important, not every one")
             ] = False) -> None:
    """Check what is in Neo4j now against the SHACL shapes. Exit 1 on violations (or warnings with --strict)."""
    from loaders.validate import ENGINES, save_run, validate_database

    if format not in ("text", "json", "turtle"):
        raise _fail(DirectiveKgError(f"unknown format {format!r}: text, json or turtle"), EXIT_DATA)
    if engine not in ENGINES:
        raise _fail(DirectiveKgError(f"unknown engine {engine!r}: {' or '.join(ENGINES)}"), EXIT_DATA)
    def check(driver, database: str):
        report = validate_database(driver, database, engine)
        save_run(driver, database, report)
        return report

    report = _with_neo4j(check)
    if format == "json":
        sys.stdout.write(report.to_json() + "\n")
    elif format == "turtle":
        sys.stdout.write(report.to_turtle())
    else:
        # plain text, not through rich: its line splitting took minutes for the 95 000 findings of 100k tasks
        sys.stdout.write((report.to_summary() if summary else report.to_text()) + "\n")
    if report.count("Violation") or (strict and report.count("Warning")):
        raise typer.Exit(EXIT_DATA)


@app.command()
def export(format: Annotated[str, typer.Option("--format", help="turtle | jsonld | nt")] = "turtle",
           document: Annotated[str | None, typer.Option(
               "--document", help="only this document (its symbol), its parts and what they point to")] = None,
           output: Annotated[Path | None, typer.Option("--output", "-o", help="a file (default: standard output)")
                             ] = None) -> None:
    """Write the graph in Neo4j as RDF through the ontology mapping (the one validation uses)."""
    from loaders.export_rdf import FORMATS, neo4j_to_rdf, serialise

    if format not in FORMATS:
        raise _fail(DirectiveKgError(f"unknown format {format!r}: turtle, jsonld or nt"), EXIT_DATA)
    graph, nodes = _with_neo4j(lambda driver, database: neo4j_to_rdf(driver, database, symbol=document))
    if document and not nodes:
        raise _fail(DirectiveKgError(f"no document with symbol {document!r} in Neo4j"), EXIT_DATA)
    text = serialise(graph, format)
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {len(graph)} triples from {nodes} nodes to {output}")
    else:
        sys.stdout.write(text)


@app.command()
def serve(host: Annotated[str | None, typer.Option(help="Interface (default DKG_API_HOST)")] = None,
          port: Annotated[int | None, typer.Option(help="Port (default DKG_API_PORT)")] = None,
          workers: Annotated[int | None, typer.Option(help="Worker processes (default DKG_API_WORKERS)")] = None
          ) -> None:
    """Serve the GraphQL API (GraphiQL on GET /graphql). Ctrl-C stops it; Neo4j keeps running."""
    import uvicorn

    from graph_api.app import create_app

    api = get_api_settings()
    host, port, workers = host or api.api_host, port or api.api_port, workers or api.api_workers
    if server.port_in_use(port, "127.0.0.1" if host in {"0.0.0.0", "localhost"} else host):
        raise _fail(SetupError(f"Port {port} is already in use; set DKG_API_PORT or pass --port."))
    try:
        with open_driver(get_neo4j_settings()) as driver:
            counts = _graph_counts(driver)
    except Neo4jUnavailable as e:
        raise _fail(e) from e
    _banner(host, port, counts)
    if workers > 1:
        uvicorn.run("graph_api.app:create_app", factory=True, host=host, port=port, workers=workers,
                    log_level="info")
    else:
        uvicorn.run(create_app(), host=host, port=port, log_level="info")
    console.print("API stopped. Neo4j keeps running: `dkg neo4j stop` (or `make stop`) stops it.")


@app.command()
def schema(output: Annotated[Path, typer.Option(help="Where to write the SDL")] = Path("graph_api/schema.graphql")
           ) -> None:
    """Export the GraphQL schema (SDL) to graph_api/schema.graphql."""
    from graph_api.schema import schema as graphql_schema

    output.write_text(graphql_schema.as_str() + "\n", encoding="utf-8")
    console.print(f"wrote {output}")


def _graph_counts(driver) -> str:
    """One line on what the graph holds (the figures the Browser guide opens with)."""
    row = driver.execute_query(queries.load("guide_examples"), database_=get_neo4j_settings().database).records[0]
    return (f"{row['documents']} văn bản (documents), {row['tasks']} nhiệm vụ (tasks), {row['orphans']} chưa có chủ "
            f"trì (no owner), {row['bodies']} cơ quan (bodies), {row['targets']} chỉ tiêu (targets)")


def _banner(host: str, port: int, counts: str) -> None:
    n = get_neo4j_settings()
    base = browser_guide.api_base(host, port)
    console.rule("[bold]directive-kg is up")
    console.print(f"Đồ thị / graph         : {counts}", markup=False, highlight=False)
    console.print(f"GraphQL API + GraphiQL : {base}/graphql")
    console.print(f"Health                 : {base}/healthz")
    console.print(f"Neo4j Browser          : {n.browser_url}  (connect to {n.bolt_uri}; it opens on the "
                  "project's guide)")
    console.print(f"Neo4j login            : user [bold]{n.user}[/], password = NEO4J_PASSWORD in "
                  f"{project_root() / '.env'}")
    console.print('Try first              : { responsibilities(body: "Ban Tuyên giáo") { edges { node { role '
                  'matchedVia body { name level } task { text clause deadline } document { symbol type date } } } } }')
    console.print("Ctrl-C stops the API; Neo4j keeps running until `dkg neo4j stop`.")
    console.rule()


def main() -> None:  # pragma: no cover - console entry point alias
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
