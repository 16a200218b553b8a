"""``aisoc eval``: precision / recall / F1 of the detectors on a labelled corpus."""

from __future__ import annotations

from pathlib import Path

import click

from analytics.detectors import DetectorOptions, content_detectors
from analytics.evaluation import PRESETS, EvaluationError, half, load_items, load_preset
from analytics.evaluation.run import TASKS, InjectionScorers, injection_report, injection_scores, leak_report, \
    pii_report, secrets_report
from detections.similarity import load_thresholds

from .output import emit_json, emit_table, say, warn
from .scan_cmd import resolve_store, store_option

__all__ = ["eval_command"]

_DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


@click.command("eval")
@click.option("--corpus", "corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A labelled corpus: JSON lines, a JSON array, or an object holding one array.")
@click.option("--preset", type=click.Choice([*PRESETS, "all"]),
              help="A known corpus in the shared evaluation data (instead of --corpus).")
@click.option("--half", "which", type=click.Choice(["report", "tune", "all"]), default="report", show_default=True,
              help="With --preset: the committed half to score (thresholds were tuned on 'tune').")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=_DEFAULT_SHARED,
              show_default="../shared/data", help="Where the shared evaluation data lives.")
@click.option("--task", type=click.Choice(TASKS), default="injection", show_default=True)
@click.option("--text-field", default="text", show_default=True, help="Field holding the text (dotted path).")
@click.option("--label-field", help="Field holding the label (dotted path); needs --positive-label.")
@click.option("--positive-label", help="Label value that means attack / secret (compared as text).")
@click.option("--all-label", type=click.Choice(["attack", "benign"]), help="Every item has this label.")
@click.option("--group-field", help="Field to break recall down by (e.g. a technique).")
@click.option("--spans-field", default="spans", show_default=True,
              help="pii: field with gold spans {entity_type, start_position, end_position}.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_option
@click.option("--debug", is_flag=True, hidden=True)
def eval_command(corpus, preset, which, shared, task, text_field, label_field, positive_label, all_label,
                 group_field, spans_field, fmt, warehouse, debug) -> None:
    """Score what scan would flag on a labelled corpus: precision, recall, F1, false-positive rate.

    For injection, side by side: scan (Sigma + the classifier, what scan flags by default),
    classifier (the trained prompt classifier alone), minilm (the earlier MiniLM similarity
    model), similarity (the same with its static first stage) and a plain keyword baseline, with
    recall by technique and by language. For pii: span precision/recall/F1 per entity type.
    """
    if (corpus is None) == (preset is None):
        raise click.UsageError("give either --corpus FILE or --preset NAME")
    if corpus is not None and label_field is None and all_label is None and task != "pii":
        raise click.UsageError("say how items are labelled: --label-field L --positive-label X, or --all-label")
    if preset is not None:
        names = list(PRESETS) if preset == "all" else [preset]
        jobs = [(name, PRESETS[name].task, half(load_preset(name, shared), name, which)) for name in names]
    else:
        items = load_items(corpus, text_field=text_field, label_field=label_field, positive_label=positive_label,
                           all_label=all_label, group_field=group_field,
                           spans_field=spans_field if task == "pii" else None)
        jobs = [(corpus.name, task, items)]
    scorers = _scorers(warehouse) if any(t == "injection" for _, t, _ in jobs) else None
    results = {}
    for name, job_task, items in jobs:
        if not items:
            raise EvaluationError(f"{name}: no items to evaluate")
        if job_task == "injection":
            report = injection_report(items, injection_scores(items, scorers))
        elif job_task == "pii":
            report = pii_report(items)
        elif job_task == "secrets":
            report = secrets_report(items)
        else:
            report = leak_report(items)
        report.update(corpus=name, task=job_task, half=which if preset else "all")
        results[name] = report
    if fmt == "json":
        emit_json(results if preset == "all" else next(iter(results.values())))
        return
    for report in results.values():
        _print(report)


def _scorers(warehouse: str | None) -> InjectionScorers:
    store = resolve_store(warehouse)
    two = content_detectors(DetectorOptions(store=store, only=("similarity",), two_stage=True))[0]
    one = content_detectors(DetectorOptions(store=store, only=("similarity",), two_stage=False))[0]
    sigma = content_detectors(DetectorOptions(store=store, only=("sigma",)))[0]
    classifier = content_detectors(DetectorOptions(store=store, only=("classifier",)))[0]
    return InjectionScorers(two_stage=two, single_stage=one, sigma=sigma, keyword_threshold=load_thresholds().keyword,
                            classifier=classifier)


def _pct(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def _print(report: dict) -> None:
    say(f"{report['corpus']} ({report['task']}, half: {report['half']}): {report['items']} items"
        + (f", {report['positives']} positive" if "positives" in report else ""))
    if "entities" in report:
        rows = [[entity, r["tp"], r["fp"], r["fn"], _pct(r["precision"]), _pct(r["recall"]), _pct(r["f1"])]
                for entity, r in report["entities"].items() if entity != "unscored" and r["tp"] + r["fp"] > 0]
        emit_table(["entity", "tp", "fp", "fn", "precision", "recall", "f1"], rows)
        ignored = [e for e, r in report["entities"].items() if e != "unscored" and r["tp"] + r["fp"] == 0]
        if ignored:
            say(f"not claimed (no detector for them): {', '.join(ignored)}")
        say("")
        return
    rows = [[name, e["overall"]["tp"], e["overall"]["fp"], e["overall"]["fn"], e["overall"]["tn"],
             _pct(e["overall"]["precision"]), _pct(e["overall"]["recall"]), _pct(e["overall"]["fpr"])]
            for name, e in report["scorers"].items()]
    emit_table(["scorer", "tp", "fp", "fn", "tn", "precision", "recall", "fpr"], rows)
    groups = sorted({g for e in report["scorers"].values() for g in e.get("by_group", {})})
    if groups:
        names = list(report["scorers"])
        table = [[g, report["scorers"][names[0]]["by_group"][g]["n"],
                  *[_pct(report["scorers"][n]["by_group"].get(g, {}).get("recall")) for n in names]] for g in groups]
        say("recall by group:")
        emit_table(["group", "n", *names], table)
    languages = sorted({g for e in report["scorers"].values() for g in e.get("by_language", {})})
    if len(languages) > 1:
        names = list(report["scorers"])
        table = [[g, report["scorers"][names[0]]["by_language"][g]["n"],
                  *[_pct(report["scorers"][n]["by_language"].get(g, {}).get("flagged")) for n in names]]
                 for g in languages]
        say(f"by language, share flagged of the {report['by_language_of']}:")
        emit_table(["language", "n", *names], table)
    say("")
    if report.get("positives") == 0:
        warn(f"{report['corpus']}: no positive items; recall is undefined, read the false-positive rate")
