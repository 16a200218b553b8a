"""The playbook library: every playbook and saved query, loaded and checked together.

``load_library`` never stops at the first bad file: a file with problems is left out of the
library and its problems are all reported, so ``aisoc playbook validate`` lists everything
that needs fixing. ``for_alert`` picks the playbook an alert should be worked with.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import duckdb

from aisoc.ingest.kernel.settings import PLAYBOOKS
from aisoc.ingest.kernel.userfiles import authored_files
from aisoc.playbooks.check import Problem, check_playbook
from aisoc.playbooks.model import CONTEXT_FIELDS, AppliesTo, Option, Playbook, Query, Step
from aisoc.playbooks.source import SourceError, parse_located

__all__ = ["Library", "load_library", "library_paths", "PLAYBOOK_DIR", "QUERY_DIR", "GENERIC_PLAYBOOK", "PLAYBOOKS_ENV"]

PLAYBOOK_DIR = Path(__file__).resolve().parent / "library"
QUERY_DIR = Path(__file__).resolve().parent / "queries"
# Worked when no playbook names or matches an alert (a health alert, a new custom rule).
GENERIC_PLAYBOOK = "pb-ai-incident"
# A site's own playbooks: files or folders, separated like PATH; they replace the shipped library.
PLAYBOOKS_ENV = PLAYBOOKS.name
_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")
_SUFFIXES = (".yml", ".yaml")


@dataclass
class Library:
    playbooks: dict[str, Playbook] = field(default_factory=dict)
    queries: dict[str, Query] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    def get(self, playbook_id: str) -> Playbook:
        try:
            return self.playbooks[playbook_id]
        except KeyError:
            raise KeyError(f"no playbook {playbook_id!r} (aisoc playbook list shows them)") from None

    def for_alert(self, alert: Mapping) -> Playbook | None:
        """The playbook for an alert: the one it names, else the one that lists its rule, else the
        one whose tags match the alert's best, else the generic playbook."""
        named = alert.get("playbook")
        if named in self.playbooks:
            return self.playbooks[named]
        rule = alert.get("rule_id")
        for playbook in self.playbooks.values():
            if rule and rule in playbook.applies_to.rules:
                return playbook
        tags = set(alert.get("tags") or ())
        scored = [
            (_tag_score(tags, alert.get("detector"), playbook), playbook)
            for playbook in self.playbooks.values()
            if playbook.id != GENERIC_PLAYBOOK
        ]
        best = max(scored, key=lambda item: item[0], default=((0,), None))
        return best[1] if best[0][0] > 0 else self.playbooks.get(GENERIC_PLAYBOOK)


def _tag_score(tags: set[str], detector: str | None, playbook: Playbook) -> tuple:
    """Shared tags weighed by how specific they are (``atlas.aml.t0051.000`` says more than
    ``owasp.llm01``); ties go to a playbook for the alert's detector, then to the more focused
    playbook (fewer tags), then by id."""
    shared = tags & set(playbook.applies_to.tags)
    weight = sum(tag.count(".") for tag in shared)
    return (
        weight,
        detector in playbook.applies_to.detectors,
        -len(playbook.applies_to.tags),
        tuple(-ord(c) for c in playbook.id),
    )


def library_paths() -> list[Path]:
    """Where playbooks come from: ``$AISOC_PLAYBOOKS`` when set, else the shipped library."""
    return PLAYBOOKS.paths() or [PLAYBOOK_DIR]


def load_library(paths: list[Path] | None = None, query_dir: Path | None = None) -> Library:
    """Load the playbooks under ``paths`` (default: ``library_paths()``) and the saved queries."""
    library = Library()
    library.queries = _load_queries(query_dir or QUERY_DIR, library.problems)
    seen: dict[str, str] = {}
    for path in authored_files(paths or library_paths(), _SUFFIXES):
        library.files += 1
        playbook = _load_playbook(path, set(library.queries), library.problems)
        if playbook is None:
            continue
        if playbook.id in seen:
            library.problems.append(
                Problem(str(path), 1, f"playbook id {playbook.id!r} is also used by {seen[playbook.id]}")
            )
            continue
        seen[playbook.id] = str(path)
        library.playbooks[playbook.id] = playbook
    return library


