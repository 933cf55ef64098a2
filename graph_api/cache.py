"""A response cache in front of GraphQL: the same query with the same variables on the same data is answered
from memory, without Strawberry, graphql-core or Neo4j doing the work again.

Keyed by the request body, the API key sent with it (a request never gets an answer made for another key) and
the data version (queries/data_version.cypher), which every load and every stored validation run bumps: read
for every request — requests that arrive together share one read (DataVersionReader) — so no answer outlives
the data it came from. Only successful answers without GraphQL
errors are kept; anything that might be a mutation passes straight through.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from neo4j import RoutingControl
from neo4j.exceptions import Neo4jError, ServiceUnavailable

import queries

Scope = dict
Message = dict
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class Answers:
    """The cached answers of one worker, at most `size` (the least recently used go first), with counts."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: OrderedDict[tuple, tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> tuple[list[tuple[bytes, bytes]], bytes] | None:
        found = self.entries.get(key)
        if found is None:
            self.misses += 1
        else:
            self.entries.move_to_end(key)
            self.hits += 1
        return found

    def put(self, key: tuple, answer: tuple[list[tuple[bytes, bytes]], bytes]) -> None:
        self.entries[key] = answer
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


class ResponseCache:
    """ASGI middleware: answers POST /graphql from `answers` when it can."""

    def __init__(self, app, answers: Answers, path: str = "/graphql", max_body: int = 256 * 1024) -> None:
        self.app = app
        self.answers = answers
        self.path = path
        self.max_body = max_body  # larger requests are not worth a key
        self.version = DataVersionReader(_data_version)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"].rstrip("/") != self.path:
            await self.app(scope, receive, send)
            return
        body, more = await read_body(receive, self.max_body)
        version = None if more or b"mutation" in body else await self.version.read(scope)
        if version is None:  # too large, maybe a mutation, or Neo4j not answering: no caching
            await self.app(scope, replay(body, more, receive), send)
            return
        headers = dict(scope["headers"])
        key = (hashlib.sha256(body).digest(), hashlib.sha256(headers.get(b"x-api-key", b"")).digest(), version)
        found = self.answers.get(key)
        if found is not None:
            response_headers, content = found
            await send({"type": "http.response.start", "status": 200, "headers": response_headers})
            await send({"type": "http.response.body", "body": content})
            return
        await self.app(scope, replay(body, False, receive), self._recording(key, send))

    def _recording(self, key: tuple, send: Send) -> Send:
        started: dict = {}
        chunks: list[bytes] = []

        async def record(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and started.get("status") == 200:
                    content = b"".join(chunks)
                    if b'"errors"' not in content:
                        self.answers.put(key, (list(started.get("headers", [])), content))
            await send(message)
        return record


async def read_body(receive: Receive, limit: int) -> tuple[bytes, bool]:
    """The request body, or its first `limit` bytes and True when there is more (then it is not cached)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body"):
            return b"".join(chunks), False
        if size > limit:
            return b"".join(chunks), True


def replay(body: bytes, more: bool, receive: Receive) -> Receive:
    """A `receive` that gives the body already read, then (when it was cut) the rest from the client."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": more}
        return await receive()
    return replayed


class DataVersionReader:
    """The data version for every request, in as few reads as keep it exact: a request waits for the next read
    that *starts after it arrived* (so it never sees a version older than its arrival — a load that finished
    before the request is always seen), and all requests that arrive while one read is running share the next.
    Under load that is one small read per round trip to Neo4j instead of one per request."""

    def __init__(self, fetch: Callable[[Scope], Awaitable[int | None]]) -> None:
        self._fetch = fetch  # one read of the version (queries/data_version.cypher)
        self._waiting: asyncio.Future | None = None  # the read the requests arriving now will get
        self._reading = False
        self._task: asyncio.Task | None = None

    async def read(self, scope: Scope) -> int | None:
        if self._waiting is None:
            self._waiting = asyncio.get_running_loop().create_future()
        waiting = self._waiting
        if not self._reading:
            self._reading = True
            # held, or the loop might collect the task while it waits on Neo4j
            self._task = asyncio.get_running_loop().create_task(self._read_while_asked(scope))
        return await waiting

    async def _read_while_asked(self, scope: Scope) -> None:
        try:
            while self._waiting is not None:
                answer, self._waiting = self._waiting, None  # later arrivals wait for the read after this one
                try:
                    version = await self._fetch(scope)
                except Exception:  # noqa: BLE001 - whatever went wrong, the waiting requests go on uncached
                    version = None
                answer.set_result(version)
        finally:
            self._reading = False


async def _data_version(scope: Scope) -> int | None:
    app = scope.get("app")
    driver = getattr(getattr(app, "state", None), "driver", None)
    if driver is None:
        return None
    try:
        records, _, _ = await driver.execute_query(queries.load("data_version"), routing_=RoutingControl.READ,
                                                   database_=app.state.database)
    except (Neo4jError, ServiceUnavailable, OSError):
        return None
    return records[0]["version"]
