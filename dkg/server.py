"""A real local Neo4j Community 5.26 server, fetched from Maven Central and run without Docker.

Layout under `.dkg/neo4j/` (git-ignored):
    lib/        the server's jars (from `dkg/neo4j-server/pom.xml`, copied by Maven)
    conf/       neo4j.conf, written from the settings at every start
    data/ logs/ run/   the server's own folders; data survives restarts
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from dkg import browser_guide
from dkg.errors import Neo4jUnavailable, SetupError
from dkg.settings import ApiSettings, Neo4jSettings, get_api_settings, project_root

POM = Path(__file__).parent / "neo4j-server" / "pom.xml"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
MIN_JAVA = 17


@dataclass(frozen=True)
class ServerPaths:
    """Where the local server keeps its jars, configuration, data, logs and pid."""

    home: Path

    @classmethod
    def default(cls) -> ServerPaths:
        return cls(project_root() / ".dkg" / "neo4j")

    @property
    def lib(self) -> Path:
        return self.home / "lib"

    @property
    def conf(self) -> Path:
        return self.home / "conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def run(self) -> Path:
        return self.home / "run"

    @property
    def pid_file(self) -> Path:
        return self.run / "dkg-neo4j.pid"

    @property
    def console_log(self) -> Path:
        return self.logs / "console.log"


# --- prerequisites -------------------------------------------------------------------------------


def java_version(java: str = "java") -> int:
    """The major version of `java` on PATH; SetupError when it is missing or older than 17."""
    exe = shutil.which(java)
    if exe is None:
        raise SetupError(f"Java {MIN_JAVA} or newer is needed to run Neo4j, and `java` is not on PATH. "
                         "Install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jdk-headless).")
    out = subprocess.run([exe, "-version"], capture_output=True, text=True, check=False)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not match:
        raise SetupError(f"Cannot tell the Java version from `{exe} -version`: {out.stderr.strip()!r}")
    major = int(match.group(1))
    if major == 1 and match.group(2):  # "1.8" style
        major = int(match.group(2))
    if major < MIN_JAVA:
        raise SetupError(f"Neo4j 5.26 needs Java {MIN_JAVA} or newer; `{exe}` is Java {major}.")
    return major


def jars_installed(paths: ServerPaths) -> bool:
    return (paths.lib / ".complete").exists()


def install_jars(paths: ServerPaths, log=print) -> bool:  # noqa: T201 - default sink is the console
    """Fetch the server's jars with Maven into `lib/`; False when they were already there.

    Maven copies into a temporary folder renamed at the end, so a failed download never leaves
    a half-filled `lib/` that the next run would trust.
    """
    if jars_installed(paths):
        return False
    mvn = shutil.which("mvn")
    if mvn is None:
        raise SetupError("Maven (`mvn`) is needed once to fetch Neo4j from Maven Central and is not on PATH "
                         "(Debian: apt-get install maven).")
    staging = paths.home / "lib.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    log(f"Fetching Neo4j Community and Neo4j Browser from Maven Central into {paths.lib} …")
    cmd = [mvn, "-B", "-q", "-f", str(POM), "dependency:copy-dependencies",
           f"-DoutputDirectory={staging}", "-DincludeScope=runtime"]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise SetupError("Maven could not fetch Neo4j (is Maven Central reachable?). Nothing was installed; "
                         f"run the command again when the network is back.\n{tail}")
    (staging / ".complete").write_text("ok\n")
    shutil.rmtree(paths.lib, ignore_errors=True)
    staging.rename(paths.lib)
    return True


def lib_size_bytes(paths: ServerPaths) -> int:
    return sum(p.stat().st_size for p in paths.lib.glob("*.jar"))


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


# --- credentials ---------------------------------------------------------------------------------


def ensure_password(settings: Neo4jSettings, env_file: Path) -> str:
    """The Neo4j password: from the settings, else a new random one appended to `.env`."""
    if settings.password is not None:
        return settings.password.get_secret_value()
    # letters and digits only: a password starting with "-" would be read by neo4j-admin as an option
    password = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(24))
    lines = env_file.read_text(encoding="utf-8").splitlines() if env_file.exists() else []
    lines = [line for line in lines if not line.startswith("NEO4J_PASSWORD=")]
    lines.append(f"NEO4J_PASSWORD={password}")
    env_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chmod(env_file, 0o600)
    return password


# --- probing -------------------------------------------------------------------------------------


def bolt_answers(uri: str, user: str, password: str | None, timeout: float = 3.0) -> bool:
    """True when a Neo4j at `uri` accepts the credentials; Neo4jUnavailable when it refuses them."""
    try:
        with GraphDatabase.driver(uri, auth=(user, password or ""), connection_timeout=timeout,
                                  max_connection_lifetime=30) as driver:
            driver.verify_connectivity()
            return True
    except AuthError as e:
        raise Neo4jUnavailable(
            f"Neo4j at {uri} answers but refuses user {user!r} with the password from NEO4J_PASSWORD/.env. "
            "If the data folder was made with another password, put that one in .env "
            "(or remove .dkg/neo4j/data to start afresh)."
        ) from e
    except (ServiceUnavailable, OSError, ValueError):
        return False
    except Exception as e:  # the driver raises a few other types while a server is still booting
        if "connect" in str(e).lower() or "defunct" in str(e).lower():
            return False
        raise


def read_pid(paths: ServerPaths) -> int | None:
    try:
        pid = int(paths.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


# --- start / stop --------------------------------------------------------------------------------


def write_config(settings: Neo4jSettings, paths: ServerPaths, api: ApiSettings | None = None) -> None:
    api = api or get_api_settings()
    paths.conf.mkdir(parents=True, exist_ok=True)
    for folder in (paths.data, paths.logs, paths.run, paths.home / "plugins", paths.home / "import"):
        folder.mkdir(parents=True, exist_ok=True)
    conf = f"""# written by `dkg neo4j start` from NEO4J_* settings; edits are overwritten
