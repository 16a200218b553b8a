"""The lazy CLI: ``aisoc --help`` and ``aisoc alerts list`` start without the heavy libraries, the
registry's help lines match the commands, and ``--debug`` is accepted after any verb."""

from __future__ import annotations

import os
import subprocess
import sys

import click
import orjson
import pytest
from click.testing import CliRunner

from aisoc.ui.cli import COMMANDS, cli, load_command

from .conftest import REPO, run_aisoc

# Each of these takes from a quarter of a second to several seconds to import.
HEAVY_FOR_HELP = (
    "torch",
    "sklearn",
    "sentence_transformers",
    "fpdf",
    "faiss",
    "streamlit",
    "pyod",
    "jinja2",
    "polars",
    "duckdb",
)
HEAVY_FOR_ALERTS = ("torch", "sklearn", "sentence_transformers", "fpdf", "faiss", "streamlit")

# Runs aisoc's main() in a fresh interpreter, then reports the top-level modules it loaded on
# stderr's last line (stdout is the command's own output).
_PROBE = """
import sys, json
from aisoc.ui.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stderr.write("\\n" + json.dumps({"exit": code, "modules": sorted({m.split(".")[0] for m in sys.modules} | {m for m in sys.modules if m.startswith("aisoc.")})}))
"""


def _loaded(*args: str) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, cwd=REPO, env=os.environ, timeout=600
    )
    report = orjson.loads(done.stderr.splitlines()[-1])
    return report["exit"], set(report["modules"])


def test_help_loads_no_heavy_library():
    code, modules = _loaded("--help")
    assert code == 0
    assert modules.isdisjoint(HEAVY_FOR_HELP), sorted(modules & set(HEAVY_FOR_HELP))
    assert {m for m in modules if m.startswith("aisoc.ui.")} == {"aisoc.ui.cli"}  # no command module


def test_alerts_list_on_an_empty_warehouse_loads_no_heavy_library(tmp_path):
    code, modules = _loaded("alerts", "list", "--warehouse", str(tmp_path / "wh"))
    assert code == 0
    assert modules.isdisjoint(HEAVY_FOR_ALERTS), sorted(modules & set(HEAVY_FOR_ALERTS))


def test_help_lists_every_registered_command():
    result = CliRunner().invoke(cli, ["--help"])
    listed = {line.split()[0] for line in result.output.split("Commands:\n")[1].splitlines() if line.strip()}
    assert listed == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_registry_help_is_the_commands_own(name):
    """The registry repeats each command's help line so --help need not import it; this keeps them equal."""
    command = load_command(COMMANDS[name])
    assert command.name == name
    assert COMMANDS[name].help == command.get_short_help_str(limit=10_000)


def _leaves(group: click.Group, path: tuple[str, ...]):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            yield from _leaves(command, (*path, name))
        elif command is not None:
            yield (*path, name), command


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_accepts_a_hidden_debug(name):
    command = load_command(COMMANDS[name])
    leaves = _leaves(command, (name,)) if isinstance(command, click.Group) else [((name,), command)]
    for path, leaf in leaves:
        debug = [p for p in leaf.params if "--debug" in getattr(p, "opts", ())]
        assert len(debug) == 1 and debug[0].hidden, " ".join(path)


def test_debug_after_the_verb_parses_when_the_group_runs_directly(tmp_path):
    """main() moves --debug to the front; driven without main, the command's own hidden option takes it."""
    result = CliRunner().invoke(cli, ["alerts", "list", "--warehouse", str(tmp_path / "wh"), "--debug"])
    assert result.exit_code == 0, result.output
    assert "0 alerts" in result.output


def test_debug_after_the_verb_is_accepted_by_aisoc(tmp_path):
    result = run_aisoc("alerts", "list", "--warehouse", str(tmp_path / "wh"), "--format", "json", "--debug")
    assert result.returncode == 0, result.stderr
    assert orjson.loads(result.stdout) == []