def _load_playbook(path: Path, query_names: set[str], problems: list[Problem]) -> Playbook | None:
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(shown, 1, f"cannot read: {getattr(exc, 'strerror', None) or exc}"))
        return None
    try:
        located = parse_located(text)
    except SourceError as exc:
        problems.append(Problem(shown, exc.line, str(exc)))
        return None
    found = check_playbook(located, shown, path.name, query_names)
    if found:
        problems += found
        return None
    return _build(located.data, located.lines, path)


def _build(data: dict, lines: dict, path: Path) -> Playbook:
    steps = []
    for index, raw in enumerate(data["steps"]):
        options = tuple(
            Option(o["answer"], o.get("description", ""), o.get("next"), MappingProxyType(dict(o.get("records") or {})))
            for o in raw.get("options", ())
        )
        steps.append(
            Step(
                id=raw["id"],
                type=raw["type"],
                title=raw["title"],
                phase=raw["phase"],
                role=raw["role"],
                instructions=raw["instructions"],
                evidence=tuple(raw.get("evidence", ())),
                optional=raw.get("optional", False),
                next=raw.get("next"),
                query=raw.get("query"),
                operation=raw.get("operation"),
                params=MappingProxyType(dict(raw.get("params") or {})),
                question=raw.get("question"),
                options=options,
                line=lines.get(("steps", index), 0),
            )
        )
    applies = data["applies_to"]
    return Playbook(
        id=data["id"],
        title=data["title"],
        version=data["version"],
        created=data["created"],
        modified=data["modified"],
        author=data["author"],
        description=data["description"].strip(),
        applies_to=AppliesTo(
            tuple(applies.get("rules", ())), tuple(applies.get("tags", ())), tuple(applies.get("detectors", ()))
        ),
        roles=MappingProxyType(dict(data["roles"])),
        steps=tuple(steps),
        status=data.get("status", "stable"),
        playbook_types=tuple(data.get("playbook_types", ())),
        severity=data.get("severity"),
        regulations=tuple(data.get("regulations", ())),
        references=tuple(data.get("references", ())),
        path=path,
    )


def _load_queries(directory: Path, problems: list[Problem]) -> dict[str, Query]:
    """``<name>.sql`` files: a first line ``-- title: …``, then one SELECT over ``events`` and
    ``alerts`` that names case facts as ``$param``."""
    queries: dict[str, Query] = {}
    for path in sorted(directory.glob("*.sql")):
        shown = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(shown, 1, f"cannot read: {getattr(exc, 'strerror', None) or exc}"))
            continue
        first = text.splitlines()[0] if text.strip() else ""
        if not first.startswith("-- title:") or not first[len("-- title:") :].strip():
            problems.append(Problem(shown, 1, "a saved query starts with a line `-- title: what it finds`"))
            continue
        params = tuple(dict.fromkeys(_PARAM.findall(text)))
        unknown = [p for p in params if p not in CONTEXT_FIELDS]
        if unknown:
            line = next((n for n, row in enumerate(text.splitlines(), 1) if f"${unknown[0]}" in row), 1)
            problems.append(
                Problem(shown, line, f"${unknown[0]} is not a case fact (known: {', '.join(CONTEXT_FIELDS)})")
            )
            continue
        problem = _select_problem(text)
        if problem:
            problems.append(Problem(shown, 1, problem))
            continue
        queries[path.stem] = Query(path.stem, first[len("-- title:") :].strip(), text, params, path)
    return queries


def _select_problem(sql: str) -> str | None:
    scratch = duckdb.connect(":memory:")
    try:
        statements = scratch.extract_statements(sql)
    except duckdb.Error as exc:
        return f"cannot parse the query: {str(exc).splitlines()[0]}"
    finally:
        scratch.close()
    if len(statements) != 1 or statements[0].type != duckdb.StatementType.SELECT:
        return "a saved query is exactly one SELECT statement"
    return None
