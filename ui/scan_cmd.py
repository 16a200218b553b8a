"""``aisoc scan`` and ``aisoc corpus add | list``: content detectors without a warehouse."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from aisoc.analytics.detectors import (
    CONTENT_DETECTORS,
    CORPUS_KINDS,
    SCAN_DETECTORS,
    DetectorOptions,
    Store,
    content_detectors,
    similarity_detector,
)
from aisoc.analytics.scan import scan_lines
from aisoc.detections.similarity import seed_attacks, seed_benign
from aisoc.ingest.kernel.settings import HOME
from aisoc.ingest.warehouse import DEFAULT_ROOT, resolve_root
from aisoc.ui.options import EXIT_FINDINGS, common_options
from aisoc.ui.output import emit_jsonl, warn

__all__ = ["scan_command", "corpus_group", "store_option", "resolve_store"]

store_option = click.option(
    "--warehouse",
    "warehouse",
    metavar="DIR",
    default=None,
    help=(
        "Keep caches and corpora in this warehouse (default: $AISOC_HOME or ./.aisoc when one exists, "
        "else the cache folder $AISOC_CACHE_DIR or ~/.cache/aisoc)."
    ),
)


def resolve_store(option: str | None) -> Store:
    if option or HOME.get() or DEFAULT_ROOT.is_dir():
        return Store(resolve_root(option))
    return Store.default()


def _detector_list(text: str) -> list[str]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in CONTENT_DETECTORS]
    if unknown or not names:
        raise click.BadParameter(f"{text!r}: a comma-separated list of {', '.join(CONTENT_DETECTORS)}")
    return names


@click.command("scan")
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl"]),
    default="jsonl",
    show_default=True,
    help="Output format: one JSON object per input line.",
)
@click.option(
    "--detectors",
    "detectors",
    default=",".join(SCAN_DETECTORS),
    show_default=True,
    help=f"Which content detectors run (comma-separated, of {', '.join(CONTENT_DETECTORS)}); "
    "similarity (MiniLM) is slower and off unless named.",
)
@click.option(
    "--canary",
    "canaries",
    multiple=True,
    metavar="TOKEN",
    help="A canary token whose appearance is a leak (repeatable).",
)
@click.option(
    "--protected-doc",
    "protected",
    multiple=True,
    metavar="FILE",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A confidential text file that responses must not reproduce (repeatable).",
)
@click.option(
    "--rules",
    "rule_paths",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Sigma rule files or folders for the sigma detector (default: the packaged pack).",
)
@click.option(
    "--first-stage",
    is_flag=True,
    help="Let the static model distilled from MiniLM pick which texts MiniLM scores: faster on "
    "large distinct volumes, at a recall cost (docs/similarity.md).",
)
@click.option("--fail-on-findings", is_flag=True, help=f"Exit {EXIT_FINDINGS} when anything was found.")
@store_option
@common_options(warehouse=False)
def scan_command(
    source: Path,
    fmt: str,
    detectors: str,
    canaries,
    protected,
    rule_paths,
    first_stage: bool,
    fail_on_findings: bool,
    warehouse: str | None,
) -> int:
    """Scan JSON-lines records (prompt, response, system_prompt, messages, retrieved_docs, tenant).

    Writes exactly one line per input line: {"id", "findings": [{"detector", "rule_id", "label",
    "score", "field", "span", "explanation"}]}, with "error" set when the line cannot be scanned.
    SOURCE '-' reads stdin.
    """
    options = DetectorOptions(
        store=resolve_store(warehouse),
        only=_detector_list(detectors),
        rule_paths=rule_paths,
        canaries=canaries,
        protected_docs={p.name: p.read_text(encoding="utf-8", errors="replace") for p in protected},
        two_stage=first_stage,
    )
    running = content_detectors(options)
    stream = sys.stdin.buffer if str(source) == "-" else open(source, "rb")
    lines = flagged = errors = 0
    with stream:
        for result in scan_lines(stream, running):
            emit_jsonl([result])
            lines += 1
            flagged += bool(result["findings"])
            errors += "error" in result
    warn(f"scanned {lines} lines: {flagged} with findings, {errors} not scannable")
    return EXIT_FINDINGS if fail_on_findings and flagged else 0


@click.group("corpus")
def corpus_group() -> None:
    """Reference corpora for the similarity detector (the packaged seed corpus is never changed)."""


@corpus_group.command("add")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--label",
    required=True,
    metavar="LABEL",
    help="Attack category for lines without their own 'label' (e.g. jailbreak).",
)
@click.option(
    "--kind",
    type=click.Choice(CORPUS_KINDS),
    default="user",
    show_default=True,
    help="user: extra known attacks; learned / allow: confirmed attacks / dismissed prompts. "
    'Global: they apply to every tenant, unless a line has its own "tenant".',
)
@click.option("--name", metavar="NAME", help="Stored name (default: the file's name); the same name replaces.")
@store_option
@common_options(warehouse=False)
def corpus_add_command(source: Path, label: str, kind: str, name: str | None, warehouse: str | None) -> None:
    """Add JSON-lines examples ("text" or "prompt", optional "id", "label") to the known-attack index."""
    store = resolve_store(warehouse)
    target, count = store.add_corpus(source, label=label, kind=kind, name=name)
    warn(f"added {count} examples to {target} (the index is rebuilt on next use)")


@corpus_group.command("build")
@store_option
@common_options(warehouse=False)
def corpus_build_command(warehouse: str | None) -> None:
    """Build the static model and the indexes now (they are otherwise built on first use)."""
    store = resolve_store(warehouse)
    detector = similarity_detector(DetectorOptions(store=store, two_stage=True))
    warn(
        f"built in {store.cache_dir}: static model, index {detector.attacks.version} "
        f"({len(detector.attacks)} attacks; {len(detector.benign)} benign references)"
    )


@corpus_group.command("list")
@store_option
@common_options(warehouse=False)
def corpus_list_command(warehouse: str | None) -> None:
    """Counts per corpus: the seed corpus, what was added to this store, and old triage entries
    set aside because their tenant could not be established (kind "quarantine", applied nowhere)."""
    store = resolve_store(warehouse)
    rows = [
        {"kind": "seed", "file": "(packaged)", "examples": len(seed_attacks())},
        {"kind": "benign", "file": "(packaged)", "examples": len(seed_benign())},
    ]
    folders = [(kind, store.corpus_dir(kind)) for kind in CORPUS_KINDS] + [("quarantine", store.quarantine_dir)]
    for kind, folder in folders:
        for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else ():
            rows.append(
                {"kind": kind, "file": str(path), "examples": sum(1 for line in open(path, "rb") if line.strip())}
            )
    emit_jsonl(rows)
