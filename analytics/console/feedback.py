"""What triage teaches the similarity detector and the classifier.

Closing a similarity alert as a false positive (or benign) puts its evidence prompts on the
allow-list (``corpora/allow/triage.jsonl``); confirming one puts them in the learned attacks
(``corpora/learned/triage.jsonl``) under the alert's label. The next detection run's index
includes them. Closing a classifier alert as a false positive puts its prompts on the allow-list
of the alert's tenant only (``corpora/allow/classifier.jsonl``, each line with its tenant): the
classifier stops flagging that text for that tenant, and other tenants are not affected. The
seed corpus and the shipped weights are never changed.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import orjson

from analytics.access import Principal
from analytics.detectors import Store
from ingest.warehouse import Warehouse

from .events import unmasked_events

__all__ = ["learn"]

_FILE = "triage"
_CLASSIFIER_FILE = "classifier"


def learn(warehouse: Warehouse, principal: Principal, con: duckdb.DuckDBPyConnection, alert_ids: Sequence[str],
          verdict: str) -> int:
    """Add the prompts behind these alerts to the allow-list or the learned attacks; returns how many."""
    rows = con.execute("SELECT detector, rule_id, tenant, evidence_event_ids, first_seen, last_seen FROM alerts "
                       "WHERE id IN (SELECT unnest(?)) AND (detector = 'similarity' "
                       "AND rule_id NOT LIKE 'similarity.obfuscation.%' OR detector = 'classifier' "
                       "AND rule_id <> 'classifier.response_disclosure')", [list(alert_ids)]).fetchall()
    added = 0
    store = Store(warehouse.root)
    for detector, rule_id, tenant, evidence, first_seen, last_seen in rows:
        if detector == "classifier" and verdict == "true_positive":
            continue  # the weights are retrained from the manifest, not from triage
        events = unmasked_events(warehouse, principal, orjson.loads(evidence), since=first_seen, until=last_seen)
        label = "benign" if verdict != "true_positive" else rule_id.removeprefix("similarity.")
        scope = {"tenant": tenant} if detector == "classifier" else {}
        records = [{"id": f"triage-{e['event_id']}", "label": label, "text": e["prompt"], **scope}
                   for e in events.select("event_id", "prompt").iter_rows(named=True) if e["prompt"]]
        kind = "learned" if verdict == "true_positive" else "allow"
        added += store.add_examples(kind, _CLASSIFIER_FILE if detector == "classifier" else _FILE, records)
    return added
