"""Batch scanning of prompt/response records without a warehouse (``aisoc scan``).

Input: JSON lines, each an object with any of ``id``, ``prompt``, ``response``,
``system_prompt``, ``messages``, ``retrieved_docs``, ``tenant`` (and ``user`` / ``actor_id`` for
document ACLs). Output: exactly one result per input line, in input order:
``{"id": <input id, else the line number>, "findings": [...]}``, with ``error`` set (and no
findings) when the line cannot be scanned. Lines are scanned in batches, so output streams.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import orjson
import polars as pl

from aisoc.detections.findings import FINDING_SCHEMA, Detector, empty_findings
from aisoc.ingest.schema import POLARS_SCHEMA

__all__ = ["scan_lines", "parse_line", "ScanRecord", "BATCH_LINES", "FINDING_KEYS"]

BATCH_LINES = 2_000
FINDING_KEYS = ("detector", "rule_id", "label", "score", "field", "span", "explanation")
_TEXT_FIELDS = ("prompt", "response", "system_prompt")
_JSON_FIELDS = ("messages", "retrieved_docs")
_CONTENT = _TEXT_FIELDS + _JSON_FIELDS


@dataclass(frozen=True)
class ScanRecord:
    line: int
    id: object  # the input's id (any JSON scalar), else the line number
    row: dict | None  # event-contract columns; None when the line is unusable
    error: str | None = None


def parse_line(line: int, text: bytes | str) -> ScanRecord:
    try:
        record = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return ScanRecord(line, line, None, f"line {line}: not JSON ({exc})")
    if not isinstance(record, dict):
        return ScanRecord(line, line, None, f"line {line}: expected a JSON object")
    record_id = record.get("id", line)
    if isinstance(record_id, (dict, list)) or record_id is None:
        record_id = line
    row: dict = {
        "event_id": f"scan:{line}",
        "event_kind": "llm.chat",
        "source": "scan",
        "tenant": _scalar(record.get("tenant")),
        "actor_id": _scalar(record.get("actor_id", record.get("user"))),
    }
    for name in _TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return ScanRecord(line, record_id, None, f"line {line}: '{name}' must be a string")
        row[name] = value
    for name in _JSON_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, (str, list, dict)):
            return ScanRecord(line, record_id, None, f"line {line}: '{name}' must be a list, an object or a string")
        row[name] = value if value is None or isinstance(value, str) else orjson.dumps(value).decode()
    if all(row[name] is None for name in _CONTENT):
        return ScanRecord(line, record_id, None, f"line {line}: nothing to scan (no {', '.join(_CONTENT)})")
    return ScanRecord(line, record_id, row)


def scan_lines(
    lines: Iterable[bytes | str], detectors: Sequence[Detector], *, batch_lines: int = BATCH_LINES
) -> Iterator[dict]:
    """One output object per input line (blank lines included), in input order."""
    batch: list[ScanRecord] = []
    for number, text in enumerate(lines, start=1):
        if isinstance(text, bytes):
            text = text.rstrip(b"\r\n")
        else:
            text = text.rstrip("\r\n")
        batch.append(
            parse_line(number, text) if text.strip() else ScanRecord(number, number, None, f"line {number}: empty line")
        )
        if len(batch) >= batch_lines:
            yield from _scan_batch(batch, detectors)
            batch = []
    if batch:
        yield from _scan_batch(batch, detectors)


def _scan_batch(batch: list[ScanRecord], detectors: Sequence[Detector]) -> Iterator[dict]:
    found = _findings([r.row for r in batch if r.row is not None], detectors)
    by_line: dict[str, list[dict]] = {}
    for finding in found.iter_rows(named=True):
        key = finding["event_ids"][0]
        span = [finding["span_start"], finding["span_end"]] if finding["span_start"] is not None else None
        by_line.setdefault(key, []).append(
            {
                "detector": finding["detector"],
                "rule_id": finding["rule_id"],
                "label": finding["label"],
                "score": finding["score"],
                "field": finding["field"],
                "span": span,
                "explanation": finding["explanation"],
            }
        )
    for record in batch:
        if record.row is None:
            yield {"id": record.id, "findings": [], "error": record.error}
        else:
            yield {"id": record.id, "findings": by_line.get(record.row["event_id"], [])}


def _findings(rows: list[dict], detectors: Sequence[Detector]) -> pl.DataFrame:
    if not rows:
        return empty_findings()
    columns = sorted({name for row in rows for name in row})
    frame = pl.DataFrame(rows, schema={c: POLARS_SCHEMA[c] for c in columns})
    parts = [detector.detect(frame) for detector in detectors]
    found = pl.concat(parts) if parts else empty_findings()
    # Findings in the order of the detectors' evidence, strongest first within a record.
    return found.select(FINDING_SCHEMA.keys()).sort(
        pl.col("event_ids").list.first(), "score", "rule_id", descending=[False, True, False], maintain_order=True
    )


def _scalar(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)
