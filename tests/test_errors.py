"""One error tree: every deliberate error derives from ``AisocError`` and reaches the user as one line.

The walk imports every module of the package, so a new error class is checked the day it is
written: it must derive from ``AisocError`` to be found, and be constructible here (with a
message, or one of the argument shapes below) to be raised through the real ``aisoc.ui.cli.main``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import click
import pytest

from aisoc.ingest.kernel.errors import AisocError

from .cases.conftest import case_wh, cases_template, principal  # noqa: F401 - fixtures used by name
from .conftest import run_aisoc

PACKAGES = ("aisoc.ingest", "aisoc.detections", "aisoc.analytics", "aisoc.playbooks", "aisoc.ui")
# Streamlit scripts: importing one runs the page.
NOT_IMPORTABLE = ("aisoc.ui.console.app", "aisoc.ui.console.views")
MESSAGE = "the thing at fault cannot be used"
COMMAND = "raise-for-test"


def _walk(package: ModuleType) -> Iterator[ModuleType]:
    """``package`` and every module below it (pkgutil.walk_packages would import the skipped ones)."""
    yield package
    for info in pkgutil.iter_modules(package.__path__, prefix=package.__name__ + "."):
        if info.name.startswith(NOT_IMPORTABLE):
            continue
        module = importlib.import_module(info.name)
        if info.ispkg:
            yield from _walk(module)
        else:
            yield module


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _error_classes() -> list[type[AisocError]]:
    modules = [m.__name__ for name in PACKAGES for m in _walk(importlib.import_module(name))]
    assert len(modules) > 100, modules  # the walk reached the whole package, not just its top
    found = {c for c in _subclasses(AisocError) if c.__module__.startswith("aisoc.")}
    return sorted([AisocError, *found], key=lambda c: (c.__module__, c.__qualname__))


ERROR_CLASSES = _error_classes()

# What each constructor parameter is given, by name: every error class takes some of these
# (``RecordError(reason, detail)``, ``SourceError(line, message)``, ``SignInThrottled(wait)``...).
ARGUMENTS = {"message": MESSAGE, "detail": MESSAGE, "reason": "a_reason_code", "line": 7, "wait": 30}
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def build(cls: type[AisocError]) -> AisocError:
    """An instance of ``cls``; fails the test, naming the class, when a parameter has no known value."""
    name = f"{cls.__module__}.{cls.__qualname__}"
    params = [p for p in inspect.signature(cls).parameters.values() if p.kind in _POSITIONAL]
    unknown = [p.name for p in params if p.name not in ARGUMENTS and p.default is p.empty]
    if unknown:
        pytest.fail(f"{name}: cannot build it, no value known for {', '.join(unknown)} (add one to ARGUMENTS)")
    error = cls(**{p.name: ARGUMENTS[p.name] for p in params if p.name in ARGUMENTS})
    assert str(error), f"{name}: built with an empty message"
    return error


@pytest.fixture
def raising(monkeypatch):
    """``raising(error)`` makes ``aisoc raise-for-test`` raise ``error``; the command goes with the test."""
    from aisoc.ui import cli

    def arm(error: BaseException) -> None:
        @click.command(COMMAND)
        def command() -> None:
            raise error

        monkeypatch.setitem(cli.cli.commands, COMMAND, command)

    return arm


@pytest.fixture
def run(capfd):
    """``run(*args)``: ``aisoc.ui.cli.main`` in-process -> (exit code, stdout, stderr)."""
    from aisoc.ui.cli import main

    def call(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capfd.readouterr()
        return code, out, err

    return call


def test_the_walk_finds_every_subsystem_s_errors():
    names = {c.__name__ for c in ERROR_CLASSES}
    assert {
        "WarehouseError",
        "LockBusy",
        "SecretKeyError",
        "IngestError",
        "RecordError",
        "PathError",
        "BehaviourError",
        "ClassifierError",
        "SimilarityError",
        "SourceError",
        "AccessDenied",
        "UserError",
        "SignInRefused",
        "SignInThrottled",
        "OidcRefused",
        "AlertError",
        "ConfigError",
        "DeliveryError",
        "SecretMissing",
        "CaseError",
        "ConnectorError",
        "ReportError",
        "EvaluationError",
        "HuntQueryError",
        "DraftError",
        "RuleTestError",
        "TrainingDataError",
    } <= names


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__qualname__)
def test_an_error_reaches_the_user_as_one_line(cls, raising, run):
    error = build(cls)
    assert error.location is None  # built from a message: nothing to put in front of it
    raising(error)
    code, out, err = run(COMMAND)
    assert code == error.exit_code
    assert out == ""
    assert err == f"aisoc: error: {error}\n"

    code, out, err = run(COMMAND, "--debug")
    assert code == error.exit_code
    assert "Traceback (most recent call last)" in err and cls.__name__ in err and str(error) in err


def test_a_message_over_several_lines_prints_as_one(raising, run):
    raising(AisocError("the first line says what\nand the second one says more"))
    code, out, err = run(COMMAND)
    assert code == 1 and out == ""
    assert err.startswith("aisoc: error: the first line says what") and err.count("\n") == 1


def test_a_located_error_prints_its_location_first(raising, run):
    raising(AisocError("not a Sigma rule", path="rules/custom.yml", line=12))
    code, _, err = run(COMMAND)
    assert code == 1 and err == "aisoc: error: rules/custom.yml:12: not a Sigma rule\n"


def test_a_message_that_already_names_its_location_is_not_prefixed_twice(raising, run):
    raising(AisocError("rules/custom.yml:12: not a Sigma rule", path="rules/custom.yml", line=12))
    _, _, err = run(COMMAND)
    assert err == "aisoc: error: rules/custom.yml:12: not a Sigma rule\n"
    raising(AisocError("aisoc.toml: [alerts] must be a table", path="aisoc.toml"))
    _, _, err = run(COMMAND)
    assert err == "aisoc: error: aisoc.toml: [alerts] must be a table\n"


def test_the_exit_code_is_the_error_s_own(raising, run):
    class Refused(AisocError):
        exit_code = 4

    raising(Refused("refused for a reason of its own"))
    code, out, err = run(COMMAND)
    assert code == 4 and out == "" and err == "aisoc: error: refused for a reason of its own\n"


# --- errors that escaped the handler before, through real commands -----------------------------


@pytest.fixture
def worked_case(case_wh):
    """A case on a prompt-injection alert, and the number of its ``actor-history`` enrichment step."""
    from aisoc.analytics import cases
    from aisoc.playbooks import load_library

    library = load_library()
    with case_wh.state() as con:
        alert = con.execute("SELECT min(id) FROM alerts WHERE playbook = 'pb-prompt-injection'").fetchone()[0]
    case_id = cases.open_case(case_wh, principal("admin"), [alert], library)
    playbook = library.get("pb-prompt-injection")
    step = next(
        task.number
        for task in cases.get_case(case_wh, principal("admin"), case_id).tasks
        if task.type == "enrichment" and playbook.step(task.step_id).query == "actor-history"
    )
    return case_wh, case_id, step


def _one_line_error(result) -> str:
    assert result.returncode == 1, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("aisoc: error: "), result.stderr
    return lines[0].removeprefix("aisoc: error: ")


def test_a_report_that_cannot_be_written_is_a_report_error(worked_case, tmp_path):
    """ReportError printed as an unexpected error before (``ReportError: …, run with --debug``)."""
    warehouse, case_id, _ = worked_case
    target = tmp_path / "no-such-folder" / "report.md"
    result = run_aisoc("case", "report", case_id, "-o", str(target), "--warehouse", str(warehouse.root))
    assert _one_line_error(result) == f"{target}: cannot write the report: No such file or directory"
    assert not target.parent.exists()


def test_an_enrichment_query_the_sandbox_refuses_is_a_hunt_query_error(worked_case):
    """HuntQueryError printed as an unexpected error before; here the sandbox's memory limit is bad."""
    warehouse, case_id, step = worked_case
    result = run_aisoc(
        "case",
        "run",
        case_id,
        str(step),
        "--warehouse",
        str(warehouse.root),
        env={"AISOC_HUNT_MEMORY_LIMIT": "lots"},
    )
    message = _one_line_error(result)
    assert message.startswith("$AISOC_HUNT_MEMORY_LIMIT 'lots': "), message
    assert "HuntQueryError" not in message and "--debug" not in message


def test_another_librarys_location_attribute_is_not_taken_for_a_path():
    # pySigma's errors carry `.location` as an int: the error line must not crash on it
    from aisoc.ui.cli import error_line

    class ForeignError(Exception):
        location = 5

    assert error_line(ForeignError("bad condition")) == "bad condition"
