"""The committed demo set: reproducible from its manifest, and ingested whole by ``make demo``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import polars as pl

from aisoc.ingest import Warehouse, ingest
from aisoc.sample_logs import generate

from .conftest import REPO

DEMO = REPO / "sample_logs" / "demo"
TENANTS = ("acme-bank", "globex-insurance", "initech-pay")


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_regenerating_the_demo_set_gives_the_committed_bytes(tmp_path):
    args = orjson.loads((DEMO / "manifest.json").read_bytes())["args"]
    generate(
        tmp_path / "demo",
        events=args["events"],
        days=args["days"],
        seed=args["seed"],
        end=date.fromisoformat(args["end"]),
    )
    assert _files(tmp_path / "demo") == _files(DEMO)


def test_demo_ingest_reconciles_and_stores_every_labelled_attack(tmp_path):
    warehouse = Warehouse(tmp_path / "wh")
    # the same calls as `make demo`: shared logs carry tenant fields, per-tenant folders do not
    reports = [ingest([str(DEMO / "logs" / "shared")], warehouse)]
    reports += [ingest([str(DEMO / "logs" / t)], warehouse, tenant=t) for t in TENANTS]
    manifest = orjson.loads((DEMO / "manifest.json").read_bytes())
    assert all(r.reconciles for r in reports)
    assert sum(r.read for r in reports) == sum(r.stored for r in reports) == manifest["args"]["events"]
    assert sum(r.quarantined for r in reports) == 0

    events = warehouse.scan_events().select("event_id", "tenant", "source_ref").collect()
    labels = pl.read_ndjson(DEMO / "labels.jsonl")
    joined = labels.join(events, on="event_id", how="left", suffix="_stored")
    assert joined["tenant_stored"].null_count() == 0, "every labelled attack event is stored"
    assert (joined["tenant"] == joined["tenant_stored"]).all()
    assert all(
        ref.endswith(label_ref.split("/", 1)[1])
        for ref, label_ref in zip(joined["source_ref_stored"], joined["source_ref"])
    )
    assert set(events["tenant"].unique()) == set(TENANTS)

    # Deduplication is per tenant: the same calls again add nothing.
    again = [ingest([str(DEMO / "logs" / "shared")], warehouse)]
    again += [ingest([str(DEMO / "logs" / t)], warehouse, tenant=t) for t in TENANTS]
    assert (sum(r.stored for r in again), sum(r.duplicates for r in again)) == (0, manifest["args"]["events"])
