"""Files people write for aisoc — rule packs, playbooks, ``aisoc.toml`` — read the same way
everywhere: found under the paths given, problems reported as ``path:line``, settings read as
TOML (``tomllib``: nothing in it can construct objects) with one-line errors."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aisoc.ingest.kernel.errors import AisocError

__all__ = ["Problem", "authored_files", "read_toml", "CONFIG_NAME"]

CONFIG_NAME = "aisoc.toml"  # the warehouse's settings: alerting, connectors


@dataclass(frozen=True)
class Problem:
    """One finding in an authored file; a value to report, not an exception."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def authored_files(paths: Iterable[Path], suffixes: tuple[str, ...]) -> list[Path]:
    """Files given directly, and every file with one of ``suffixes`` below a folder, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix in suffixes and p.is_file())
        else:
            files.append(path)
    return files


def read_toml(path: Path, error: type[AisocError]) -> dict[str, Any]:
    """The TOML file at ``path``; ``error`` (one line, naming the file) when it cannot be read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror or exc}", path=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        # The parser's line is in its message ("... (at line 3, column 5)"), not in front of it,
        # so only the file is the location: the message stays as the user has always seen it.
        raise error(f"{path}: {exc}", path=path) from None
