"""The ``aisoc`` command: verb subcommands, one-line errors, ``--debug`` for tracebacks.

Exit codes: 0 ok, 1 error, 2 usage error, 3 findings (with ``--fail-on-findings``, later).
"""

from __future__ import annotations

import importlib
import sys
import traceback
import warnings
from typing import NamedTuple

import click

__all__ = ["COMMANDS", "Entry", "LazyGroup", "cli", "error_line", "main"]


class Entry(NamedTuple):
    """Where a command lives (``module:attribute``) and the line ``aisoc --help`` shows for it."""

    target: str
    help: str


# Every verb, with the help line its own docstring starts with (a test keeps the two equal).
# Listing them here lets ``aisoc --help`` answer without importing any command module: those
# import their subsystems (torch, sklearn, a PDF library...), which take seconds to load.
COMMANDS: dict[str, Entry] = {
    "alerts": Entry(
        "aisoc.ui.alerts_cmd:alerts_group", "Alerts raised by aisoc detect: list, inspect, change status, deliver."
    ),
    "audit": Entry(
        "aisoc.ui.users_cmd:audit_group",
        "The audit log of console and user actions (append-only, hash-chained under the secret key).",
    ),
    "case": Entry(
        "aisoc.ui.cases.commands:case_group",
        "Incident cases: open from alerts, work the playbook's steps, meet the clocks, report.",
    ),
    "console": Entry(
        "aisoc.ui.console_cmd:console_command", "Serve the SOC console (sign-in required) until interrupted."
    ),
    "corpus": Entry(
        "aisoc.ui.scan_cmd:corpus_group",
        "Reference corpora for the similarity detector (the packaged seed corpus is never changed).",
    ),
    "detect": Entry(
        "aisoc.ui.detect_cmd:detect_command",
        "Run the detectors over the events stored since their last run, raise and deliver alerts.",
    ),
    "eval": Entry(
        "aisoc.ui.eval_cmd:eval_command",
        "Score what scan would flag on a labelled corpus: precision, recall, F1, false-positive rate.",
    ),
    "hunt": Entry(
        "aisoc.ui.rules_cmd:hunt_command",
        "Run rules over stored events: one line per match (rule_id, title, event_id, source_ref, …).",
    ),
    "ingest": Entry(
        "aisoc.ui.ingest_cmd:ingest_command",
        "Ingest log files, folders (walked for *.json, *.jsonl, *.ndjson, *.log and .gz) and globs.",
    ),
    "metrics": Entry(
        "aisoc.ui.alerts_cmd:metrics_command",
        "Prometheus metrics (text format) from the warehouse's state: ingest, detectors, alerts, delivery.",
    ),
    "model": Entry(
        "aisoc.ui.model_cmd:model_group",
        "The trained content classifiers (prompt attacks, responses that disclose instructions).",
    ),
    "playbook": Entry(
        "aisoc.ui.playbook_cmd:playbook_group",
        "Incident-response playbooks: list, show, validate, export as CACAO 2.0 JSON.",
    ),
    "quarantine": Entry(
        "aisoc.ui.ingest_cmd:quarantine_group", "Records that could not be stored, with reason and PATH:LINE."
    ),
    "rules": Entry("aisoc.ui.rules_cmd:rules_group", "Detection rules as code: catalogue, lint, inline sample tests."),
    "sample": Entry("aisoc.ui.sample_cmd:sample_group", "Sample logs for demos, tests and benchmarks."),
    "scan": Entry(
        "aisoc.ui.scan_cmd:scan_command",
        "Scan JSON-lines records (prompt, response, system_prompt, messages, retrieved_docs, tenant).",
    ),
    "user": Entry(
        "aisoc.ui.users_cmd:user_group", "Console users: who may sign in, with which role, for which tenants."
    ),
    "warehouse": Entry("aisoc.ui.warehouse_cmd:warehouse_group", "The warehouse itself: schema versions and upgrades."),
}


class LazyGroup(click.Group):
    """A group whose commands are imported only when one of them runs or shows its own help."""

    def __init__(self, *args, lazy: dict[str, Entry], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.lazy, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            self.add_command(load_command(self.lazy[cmd_name]), cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the registry's help lines, shortened exactly as click shortens a docstring."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(map(len, names))
        rows = [(name, self._short_help(ctx, name, limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def _short_help(self, ctx: click.Context, name: str, limit: int) -> str:
        if name in self.lazy and name not in self.commands:
            return click.Command(name, help=self.lazy[name].help).get_short_help_str(limit)
        return self.commands[name].get_short_help_str(limit)


def load_command(entry: Entry) -> click.Command:
    module, _, attribute = entry.target.partition(":")
    return getattr(importlib.import_module(module), attribute)


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option("--debug", is_flag=True, help="Show the traceback when something fails.")
@click.version_option(package_name="aisoc")
def cli(debug: bool) -> None:
    """aisoc: security log analytics and incident response for AI systems.

    Every verb takes --warehouse DIR (else $AISOC_HOME, else ./.aisoc).
    """


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args  # honoured wherever it appears, so a failing verb can be re-run with it
    if debug:
        args = ["--debug"] + [a for a in args if a != "--debug"]
    _show_tamper_warnings()
    # Imported here, not at the top: the kernel's errors are light, but the CLI module itself
    # should cost nothing beyond click until a command runs.
    from aisoc.ingest.kernel.errors import AisocError

    try:
        result = cli.main(args=args, prog_name="aisoc", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.Abort:
        click.echo("aisoc: interrupted", err=True)
        return 130
    except click.UsageError as exc:
        exc.show()
        return 2
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except AisocError as exc:
        return _fail(exc, debug, exit_code=exc.exit_code)
    except OSError as exc:
        return _fail(exc, debug)
    except Exception as exc:  # anything unexpected: still one line unless --debug
        return _fail(exc, debug, unexpected=True)
    return result if isinstance(result, int) else 0


def _show_tamper_warnings() -> None:
    """A file that failed its authentication check is a one-line warning, every time it happens."""
    from aisoc.ingest.kernel.secretkey import TamperWarning

    default = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, TamperWarning):
            click.echo(f"aisoc: warning: {message}", err=True)
        else:
            default(message, category, filename, lineno, file, line)

    warnings.simplefilter("always", TamperWarning)
    warnings.showwarning = show


def error_line(exc: BaseException) -> str:
    """The first line of the error's message, led by ``path:line`` when it has a location not yet said."""
    text = str(exc)
    message = text.splitlines()[0] if text else type(exc).__name__
    from aisoc.ingest.kernel.errors import AisocError  # light; see main

    location = exc.location if isinstance(exc, AisocError) else None  # other libraries' .location differ
    if location and not message.startswith(location):
        message = f"{location}: {message}"
    return message


def _fail(exc: BaseException, debug: bool, unexpected: bool = False, exit_code: int = 1) -> int:
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    message = error_line(exc)
    if unexpected:
        message = f"{type(exc).__name__}: {message}"
    hint = "" if debug else " (run with --debug for the traceback)"
    click.echo(f"aisoc: error: {message}{hint if unexpected else ''}", err=True)
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
