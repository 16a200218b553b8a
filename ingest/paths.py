"""Turning the paths a user gives into the files an ingest run reads.

A folder walk and a glob read only what lies inside their root (the folder given, or the part of
the pattern before its first wildcard): a symbolic link, to a file or a folder, that resolves
outside the root is not followed but listed as skipped with reason ``symlink``. Log folders are
often writable by the systems (and tenants) that produce the logs, so a planted
``x.log -> /etc/passwd`` must not put a host file into the warehouse, where the quarantine page
would show it. A glob is matched while walking its root, never by ``glob.glob`` (which follows
every linked folder, loops included): a linked folder that stays inside the root is entered once
per place in the pattern, so ``ln -s . loop`` cannot make it loop. A file named explicitly is the
user's own choice and is read wherever it points.

What a walk saw may change before it is read, so ``open_input`` opens a walked file again from
its root one path component at a time with ``O_NOFOLLOW``: a file or folder swapped for a link in
between is refused, not followed.
"""

from __future__ import annotations

import errno
import fnmatch
import glob
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from aisoc.ingest.errors import PathError

__all__ = ["Inputs", "InputFile", "Skipped", "expand_paths", "open_input", "LOG_SUFFIXES"]

# What a directory walk reads (and their .gz forms); anything else is reported as skipped.
LOG_SUFFIXES = (".json", ".jsonl", ".ndjson", ".log")


@dataclass(frozen=True)
class InputFile:
    """A file to read. ``root`` and ``inside`` are set when it was found by a walk or a glob:
    the real (resolved) root, and the file's real path relative to it, link-free."""

    path: Path  # as shown to the user
    root: Path | None = None
    inside: Path | None = None

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str  # not_a_log | symlink | not_a_regular_file


@dataclass
class Inputs:
    files: list[InputFile] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # found in a walk or glob, not read
    missing: list[str] = field(default_factory=list)  # given, but nothing there / unreadable


