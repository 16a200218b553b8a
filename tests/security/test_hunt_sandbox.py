"""The hunt sandbox against an analyst who wants more than their role gives (issue 15, findings 2, 6, 9).

* Masking happens in the sandbox's tables, so no SQL function can undo it (finding 6).
* Masking runs inside the query's time budget (finding 2, hunt half).
* Each query spills into a private temp folder of its own, under a memory limit, and cannot read or
  change either (finding 9).
"""

from __future__ import annotations

import base64
import gzip
from pathlib import Path

import orjson
import pytest

from analytics.access import Principal
from analytics.huntsql import HuntQueryError, run_query
from ingest import Warehouse, ingest

CARD = "4111 1111 1111 1111"
CARD_DIGITS = CARD.replace(" ", "")
OTHER_CARD = "5500 0000 0000 0004"
EMAIL = "mia.becker@acme-bank.example"
SECOND_EMAIL = "jonas.weber@acme-bank.example"
ANALYST = Principal.of("ana", "analyst", ["acme-bank"])
RESPONDER = Principal.of("rio", "responder", ["acme-bank"])


def _record(i: int, actor: str, prompt: str) -> dict:
    start = 1792900000.0 + i * 61
    return {"id": f"chatcmpl-hunt-{i}", "call_type": "acompletion", "status": "success", "startTime": start,
            "endTime": start + 0.5, "model": "gpt-4o-mini", "custom_llm_provider": "openai",
            "metadata": {"user_api_key_alias": "portal", "user_api_key_user_id": actor,
                         "requester_ip_address": "203.0.113.66"},
            "end_user": actor, "prompt_tokens": 20, "completion_tokens": 20, "total_tokens": 40,
            "messages": [{"role": "user", "content": prompt}],
            "response": {"choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": "noted"}}]}}


def _ingest(warehouse: Warehouse, folder: Path, tenant: str, records: list[dict]) -> None:
    folder.mkdir(parents=True)
    with gzip.open(folder / "gateway-litellm.jsonl.gz", "wb") as handle:
        handle.writelines(orjson.dumps(r) + b"\n" for r in records)
    ingest([str(folder)], warehouse, tenant=tenant, source="openai_gateway")


@pytest.fixture
def card_wh(tmp_path) -> Warehouse:
    """acme-bank: two prompts with a card number, from two e-mail actors; globex: its own card."""
    warehouse = Warehouse(tmp_path / "wh")
    _ingest(warehouse, tmp_path / "acme", "acme-bank", [
        _record(0, EMAIL, f"please refund card {CARD} today"),
        _record(1, SECOND_EMAIL, f"my card is {CARD}, thanks"),
        _record(2, SECOND_EMAIL, "what is the weather"),
    ])
    _ingest(warehouse, tmp_path / "globex", "globex-insurance",
            [_record(3, "luca@globex.example", f"card {OTHER_CARD}")])
    return warehouse


def _cells(result) -> list[str]:
    return [str(cell) for row in result.rows.iter_rows() for cell in row if cell is not None]


# --- finding 6: masking is in the tables, not on the output ------------------------------------

@pytest.mark.parametrize("sql, undo", [
    ("SELECT hex(prompt) FROM events", lambda cell: bytes.fromhex(cell).decode("utf-8", "replace")),
    ("SELECT reverse(prompt) FROM events", lambda cell: cell[::-1]),
    ("SELECT upper(prompt) FROM events", lambda cell: cell),
    ("SELECT to_base64(encode(prompt)) FROM events", lambda cell: base64.b64decode(cell).decode("utf-8", "replace")),
    ("SELECT regexp_replace(prompt, '[^0-9]', '', 'g') FROM events", lambda cell: cell),
    ("SELECT string_agg(substr(prompt, i::INT, 1), '|') FROM events, range(1, 60) r(i) GROUP BY event_id",
     lambda cell: cell.replace("|", "")),
    ("SELECT list_transform(string_split(prompt, ''), lambda c: ascii(c))::VARCHAR FROM events",
     lambda cell: "".join(chr(int(n)) for n in cell.strip("[]").split(", ") if n)),
])
def test_no_sql_function_unmasks_a_stored_card_number(card_wh, sql, undo):
    cells = _cells(run_query(card_wh, ANALYST, sql))
    assert cells, "the query found the events"
    for cell in cells:
        assert CARD_DIGITS not in undo(cell).replace(" ", "")


def test_a_masked_value_cannot_be_probed_with_a_filter(card_wh):
    probe = f"SELECT count(*) FROM events WHERE prompt LIKE '%{CARD}%' OR regexp_matches(raw, '4111.?1111')"
    assert run_query(card_wh, ANALYST, probe).rows.item() == 0
    assert run_query(card_wh, RESPONDER, probe).rows.item() == 2


def test_principals_with_unmask_see_the_raw_text(card_wh):
    result = run_query(card_wh, RESPONDER, "SELECT prompt FROM events WHERE prompt LIKE '%refund%'")
    assert CARD in result.rows.item() and not result.masked


