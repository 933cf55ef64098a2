"""Documents that arrive over the API: checked, then kept under `.dkg/uploads/<digest>/<name>` — the file a load
reads and the provenance every fact points back to. The same content under the same name is the same file, so
ingesting it again replaces what it said (as `dkg load` of the same file does)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from pathlib import Path

from dkg.errors import ReadError
from loaders.formats import kind_of
from loaders.pipeline import READABLE_SUFFIXES

UPLOAD_DIR = Path(".dkg") / "uploads"
# what each kind of file starts with; a text file (.txt, .md, .html) has no signature
_SIGNATURES = {"pdf": (b"%PDF",), "docx": (b"PK\x03\x04",)}


def decode_upload(filename: str, text: str | None, content_base64: str | None, max_bytes: int) -> bytes:
    """The bytes of an upload given as text or as base64 (exactly one of them); a clear ReadError otherwise."""
    if (text is None) == (content_base64 is None):
        raise ReadError(f"{filename}: give the document either as text or as contentBase64, not both or neither")
    if text is not None:
        data = text.encode("utf-8")
    else:
        try:
            data = base64.b64decode(content_base64 or "", validate=True)
        except (binascii.Error, ValueError) as e:
            raise ReadError(f"{filename}: contentBase64 is not valid base64 ({e})") from e
    if len(data) > max_bytes:
        raise ReadError(f"{filename}: the upload is {len(data)} bytes, more than the limit of {max_bytes} "
                        f"(DKG_MAX_UPLOAD_BYTES)")
    if not data.strip():
        raise ReadError(f"{filename}: the upload is empty")
    return data


def safe_name(filename: str) -> str:
    """The file name without any folder part, in NFC, with characters a file system might refuse replaced."""
    name = unicodedata.normalize("NFC", filename.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    name = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", name)
    if not name or name in (".", ".."):
        raise ReadError(f"{filename!r}: not a usable file name")
    return name


def check_kind(name: str, data: bytes) -> None:
    """The name's suffix is one a load reads, and a PDF or Word file starts as one does."""
    if not name.lower().endswith(READABLE_SUFFIXES):
        raise ReadError(f"{name}: unsupported kind of file; send one of {', '.join(READABLE_SUFFIXES)}")
    kind = kind_of(name)
    if kind in _SIGNATURES and not data.startswith(_SIGNATURES[kind]):
        raise ReadError(f"{name}: the content is not a {kind.upper()} file (it does not start as one does)")


def keep_upload(root: Path, filename: str, data: bytes) -> Path:
    """Write the upload where it is kept and return that path (the same content and name: the same path)."""
    name = safe_name(filename)
    check_kind(name, data)
    folder = root / UPLOAD_DIR / hashlib.sha256(data).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if not path.exists():
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(data)
        partial.replace(path)  # never a half-written file under the real name
    return path
