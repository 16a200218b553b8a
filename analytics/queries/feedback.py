"""What triage teaches the similarity detector and the classifier.

Closing a similarity alert as a false positive (or benign) puts its evidence prompts on the
allow-list (``corpora/allow/triage.jsonl``); confirming one puts them in the learned attacks
(``corpora/learned/triage.jsonl``) under the alert's label. Closing a classifier alert as a false
positive puts its prompts on the classifier's allow-list (``corpora/allow/classifier.jsonl``).

Every line carries the alert's tenant, and applies to that tenant's events only: one tenant's
analyst can neither teach nor silence the detectors for another, and a prompt learned in one
tenant is never shown to another under "similar known attacks" (``analytics.detectors.Store``).
The seed corpus and the shipped weights are never changed.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import orjson

import aisoc.analytics.alerting.tables  # noqa: F401 - registers the tables queried here
from aisoc.analytics.access import Principal
from aisoc.analytics.detectors import Store
from aisoc.analytics.queries.events import unmasked_events
from aisoc.ingest.warehouse import Warehouse

__all__ = ["learn"]

_FILE = "triage"
_CLASSIFIER_FILE = "classifier"


def learn(
    warehouse: Warehouse, principal: Principal, con: duckdb.DuckDBPyConnection, alert_ids: Sequence[str], verdict: str
) -> int:
    """Add the prompts behind these alerts to the allow-list or the learned attacks; returns how many."""
    rows = con.execute(
        "SELECT detector, rule_id, tenant, evidence_event_ids, first_seen, last_seen FROM alerts "
        "WHERE id IN (SELECT unnest(?)) AND (detector = 'similarity' "
        "AND rule_id NOT LIKE 'similarity.obfuscation.%' OR detector = 'classifier' "
        "AND rule_id <> 'classifier.response_disclosure')",
        [list(alert_ids)],
    ).fetchall()
    added = 0
    store = Store(warehouse.root)
    store.settle_unscoped()  # older lines get their tenant before new ones join them
    for detector, rule_id, tenant, evidence, first_seen, last_seen in rows:
        if detector == "classifier" and verdict == "true_positive":
            continue  # the weights are retrained from the manifest, not from triage
        events = unmasked_events(
            warehouse,
            principal,
            orjson.loads(evidence),
            since=first_seen,
            until=last_seen,
            tenants=None if tenant is None else [tenant],
        )
        label = "benign" if verdict != "true_positive" else rule_id.removeprefix("similarity.")
        records = [
            {"id": f"triage-{e['event_id']}", "label": label, "text": e["prompt"], "tenant": tenant}
            for e in events.select("event_id", "prompt").iter_rows(named=True)
            if e["prompt"]
        ]
        kind = "learned" if verdict == "true_positive" else "allow"
        added += store.add_examples(kind, _CLASSIFIER_FILE if detector == "classifier" else _FILE, records)
    return added
