"""The one check of the API key: the `X-API-Key` header against `DKG_API_KEY`, in constant time."""

from __future__ import annotations

import secrets

from pydantic import SecretStr


def configured(expected: SecretStr | None) -> bool:
    return expected is not None and bool(expected.get_secret_value())


def key_matches(given: str | bytes | None, expected: SecretStr | None) -> bool:
    """True when a key is configured and `given` is it (never true with no key configured)."""
    if not configured(expected):
        return False
    given = given.encode("latin-1", "replace") if isinstance(given, str) else (given or b"")
    return secrets.compare_digest(given, expected.get_secret_value().encode("latin-1", "replace"))
