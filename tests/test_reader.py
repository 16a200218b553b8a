"""Splitting files into chunks with the right start lines, whatever their shape."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from aisoc.ingest.errors import PathError
from aisoc.ingest.reader import BadChunk, Chunk, RawChunk, iter_chunks, parse_chunk

from .conftest import write


def chunks(path: Path):
    return list(iter_chunks(path))


def test_json_lines_skip_blank_lines_and_keep_line_numbers(tmp_path):
    path = write(tmp_path / "a.jsonl", b'{"a":1}\n\n  \n{"a":2}\r\n')
    assert [(c.line, c.value) for c in chunks(path)] == [(1, {"a": 1}), (4, {"a": 2})]


def test_pretty_printed_array_gives_each_element_its_start_line(tmp_path):
    text = b'[\n  {\n    "a": "has ] and { inside",\n    "b": [1, 2]\n  },\n  {"a": 2}\n]\n'
    got = chunks(write(tmp_path / "a.json", text))
    assert [(c.line, c.value["a"]) for c in got] == [(2, "has ] and { inside"), (6, 2)]


def test_records_document_splits_only_the_records_array(tmp_path):
    text = b'{"Records": [\n{"n": 1},\n{"n": 2}\n], "Digest": [{"n": 99}]}'
    got = chunks(write(tmp_path / "ct.json", text))
    assert [(c.line, c.value) for c in got] == [(2, {"n": 1}), (3, {"n": 2})]


def test_single_pretty_printed_object_is_one_chunk(tmp_path):
    got = chunks(write(tmp_path / "o.json", b'\n{\n  "resourceSpans": []\n}\n'))
    assert [(c.line, c.value) for c in got] == [(2, {"resourceSpans": []})]


def test_keep_raw_holds_when_a_document_turns_out_to_be_lines(tmp_path):
    # Concatenated pretty-printed objects start like a document and are read by lines instead:
    # with keep_raw those lines, too, come back unparsed (parsing belongs to the worker).
    path = write(tmp_path / "c.json", b'{\n"a": 1\n}\n{\n"a": 2\n}\n')
    raw = list(iter_chunks(path, keep_raw=True))
    assert raw and all(type(c) is RawChunk for c in raw)
    assert [parse_chunk(c) for c in raw if type(c) is RawChunk] == chunks(path)


def test_gzip_is_read_by_content_not_name(tmp_path):
    path = tmp_path / "looks-plain.jsonl"
    path.write_bytes(gzip.compress(b'{"a":1}\n{"a":2}\n'))
    assert [c.value["a"] for c in chunks(path)] == [1, 2]


def test_damaged_element_of_an_array_costs_only_that_element(tmp_path):
    text = b'[\n{"a": 1},\n{"a": tru},\n{"a": 3}\n]'
    got = chunks(write(tmp_path / "a.json", text))
    assert [type(c).__name__ for c in got] == ["Chunk", "BadChunk", "Chunk"]
    assert got[1].line == 3 and got[1].reason == "invalid_json"


def test_truncated_array_keeps_closed_elements_and_reports_the_tail(tmp_path):
    got = chunks(write(tmp_path / "a.json", b'[\n {"a": 1},\n {"a": 2'))
    assert isinstance(got[0], Chunk) and got[0].value == {"a": 1}
    assert isinstance(got[1], BadChunk) and (got[1].line, got[1].reason) == (3, "truncated_document")


def test_bom_is_ignored(tmp_path):
    assert chunks(write(tmp_path / "a.jsonl", b'\xef\xbb\xbf{"a":1}\n'))[0].value == {"a": 1}
    assert chunks(write(tmp_path / "a.json", b'\xef\xbb\xbf[\n{"a":1}]'))[0].value == {"a": 1}


def test_missing_file_raises_path_error(tmp_path):
    with pytest.raises(PathError, match="cannot open"):
        chunks(tmp_path / "nope.jsonl")


def test_empty_file_has_no_chunks(tmp_path):
    assert chunks(write(tmp_path / "e.json", b"")) == []
    assert chunks(write(tmp_path / "w.json", b"\n \n")) == []