def test_masked_tables_keep_the_tenant_scope(card_wh):
    result = run_query(card_wh, ANALYST, "SELECT DISTINCT tenant FROM events")
    assert result.rows.to_series().to_list() == ["acme-bank"] and result.masked
    for who in (ANALYST, RESPONDER):
        assert run_query(card_wh, who, "SELECT count(*) FROM events").rows.item() == 3
    assert run_query(card_wh, Principal.of("gil", "analyst", ["globex-insurance"]),
                     "SELECT count(*) FROM events").rows.item() == 1


def test_masked_actors_still_group_apart_without_showing_the_address(card_wh):
    rows = run_query(card_wh, ANALYST, "SELECT actor_id, count(*) AS n FROM events GROUP BY 1 ORDER BY 2").rows
    assert rows["n"].to_list() == [1, 2], "two actors stay two groups"
    assert all("@" not in actor and actor.startswith("[EMAIL_ADDRESS·") for actor in rows["actor_id"])


# --- finding 2 (hunt half): masking counts against the time budget ------------------------------

@pytest.fixture
def hostile_wh(tmp_path) -> Warehouse:
    """Prompts of repeated IP addresses: expensive to mask, written by whoever writes the logs."""
    warehouse = Warehouse(tmp_path / "wh")
    _ingest(warehouse, tmp_path / "hostile", "acme-bank",
            [_record(i, EMAIL, f"{i} " + "1.2.3.4 " * 4_000) for i in range(6)])
    return warehouse


def test_masking_stored_text_is_stopped_by_the_query_time_limit(hostile_wh):
    with pytest.raises(HuntQueryError, match="ran longer than 0.05 s and was stopped"):
        run_query(hostile_wh, ANALYST, "SELECT count(*) FROM events", timeout=0.05)


def test_a_stopped_masking_leaves_nothing_half_masked(hostile_wh):
    with pytest.raises(HuntQueryError, match="longer than .* run it again to continue"):
        run_query(hostile_wh, ANALYST, "SELECT prompt FROM events", timeout=0.05)
    result = run_query(hostile_wh, ANALYST, "SELECT prompt FROM events", timeout=600)
    assert result.rows.height == 6 and not any("1.2.3.4" in p for p in result.rows["prompt"])


def test_an_analysts_own_literal_text_is_not_masked_nor_slowed(card_wh):
    # Nothing stored is in this result, so there is nothing to mask (finding 2 ran 12 s here).
    result = run_query(card_wh, ANALYST, "SELECT repeat('1.2.3.4 ', 16000) AS x FROM range(3)", timeout=3)
    assert result.rows["x"].to_list() == ["1.2.3.4 " * 16000] * 3


# --- finding 9: a private temp folder and a memory limit, neither changeable --------------------

def _temp_dir(warehouse, principal=ANALYST) -> str:
    return run_query(warehouse, principal, "SELECT current_setting('temp_directory')").rows.item()


def test_each_query_spills_into_a_fresh_folder_that_is_gone_afterwards(card_wh):
    first, second = _temp_dir(card_wh), _temp_dir(card_wh)
    assert first != second
    for folder in (first, second):
        assert Path(folder).is_absolute() and not Path(folder).exists()


def test_another_querys_spill_files_and_the_default_temp_folder_are_out_of_reach(card_wh, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".tmp").mkdir()  # DuckDB's default temp folder for an in-memory database
    (tmp_path / ".tmp" / "duckdb_temp_block-1.block").write_text(f"spilled {CARD}")
    for sql in ("SELECT * FROM glob('.tmp/*')", "SELECT content FROM read_text('.tmp/duckdb_temp_block-1.block')",
                f"SELECT * FROM glob('{tmp_path}/.tmp/*')"):
        with pytest.raises(HuntQueryError, match="disabled by configuration|Permission"):
            run_query(card_wh, ANALYST, sql)


def test_queries_run_under_a_memory_limit(card_wh, monkeypatch):
    limit = run_query(card_wh, ANALYST, "SELECT current_setting('memory_limit')", memory_limit="64MB").rows.item()
    assert limit.endswith("MiB") and float(limit.split()[0]) <= 64
    with pytest.raises(HuntQueryError, match="Out of Memory"):
        run_query(card_wh, ANALYST, "SELECT sum(len(s)) FROM (SELECT list(range) s FROM range(50000000))",
                  memory_limit="64MB")
    monkeypatch.setenv("AISOC_HUNT_MEMORY_LIMIT", "96MB")
    assert run_query(card_wh, ANALYST, "SELECT current_setting('memory_limit')").rows.item().startswith("91")
    monkeypatch.setenv("AISOC_HUNT_MEMORY_LIMIT", "lots")
    with pytest.raises(HuntQueryError, match="AISOC_HUNT_MEMORY_LIMIT"):
        run_query(card_wh, ANALYST, "SELECT 1")


@pytest.mark.parametrize("statement", [
    "SET memory_limit = '100GB'", "SET temp_directory = '/tmp'", "RESET temp_directory",
    "SET max_temp_directory_size = '1TB'", "SET enable_external_access = true", "SET lock_configuration = false",
])
def test_the_sealed_connection_refuses_every_setting(statement):
    from analytics.huntsql.sandbox import sealed_connection

    with sealed_connection({}, threads=1, memory_limit="64MB") as con:
        with pytest.raises(Exception, match="locked"):
            con.execute(statement)