server.directories.data={paths.data}
server.directories.logs={paths.logs}
server.directories.run={paths.run}
server.directories.plugins={paths.home / "plugins"}
server.directories.import={paths.home / "import"}
server.default_listen_address=127.0.0.1
server.bolt.listen_address=:{settings.bolt_port}
server.bolt.advertised_address=localhost:{settings.bolt_port}
server.http.listen_address=:{settings.http_port}
server.http.advertised_address=localhost:{settings.http_port}
server.https.enabled=false
server.memory.heap.initial_size={settings.heap}
server.memory.heap.max_size={settings.heap}
server.memory.pagecache.size={settings.pagecache}
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
# a closed network: the Browser reports no usage (its settings come from the server's)
client.allow_telemetry=false
server.bolt.telemetry.enabled=false
# on connect the Browser applies the project's style and opens its guide, both served by the API
{browser_guide.neo4j_conf_lines(api.api_host, api.api_port)}"""
    (paths.conf / "neo4j.conf").write_text(conf, encoding="utf-8")


def _java_env(paths: ServerPaths) -> dict[str, str]:
    return {**os.environ, "NEO4J_HOME": str(paths.home), "NEO4J_CONF": str(paths.conf)}


def _classpath(paths: ServerPaths) -> str:
    return str(paths.lib / "*")


def set_initial_password(paths: ServerPaths, password: str) -> None:
    """Set the neo4j user's password before the first start, so neo4j/neo4j never exists."""
    cmd = ["java", "-cp", _classpath(paths), ADMIN_TOOL, "dbms", "set-initial-password", "--", password]
    result = subprocess.run(cmd, env=_java_env(paths), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SetupError(f"neo4j-admin set-initial-password failed: {result.stderr.strip() or result.stdout}")


@dataclass
class StartResult:
    started: bool
    message: str
    downloaded: bool = False


def start(settings: Neo4jSettings, paths: ServerPaths | None = None, log=print) -> StartResult:  # noqa: T201
    """Start the local server unless a Neo4j already answers at NEO4J_URI; return once Bolt answers."""
    paths = paths or ServerPaths.default()
    password = settings.password.get_secret_value() if settings.password else None
    if password and bolt_answers(settings.bolt_uri, settings.user, password):
        return StartResult(False, f"Neo4j already answers at {settings.bolt_uri}; nothing started.")
    if not settings.is_local:
        raise Neo4jUnavailable(f"NEO4J_URI={settings.bolt_uri} is not on this machine and does not answer; "
                               "a local server is only started for localhost.")
    running = read_pid(paths)
    if running is None:
        for port, var in ((settings.bolt_port, "NEO4J_BOLT_PORT"), (settings.http_port, "NEO4J_HTTP_PORT")):
            if port_in_use(port):
                raise SetupError(f"Port {port} is already in use by another program; "
                                 f"set {var} (in .env or the environment) to a free port.")
    java_version()
    downloaded = install_jars(paths, log=log)
    if running is None:
        first_start = not (paths.data / "dbms" / "auth.ini").exists() and not (paths.data / "databases").exists()
        if first_start:
            password = ensure_password(settings, project_root() / ".env")
        elif password is None:
            raise SetupError(f"{paths.data} holds a database but no NEO4J_PASSWORD is set (.env is missing?). "
                             "Put its password in .env, or remove the data folder to start afresh.")
        write_config(settings, paths)
        if first_start:
            set_initial_password(paths, password)
        paths.console_log.parent.mkdir(parents=True, exist_ok=True)
        with open(paths.console_log, "ab") as out:
            cmd = ["java", f"-Xmx{settings.heap}", "-XX:+UseG1GC", "-Dfile.encoding=UTF-8",
                   "-cp", _classpath(paths), ENTRY_POINT,
                   f"--home-dir={paths.home}", f"--config-dir={paths.conf}"]
            proc = subprocess.Popen(cmd, env=_java_env(paths), stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
        paths.pid_file.write_text(f"{proc.pid}\n")
        running = proc.pid
        log(f"Neo4j starting (pid {running}), waiting for Bolt on port {settings.bolt_port} …")
    deadline = time.monotonic() + settings.start_timeout
    while time.monotonic() < deadline:
        if read_pid(paths) is None:
            raise SetupError(f"Neo4j exited during start-up; see {paths.console_log}:\n{_tail(paths.console_log)}")
        if bolt_answers(settings.bolt_uri, settings.user, password):
            return StartResult(True, f"Neo4j is up at {settings.bolt_uri} (pid {running}).", downloaded)
        time.sleep(1.0)
    raise SetupError(f"Neo4j did not answer on Bolt within {settings.start_timeout:.0f}s; "
                     f"see {paths.console_log} (it is left running; `dkg neo4j stop` stops it).")


def stop(paths: ServerPaths | None = None, timeout: float = 60.0) -> str:
    """Stop the local server started by `start`, leaving no JVM behind."""
    paths = paths or ServerPaths.default()
    pid = read_pid(paths)
    if pid is None:
        paths.pid_file.unlink(missing_ok=True)
        return "No local Neo4j is running."
    os.killpg(pid, signal.SIGTERM) if _is_group_leader(pid) else os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.3)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.1)
    paths.pid_file.unlink(missing_ok=True)
    return f"Neo4j (pid {pid}) stopped."


def _is_group_leader(pid: int) -> bool:
    try:
        return os.getpgid(pid) == pid
    except ProcessLookupError:
        return False


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)  # reap it when it is our child
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie that is not our child still shows up; check its state
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        return state != "Z"
    except (FileNotFoundError, IndexError):
        return True


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"


@dataclass
class Status:
    pid: int | None
    answers: bool
    uri: str
    browser: str
    jars: bool


def status(settings: Neo4jSettings, paths: ServerPaths | None = None) -> Status:
    paths = paths or ServerPaths.default()
    password = settings.password.get_secret_value() if settings.password else None
    try:
        answers = bolt_answers(settings.bolt_uri, settings.user, password)
    except Neo4jUnavailable:
        answers = False
    return Status(read_pid(paths), answers, settings.bolt_uri, settings.browser_url, jars_installed(paths))
