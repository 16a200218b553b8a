"""Each evaluation corpus split once, 50/50, seeded and committed: tune on one half, report on the other.

``splits/<preset>.json`` holds the item keys (SHA-256 of the text, never the text) of each half.
Items are stratified by label and group (technique, entity types), so both halves hold every
technique. ``python -m aisoc.analytics.evaluation.splits SHARED_DIR PRESET...`` (re)writes the files;
it is run once, when a corpus is added — rewriting a split after tuning would defeat it.
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import orjson

from aisoc.analytics.evaluation.corpus import PRESETS, EvaluationError, Item, load_preset

__all__ = ["make_split", "half", "SPLITS_DIR", "SEED", "HALVES"]

SPLITS_DIR = Path(__file__).parent / "splits"
SEED = 20261123
HALVES = ("tune", "report")


def _stratum(item: Item) -> str:
    entities = ",".join(sorted({s.entity for s in item.spans}))
    return f"{item.label}|{item.group}|{entities}"


def make_split(items: Sequence[Item], seed: int = SEED) -> dict:
    """Within each stratum, items ordered by a seeded hash of their key; alternate halves."""
    strata: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        strata[_stratum(item)].append(item)
    halves: dict[str, list[str]] = {"tune": [], "report": []}
    flip = 0
    for name in sorted(strata):
        ordered = sorted(strata[name], key=lambda i: hashlib.sha256(f"{seed}:{i.key}".encode()).hexdigest())
        for item in ordered:
            halves[HALVES[flip]].append(item.key)
            flip ^= 1  # odd strata do not all lean the same way
    return {
        "seed": seed,
        "method": "stratified by label, group and entity types; seeded hash order; alternating",
        "tune": sorted(halves["tune"]),
        "report": sorted(halves["report"]),
    }


def half(items: Sequence[Item], preset: str, which: str) -> list[Item]:
    """The items of one half of a preset corpus, as committed."""
    if which == "all":
        return list(items)
    if which not in HALVES:
        raise EvaluationError(f"half {which!r}: expected tune, report or all")
    path = SPLITS_DIR / f"{preset}.json"
    try:
        split = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: no committed split for {preset!r}", path=path) from exc
    known = set(split["tune"]) | set(split["report"])
    unknown = [i for i in items if i.key not in known]
    if unknown:
        raise EvaluationError(
            f"{path}: {len(unknown)} items of {preset!r} are in neither half (the corpus changed since it was split)"
        )
    keys = set(split[which])
    return [i for i in items if i.key in keys]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    shared = Path(argv[0])
    SPLITS_DIR.mkdir(exist_ok=True)
    for preset in argv[1:] if argv[1:] != ["all"] else list(PRESETS):
        split = make_split(load_preset(preset, shared))
        (SPLITS_DIR / f"{preset}.json").write_bytes(orjson.dumps(split, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stderr.write(f"{preset}: tune {len(split['tune'])}, report {len(split['report'])}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
