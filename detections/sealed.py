"""Files aisoc writes and later trusts again, sealed with an HMAC under the key outside the warehouse.

Behaviour models, embedding-cache shards, reference-index vectors and the static model live in the
warehouse or the cache folder, where someone with write access there could replace them. Their
contents are plain arrays and JSON (nothing that runs code when read), and each file carries a tag
over all its bytes, so a replaced file is noticed before any parser sees it:

    aisoc-sealed-v1\\n  <64 hex digits: HMAC-SHA256>\\n  <payload>

The tag is ``ingest.kernel.secretkey.sign(purpose, binding + magic + payload)``: ``purpose`` names the
kind of file (a behaviour model never passes as a cache shard) and ``binding`` what the file
belongs to (the embedding model of a cache shard), so a valid file moved elsewhere is refused too.
A file that fails the check is reported with a one-line :class:`TamperWarning` and treated as
absent: the caller rebuilds it.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from aisoc.ingest.kernel.atomic import write_atomic
from aisoc.ingest.kernel.secretkey import TamperWarning, sign, verify

__all__ = ["MAGIC", "seal", "unseal", "write_sealed", "read_sealed"]

MAGIC = b"aisoc-sealed-v1\n"
_TAG_LENGTH = 64


def _signed_bytes(binding: str, payload: bytes) -> bytes:
    return binding.encode() + b"\0" + MAGIC + payload


def seal(purpose: str, payload: bytes, *, binding: str = "") -> bytes:
    """The bytes of a sealed file holding ``payload``."""
    return MAGIC + sign(purpose, _signed_bytes(binding, payload)).encode() + b"\n" + payload


def unseal(purpose: str, data: bytes, *, binding: str = "") -> bytes | None:
    """The payload of sealed ``data`` when its tag verifies, else None."""
    head = len(MAGIC)
    if not data.startswith(MAGIC) or data[head + _TAG_LENGTH : head + _TAG_LENGTH + 1] != b"\n":
        return None
    tag = data[head : head + _TAG_LENGTH].decode("ascii", "replace")
    payload = data[head + _TAG_LENGTH + 1 :]
    return payload if verify(purpose, _signed_bytes(binding, payload), tag) else None


def write_sealed(path: Path, purpose: str, payload: bytes, *, binding: str = "") -> None:
    """Write ``payload`` sealed, atomically (temp + rename): readers see the old file or the new one."""
    sealed = seal(purpose, payload, binding=binding)
    write_atomic(path, lambda handle: handle.write(sealed))


def read_sealed(path: Path, purpose: str, *, binding: str = "", what: str = "file") -> bytes | None:
    """The payload of the sealed file at ``path``; None when it is absent or unreadable, and None
    with a TamperWarning when it is not sealed by this key (planted, changed, or an older format).
    The file is read once: what is checked is what the caller parses."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    payload = unseal(purpose, data, binding=binding)
    if payload is None:
        reason = (
            "tag does not match: changed, copied from elsewhere, or sealed with another key"
            if data.startswith(MAGIC)
            else "no tag: an older format, or not written by aisoc"
        )
        warnings.warn(
            f"{path}: {what} failed its authentication check ({reason}); ignored and rebuilt",
            TamperWarning,
            stacklevel=2,
        )
    return payload
