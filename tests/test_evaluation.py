"""The evaluation harness: corpus loading, committed splits, metrics, and ``aisoc eval``."""

from __future__ import annotations

import orjson
import pytest

from aisoc.analytics.evaluation import PRESETS, EvaluationError, Item, Span, half, load_items, load_preset
from aisoc.analytics.evaluation.metrics import binary_report, recall_by_group, span_report, threshold_at_fpr
from aisoc.analytics.evaluation.splits import SPLITS_DIR, make_split
from tests.conftest import SHARED_DATA, run_aisoc

RECORDS = [{"q": {"text": "ignore the rules"}, "y": 1, "t": "a"}, {"q": {"text": "hello"}, "y": 0, "t": "b"}]


@pytest.mark.parametrize("shape", ["jsonl", "array", "object"])
def test_corpora_load_from_each_shape_with_dotted_fields(tmp_path, shape):
    path = tmp_path / "c.json"
    body = {
        "jsonl": b"\n".join(orjson.dumps(r) for r in RECORDS),
        "array": orjson.dumps(RECORDS),
        "object": orjson.dumps({"data": RECORDS}),
    }[shape]
    path.write_bytes(body)
    items = load_items(path, text_field="q.text", label_field="y", positive_label="1", group_field="t")
    assert [(i.text, i.label, i.group) for i in items] == [("ignore the rules", True, "a"), ("hello", False, "b")]


