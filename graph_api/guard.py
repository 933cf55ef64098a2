"""A guard in front of /graphql: a request that is too large, not UTF-8, not JSON or not a JSON object is
answered 413 or 400 with a GraphQL-shaped error, before any parsing library sees it (they answered such bodies
with HTTP 500 and a traceback in the log)."""

from __future__ import annotations

import json

from pydantic import SecretStr

from graph_api.cache import Receive, Scope, Send, read_body, replay
from graph_api.keys import key_matches


class RequestGuard:
    """ASGI middleware: POST /graphql bodies are bounded in size and must be one JSON object."""

    def __init__(self, app, max_bytes: int, path: str = "/graphql", api_key: SecretStr | None = None,
                 max_keyed_bytes: int | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.path = path
        self.api_key = api_key
        self.max_keyed_bytes = max_keyed_bytes or max_bytes  # a writer (the right X-API-Key) may send a document

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"].rstrip("/") != self.path:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        keyed = key_matches(headers.get(b"x-api-key"), self.api_key)
        limit, setting = (self.max_keyed_bytes, "DKG_MAX_UPLOAD_BYTES") if keyed else (self.max_bytes,
                                                                                        "DKG_MAX_REQUEST_BYTES")
        declared = headers.get(b"content-length", b"0")
        body, more = (b"", True) if declared.isdigit() and int(declared) > limit else await read_body(receive, limit)
        if more or len(body) > limit:
            await _refuse(send, 413, f"the request is larger than {limit} bytes ({setting})")
            return
        content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if content_type == b"application/json" or not content_type:
            problem = _not_a_request(body)
            if problem:
                await _refuse(send, 400, problem)
                return
        await self.app(scope, replay(body, False, receive), send)


def _not_a_request(body: bytes) -> str | None:
    """Why `body` is no GraphQL request over JSON, or None."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"the request body is not UTF-8 (byte {e.start})"
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        return f"the request body is not JSON ({e.msg} at line {e.lineno}, column {e.colno})"
    if not isinstance(value, dict):
        return ("a GraphQL request is one JSON object {\"query\": …, \"variables\": {…}}, not "
                f"{type(value).__name__ if value is not None else 'null'} (batched requests are not served)")
    if not isinstance(value.get("query"), str):
        return "the request has no query (a string)"
    if value.get("variables") is not None and not isinstance(value["variables"], dict):
        return "variables must be a JSON object"
    return None


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"data": None, "errors": [{"message": message}]}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
