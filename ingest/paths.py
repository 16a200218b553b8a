"""Turning the paths a user gives into the files an ingest run reads."""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Inputs", "expand_paths", "LOG_SUFFIXES"]

# What a directory walk reads (and their .gz forms); anything else is reported as skipped.
LOG_SUFFIXES = (".json", ".jsonl", ".ndjson", ".log")


@dataclass
class Inputs:
    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # found in a walk, not a log file
    missing: list[str] = field(default_factory=list)  # given, but nothing there / unreadable


def is_log_file(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(LOG_SUFFIXES)


def expand_paths(paths: list[str]) -> Inputs:
    """Files, folders (walked recursively, sorted) and globs, each file once.

    A file named explicitly is read whatever its name; files found by walking a folder or by a
    glob are read only when they look like logs.
    """
    inputs = Inputs()
    seen: set[Path] = set()

    def add(path: Path, explicit: bool) -> None:
        key = path.resolve()
        if key in seen:
            return
        seen.add(key)
        if explicit or is_log_file(path):
            inputs.files.append(path)
        else:
            inputs.skipped.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith("."):
                        add(Path(root) / name, explicit=False)
        elif path.is_file():
            add(path, explicit=True)
        elif glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                inputs.missing.append(f"{given}: no files match")
            for match in files:
                add(match, explicit=False)
        elif path.exists():
            inputs.missing.append(f"{given}: not a regular file or folder")
        else:
            inputs.missing.append(f"{given}: no such file or folder")
    return inputs
