"""Calibrate the similarity detector's thresholds on the tuning halves, and nothing else.

    python -m bench.calibrate [SHARED_DATA]     # default $AISOC_SHARED_DATA, else ../shared/data

* ``flag``: the lowest MiniLM score at which at most 2% of *each* tuning half's benign prompts
  (NotInject, mitre_frr, InjecGuard's benign items) are flagged — the goal is ≤ 2% on each set,
  and a pooled 2% would let the smaller, harder NotInject run higher.
* ``candidate``: the first-stage (static model) score a text needs for MiniLM to look at it —
  the highest value that still lets through every tuning-half item MiniLM would flag, attacks
  and benign alike, so the first stage costs no recall on the tuning halves; its recall cost on
  the reported halves is what ``aisoc eval`` shows (similarity vs minilm).
* ``keyword``: the baseline's threshold at the same 2% false-positive rate.

Writes detections/similarity/thresholds.json. The reported halves are never read here.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np
import orjson

from aisoc.analytics.evaluation import half, load_preset
from aisoc.analytics.evaluation.baseline import keyword_score
from aisoc.analytics.evaluation.metrics import threshold_at_fpr
from aisoc.detections.similarity import MINILM_ID, STATIC_ID, SimilarityDetector, Thresholds, minilm, static_model
from aisoc.detections.similarity.detector import _THRESHOLDS_FILE
from aisoc.ingest.kernel.settings import shared_data

FPR = 0.02
BENIGN = ("notinject", "mitre_frr")
ATTACKS = ("cyberseceval",)
MIXED = ("injecguard",)


def tuning_items(shared: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Benign texts per corpus, and all attack texts, of the tuning halves."""
    benign: dict[str, list[str]] = {}
    attacks: list[str] = []
    for name in BENIGN + ATTACKS + MIXED:
        for item in half(load_preset(name, shared), name, "tune"):
            if item.label:
                attacks.append(item.text)
            else:
                benign.setdefault(name, []).append(item.text)
    return benign, attacks


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else shared_data()
    per_corpus, attacks = tuning_items(shared)
    benign = [text for texts in per_corpus.values() for text in texts]
    cache = Path(tempfile.mkdtemp(prefix="aisoc-calibrate-"))
    probe = Thresholds(flag=1.0, candidate=-1.0)  # score everything; flag nothing
    detector = SimilarityDetector(
        embedder=minilm(),
        model_id=MINILM_ID,
        first_stage=static_model(cache),
        first_stage_id=STATIC_ID,
        thresholds=probe,
        cache_dir=cache,
    )
    fine = {name: [s.score for s in detector.score_texts(texts)] for name, texts in per_corpus.items()}
    fine_benign = [score for scores in fine.values() for score in scores]
    fine_attacks = [s.score for s in detector.score_texts(attacks)]
    flag = max(threshold_at_fpr(scores, FPR) for scores in fine.values())
    coarse = dict(zip(benign + attacks, detector.first_stage_scores(benign + attacks)))
    flagged = [t for t, s in zip(benign + attacks, fine_benign + fine_attacks) if s >= flag]
    candidate = min(coarse[t] for t in flagged) - 1e-6 if flagged else 0.0
    passing = np.mean([s >= candidate for s in coarse.values()])
    keyword = max(threshold_at_fpr([keyword_score(t) for t in texts], FPR) for texts in per_corpus.values())
    result = {
        "flag": round(float(flag), 6),
        "candidate": round(float(candidate), 6),
        "keyword": keyword,
        "calibrated_on": f"tuning halves of {', '.join(BENIGN + ATTACKS + MIXED)} "
        f"({len(benign)} benign, {len(attacks)} attacks), {date.today().isoformat()}",
        "target_fpr": FPR,
        "tuning_recall_at_flag": round(float(np.mean([s >= flag for s in fine_attacks])), 4),
        "tuning_share_sent_to_minilm": round(float(passing), 4),
    }
    _THRESHOLDS_FILE.write_bytes(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
    print(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
