"""The hand-labelled secret-leak cases (``leak_cases.jsonl``), split once into tune and report.

Written by a different hand than the leak detector and its generated set (``leakset.py``),
without reading the detector: system prompts that guard a secret (access-code defences, decoys,
credentials in configs, other languages) and responses that leak it or do not. Split 50/50
once (seeded, stratified by kind and label; ``splits/leak_cases.json`` holds case ids): the
detector may be improved on the tune half; figures are reported on the report half.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson

from aisoc.analytics.evaluation.corpus import EvaluationError
from aisoc.analytics.evaluation.leakset import LeakItem
from aisoc.analytics.evaluation.splits import HALVES, SEED, SPLITS_DIR

__all__ = ["leak_cases", "split_leak_cases", "CASES_FILE"]

CASES_FILE = Path(__file__).parent / "leak_cases.jsonl"
_SPLIT = SPLITS_DIR / "leak_cases.json"


def _read() -> list[tuple[str, LeakItem]]:
    cases = []
    for number, line in enumerate(CASES_FILE.read_bytes().splitlines(), start=1):
        if line.strip():
            try:
                r = orjson.loads(line)
                cases.append((r["id"], LeakItem(r["system_prompt"], r["response"], bool(r["leaks"]), r["kind"])))
            except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
                raise EvaluationError(
                    f"{CASES_FILE}:{number}: not a leak case ({exc})", path=CASES_FILE, line=number
                ) from exc
    return cases


def split_leak_cases() -> dict:
    """The split as committed (run once, when the cases were written)."""
    halves: dict[str, list[str]] = {"tune": [], "report": []}
    strata: dict[str, list[str]] = {}
    for case_id, item in _read():
        strata.setdefault(f"{item.label}|{item.transform}", []).append(case_id)
    flip = 0
    for name in sorted(strata):
        for case_id in sorted(strata[name], key=lambda i: hashlib.sha256(f"{SEED}:{i}".encode()).hexdigest()):
            halves[HALVES[flip]].append(case_id)
            flip ^= 1
    return {
        "seed": SEED,
        "method": "stratified by label and kind; seeded hash order; alternating",
        "tune": sorted(halves["tune"]),
        "report": sorted(halves["report"]),
    }


def leak_cases(which: str = "report") -> list[LeakItem]:
    cases = _read()
    if which == "all":
        return [item for _, item in cases]
    if which not in HALVES:
        raise EvaluationError(f"half {which!r}: expected tune, report or all")
    keys = set(orjson.loads(_SPLIT.read_bytes())[which])
    return [item for case_id, item in cases if case_id in keys]


if __name__ == "__main__":
    _SPLIT.write_bytes(orjson.dumps(split_leak_cases(), option=orjson.OPT_INDENT_2) + b"\n")
