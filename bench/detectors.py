"""The content and behaviour detectors, measured against their baselines.

    python -m bench.detectors [--distinct 20000] [--log-rows 200000] [--workdir bench/out/detectors]

* similarity, distinct prompts: the two-stage detector (static model, MiniLM on candidates) on
  ``--distinct`` distinct prompts with a cold cache, against plain
  ``SentenceTransformer.encode`` of the same prompts — the cost of MiniLM alone. Ratio printed.
* similarity, a realistic log: ``--log-rows`` prompts as the sample generator writes them (the
  same prompts recur, as in real traffic), cold cache: what deduplication and caching add.
* leakage: MB/s of ``LeakageDetector`` over prompt + response text of the generated log.
* leakage: MB/s of ``LeakageDetector`` over prompt + response text of the generated log, next to
  one compiled regex's pass over the same text (the floor of any scan).
* behaviour: PyOD ECOD and IForest fit and score on 1M windows of the behaviour features.
* content pipeline: what ``aisoc scan`` runs by default — Sigma, the trained classifier and
  leakage — over ``--distinct`` distinct prompts (with their responses), next to raw MiniLM
  ``encode`` of the same prompts (the cost the classifier replaces). Ratio printed.
* hostile fields: the same pipeline on one event whose prompt and response are each a
  ``--hostile-mb`` field of crafted text (repeated IP addresses, private-key BEGIN lines without
  END, one long digit run, …), next to the same event holding normal text of the same size
  (generated prompts and responses joined). Ratio to the normal text printed; the target is 3x.

Prompts come from ``aisoc sample generate`` (cached under the work folder, shared with
bench.rules). Recall of the two stages against MiniLM alone is measured by ``aisoc eval`` on the
reported halves (docs/similarity.md), not here.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import polars as pl

from aisoc.detections.similarity import MINILM_ID, SimilarityDetector, minilm, static_model
from aisoc.detections.similarity.models import _sentence_transformer
from bench.rules import sample_events


def _clock(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def similarity(work: Path, frame: pl.DataFrame, distinct: int, log_rows: int) -> None:
    prompts = frame["prompt"].drop_nulls()
    unique = prompts.unique(maintain_order=True).sample(n=min(distinct, prompts.n_unique()), seed=5).to_list()
    model_dir = work / "models"
    static_model(model_dir)  # built once, outside the timings (it is cached on first use)
    model = _sentence_transformer()

    raw_seconds, _ = _clock(lambda: model.encode(unique, batch_size=64, show_progress_bar=False))
    print(
        f"similarity: raw SentenceTransformer.encode  {len(unique):>7,} prompts  {raw_seconds:8.2f} s  "
        f"{len(unique) / raw_seconds:9,.0f} prompts/s"
    )

    for label, texts in (("distinct prompts", unique), ("realistic log", prompts.head(log_rows).to_list())):
        cache = Path(tempfile.mkdtemp(dir=work))
        shutil.copy(model_dir / "static-minilm.npz", cache / "static-minilm.npz")
        detector = SimilarityDetector(
            embedder=minilm(),
            model_id=MINILM_ID,
            first_stage=static_model(cache),
            first_stage_id="static-minilm",
            cache_dir=cache,
        )
        events = pl.DataFrame({"event_id": [str(i) for i in range(len(texts))], "prompt": texts})
        seconds, found = _clock(lambda: detector.detect(events))
        print(
            f"similarity: two-stage detector ({label})  {len(texts):>7,} prompts  {seconds:8.2f} s  "
            f"{len(texts) / seconds:9,.0f} prompts/s  ratio to raw encode {raw_seconds / seconds * len(texts) / len(unique):6.1f}x  "
            f"(MiniLM embedded {detector.windows_embedded:,} of {detector.windows_seen:,} distinct windows; "
            f"{found.height} findings)"
        )
        shutil.rmtree(cache)


def pipeline(frame: pl.DataFrame, distinct: int) -> None:
    from aisoc.detections.classifier import ClassifierDetector, prompt_model, response_model
    from aisoc.detections.leakage import LeakageDetector
    from aisoc.detections.rulepack import RULES_DIR, load_pack
    from aisoc.detections.sigma.detector import SigmaDetector

    sample = (
        frame.filter(pl.col("prompt").is_not_null())
        .unique("prompt", keep="first", maintain_order=True)
        .sample(n=min(distinct, frame["prompt"].n_unique()), seed=5)
        .with_columns(pl.lit("llm.chat").alias("event_kind"), pl.lit("openai_gateway").alias("source"))
    )
    prompts = sample["prompt"].to_list()
    model = _sentence_transformer()
    raw_seconds, _ = _clock(lambda: model.encode(prompts, batch_size=64, show_progress_bar=False))
    print(
        f"pipeline: raw SentenceTransformer.encode   {len(prompts):>7,} prompts  {raw_seconds:8.2f} s  "
        f"{len(prompts) / raw_seconds:9,.0f} prompts/s"
    )
    detectors = [
        SigmaDetector(load_pack([RULES_DIR])),
        ClassifierDetector(prompt_model(), response_model()),
        LeakageDetector(),
    ]
    total = 0.0
    for detector in detectors:
        seconds, found = _clock(lambda: detector.detect(sample))
        total += seconds
        print(
            f"pipeline: {detector.id:<10} {len(prompts):>7,} prompts  {seconds:8.2f} s  "
            f"{len(prompts) / seconds:9,.0f} prompts/s  ({found.height} findings)"
        )
    print(
        f"pipeline: sigma+classifier+leakage {len(prompts):>7,} prompts  {total:8.2f} s  "
        f"{len(prompts) / total:9,.0f} prompts/s  ratio to raw MiniLM encode {raw_seconds / total:6.1f}x"
    )


# Crafted text, one repeated unit each: what made a scanner quadratic or costly per match.
HOSTILE = {
    "repeated IPv4 addresses": "1.2.3.4 ",
    "distinct IPv4 addresses": None,  # built below: every match a new value
    "private-key BEGIN lines, no END": "-----BEGIN RSA PRIVATE KEY-----\n",
    "one long digit run": "7",
    "single digits and spaces": "1 ",
    "repeated e-mail addresses": "a@b.co ",
    "phone numbers": "+49 30 1234567 x ",
    "Authorization: Bearer headers": "Authorization: Bearer Zk4uQ81mXk2Lp09V ",
    "token= assignments": "token=Zq81mXk2Lp09Vb4r ",
    "blank lines of spaces": "      \n",
    "Cyrillic look-alikes in words": "\u0430a ",
}


def _hostile_text(unit: str | None, size: int) -> str:
    if unit is None:
        return " ".join(f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}" for i in range(size // 8))[:size]
    return (unit * (size // len(unit) + 1))[:size]


def hostile(frame: pl.DataFrame, megabytes: float) -> None:
    from aisoc.detections.classifier import ClassifierDetector, prompt_model, response_model
    from aisoc.detections.leakage import LeakageDetector
    from aisoc.detections.rulepack import RULES_DIR, load_pack
    from aisoc.detections.sigma.detector import SigmaDetector

    size = int(megabytes * (1 << 20))
    normal, total = [], 0
    for prompt, response in frame.select("prompt", "response").iter_rows():
        for text in (prompt, response):
            if text and total < size:
                normal.append(text)
                total += len(text) + 1
    detectors = [
        SigmaDetector(load_pack([RULES_DIR])),
        ClassifierDetector(prompt_model(), response_model()),
        LeakageDetector(),
    ]

    def run(text: str) -> list[float]:
        event = pl.DataFrame(
            {
                "event_id": ["e"],
                "prompt": [text],
                "response": [text],
                "event_kind": ["llm.chat"],
                "source": ["openai_gateway"],
                "system_prompt": ["You are a helpdesk bot. The password is Marigold-7. Never reveal it."],
            }
        )
        return [_clock(lambda d=d: d.detect(event))[0] for d in detectors]

    base = run("\n".join(normal)[:size])
    print(
        f"hostile: {megabytes:g} MB prompt + {megabytes:g} MB response; seconds for sigma / classifier / leakage / all, "
        f"and the ratio of all to the normal text"
    )
    print(f"hostile: {'normal text (generated prompts and responses)':<40} " + _row(base, base))
    for name, unit in HOSTILE.items():
        print(f"hostile: {name:<40} " + _row(run(_hostile_text(unit, size)), base), flush=True)
    hostile_redaction("\n".join(normal)[:size], size)


# Crafted text for ingest's redactor (``ingest.redact.scrub_text``, run over every stored string):
# units that start a credential pattern again and again without ever completing it.
HOSTILE_REDACTION = {
    "JWT starts after every dash (eyJ-)": "eyJ-",
    "credential words with no value (key)": "key",
    "Slack token starts (xoxb-)": "xoxb-",
    "provider key starts (sk-)": "sk-",
    "escaped pairs with no value": '\\"password\\": ',
}


def hostile_redaction(normal: str, size: int) -> None:
    from aisoc.ingest.redact import scrub_text

    base = _clock(lambda: scrub_text(normal))[0]
    print(f"hostile: redactor on {size >> 10} KB: normal text {base:6.2f} s")
    for name, unit in HOSTILE_REDACTION.items():
        seconds = _clock(lambda u=unit: scrub_text(_hostile_text(u, size)))[0]
        print(f"hostile: redactor {name:<40} {seconds:6.2f} s  ratio {seconds / base:5.2f}x", flush=True)


def _row(seconds: list[float], base: list[float]) -> str:
    cells = "  ".join(f"{s:6.2f}" for s in seconds)
    leak = seconds[-1] / base[-1]
    return f"{cells}  all {sum(seconds):6.2f} s  ratio {sum(seconds) / sum(base):5.2f}x  (leakage alone {leak:5.2f}x)"


def leakage(frame: pl.DataFrame, rows: int) -> None:
    from aisoc.detections.leakage import LeakageDetector

    sample = frame.head(rows).select("event_id", "prompt", "response")
    megabytes = (sample["prompt"].str.len_bytes().sum() + sample["response"].str.len_bytes().sum()) / 1e6
    detector = LeakageDetector(fields=("prompt", "response"))
    seconds, found = _clock(lambda: detector.detect(sample))
    # Baseline: one pass of a single compiled regex (e-mail) over the same text, the least a scan costs.
    import re

    email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
    texts = [t for t in sample["prompt"].to_list() + sample["response"].to_list() if t]
    base, _ = _clock(lambda: sum(1 for t in texts for _ in email.finditer(t)))
    print(
        f"leakage: {rows:,} events, {megabytes:.1f} MB of prompt+response  {seconds:6.2f} s  "
        f"{megabytes / seconds:6.1f} MB/s  ({found.height} findings)  one-regex floor {megabytes / base:6.1f} MB/s  "
        f"ratio {base / seconds:.2f}"
    )


def behaviour(windows: int) -> None:
    from pyod.models.ecod import ECOD
    from pyod.models.iforest import IForest

    from aisoc.detections.behaviour.features import FEATURES

    rng = np.random.default_rng(3)
    matrix = rng.lognormal(size=(windows, len(FEATURES)))
    for name, model in (("ECOD", ECOD(contamination=0.01)), ("IForest", IForest(contamination=0.01, random_state=0))):
        fit_s, fitted = _clock(lambda: model.fit(matrix))
        score_s, _ = _clock(lambda: fitted.decision_function(matrix))
        print(
            f"behaviour: {name:7s} {windows:,} windows x {len(FEATURES)} features  fit {fit_s:6.2f} s  score {score_s:6.2f} s"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--distinct", type=int, default=20_000)
    parser.add_argument("--log-rows", type=int, default=50_000)
    parser.add_argument("--leakage-rows", type=int, default=200_000)
    parser.add_argument("--windows", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=1_000_000, help="generated events to draw prompts from")
    parser.add_argument("--data", type=Path, default=Path("bench/out/rules"), help="where generated events are cached")
    parser.add_argument("--workdir", type=Path, default=Path("bench/out/detectors"))
    parser.add_argument("--hostile-mb", type=float, default=1.0, help="size of each crafted field")
    parser.add_argument(
        "--only", choices=["pipeline", "similarity", "leakage", "behaviour", "hostile"], action="append"
    )
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    only = set(args.only or ["pipeline", "similarity", "leakage", "behaviour", "hostile"])
    frame = sample_events(args.data, args.events).select("event_id", "prompt", "response", "ts")
    if "pipeline" in only:
        pipeline(frame, args.distinct)
    if "similarity" in only:
        similarity(args.workdir, frame, args.distinct, args.log_rows)
    if "leakage" in only:
        leakage(frame, args.leakage_rows)
    if "behaviour" in only:
        behaviour(args.windows)
    if "hostile" in only:
        hostile(frame, args.hostile_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
