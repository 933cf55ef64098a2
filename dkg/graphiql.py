"""GraphiQL without internet: its scripts and styles are fetched once, at install time, from the npm registry
(pinned versions, each file checked against the integrity hash that Strawberry's own GraphiQL page pins), kept
in `.dkg/graphiql/`, and served by the API itself; the page the API gives points at them instead of a CDN.

Licences: React, ReactDOM, js-cookie, GraphiQL and its explorer plugin are MIT-licensed."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import tarfile
import urllib.request
from pathlib import Path

from strawberry.http.ides import get_graphql_ide_html

from dkg.errors import SetupError

REGISTRY = "https://registry.npmjs.org"
# (package, version, file in the package, served as); the versions are the ones Strawberry's page pins
ASSETS = [
    ("react", "18.2.0", "umd/react.production.min.js", "react.production.min.js"),
    ("react-dom", "18.2.0", "umd/react-dom.production.min.js", "react-dom.production.min.js"),
    ("js-cookie", "3.0.5", "dist/js.cookie.min.js", "js.cookie.min.js"),
    ("graphiql", "3.8.3", "graphiql.min.css", "graphiql.min.css"),
    ("@graphiql/plugin-explorer", "1.0.2", "dist/style.css", "plugin-explorer.css"),
    ("graphiql", "3.8.3", "graphiql.min.js", "graphiql.min.js"),
    ("@graphiql/plugin-explorer", "1.0.2", "dist/index.umd.js", "plugin-explorer.umd.js"),
]
ASSET_URL = "/graphiql-assets"
_CDN = re.compile(r'https://unpkg\.com/(?P<pkg>(?:@[^/]+/)?[^@/]+)@(?P<ver>[^/]+)/(?P<path>[^"]+)')


def asset_dir(root: Path) -> Path:
    return root / ".dkg" / "graphiql"


def _pinned_hashes() -> dict[tuple[str, str, str], str]:
    """(package, version, path) → the sha384 integrity value Strawberry's page gives for it."""
    html = get_graphql_ide_html(graphql_ide="graphiql")
    out = {}
    for tag in re.findall(r"<(?:script|link)[^>]*>", html):
        url, integrity = _CDN.search(tag), re.search(r'integrity="sha384-([^"]+)"', tag)
        if url and integrity:
            out[(url["pkg"], url["ver"], url["path"])] = integrity.group(1)
    return out


def install(root: Path, log=print) -> bool:  # noqa: T201 - the default sink is the console
    """Fetch the assets that are not there yet; True when something was downloaded. A file whose hash is not
    the pinned one is refused and nothing of it is kept."""
    folder = asset_dir(root)
    folder.mkdir(parents=True, exist_ok=True)
    pinned = _pinned_hashes()
    fetched = False
    tarballs: dict[tuple[str, str], bytes] = {}
    for package, version, inner, name in ASSETS:
        target = folder / name
        expected = pinned.get((package, version, inner))
        if expected is None:
            raise SetupError(f"GraphiQL asset {package}@{version}/{inner} is not the one Strawberry's page pins "
                             "(the strawberry-graphql package changed?); update dkg/graphiql.py")
        if target.exists() and _sri(target.read_bytes()) == expected:
            continue
        if (package, version) not in tarballs:
            url = f"{REGISTRY}/{package}/-/{package.split('/')[-1]}-{version}.tgz"
            log(f"fetching {url}")
            try:
                with urllib.request.urlopen(url, timeout=60) as resp:  # noqa: S310 - a fixed https URL
                    tarballs[(package, version)] = resp.read()
            except OSError as e:
                raise SetupError(f"cannot fetch {url} for the offline GraphiQL: {e}") from e
        with tarfile.open(fileobj=io.BytesIO(tarballs[(package, version)]), mode="r:gz") as tar:
            data = tar.extractfile(f"package/{inner}").read()
        if _sri(data) != expected:
            raise SetupError(f"{package}@{version}/{inner} from the registry does not match its pinned hash")
        target.write_bytes(data)
        fetched = True
    return fetched


def installed(root: Path) -> bool:
    return all((asset_dir(root) / name).exists() for *_, name in ASSETS)


def page() -> str:
    """Strawberry's GraphiQL page with every script and style served by the API itself."""
    html = get_graphql_ide_html(graphql_ide="graphiql")
    by_source = {(p, v, i): name for p, v, i, name in ASSETS}

    def local(m: re.Match) -> str:
        return f"{ASSET_URL}/{by_source[(m['pkg'], m['ver'], m['path'])]}"
    html = _CDN.sub(local, html)
    return html.replace(" crossorigin\n", "\n").replace("crossorigin ", "")


def _sri(data: bytes) -> str:
    return base64.b64encode(hashlib.sha384(data).digest()).decode()
