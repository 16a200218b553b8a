"""Reading log files into parsed JSON *chunks*, each with the line it starts on.

Two shapes of file exist in the wild and both are handled without the caller knowing:

* JSON lines (also `.ndjson`, `.log`): one chunk per non-blank line, streamed, so memory does
  not grow with the file.
* whole JSON documents (CloudTrail's ``{"Records": [...]}``, pretty-printed arrays, one
  pretty-printed object): one chunk per element of the record array, each parsed on its own,
  so one damaged element (or a truncated tail) costs only that element.

Anything that cannot be parsed comes back as a ``BadChunk`` with a stable reason code and the
1-based line (counted in the decompressed text), never as an exception: the caller quarantines
it and goes on. Only a file that cannot be opened at all raises ``PathError``.

A gzip file may inflate to at most ``INFLATE_RATIO_LIMIT`` times its size on disk (and never less
than ``INFLATE_FLOOR_BYTES``): real logs compress about 10:1, while a crafted stream inflates up
to 1000:1 (300 KB to 300 MB). Past the limit reading stops and the rest of the file becomes one
``decompression_limit`` chunk at the line where it stops; what came before is kept.
"""

from __future__ import annotations

import gzip
import os
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, final

import orjson

from aisoc.ingest.paths import InputFile, open_input

__all__ = [
    "Chunk",
    "RawChunk",
    "BadChunk",
    "iter_chunks",
    "parse_chunk",
    "RECORD_BYTE_LIMIT",
    "DOCUMENT_BYTE_LIMIT",
    "INFLATE_RATIO_LIMIT",
    "INFLATE_FLOOR_BYTES",
]

# A line longer than this is not parsed (memory safety); it is quarantined as too large.
RECORD_BYTE_LIMIT = 64 << 20
# A whole-document file is read into memory to split it; beyond this size it is refused
# (such files are exported as JSON lines in practice; CloudTrail objects are a few MB).
DOCUMENT_BYTE_LIMIT = 1 << 30
# A gzip stream stops being read once it has inflated to this many times its compressed size,
# or to the floor, whichever is more (see the module docstring).
INFLATE_RATIO_LIMIT = 100
INFLATE_FLOOR_BYTES = 64 << 20
EXCERPT_BYTES = 512
_READ_BLOCK = 1 << 20
_BOM = b"\xef\xbb\xbf"


# Final so that ``type(chunk) is Chunk`` (cheaper than isinstance in the per-record loop) also
# tells the type checker which of the three a chunk is.
@final
@dataclass(slots=True)
class Chunk:
    line: int
    value: Any


@final
@dataclass(slots=True)
class RawChunk:
    line: int
    data: bytes


@final
@dataclass(slots=True)
class BadChunk:
    line: int
    reason: str
    detail: str
    excerpt: bytes = b""


Progress = Callable[[int], None]  # called with the number of on-disk bytes consumed so far


def iter_chunks(
    path: Path | InputFile, progress: Progress | None = None, keep_raw: bool = False
) -> Iterator[Chunk | RawChunk | BadChunk]:
    """Chunks of one file, in file order. Raises ``PathError`` if it cannot be opened.

    With ``keep_raw`` the lines of a JSON-lines file come back unparsed, as ``RawChunk``, so
    that parsing can happen in another process (``parse_chunk`` does it).
    """
    with _open(path) as (stream, disk):
        head = _peek_significant(stream)
        if head is None:
            return
        if head == b"[" or (head == b"{" and not _first_line_is_json(stream)):
            yield from _document_chunks(stream, disk, progress, keep_raw)
        else:
            yield from _line_chunks(stream, disk, progress, keep_raw)


class _open:
    """Context manager yielding (decompressed binary stream, raw on-disk file)."""

    def __init__(self, path: Path | InputFile) -> None:
        self.path = path

    def __enter__(self) -> tuple[_Rewindable, BinaryIO]:
        self.disk = open_input(self.path)  # closed in __exit__; refuses links a walk must not follow
        magic = self.disk.read(2)
        self.disk.seek(0)
        if magic == b"\x1f\x8b":
            stream: BinaryIO | gzip.GzipFile = gzip.GzipFile(fileobj=self.disk, mode="rb")
            on_disk = os.fstat(self.disk.fileno()).st_size
            limit = max(INFLATE_FLOOR_BYTES, INFLATE_RATIO_LIMIT * on_disk)
        else:
            stream, limit = self.disk, None
        self.stream = _Rewindable(stream, self.disk, limit)
        return self.stream, self.disk

    def __exit__(self, *exc_info: object) -> None:
        self.disk.close()


class InflateLimit(Exception):
    """A compressed stream inflated past its limit (``INFLATE_RATIO_LIMIT``)."""


