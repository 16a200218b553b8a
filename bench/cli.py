"""Start-up time of the ``aisoc`` command, against the libraries every command needs.

    python -m bench.cli [--runs 5]

Each case runs ``--runs`` times, every time in a fresh subprocess (nothing cached in memory
but the operating system's file cache), and the median wall time is kept:

* **baseline**: ``python -c "import polars, duckdb"`` — the floor: every command that reads a
  warehouse loads these two.
* **--help**: ``aisoc --help``, which must list every command without importing them.
* **alerts list**: ``aisoc alerts list`` on an empty warehouse (a fresh temporary folder).
* **--version**: ``aisoc --version`` (aisoc has no ``version`` verb).

The target (issue 16) is --help and alerts list each within 2x of the baseline, in the same run;
the ratio is printed next to each figure. The figures go to docs/benchmarks.md by hand.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["main"]

TARGET_RATIO = 2.0
_TARGETED = ("--help", "alerts list")


def _aisoc(*args: str) -> list[str]:
    # Through the interpreter rather than the console script, so a venv need not be on PATH.
    return [sys.executable, "-c", "import sys; from aisoc.ui.cli import main; sys.exit(main())", *args]


def _cases(warehouse: Path) -> dict[str, list[str]]:
    return {
        "baseline": [sys.executable, "-c", "import polars, duckdb"],
        "--help": _aisoc("--help"),
        "alerts list": _aisoc("alerts", "list", "--warehouse", str(warehouse)),
        "--version": _aisoc("--version"),
    }


def _time_once(argv: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start, done.returncode


def _median(argv: list[str], runs: int) -> tuple[float, int]:
    timings, codes = zip(*(_time_once(argv) for _ in range(runs)))
    return statistics.median(timings), max(codes)


def run(runs: int) -> dict[str, tuple[float, int]]:
    """Median seconds and the worst exit code of each case."""
    with tempfile.TemporaryDirectory(prefix="aisoc-bench-cli-") as tmp:
        return {name: _median(argv, runs) for name, argv in _cases(Path(tmp) / "warehouse").items()}


def report(results: dict[str, tuple[float, int]]) -> None:
    baseline = results["baseline"][0]
    print(f"{'case':<14}{'median s':>10}{'x baseline':>12}  note")
    for name, (seconds, code) in results.items():
        ratio = seconds / baseline
        notes = []
        if name in _TARGETED:
            notes.append("ok" if ratio <= TARGET_RATIO else f"over the {TARGET_RATIO:g}x target")
        if code:
            notes.append(f"exit {code}")
        print(f"{name:<14}{seconds:>10.3f}{ratio:>12.2f}  {', '.join(notes)}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.cli", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh subprocesses per case (median kept)")
    args = parser.parse_args(argv)
    report(run(args.runs))


if __name__ == "__main__":
    main()
