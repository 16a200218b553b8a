"""Everything the alert page shows about one alert, for one principal.

The alert, its triage, its evidence events (masked unless the principal unmasks, which is
audit-logged), where the rule matched in them, related alerts, and the entity's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import polars as pl

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal, recorded
from aisoc.analytics.access.masking import TEXT_FIELDS, mask_frame, mask_text, segments
from aisoc.analytics.access.scope import scope_clause
from aisoc.analytics.alerting import Alert, AlertError
from aisoc.analytics.alerting.store import get_alert
from aisoc.analytics.detectors import DetectorOptions, Store, similarity_detector
from aisoc.analytics.queries.events import EventPage, entity_timeline, unmasked_events
from aisoc.analytics.queries.spans import Span, alert_spans
from aisoc.ingest.kernel.state import query_frame
from aisoc.ingest.warehouse import Warehouse

__all__ = [
    "AlertDetail",
    "alert_detail",
    "related_alerts",
    "timeline",
    "similar_prompts",
    "classifier_breakdown",
    "classifier_tiers",
]


@dataclass
class AlertDetail:
    alert: Alert
    triage: dict
    evidence: pl.DataFrame  # unmasked only when ``unmasked``
    # (event id, field) -> the field's text cut into (piece, matched) pieces, masked unless unmasked
    marked: dict[tuple[str, str], list[tuple[str, bool]]]
    unmasked: bool
    related: pl.DataFrame = field(default_factory=pl.DataFrame)


def _visible_alert(con, principal: Principal, alert_id: str) -> Alert:
    alert = get_alert(con, alert_id)
    if not principal.sees(alert.tenant):
        raise AlertError(f"no alert {alert_id!r}")  # the same answer as for an id that does not exist
    return alert


def alert_detail(warehouse: Warehouse, principal: Principal, alert_id: str, *, unmask: bool = False) -> AlertDetail:
    principal.require("view")
    if unmask:
        principal.require("unmask")
    with warehouse.state() as con:
        alert = _visible_alert(con, principal, alert_id)  # only an alert in scope is unmasked, and logged
        row = con.execute(
            "SELECT assignee, verdict, reason, updated_by, updated_at FROM alert_triage WHERE alert_id = ?", [alert_id]
        ).fetchone()
    if unmask:
        with recorded(warehouse, principal.name, "alert.unmask", alert_id):
            pass
    triage = dict(zip(("assignee", "verdict", "reason", "updated_by", "updated_at"), row or (None,) * 5))
    raw = unmasked_events(
        warehouse,
        principal,
        alert.evidence_event_ids,
        since=alert.first_seen,
        until=alert.last_seen,
        tenants=None if alert.tenant is None else [alert.tenant],
    )
    marked = _marked(raw, alert_spans(alert.detector, alert.rule_id, raw), unmask)
    return AlertDetail(
        alert,
        triage,
        raw if unmask else mask_frame(raw, TEXT_FIELDS),
        marked,
        unmask,
        related_alerts(warehouse, principal, alert),
    )


def _marked(raw: pl.DataFrame, spans: list[Span], unmask: bool) -> dict[tuple[str, str], list[tuple[str, bool]]]:
    """Spans are offsets into the stored text, so the stored text is cut (and masked) here, in one pass."""
    by_field: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for span in spans:
        by_field.setdefault((span.event_id, span.field), []).append((span.start, span.end))
    texts = {
        (row["event_id"], name): row[name] for row in raw.iter_rows(named=True) for name in TEXT_FIELDS if name in row
    }
    return {
        key: segments(texts[key], marks, unmask=unmask)
        for key, marks in by_field.items()
        if isinstance(texts.get(key), str)
    }


def related_alerts(warehouse: Warehouse, principal: Principal, alert: Alert, *, limit: int = 20) -> pl.DataFrame:
    """Other alerts on the same entity, or sharing an evidence event, newest first."""
    clause, args = scope_clause(principal)
    with warehouse.state() as con:
        return query_frame(
            con,
            f"SELECT a.id, a.severity, a.status, a.title, a.detector, a.entity, a.first_seen, a.last_seen, a.count "
            f"FROM alerts a WHERE a.id <> ? AND {clause} AND ((a.entity IS NOT NULL AND a.entity = ?) OR "
            f"len(list_intersect(CAST(a.evidence_event_ids AS VARCHAR[]), CAST(? AS VARCHAR[]))) > 0) "
            f"ORDER BY a.last_seen DESC, a.id LIMIT ?",
            [alert.id, *args, alert.entity, list(alert.evidence_event_ids), limit],
        )


def timeline(
    warehouse: Warehouse, principal: Principal, alert: Alert, *, offset: int = 0, limit: int = 50, unmask: bool = False
) -> EventPage:
    """The alert entity's events around the alert."""
    if not alert.entity:
        return EventPage(pl.DataFrame(), 0, offset)
    return entity_timeline(
        warehouse,
        principal,
        alert.entity,
        around=(alert.first_seen, alert.last_seen),
        offset=offset,
        limit=limit,
        unmask=unmask,
    )