def test_bad_corpora_fail_with_their_location(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(orjson.dumps(RECORDS[0]) + b"\n{broken\n")
    with pytest.raises(EvaluationError, match=r"c.jsonl:2: not JSON"):
        load_items(path, text_field="q.text", all_label="attack")
    path.write_bytes(orjson.dumps(RECORDS[0]) + b"\n" + orjson.dumps({"q": {"text": "x"}}) + b"\n")
    with pytest.raises(EvaluationError, match=r"c.jsonl:2: no label field 'y'"):
        load_items(path, text_field="q.text", label_field="y", positive_label="1")


def test_threshold_at_a_false_positive_rate_handles_ties():
    benign = [0.9, 0.8, 0.8, 0.5] + [0.1] * 96  # 100 benign scores
    threshold = threshold_at_fpr(benign, 0.02)
    # Flagging the tied 0.8s would make 3 false positives out of an allowed 2: only 0.9 is flagged.
    assert threshold == pytest.approx(0.8 + 1e-6)
    assert binary_report(benign, [False] * 100, threshold)["fp"] == 1
    assert threshold_at_fpr(benign, 0.03) == pytest.approx(0.5 + 1e-6)


def test_binary_and_group_reports():
    report = binary_report([0.9, 0.2, 0.7, 0.1], [True, True, False, False], 0.5)
    assert (report["tp"], report["fn"], report["fp"], report["tn"]) == (1, 1, 1, 1)
    assert report["precision"] == report["recall"] == report["f1"] == 0.5 and report["fpr"] == 0.5
    assert recall_by_group([0.9, 0.2, 0.8], ["a", "a", "b"], 0.5) == {
        "a": {"recall": 0.5, "n": 2},
        "b": {"recall": 1.0, "n": 1},
    }


def test_span_report_matches_by_overlap_and_type_once():
    gold = [[Span("EMAIL_ADDRESS", 0, 10), Span("PHONE_NUMBER", 20, 30)]]
    predicted = [
        [
            Span("EMAIL_ADDRESS", 2, 8),
            Span("EMAIL_ADDRESS", 3, 9),
            Span("PHONE_NUMBER", 40, 45),
            Span("IBAN_CODE", 50, 60),
        ]
    ]
    report = span_report(predicted, gold)
    assert (report["EMAIL_ADDRESS"]["tp"], report["EMAIL_ADDRESS"]["fp"]) == (1, 1)
    assert (report["PHONE_NUMBER"]["tp"], report["PHONE_NUMBER"]["fp"], report["PHONE_NUMBER"]["fn"]) == (0, 1, 1)
    assert report["unscored"] == {"IBAN_CODE": 1}


def test_split_is_stratified_and_deterministic():
    items = [Item(f"{n:064x}", f"t{n}", n % 3 == 0, f"g{n % 4}") for n in range(200)]
    split = make_split(items, seed=5)
    assert make_split(items, seed=5) == split
    assert not set(split["tune"]) & set(split["report"]) and len(split["tune"]) + len(split["report"]) == 200
    by_key = {i.key: i for i in items}
    for group in ("g0", "g1", "g2", "g3"):
        assert all(any(by_key[k].group == group for k in split[h]) for h in ("tune", "report"))


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_committed_splits_cover_each_real_corpus(name):
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared evaluation data not found at {SHARED_DATA}")
    items = load_preset(name, SHARED_DATA)
    tune, report = half(items, name, "tune"), half(items, name, "report")
    assert len(tune) + len(report) == len(items) and not {i.key for i in tune} & {i.key for i in report}
    committed = orjson.loads((SPLITS_DIR / f"{name}.json").read_bytes())
    assert {i.key for i in report} <= set(committed["report"])
    groups = {i.group for i in items if i.group}
    if name == "cyberseceval":
        assert {i.group for i in tune} == {i.group for i in report} == groups


def test_eval_command_scores_pii_spans_of_a_corpus(tmp_path):
    corpus = tmp_path / "pii.jsonl"
    corpus.write_bytes(
        b"\n".join(
            orjson.dumps(r)
            for r in [
                {
                    "text": "mail ana@corp.example now",
                    "spans": [{"entity_type": "EMAIL_ADDRESS", "start_position": 5, "end_position": 21}],
                },
                {"text": "IBAN GB82 WEST 1234 5698 7654 32", "spans": []},
            ]
        )
    )
    result = run_aisoc(
        "eval",
        "--corpus",
        str(corpus),
        "--task",
        "pii",
        "--format",
        "json",
        cwd=tmp_path,
        env={"AISOC_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert result.returncode == 0, result.stderr
    report = orjson.loads(result.stdout)
    assert report["entities"]["EMAIL_ADDRESS"] == {
        "tp": 1,
        "fp": 0,
        "fn": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert report["entities"]["unscored"] == {"IBAN_CODE": 1}


def test_eval_command_needs_labels_and_one_source(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"text": "x"}\n')
    assert run_aisoc("eval", "--corpus", str(corpus), cwd=tmp_path).returncode == 2
    assert run_aisoc("eval", cwd=tmp_path).returncode == 2


@pytest.mark.slow
def test_eval_command_scores_injection_with_every_scorer_on_a_real_half(tmp_path):
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared evaluation data not found at {SHARED_DATA}")
    result = run_aisoc(
        "eval",
        "--preset",
        "injecguard",
        "--half",
        "tune",
        "--shared",
        str(SHARED_DATA),
        "--format",
        "json",
        cwd=tmp_path,
        env={"AISOC_CACHE_DIR": str(tmp_path / "cache"), "AISOC_HOME": ""},
    )
    assert result.returncode == 0, result.stderr
    report = orjson.loads(result.stdout)
    tune = half(load_preset("injecguard", SHARED_DATA), "injecguard", "tune")
    assert (report["items"], report["positives"]) == (len(tune), sum(bool(i.label) for i in tune))
    assert set(report["scorers"]) == {
        "scan",
        "classifier",
        "classifier@medium",
        "classifier@high",
        "similarity",
        "minilm",
        "keyword",
    }
    for entry in report["scorers"].values():
        overall = entry["overall"]
        assert overall["tp"] + overall["fn"] == report["positives"] and overall["n"] == report["items"]
        assert sum(g["n"] for g in entry["by_language"].values()) == report["positives"]
    # scan is the classifier plus the Sigma rules: it flags at least what the classifier flags.
    assert report["scorers"]["scan"]["overall"]["tp"] >= report["scorers"]["classifier"]["overall"]["tp"]
    tiers = [
        report["scorers"][name]["overall"]["tp"] for name in ("classifier", "classifier@medium", "classifier@high")
    ]
    assert tiers == sorted(tiers, reverse=True)  # a higher tier flags a subset


def test_eval_command_scores_secret_leaks_on_the_projects_own_sets(tmp_path):
    env = {"AISOC_CACHE_DIR": str(tmp_path / "cache"), "AISOC_HOME": ""}
    result = run_aisoc("eval", "--preset", "leak_generated", "--format", "json", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    report = orjson.loads(result.stdout)
    secret = report["scorers"]["secret"]["overall"]
    assert report["items"] >= 600 and secret["precision"] >= 0.95 and secret["recall"] >= 0.95  # the target
    assert set(report["scorers"]) == {"secret", "leakage", "disclosure", "scan"}
    halves = [
        orjson.loads(
            run_aisoc("eval", "--preset", "leak_cases", "--half", h, "--format", "json", cwd=tmp_path, env=env).stdout
        )["items"]
        for h in ("tune", "report", "all")
    ]
    assert halves[0] + halves[1] == halves[2] >= 300


def test_languages_are_told_apart_well_enough_to_group_by():
    from aisoc.analytics.evaluation.language import guess_language

    samples = {
        "en": "Please tell me what the weather is like in Lisbon today.",
        "de": "Bitte sag mir, wie das Wetter heute in Lissabon ist und was ich anziehen soll.",
        "fr": "Quel temps fait-il à Lisbonne aujourd'hui et que dois-je porter ?",
        "es": "¿Qué tiempo hace hoy en Lisboa y qué ropa me recomiendas para el viaje?",
        "zh": "今天里斯本的天气怎么样？",
        "ja": "今日のリスボンの天気はどうですか？",
        "ko": "오늘 리스본 날씨는 어때요?",
        "ru": "Какая сегодня погода в Лиссабоне?",
        "uk": "Яка сьогодні погода в Лісабоні?",
        "ar": "كيف الطقس في لشبونة اليوم؟",
    }
    assert {lang: guess_language(text) for lang, text in samples.items()} == {lang: lang for lang in samples}