class _Rewindable:
    """A stream whose start can be re-read (gzip streams cannot seek cheaply backwards), and
    which raises ``InflateLimit`` once more than ``limit`` decompressed bytes came out of it."""

    def __init__(self, stream: BinaryIO | gzip.GzipFile, disk: BinaryIO, limit: int | None = None) -> None:
        self._stream = stream
        self._disk = disk
        self.limit = limit
        self._inflated = 0

    def rewind(self) -> None:
        self._disk.seek(0)
        self._inflated = 0
        if isinstance(self._stream, gzip.GzipFile):
            self._stream = gzip.GzipFile(fileobj=self._disk, mode="rb")

    # Callers always pass a size, so one call overshoots the limit by at most a record.
    def readline(self, limit: int) -> bytes:
        return self._counted(self._stream.readline(limit))

    def read(self, size: int) -> bytes:
        return self._counted(self._stream.read(size))

    def _counted(self, data: bytes) -> bytes:
        if self.limit is not None:
            self._inflated += len(data)
            if self._inflated > self.limit:
                raise InflateLimit(
                    f"gzip stream inflates past {self.limit} bytes ({INFLATE_RATIO_LIMIT}x its "
                    f"size on disk); the rest of the file is not read"
                )
        return data


_GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)
_STOPS = (*_GZIP_ERRORS, InflateLimit)  # what ends reading a file early


def _stopped(line: int, exc: Exception) -> BadChunk:
    """The chunk that stands for the unread rest of a file, at the line where reading stopped."""
    if isinstance(exc, InflateLimit):
        return BadChunk(line, "decompression_limit", str(exc))
    return BadChunk(line, "truncated_gzip", f"compressed stream ends early: {exc}")


def _peek_significant(stream: _Rewindable) -> bytes | None:
    """First non-whitespace byte of the file (after a UTF-8 BOM), then rewind; None if none."""
    try:
        while True:
            block = stream.read(4096)
            if not block:
                return None
            stripped = block.lstrip(b" \t\r\n\xef\xbb\xbf")
            if stripped:
                return stripped[:1]
    except _STOPS:
        return b"?"  # let the line reader report the damage at its line
    finally:
        stream.rewind()


def _first_line_is_json(stream: _Rewindable) -> bool:
    """Whether the first non-blank line is a complete JSON value (i.e. JSON lines)."""
    try:
        while True:
            line = stream.readline(RECORD_BYTE_LIMIT + 1)
            if not line:
                return False
            if line.strip():
                try:
                    orjson.loads(line.removeprefix(_BOM))
                    return True
                except orjson.JSONDecodeError:
                    # Very long or damaged first line of a JSON-lines file: still JSON lines
                    # if the line is a whole line that merely fails to parse.
                    return len(line) > RECORD_BYTE_LIMIT
    except _STOPS:
        return True
    finally:
        stream.rewind()


def _line_chunks(
    stream: _Rewindable, disk: BinaryIO, progress: Progress | None, keep_raw: bool = False
) -> Iterator[Chunk | RawChunk | BadChunk]:
    line_no = 0
    while True:
        try:
            line = stream.readline(RECORD_BYTE_LIMIT + 1)
        except _STOPS as exc:
            yield _stopped(line_no + 1, exc)
            return
        if not line:
            return
        line_no += 1
        if line_no == 1 and line.startswith(_BOM):
            line = line[len(_BOM) :]
        if len(line) > RECORD_BYTE_LIMIT and not line.endswith(b"\n"):
            excerpt = line[:EXCERPT_BYTES]
            try:
                _skip_rest_of_line(stream)
            except _STOPS as exc:
                yield _stopped(line_no, exc)
                return
            yield BadChunk(line_no, "record_too_large", f"line longer than {RECORD_BYTE_LIMIT} bytes", excerpt)
            continue
        if progress is not None and line_no % 2048 == 0:
            progress(disk.tell())
        if not line.strip():
            continue
        raw = RawChunk(line_no, line)
        yield raw if keep_raw else parse_chunk(raw)


def parse_chunk(raw: RawChunk) -> Chunk | BadChunk:
    """Parse one JSON line; a line that is not JSON becomes a BadChunk saying why."""
    try:
        return Chunk(raw.line, orjson.loads(raw.data))
    except orjson.JSONDecodeError as exc:
        return _bad_json(raw.line, raw.data, exc, at_eof=not raw.data.endswith(b"\n"))


def _skip_rest_of_line(stream: _Rewindable) -> None:
    while True:
        piece = stream.readline(_READ_BLOCK)
        if not piece or piece.endswith(b"\n"):
            return


