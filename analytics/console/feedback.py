"""What triage teaches the similarity detector.

Closing a similarity alert as a false positive (or benign) puts its evidence prompts on the
allow-list (``corpora/allow/triage.jsonl``); confirming one puts them in the learned attacks
(``corpora/learned/triage.jsonl``) under the alert's label. The next detection run's index
includes them. The seed corpus that ships with aisoc is never changed.
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


def learn(warehouse: Warehouse, principal: Principal, con: duckdb.DuckDBPyConnection, alert_ids: Sequence[str],
          verdict: str) -> int:
    """Add the prompts behind these alerts to the allow-list or the learned attacks; returns how many."""
    rows = con.execute("SELECT rule_id, evidence_event_ids, first_seen, last_seen FROM alerts "
                       "WHERE id IN (SELECT unnest(?)) AND detector = 'similarity' "
                       "AND rule_id NOT LIKE 'similarity.obfuscation.%'", [list(alert_ids)]).fetchall()
    added = 0
    store = Store(warehouse.root)
    for rule_id, evidence, first_seen, last_seen in rows:
        events = unmasked_events(warehouse, principal, orjson.loads(evidence), since=first_seen, until=last_seen)
        label = "benign" if verdict != "true_positive" else rule_id.removeprefix("similarity.")
        records = [{"id": f"triage-{e['event_id']}", "label": label, "text": e["prompt"]}
                   for e in events.select("event_id", "prompt").iter_rows(named=True) if e["prompt"]]
        kind = "learned" if verdict == "true_positive" else "allow"
        added += store.add_examples(kind, _FILE, records)
    return added
