"""The key that authenticates what aisoc writes and later trusts again.

Model files, embedding caches, index files and the audit and evidence chains live in the
warehouse or the cache folder, which an attacker with write access there could replace. A plain
SHA-256 next to a file proves nothing then: the attacker writes both. So each of them carries an
HMAC under a key that lives *outside* the warehouse:

1. ``AISOC_SECRET_KEY`` — the key itself (at least 16 characters);
2. ``AISOC_SECRET_KEY_FILE`` — a file holding it (a mounted Kubernetes or Docker secret);
3. otherwise ``$XDG_CONFIG_HOME/aisoc/secret.key`` (``~/.config/aisoc/secret.key``), created with
   32 random bytes and mode 0600 on first use (written to a temporary file, then linked into
   place, so no process ever reads it empty or half-written).

Every tag is bound to a *purpose* ("behaviour-model", "audit-chain", …), so a tag made for one
kind of file never verifies another kind. Something whose tag does not verify is not trusted: the
caller ignores and rebuilds it, and says so with a :class:`TamperWarning`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import tempfile
from pathlib import Path

from aisoc.ingest.kernel.errors import AisocError
from aisoc.ingest.kernel.settings import SECRET_KEY, SECRET_KEY_FILE, config_home

__all__ = ["SecretKeyError", "TamperWarning", "secret_key", "key_location", "sign", "verify"]

MIN_KEY_LENGTH = 16
_cache: dict[tuple[str | None, str | None, str | None], bytes] = {}  # (env key, key file, config folder)


class SecretKeyError(AisocError):
    """The configured secret key cannot be read or is too short."""


class TamperWarning(UserWarning):
    """A stored file failed its authentication check and was ignored (one-line message)."""


def _config_dir() -> Path:
    return config_home() / "aisoc"


def key_location() -> str:
    """Where the key comes from, for messages and docs (never the key itself)."""
    if SECRET_KEY.get():
        return f"${SECRET_KEY.name}"
    return SECRET_KEY_FILE.get() or str(_config_dir() / "secret.key")


def _checked(key: bytes, where: str) -> bytes:
    key = key.strip()
    if len(key) < MIN_KEY_LENGTH:
        raise SecretKeyError(f"{where}: the secret key must be at least {MIN_KEY_LENGTH} characters")
    return key


def _read_or_create(path: Path) -> bytes:
    try:
        return _read_existing(path)
    except FileNotFoundError:
        pass
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return _create(path)
    except FileExistsError:  # another process created it first: use theirs
        return _read_existing(path)
    except OSError as exc:
        raise SecretKeyError(f"{path}: cannot create the secret key ({exc.strerror or exc})") from exc


def _read_existing(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise SecretKeyError(f"{path}: cannot read the secret key ({exc.strerror or exc})") from exc
    if not data.strip():  # only an interrupted creation by a release before the link below leaves this
        raise SecretKeyError(
            f"{path}: the secret key file is empty (an interrupted first run?); delete it and a new key is created"
        )
    return _checked(data, str(path))


def _create(path: Path) -> bytes:
    """Write a new key where no other process can see it half-written, then give it its name.

    The key goes to a private temporary file in the same folder, reaches the disk, and only then
    is hard-linked to ``path``: the name appears with the whole key or not at all, and ``link``
    fails when the name exists, so two first runs racing agree on one key (the loser reads the
    winner's). A crash at any point leaves at most a stray temporary file, never an empty key.
    """
    key = secrets.token_hex(32).encode()
    fd, temporary = tempfile.mkstemp(prefix=".secret.key.", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    _sync_folder(path.parent)
    return key


def _sync_folder(folder: Path) -> None:
    """Make the new name durable too, so a power cut cannot lose a key already used to sign."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def secret_key() -> bytes:
    """The key, from the environment, its file, or the user's config folder (created if absent)."""
    direct, file = SECRET_KEY.get(), SECRET_KEY_FILE.get()
    source = (direct, file, None if direct or file else str(_config_dir()))
    if source in _cache:
        return _cache[source]
    if direct:
        key = _checked(direct.encode(), "$AISOC_SECRET_KEY")
    elif file:
        try:
            key = _checked(Path(file).read_bytes(), file)
        except OSError as exc:
            raise SecretKeyError(f"{file}: cannot read the secret key ({exc.strerror or exc})") from exc
    else:
        key = _read_or_create(_config_dir() / "secret.key")
    _cache[source] = key
    return key


def sign(purpose: str, data: bytes) -> str:
    """Hex HMAC-SHA256 of ``data`` for ``purpose`` under the secret key."""
    return hmac.new(secret_key(), purpose.encode() + b"\0" + data, hashlib.sha256).hexdigest()


def verify(purpose: str, data: bytes, tag: str | None) -> bool:
    """Whether ``tag`` is ``sign(purpose, data)``; constant-time."""
    return isinstance(tag, str) and hmac.compare_digest(sign(purpose, data), tag)