def is_log_file(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(LOG_SUFFIXES)


def expand_paths(paths: list[str]) -> Inputs:
    """Files, folders (walked recursively, sorted) and globs, each file once.

    A file named explicitly is read whatever its name; files found by walking a folder or by a
    glob are read only when they look like logs, are regular files, and stay inside the root.
    """
    inputs = Inputs()
    seen: set[Path] = set()

    def add(file: InputFile, real: Path) -> None:
        if real in seen:
            return
        seen.add(real)
        if file.root is None or is_log_file(file.path):
            inputs.files.append(file)
        else:
            inputs.skipped.append(Skipped(file.path, "not_a_log"))

    def add_found(path: Path, root: Path) -> None:
        """A file met in a walk or a glob: read only if it stays inside ``root``."""
        real = path.resolve()
        if not real.is_relative_to(root):
            inputs.skipped.append(Skipped(path, "symlink"))
        elif not real.is_file():
            inputs.skipped.append(Skipped(path, "not_a_regular_file"))
        else:
            add(InputFile(path, root, real.relative_to(root)), real)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            _walk(path, add_found, inputs.skipped)
        elif path.is_file():
            add(InputFile(path), path.resolve())
        elif glob.has_magic(given):
            links_before = len(inputs.skipped)
            root, matches = _glob(given, inputs.skipped)
            if not matches and len(inputs.skipped) == links_before:
                inputs.missing.append(f"{given}: no files match")
            for match in matches:
                add_found(match, root)
        elif path.exists():
            inputs.missing.append(f"{given}: not a regular file or folder")
        else:
            inputs.missing.append(f"{given}: no such file or folder")
    return inputs


def _walk(top: Path, add_found: Callable[[Path, Path], None], skipped: list[Skipped]) -> None:
    """Every non-hidden file under ``top``, sorted; links out of it are skipped, never followed."""
    root = top.resolve()
    for folder, dirs, names in os.walk(top):  # os.walk does not descend into linked folders
        here = Path(folder)
        for name in sorted(d for d in dirs if not d.startswith(".")):
            link = here / name
            if link.is_symlink() and not link.resolve().is_relative_to(root):
                skipped.append(Skipped(link, "symlink"))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith("."):
                add_found(here / name, root)


def _glob(pattern: str, skipped: list[Skipped]) -> tuple[Path, list[Path]]:
    """The root a glob cannot leave (resolved) and the paths under it that match, as written.

    ``glob.glob`` follows every linked folder before anything is checked: three ``ln -s . l``
    links make ``**`` run for minutes, and a link to ``/`` lists the whole disk. So the root is
    walked here instead: a linked folder that resolves outside the root is listed as skipped and
    never entered; one inside it is entered at most once per (folder, place in the pattern), so a
    loop ends. Names are matched like ``glob`` does (``**`` spans folders; hidden names only match
    a part that starts with a dot).
    """
    parts = Path(pattern).parts
    fixed = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        fixed.append(part)
    shown = Path(*fixed) if fixed else Path()
    root = shown.resolve()
    matcher = _GlobMatcher(parts[len(fixed) :])
    matches: list[Path] = []
    seen: set[tuple[int, int, frozenset[int]]] = set()
    todo = [(root, shown, matcher.start())]
    while todo:
        real, here, states = todo.pop()
        try:
            info = os.stat(real)
            if (key := (info.st_dev, info.st_ino, states)) in seen:
                continue
            seen.add(key)
            entries = sorted(os.scandir(real), key=lambda e: e.name)
        except OSError:
            continue  # vanished or unreadable since it was listed: nothing to read there
        for entry in entries:
            after = matcher.step(states, entry.name)
            if not after:
                continue
            if entry.is_dir(follow_symlinks=False):
                if matcher.goes_deeper(after):
                    todo.append((real / entry.name, here / entry.name, after))
            elif entry.is_symlink() and _is_dir(entry):
                target = Path(entry.path).resolve()
                if not target.is_relative_to(root):
                    skipped.append(Skipped(here / entry.name, "symlink"))
                elif matcher.goes_deeper(after):
                    todo.append((target, here / entry.name, after))
            elif matcher.accepts(after):
                matches.append(here / entry.name)
    return root, sorted(matches, key=str)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


class _GlobMatcher:
    """The parts of a glob pattern after its root, matched one path component at a time.

    A state is the index of the next pattern part to match; a set of states is where a path can
    be in the pattern (``**`` may match zero or more components, so there can be several).
    """

    def __init__(self, parts: tuple[str, ...]) -> None:
        self.parts = parts
        self.compiled = [None if p == "**" else re.compile(fnmatch.translate(p)) for p in parts]

    def _close(self, states: set[int]) -> frozenset[int]:
        """Add the states reached by letting each ``**`` match nothing."""
        todo = list(states)
        while todo:
            at = todo.pop()
            if at < len(self.parts) and self.parts[at] == "**" and at + 1 not in states:
                states.add(at + 1)
                todo.append(at + 1)
        return frozenset(states)

    def start(self) -> frozenset[int]:
        return self._close({0})

    def step(self, states: frozenset[int], name: str) -> frozenset[int]:
        """The states after one more component; empty when nothing below ``name`` can match."""
        hidden = name.startswith(".")
        after: set[int] = set()
        for at in states:
            if at == len(self.parts):
                continue
            part, pattern = self.parts[at], self.compiled[at]
            if pattern is None:  # the part is "**"
                if not hidden:
                    after.add(at)
            elif (not hidden or part.startswith(".")) and pattern.match(name):
                after.add(at + 1)
        return self._close(after)

    def accepts(self, states: frozenset[int]) -> bool:
        return len(self.parts) in states

    def goes_deeper(self, states: frozenset[int]) -> bool:
        """Whether a folder in these states can hold a match (a folder is never one itself)."""
        return any(at < len(self.parts) for at in states)


def open_input(file: InputFile | Path) -> BinaryIO:
    """Open a file for reading in binary. A walked or globbed file is opened from its root
    without following any link (see the module docstring); raises ``PathError``."""
    if isinstance(file, Path) or file.root is None:
        path = file if isinstance(file, Path) else file.path
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError as exc:
            raise PathError(f"{path}: cannot open: {exc.strerror or exc}", path=path) from None
        return _regular(fd, path)
    if file.inside is None:  # a walk sets both; without it the file could only be opened by following links
        raise PathError(f"{file.path}: cannot open: its place under {file.root} is unknown", path=file.path)
    fd = _open_confined(file.path, file.root, file.inside)
    return _regular(fd, file.path)


def _open_confined(shown: Path, root: Path, inside: Path) -> int:
    try:
        folder = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise PathError(f"{shown}: cannot open: {exc.strerror or exc}", path=shown) from None
    parts = inside.parts
    try:
        for part in parts[:-1]:
            inner = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=folder)
            os.close(folder)
            folder = inner
        return os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise PathError(f"{shown}: became a symbolic link after it was listed; not followed", path=shown) from None
        raise PathError(f"{shown}: cannot open: {exc.strerror or exc}", path=shown) from None
    finally:
        os.close(folder)


def _regular(fd: int, shown: Path) -> BinaryIO:
    """The open file as a Python binary file, if it is a regular file (a FIFO would block)."""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PathError(f"{shown}: not a regular file", path=shown)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
