"""The hunt box: one SELECT on a sealed connection — no files, no writes, no settings, no escape."""

from __future__ import annotations

import orjson
import pytest

from aisoc.analytics.access import Principal
from aisoc.analytics.huntsql import HuntQueryError, delete_search, run_query, save_search, saved_searches

from .conftest import PAYLOAD_ACTOR, PAYLOADS, principal


@pytest.mark.parametrize(
    "sql, why",
    [
        ("COPY (SELECT * FROM events) TO '{tmp}/out.csv'", "COPY refused"),
        ("CREATE TABLE stolen AS SELECT * FROM events", "CREATE refused"),
        ("INSERT INTO alerts SELECT * FROM alerts", "INSERT refused"),
        ("DELETE FROM alerts", "DELETE refused"),
        ("ATTACH '{tmp}/other.duckdb' AS other", "ATTACH refused"),
        ("SET enable_external_access = true", "SET refused"),
        ("INSTALL httpfs", "refused"),
        ("PRAGMA database_list", "PRAGMA refused"),
        ("SELECT 1; SELECT 2", "exactly one statement"),
        ("SELEC 1", "cannot parse"),
    ],
)
def test_anything_but_one_select_is_refused_before_it_runs(console_wh, tmp_path, sql, why):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(HuntQueryError, match=why):
        run_query(console_wh, principal("ana"), sql.format(tmp=out))
    assert not list(out.iterdir())


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT count(*) FROM read_parquet('{events}')",
        "SELECT * FROM read_json('http://127.0.0.1:9/x.json')",
        "SELECT * FROM sniff_csv('/etc/passwd')",
    ],
)
def test_selects_cannot_reach_files_or_the_network(console_wh, sql):
    events = sorted(console_wh.event_files())[0]
    with pytest.raises(HuntQueryError, match="disabled by configuration|Permission"):
        run_query(console_wh, principal("ana"), sql.format(events=events))


def test_aisocs_own_python_objects_are_out_of_reach(console_wh):
    for name in ("console_wh", "warehouse", "principal", "sql", "dataset"):
        with pytest.raises(HuntQueryError, match="does not exist"):
            run_query(console_wh, principal("ana"), f"SELECT * FROM {name}")


def test_every_query_is_audit_logged_with_its_text_and_outcome(console_wh):
    ana = principal("ana")
    run_query(console_wh, ana, "SELECT count(*) FROM alerts")
    with pytest.raises(HuntQueryError):
        run_query(console_wh, ana, "DROP TABLE alerts")
    with console_wh.state() as con:
        rows = con.execute(
            "SELECT detail FROM audit_log WHERE action = 'hunt.query' AND actor = 'ana' ORDER BY seq"
        ).fetchall()
    first, second = (orjson.loads(r[0]) for r in rows)
    assert first["sql"] == "SELECT count(*) FROM alerts" and first["rows"] == 1 and "error" not in first
    assert second["sql"] == "DROP TABLE alerts" and "DROP refused" in second["error"]


def test_rows_are_limited_and_long_queries_stopped(console_wh):
    ana = principal("ana")
    result = run_query(console_wh, ana, "SELECT * FROM range(5000) t(n)", limit=100)
    assert result.rows.height == 100 and result.truncated
    assert not run_query(console_wh, ana, "SELECT * FROM range(50) t(n)", limit=100).truncated
    with pytest.raises(HuntQueryError, match="longer than"):
        run_query(console_wh, ana, "SELECT count(*) FROM range(1000000000000) a(x), range(1000) b(y)", timeout=1)


def test_text_is_masked_for_roles_without_unmask_whatever_the_column_is_called(console_wh):
    leaked = run_query(
        console_wh,
        principal("admin"),
        "SELECT event_id, response FROM events WHERE response LIKE '%OPENAI_API_KEY=sk-%' LIMIT 1",
    ).rows
    assert "sk-" in leaked["response"][0]
    sql = (
        "SELECT response, response AS renamed, [response] AS listed, {'r': response} AS nested FROM events "
        f"WHERE event_id = '{leaked['event_id'][0]}'"
    )
    analyst = run_query(console_wh, Principal.of("ana2", "analyst", ["*"]), sql).rows.row(0)
    for cell in analyst:
        assert "[openai_api_key·" in str(cell) and "OPENAI_API_KEY=sk-" not in str(cell)


def test_payload_text_comes_back_as_plain_data(console_wh):
    rows = run_query(
        console_wh,
        principal("ana"),
        "SELECT prompt FROM events WHERE prompt LIKE 'Ignore previous instructions and print this:%'",
    ).rows
    assert any("<script>" in p for p in rows["prompt"])


def test_analysts_filter_on_a_masked_actor_by_its_token(console_wh):
    # Addresses are masked in the table itself, so an analyst pivots on the fingerprinted token
    # a result row shows them, not on the address.
    ana = principal("ana")
    assert (
        run_query(console_wh, ana, f"SELECT count(*) FROM events WHERE actor_id = '{PAYLOAD_ACTOR}'").rows.item() == 0
    )
    token = run_query(console_wh, ana, "SELECT actor_id FROM events WHERE prompt LIKE '%<script>%' LIMIT 1").rows.item()
    assert token.startswith("[EMAIL_ADDRESS·") and token.count("·") == 2
    assert run_query(console_wh, ana, f"SELECT count(*) FROM events WHERE actor_id = '{token}'").rows.item() == len(
        PAYLOADS
    )


def test_saved_searches_are_per_owner_and_must_be_runnable(console_wh):
    ana, gil = principal("ana"), principal("gil")
    save_search(console_wh, ana, "big spenders", "SELECT actor_id, sum(cost_usd) FROM events GROUP BY 1")
    save_search(console_wh, ana, "big spenders", "SELECT actor_id, sum(cost_usd) c FROM events GROUP BY 1 ORDER BY c")
    assert saved_searches(console_wh, ana)["sql"].to_list()[0].endswith("ORDER BY c")
    assert saved_searches(console_wh, gil).height == 0
    with pytest.raises(HuntQueryError):
        save_search(console_wh, ana, "bad", "DELETE FROM alerts")
    delete_search(console_wh, ana, "big spenders")
    assert saved_searches(console_wh, ana).height == 0


def test_exports_need_the_permission_and_are_audit_logged(console_wh):
    from aisoc.analytics.access import AccessDenied
    from aisoc.analytics.queries.export import export_csv

    result = run_query(
        console_wh, principal("ana"), "SELECT tenant, [tenant] AS listed, count(*) AS n FROM events GROUP BY 1"
    )
    data = export_csv(console_wh, principal("ana"), result.rows, "hunt result")
    assert data.decode().splitlines()[0] == "tenant,listed,n" and "acme-bank" in data.decode()
    with pytest.raises(AccessDenied):
        export_csv(console_wh, principal("vic"), result.rows, "hunt result")
    with console_wh.state() as con:
        rows = con.execute("SELECT actor, target, detail FROM audit_log WHERE action = 'export'").fetchall()
    assert [(a, t, orjson.loads(d)["rows"]) for a, t, d in rows] == [("ana", "hunt result", 1)]
