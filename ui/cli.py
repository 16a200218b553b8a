"""The ``aisoc`` command: verb subcommands, one-line errors, ``--debug`` for tracebacks.

Exit codes: 0 ok, 1 error, 2 usage error, 3 findings (with ``--fail-on-findings``, later).
"""

from __future__ import annotations

import sys
import traceback
import warnings

import click

from aisoc.analytics.access import AccessDenied, UserError
from aisoc.analytics.alerting import AlertError
from aisoc.analytics.cases import CaseError
from aisoc.analytics.cases.connectors import ConnectorError
from aisoc.analytics.delivery import DeliveryError
from aisoc.analytics.evaluation import EvaluationError
from aisoc.analytics.jobs.config import ConfigError
from aisoc.analytics.training.shared_sources import TrainingDataError
from aisoc.detections.behaviour import BehaviourError
from aisoc.detections.classifier import ClassifierError
from aisoc.detections.similarity import SimilarityError
from aisoc.ingest.errors import IngestError
from aisoc.ingest.kernel.secretkey import TamperWarning
from aisoc.ui.alerts_cmd import alerts_group, metrics_command
from aisoc.ui.cases.commands import case_group
from aisoc.ui.console_cmd import console_command
from aisoc.ui.detect_cmd import detect_command
from aisoc.ui.eval_cmd import eval_command
from aisoc.ui.ingest_cmd import ingest_command, quarantine_group
from aisoc.ui.model_cmd import model_group
from aisoc.ui.playbook_cmd import playbook_group
from aisoc.ui.rules_cmd import hunt_command, rules_group
from aisoc.ui.sample_cmd import sample_group
from aisoc.ui.scan_cmd import corpus_group, scan_command
from aisoc.ui.users_cmd import audit_group, user_group

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--debug", is_flag=True, help="Show the traceback when something fails.")
@click.version_option(package_name="aisoc")
def cli(debug: bool) -> None:
    """aisoc: security log analytics and incident response for AI systems.

    Every verb takes --warehouse DIR (else $AISOC_HOME, else ./.aisoc).
    """


cli.add_command(ingest_command)
cli.add_command(quarantine_group)
cli.add_command(sample_group)
cli.add_command(rules_group)
cli.add_command(hunt_command)
cli.add_command(scan_command)
cli.add_command(corpus_group)
cli.add_command(eval_command)
cli.add_command(model_group)
cli.add_command(detect_command)
cli.add_command(alerts_group)
cli.add_command(metrics_command)
cli.add_command(console_command)
cli.add_command(user_group)
cli.add_command(audit_group)
cli.add_command(playbook_group)
cli.add_command(case_group)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args  # honoured wherever it appears, so a failing verb can be re-run with it
    if debug:
        args = ["--debug"] + [a for a in args if a != "--debug"]
    _show_tamper_warnings()
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
    except (
        IngestError,
        SimilarityError,
        EvaluationError,
        BehaviourError,
        AlertError,
        DeliveryError,
        ConfigError,
        UserError,
        AccessDenied,
        CaseError,
        ConnectorError,
        ClassifierError,
        TrainingDataError,
        OSError,
    ) as exc:
        return _fail(exc, debug)
    except Exception as exc:  # anything unexpected: still one line unless --debug
        return _fail(exc, debug, unexpected=True)
    return result if isinstance(result, int) else 0


def _show_tamper_warnings() -> None:
    """A file that failed its authentication check is a one-line warning, every time it happens."""
    default = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, TamperWarning):
            click.echo(f"aisoc: warning: {message}", err=True)
        else:
            default(message, category, filename, lineno, file, line)

    warnings.simplefilter("always", TamperWarning)
    warnings.showwarning = show


def _fail(exc: BaseException, debug: bool, unexpected: bool = False) -> int:
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if unexpected:
        message = f"{type(exc).__name__}: {message}"
    hint = "" if debug else " (run with --debug for the traceback)"
    click.echo(f"aisoc: error: {message}{hint if unexpected else ''}", err=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