def _similarity(root: str, embedder=None):
    store = Store(Path(root))
    return _similarity_for(root, _corpora_state(store), embedder)


@lru_cache(maxsize=2)
def _similarity_for(root: str, corpora: tuple, embedder=None):
    # ``corpora`` is only the cache key: a verdict given since the last load shows at once.
    return similarity_detector(DetectorOptions(store=Store(Path(root)), embedder=embedder))


def _corpora_state(store: Store) -> tuple:
    folder = store.root / "corpora"
    files = sorted(folder.glob("*/*.jsonl")) if folder.is_dir() else []
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def similar_prompts(
    warehouse: Warehouse,
    principal: Principal,
    alert: Alert,
    *,
    k: int = 5,
    embedder: tuple | None = None,
    unmask: bool = False,
) -> pl.DataFrame:
    """For each evidence prompt, the ``k`` nearest known attacks: the seed and admin-added corpora,
    and what triage learned in the alert's own tenant — never another tenant's entries.

    Each row names the entry's ``tenant`` (null for global ones). Learned text came from events,
    so every entry is masked like evidence unless ``unmask`` (which the caller has checked and logged).
    Loads the embedding model on first use (MiniLM, offline); ``embedder`` is the test seam of
    ``analytics.detectors.DetectorOptions``.
    """
    principal.require("view")
    if not principal.sees(alert.tenant):
        raise AlertError(f"no alert {alert.id!r}")
    if unmask:
        principal.require("unmask")
    raw = unmasked_events(
        warehouse,
        principal,
        alert.evidence_event_ids,
        since=alert.first_seen,
        until=alert.last_seen,
        tenants=None if alert.tenant is None else [alert.tenant],
    )
    detector = _similarity(str(warehouse.root), embedder)
    rows = []
    for event in raw.select("event_id", "prompt").iter_rows(named=True):
        if event["prompt"]:
            for example, cosine in detector.similar(event["prompt"], k, tenant=alert.tenant):
                if example.tenant is not None and not principal.sees(example.tenant or None):
                    continue  # never reached (the detector scopes by tenant); kept as the last guard
                shown = example.text if unmask else mask_text(example.text)  # any corpus line may hold PII
                rows.append(
                    {
                        "event_id": event["event_id"],
                        "cosine": round(cosine, 3),
                        "label": example.label,
                        "technique": example.technique,
                        "known_attack": shown,
                        "corpus": example.kind,
                        "tenant": example.tenant,
                    }
                )
    return pl.DataFrame(
        rows,
        schema={
            "event_id": pl.String,
            "cosine": pl.Float64,
            "label": pl.String,
            "technique": pl.String,
            "known_attack": pl.String,
            "corpus": pl.String,
            "tenant": pl.String,
        },
    )


def classifier_breakdown(warehouse: Warehouse, principal: Principal, alert: Alert) -> pl.DataFrame:
    """For a classifier alert: each evidence text's class probabilities under the shipped model
    (prompt model for prompts, response model for responses) and the tier each reaches.

    Probabilities are numbers, so nothing here repeats the (masked or not) event text.
    """
    from aisoc.detections.classifier import prompt_model, response_model, score_texts

    field = "response" if alert.rule_id == "classifier.response_disclosure" else "prompt"
    model = response_model() if field == "response" else prompt_model()
    raw = unmasked_events(
        warehouse,
        principal,
        alert.evidence_event_ids,
        since=alert.first_seen,
        until=alert.last_seen,
        tenants=None if alert.tenant is None else [alert.tenant],
    )
    rows = []
    if field in raw.columns:
        events = [e for e in raw.select("event_id", field).iter_rows(named=True) if e[field]]
        texts = [e[field] for e in events]
        for event, verdict, probs in zip(events, score_texts(model, texts), model.probabilities(texts)):
            row = {
                "event_id": event["event_id"],
                "p_attack": round(verdict.score, 3),
                "tier": model.tier(verdict.score) or "below low",
            }
            row.update({f"p_{name}": round(float(p), 3) for name, p in zip(model.classes, probs)})
            rows.append(row)
    return pl.DataFrame(rows)


def classifier_tiers(alert: Alert) -> list[tuple[str, float]]:
    """The tiers of the model behind a classifier alert, lowest first."""
    from aisoc.detections.classifier import prompt_model, response_model

    model = response_model() if alert.rule_id == "classifier.response_disclosure" else prompt_model()
    return sorted(model.tiers.items(), key=lambda item: item[1])
