"""Writing a file so that readers see the old version or the new one, never half of it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["write_atomic"]


def write_atomic(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """``write(handle)`` into a temporary file beside ``path``, fsync it, then rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own per call, not per process: two threads writing the same path at once (the
    # console's concurrent hunts masking one part) would otherwise share a temp file and corrupt it.
    temp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return path
