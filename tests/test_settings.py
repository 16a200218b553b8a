"""The environment variables aisoc reads are named in one place, documented, and read when used."""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest

from aisoc.ingest.kernel import settings
from aisoc.ingest.warehouse import DEFAULT_ROOT, resolve_root
from aisoc.playbooks.library import PLAYBOOK_DIR, library_paths

from .conftest import REPO

SOURCE_FOLDERS = ("ingest", "detections", "analytics", "ui", "playbooks", "sample_logs")
SETTINGS_FILE = REPO / "ingest" / "kernel" / "settings.py"
# ``env:NAME`` destinations read a variable the user names; it cannot be listed in advance.
USER_NAMED = {REPO / "analytics" / "delivery" / "destinations.py"}


def _sources() -> list[Path]:
    return [
        path
        for folder in SOURCE_FOLDERS
        for path in sorted((REPO / folder).rglob("*.py"))
        if "sigma_cli" not in path.parts and path != SETTINGS_FILE
    ]


def _environment_reads(tree: ast.AST) -> list[int]:
    """Lines that read one variable: ``os.environ.get(…)``, ``os.environ[…]``, ``os.getenv(…)``."""
    lines = []
    for node in ast.walk(tree):
        target = node.func if isinstance(node, ast.Call) else node.value if isinstance(node, ast.Subscript) else None
        text = ast.unparse(target) if target is not None else ""
        if text in {"os.environ.get", "os.getenv", "os.environ"} and not (
            isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store)
        ):
            lines.append(node.lineno)
    return lines


def test_only_the_settings_module_reads_a_named_variable():
    reads = {
        f"{path.relative_to(REPO)}:{line}"
        for path in _sources()
        if path not in USER_NAMED
        for line in _environment_reads(ast.parse(path.read_bytes()))
    }
    assert reads == set()


def test_every_variable_name_in_the_code_is_a_setting():
    names = {setting.name for setting in settings.ALL}
    spelled = {
        node.value
        for path in _sources()
        for node in ast.walk(ast.parse(path.read_bytes()))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.fullmatch(r"AISOC_[A-Z_]+", node.value)
    }
    assert spelled - names == set()


def test_the_docs_list_every_setting_with_its_default():
    table = (REPO / "docs" / "settings.md").read_text(encoding="utf-8")
    for setting in settings.ALL:
        row = next((line for line in table.splitlines() if line.startswith(f"| `{setting.name}` |")), None)
        assert row is not None, f"{setting.name} is not in docs/settings.md"
        assert setting.default in row.replace("`", ""), f"{setting.name}: default {setting.default!r} not in {row}"


def test_variables_are_read_when_used_and_empty_is_unset(monkeypatch):
    monkeypatch.setenv("AISOC_HOME", "/somewhere/wh")
    assert resolve_root(None) == Path("/somewhere/wh")
    monkeypatch.setenv("AISOC_HOME", "")
    assert resolve_root(None) == DEFAULT_ROOT
    monkeypatch.setenv("AISOC_PLAYBOOKS", os.pathsep.join(["/a", "", " ", "/b"]))
    assert library_paths() == [Path("/a"), Path("/b")]
    monkeypatch.delenv("AISOC_PLAYBOOKS")
    assert library_paths() == [PLAYBOOK_DIR]


@pytest.mark.parametrize(
    ("accessor", "name", "default"),
    [
        (settings.shared_data, "AISOC_SHARED_DATA", REPO.parent / "shared" / "data"),
        (settings.chromium, "AISOC_CHROMIUM", Path("/usr/bin/chromium")),
        (settings.config_home, "XDG_CONFIG_HOME", Path.home() / ".config"),
        (settings.cache_home, "XDG_CACHE_HOME", Path.home() / ".cache"),
    ],
)
def test_paths_default_as_before_and_follow_their_variable(monkeypatch, accessor, name, default):
    monkeypatch.delenv(name, raising=False)
    assert accessor() == default
    monkeypatch.setenv(name, "/elsewhere")
    assert accessor() == Path("/elsewhere")