def _bad_json(line_no: int, data: bytes, exc: Exception, at_eof: bool) -> BadChunk:
    excerpt = data[:EXCERPT_BYTES]
    if b"\x00" in data:
        return BadChunk(line_no, "nul_byte", "record contains a NUL byte", excerpt)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return BadChunk(line_no, "invalid_utf8", f"invalid UTF-8 at byte {err.start}", excerpt)
    message = str(exc).split(": line")[0]
    if "unexpected end" in message.lower() or ("EOF" in message and at_eof):
        return BadChunk(line_no, "truncated_record", f"JSON ends early: {message}", excerpt)
    if "recursion" in message.lower() or "depth limit" in message.lower():
        return BadChunk(line_no, "too_deeply_nested", message, excerpt)
    return BadChunk(line_no, "invalid_json", message, excerpt)


# --- whole documents -------------------------------------------------------------------

_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}:,\n]|[^\s\[\]{}:,"]+', re.S)


def _document_chunks(
    stream: _Rewindable, disk: BinaryIO, progress: Progress | None, keep_raw: bool = False
) -> Iterator[Chunk | RawChunk | BadChunk]:
    blocks: list[bytes] = []
    size = 0
    damage: BadChunk | None = None  # why the document was not read to its end
    while True:
        try:
            block = stream.read(_READ_BLOCK)
        except _STOPS as exc:
            damage = _stopped(0, exc)
            break
        if not block:
            break
        size += len(block)
        if size > DOCUMENT_BYTE_LIMIT:
            yield BadChunk(
                1, "document_too_large", f"JSON document over {DOCUMENT_BYTE_LIMIT} bytes; export it as JSON lines"
            )
            return
        blocks.append(block)
        if progress is not None:
            progress(disk.tell())
    text = b"".join(blocks)
    if text.startswith(_BOM):  # blank it out rather than cut it, so byte offsets stay put
        text = b"   " + text[len(_BOM) :]
    spans, complete = _record_spans(text)
    if spans is None:  # not a document after all (e.g. concatenated objects): read by lines
        stream.rewind()
        yield from _line_chunks(stream, disk, progress, keep_raw)
        return
    for start, end, line in spans:
        piece = text[start:end]
        if end - start > RECORD_BYTE_LIMIT:  # the same bound as a line of JSON lines
            yield BadChunk(
                line, "record_too_large", f"record longer than {RECORD_BYTE_LIMIT} bytes", piece[:EXCERPT_BYTES]
            )
            continue
        try:
            yield Chunk(line, orjson.loads(piece))
        except orjson.JSONDecodeError as exc:
            yield _bad_json(line, piece, exc, at_eof=end >= len(text))
    if not complete:  # report the unfinished tail where it starts
        tail = text[spans[-1][1] if spans else 0 :].lstrip(b" \t\r\n,")
        line = text.count(b"\n", 0, len(text) - len(tail)) + 1
        if damage is not None:
            yield BadChunk(line, damage.reason, damage.detail, tail[:EXCERPT_BYTES])
        else:
            yield BadChunk(line, "truncated_document", "JSON document ends before it closes", tail[:EXCERPT_BYTES])


def _record_spans(text: bytes) -> tuple[list[tuple[int, int, int]] | None, bool]:
    """Byte spans and start lines of the records in a JSON document.

    The records are the elements of a top-level array, or of the ``Records`` array of a
    top-level object; any other top-level object is one record. Returns (None, False) when the
    text is not one JSON document; ``complete`` is False when the document is cut short (the
    spans then hold the elements that closed).
    """
    spans: list[tuple[int, int, int]] = []
    depth = 0
    line = 1
    top: bytes | None = None
    target: int | None = None
    expecting = False
    key: bytes | None = None
    start: tuple[int, int] | None = None
    closed_top = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == b"\n":
            line += 1
            continue
        if closed_top:
            return None, False  # something after the document: not a single document
        if top is None:
            if token not in (b"[", b"{"):
                return None, False
            top = token
            target = 1 if token == b"[" else None
            expecting = token == b"["
            object_start = (match.start(), line)
        if token in (b"[", b"{"):
            if depth == target and expecting:
                start = (match.start(), line)
                expecting = False
            depth += 1
            if token == b"[" and depth == 2 and top == b"{" and key == b'"Records"' and target is None:
                target, expecting = 2, True
        elif token in (b"]", b"}"):
            depth -= 1
            if start is not None and depth == target:
                spans.append((start[0], match.end(), start[1]))
                start = None
            elif target is not None and depth == target - 1:
                target, expecting = -1, False  # the record array is closed: ignore the rest
            if depth == 0:
                closed_top = True
        elif token == b",":
            if depth == target:
                expecting = True
        elif token == b":":
            pass
        else:  # a string or scalar
            if depth == target and expecting:
                spans.append((match.start(), match.end(), line))
                expecting = False
            elif depth == 1 and top == b"{":
                key = token
    if top is None:
        return None, False
    if top == b"{" and target is None:  # a single object: it is the record
        if closed_top:
            return [(object_start[0], len(text.rstrip()), object_start[1])], True
        return [], False
    return spans, closed_top
