"""Every shipped enrichment query runs on real cases of the demo set, held to the case's tenants;
the ones the issue names find what they are for."""

from __future__ import annotations

import orjson
import pytest

from aisoc.analytics import cases
from aisoc.analytics.cases import CaseError
from aisoc.playbooks import load_library

from .conftest import principal


@pytest.fixture(scope="module")
def worked(cases_template, tmp_path_factory):
    """One case per playbook the demo alerts name, with every enrichment step run."""
    import shutil

    from aisoc.ingest import Warehouse

    wh = Warehouse(shutil.copytree(cases_template, tmp_path_factory.mktemp("enrich") / "wh"))
    library = load_library()
    admin = principal("admin")
    with wh.state() as con:
        firsts = con.execute(
            "SELECT playbook, min(id) FROM alerts WHERE playbook IS NOT NULL GROUP BY playbook ORDER BY playbook"
        ).fetchall()
    results: dict[tuple[str, str], object] = {}
    for playbook_id, alert_id in firsts:
        case_id = cases.open_case(wh, admin, [alert_id], library)
        case = cases.get_case(wh, admin, case_id)
        for task in case.tasks:
            if task.type != "enrichment":
                continue
            query = library.get(playbook_id).step(task.step_id).query
            try:
                done = cases.run_enrichment(wh, admin, case_id, task.number, library)
            except CaseError as exc:  # the evidence names no such fact: a clear refusal, never a crash
                assert "the case has no" in str(exc)
                results[(playbook_id, query)] = exc
            else:
                _, content = cases.evidence_content(wh, admin, case_id, done.evidence_seq)
                results[(playbook_id, query)] = orjson.loads(content)
    return wh, results


@pytest.mark.slow
def test_most_queries_run_and_find_rows(worked):
    _, results = worked
    ran = {key: r for key, r in results.items() if isinstance(r, dict)}
    assert len(results) >= 20 and len(ran) >= 0.6 * len(results), {k: str(v)[:80] for k, v in results.items()}
    assert sum(1 for r in ran.values() if r["rows"]) >= 0.5 * len(ran)
    for result in ran.values():
        assert len(result["rows"]) <= 500 and result["columns"]


def test_the_actor_s_history(worked):
    _, results = worked
    history = results[("pb-prompt-injection", "actor-history")]
    assert history["rows"] and set(history["params"]) == {"actor_id", "since", "until"}
    assert {row["tenant"] for row in history["rows"]} == {"globex-insurance"}


def test_other_tenants_touched_by_a_cross_tenant_retrieval(worked):
    _, results = worked
    touched = results[("pb-rag-cross-tenant", "tenants-touched")]
    assert touched["rows"], touched
    assert all(row["owner_tenant"] != row["requesting_tenant"] for row in touched["rows"])


def test_the_blast_radius_of_a_leak(worked):
    _, results = worked
    exposure = results[("pb-secret-leak", "exposure")]
    assert exposure["rows"] and sum(row["responses"] for row in exposure["rows"]) >= 1


def test_a_scoped_responder_runs_queries_only_over_their_tenant(case_wh):
    library = load_library()
    with case_wh.state() as con:
        alert_id = con.execute(
            "SELECT id FROM alerts WHERE tenant = 'acme-bank' AND playbook = 'pb-pii-leak' ORDER BY id LIMIT 1"
        ).fetchone()[0]
    rio = principal("rio")  # acme-bank only
    case_id = cases.open_case(case_wh, rio, [alert_id], library, playbook_id="pb-unbounded-consumption")
    number = next(
        t.number
        for t in cases.get_case(case_wh, rio, case_id).tasks
        if t.type == "enrichment" and library.get("pb-unbounded-consumption").step(t.step_id).query == "consumption"
    )
    done = cases.run_enrichment(case_wh, rio, case_id, number, library)
    _, content = cases.evidence_content(case_wh, rio, case_id, done.evidence_seq)
    result = orjson.loads(content)
    assert result["params"]["tenant"] == "acme-bank"
    # the sandbox holds acme-bank's events only: every actor in the result is one of theirs
    actors = {row["actor_id"] for row in result["rows"]}
    assert actors and not any("globex" in (a or "") or "initech" in (a or "") for a in actors)
