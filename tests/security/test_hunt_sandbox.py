"""The hunt sandbox against an analyst who wants more than their role gives (issue 15, findings 2, 6, 9).

* Masking happens in the sandbox's tables, so no SQL function can undo it (finding 6).
* Masking runs inside the query's time budget (finding 2, hunt half).
* Each query spills into a private temp folder of its own, under a memory limit, and cannot read or
  change either (finding 9).
* Review follow-up: only the principal's tenants are masked for them, progress is kept in parts
  bounded by text, the value cache is bounded by characters, and the result is masked again.
"""

from __future__ import annotations

import base64
import gzip
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from aisoc.analytics.access import Principal
from aisoc.analytics.huntsql import HuntQueryError, masked, run_query
from aisoc.ingest import Warehouse, ingest

CARD = "4111 1111 1111 1111"
CARD_DIGITS = CARD.replace(" ", "")
OTHER_CARD = "5500 0000 0000 0004"
EMAIL = "mia.becker@acme-bank.example"
SECOND_EMAIL = "jonas.weber@acme-bank.example"
ANALYST = Principal.of("ana", "analyst", ["acme-bank"])
RESPONDER = Principal.of("rio", "responder", ["acme-bank"])


def _record(i: int, actor: str, prompt: str) -> dict:
    start = 1792900000.0 + i * 61
    return {
        "id": f"chatcmpl-hunt-{i}",
        "call_type": "acompletion",
        "status": "success",
        "startTime": start,
        "endTime": start + 0.5,
        "model": "gpt-4o-mini",
        "custom_llm_provider": "openai",
        "metadata": {
            "user_api_key_alias": "portal",
            "user_api_key_user_id": actor,
            "requester_ip_address": "203.0.113.66",
        },
        "end_user": actor,
        "prompt_tokens": 20,
        "completion_tokens": 20,
        "total_tokens": 40,
        "messages": [{"role": "user", "content": prompt}],
        "response": {
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "noted"}}]
        },
    }


def _ingest(warehouse: Warehouse, folder: Path, tenant: str, records: list[dict]) -> None:
    folder.mkdir(parents=True)
    with gzip.open(folder / "gateway-litellm.jsonl.gz", "wb") as handle:
        handle.writelines(orjson.dumps(r) + b"\n" for r in records)
    ingest([str(folder)], warehouse, tenant=tenant, source="openai_gateway")


@pytest.fixture
def card_wh(tmp_path) -> Warehouse:
    """acme-bank: two prompts with a card number, from two e-mail actors; globex: its own card."""
    warehouse = Warehouse(tmp_path / "wh")
    _ingest(
        warehouse,
        tmp_path / "acme",
        "acme-bank",
        [
            _record(0, EMAIL, f"please refund card {CARD} today"),
            _record(1, SECOND_EMAIL, f"my card is {CARD}, thanks"),
            _record(2, SECOND_EMAIL, "what is the weather"),
        ],
    )
    _ingest(
        warehouse, tmp_path / "globex", "globex-insurance", [_record(3, "luca@globex.example", f"card {OTHER_CARD}")]
    )
    return warehouse


@pytest.fixture(autouse=True)
def _no_masked_values_from_other_tests():
    """Each test masks from scratch: values another test masked must not make its masking cheaper."""
    masked.forget_masked_values()
    yield
    masked.forget_masked_values()


def _cells(result) -> list[str]:
    return [str(cell) for row in result.rows.iter_rows() for cell in row if cell is not None]


# --- finding 6: masking is in the tables, not on the output ------------------------------------


@pytest.mark.parametrize(
    "sql, undo",
    [
        ("SELECT hex(prompt) FROM events", lambda cell: bytes.fromhex(cell).decode("utf-8", "replace")),
        ("SELECT reverse(prompt) FROM events", lambda cell: cell[::-1]),
        ("SELECT upper(prompt) FROM events", lambda cell: cell),
        (
            "SELECT to_base64(encode(prompt)) FROM events",
            lambda cell: base64.b64decode(cell).decode("utf-8", "replace"),
        ),
        ("SELECT regexp_replace(prompt, '[^0-9]', '', 'g') FROM events", lambda cell: cell),
        (
            "SELECT string_agg(substr(prompt, i::INT, 1), '|') FROM events, range(1, 60) r(i) GROUP BY event_id",
            lambda cell: cell.replace("|", ""),
        ),
        (
            "SELECT list_transform(string_split(prompt, ''), lambda c: ascii(c))::VARCHAR FROM events",
            lambda cell: "".join(chr(int(n)) for n in cell.strip("[]").split(", ") if n),
        ),
    ],
)
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
    assert (
        run_query(
            card_wh, Principal.of("gil", "analyst", ["globex-insurance"]), "SELECT count(*) FROM events"
        ).rows.item()
        == 1
    )


def test_masked_actors_still_group_apart_without_showing_the_address(card_wh):
    rows = run_query(card_wh, ANALYST, "SELECT actor_id, count(*) AS n FROM events GROUP BY 1 ORDER BY 2").rows
    assert rows["n"].to_list() == [1, 2], "two actors stay two groups"
    assert all("@" not in actor and actor.startswith("[EMAIL_ADDRESS·") for actor in rows["actor_id"])


# --- finding 2 (hunt half): masking counts against the time budget ------------------------------


@pytest.fixture
def hostile_wh(tmp_path) -> Warehouse:
    """Prompts of repeated IP addresses: expensive to mask, written by whoever writes the logs."""
    warehouse = Warehouse(tmp_path / "wh")
    _ingest(
        warehouse,
        tmp_path / "hostile",
        "acme-bank",
        [_record(i, EMAIL, f"{i} " + "1.2.3.4 " * 4_000) for i in range(6)],
    )
    return warehouse


def test_masking_stored_text_is_stopped_by_the_query_time_limit(hostile_wh):
    with pytest.raises(HuntQueryError, match="ran longer than 0.05 s and was stopped"):
        run_query(hostile_wh, ANALYST, "SELECT count(*) FROM events", timeout=0.05)


def test_a_stopped_masking_leaves_nothing_half_masked(hostile_wh):
    with pytest.raises(HuntQueryError, match="longer than .* run it again to continue"):
        run_query(hostile_wh, ANALYST, "SELECT prompt FROM events", timeout=0.05)
    result = run_query(hostile_wh, ANALYST, "SELECT prompt FROM events", timeout=600)
    assert result.rows.height == 6 and not any("1.2.3.4" in p for p in result.rows["prompt"])


def test_masking_the_result_is_stopped_by_the_same_time_limit(card_wh):
    # Finding 2 ran 12 s on this after a 3 s limit: the result's masking now shares the query's one
    # deadline, so a deadline already past stops it instead of letting it run on.
    table = run_query(card_wh, RESPONDER, "SELECT repeat('1.2.3.4 ', 16000) AS x FROM range(3)").rows.to_arrow()
    with pytest.raises(masked.OutOfTime):
        masked.mask_result(table, deadline=0.0)
    result = run_query(card_wh, ANALYST, "SELECT repeat('1.2.3.4 ', 16000) AS x FROM range(3)", timeout=600)
    assert not any("1.2.3.4" in x for x in result.rows["x"])


# --- review follow-up: one tenant's writer cannot stall another's hunt; bounded memory ---------


def _crafted(start: int, count: int, size: int, filler: str = "1.2.3.4 ") -> list[dict]:
    """``count`` prompts of about ``size`` characters; of IP addresses unless told (slow to mask)."""
    return [_record(start + i, EMAIL, f"{i} " + filler * (size // len(filler))) for i in range(count)]


def _masked_parts(warehouse: Warehouse) -> list[Path]:
    return sorted((warehouse.root / masked.MASKED_DIR).glob("*.parquet"))


def test_an_analyst_masks_only_their_own_tenants_events(card_wh, tmp_path):
    _ingest(card_wh, tmp_path / "crafted", "globex-insurance", _crafted(100, 12, 64_000))
    assert run_query(card_wh, ANALYST, "SELECT count(*) FROM events").rows.item() == 3
    tenants = {
        tenant
        for part in _masked_parts(card_wh)
        for tenant in pq.read_table(part, columns=["tenant"])["tenant"].to_pylist()
    }
    assert tenants == {"acme-bank"}, "globex's crafted records were never masked for an acme analyst"


@pytest.mark.slow
def test_a_stopped_masking_keeps_every_part_it_finished_and_the_next_try_continues(tmp_path, monkeypatch):
    # Parts of one row: each try keeps whatever rows it masked in time (there were 4,096-row parts,
    # and 12 crafted records made every try fail with nothing kept).
    monkeypatch.setattr(masked, "PART_TEXT", 1)
    warehouse = Warehouse(tmp_path / "wh")
    _ingest(warehouse, tmp_path / "crafted", "acme-bank", _crafted(0, 8, 120_000))
    kept = []
    for _ in range(40):
        try:
            result = run_query(warehouse, ANALYST, "SELECT count(*) FROM events", timeout=1.0)
            break
        except HuntQueryError:
            kept.append(len(_masked_parts(warehouse)))
            masked.forget_masked_values()  # progress must come from the parts on disk, not the cache
    else:
        pytest.fail(f"no try finished; parts kept after each: {kept}")
    assert kept, "the first try should have been stopped"
    # Each try keeps what it finished (a try on a slow moment may finish none); with the old whole-file
    # parts no try ever finished, and the loop above failed.
    assert kept == sorted(kept) and (len(kept) == 1 or kept[-1] > 0), f"parts kept after each stopped try: {kept}"
    assert result.rows.item() == 8 and len(_masked_parts(warehouse)) == 8


def test_a_part_holds_a_bounded_amount_of_text(tmp_path):
    warehouse = Warehouse(tmp_path / "wh")
    _ingest(
        warehouse,
        tmp_path / "crafted",
        "acme-bank",
        _crafted(0, 6, masked.PART_TEXT // 6, "lorem ipsum ") + [_record(50 + i, EMAIL, "hello") for i in range(20)],
    )
    masked.prepare_masked_events(warehouse)
    parts = _masked_parts(warehouse)
    assert len(parts) > 1
    for part in parts:
        table = pq.read_table(part)
        text = sum(
            pc.sum(pc.binary_length(table[name])).as_py() or 0
            for name in table.column_names
            if name not in masked.EVENT_COLUMNS_KEPT and str(table.schema.field(name).type).endswith("string")
        )
        assert table.num_rows == 1 or text <= masked.PART_TEXT * 1.1  # masking can lengthen a value a little


@pytest.mark.slow
def test_the_value_cache_is_bounded_by_characters_not_entries():
    # Twelve 1 MiB fields were twelve cache entries (24 MiB of text) under a cap of 65,536 entries.
    for i in range(12):
        masked.mask_result(pa.table({"x": [f"{i} " + "lorem ipsum " * 90_000]}), deadline=float("inf"))
        assert masked.cached_characters() <= masked.CACHE_CHARACTERS
    for i in range(300):
        masked.mask_result(pa.table({"x": [f"user{i}@example.org"]}), deadline=float("inf"))
    assert 0 < masked.cached_characters() <= masked.CACHE_CHARACTERS, "short values are still cached"


# --- review follow-up: a value rebuilt by the query is masked in its result -------------------


def test_a_card_number_rebuilt_from_two_rows_is_masked_in_the_result(tmp_path):
    warehouse = Warehouse(tmp_path / "wh")
    _ingest(warehouse, tmp_path / "halves", "acme-bank", [_record(0, EMAIL, CARD[:9]), _record(1, EMAIL, CARD[10:])])
    for sql in (
        "SELECT string_agg(prompt, ' ' ORDER BY ts) FROM events",
        "SELECT concat(min(prompt), ' ', max(prompt)) FROM events",
    ):
        cell = run_query(warehouse, ANALYST, sql).rows.item()
        assert CARD_DIGITS not in cell.replace(" ", "") and "CREDIT_CARD" in cell
    assert CARD in run_query(warehouse, RESPONDER, "SELECT string_agg(prompt, ' ' ORDER BY ts) FROM events").rows.item()


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
    for sql in (
        "SELECT * FROM glob('.tmp/*')",
        "SELECT content FROM read_text('.tmp/duckdb_temp_block-1.block')",
        f"SELECT * FROM glob('{tmp_path}/.tmp/*')",
    ):
        with pytest.raises(HuntQueryError, match="disabled by configuration|Permission"):
            run_query(card_wh, ANALYST, sql)


def test_queries_run_under_a_memory_limit(card_wh, monkeypatch):
    limit = run_query(card_wh, ANALYST, "SELECT current_setting('memory_limit')", memory_limit="64MB").rows.item()
    assert limit.endswith("MiB") and float(limit.split()[0]) <= 64
    with pytest.raises(HuntQueryError, match="Out of Memory"):
        run_query(
            card_wh, ANALYST, "SELECT sum(len(s)) FROM (SELECT list(range) s FROM range(50000000))", memory_limit="64MB"
        )
    monkeypatch.setenv("AISOC_HUNT_MEMORY_LIMIT", "96MB")
    assert run_query(card_wh, ANALYST, "SELECT current_setting('memory_limit')").rows.item().startswith("91")
    monkeypatch.setenv("AISOC_HUNT_MEMORY_LIMIT", "lots")
    with pytest.raises(HuntQueryError, match="AISOC_HUNT_MEMORY_LIMIT"):
        run_query(card_wh, ANALYST, "SELECT 1")


@pytest.mark.parametrize(
    "statement",
    [
        "SET memory_limit = '100GB'",
        "SET temp_directory = '/tmp'",
        "RESET temp_directory",
        "SET max_temp_directory_size = '1TB'",
        "SET enable_external_access = true",
        "SET lock_configuration = false",
    ],
)
def test_the_sealed_connection_refuses_every_setting(statement):
    from aisoc.analytics.huntsql.sandbox import sealed_connection

    with sealed_connection({}, threads=1, memory_limit="64MB") as con:
        with pytest.raises(Exception, match="locked"):
            con.execute(statement)


# --- review follow-up: concurrent queries of one console write the same part safely ------------


def test_two_threads_writing_the_same_file_each_write_whole(tmp_path):
    # The console runs queries in threads of one process, and two may mask the same part at once.
    import threading

    from aisoc.ingest.kernel.atomic import write_atomic

    target, started, go_on = tmp_path / "part.parquet", threading.Event(), threading.Event()
    errors = []

    def slow(handle):
        handle.write(b"A" * 1000)
        started.set()
        go_on.wait(10)
        handle.write(b"A" * 1000)

    def first():
        try:
            write_atomic(target, slow)
        except OSError as exc:
            errors.append(exc)

    thread = threading.Thread(target=first)
    thread.start()
    started.wait(10)
    write_atomic(target, lambda handle: handle.write(b"B" * 2000))
    go_on.set()
    thread.join(10)
    assert not errors and target.read_bytes() in (b"A" * 2000, b"B" * 2000)
    assert [p.name for p in tmp_path.iterdir()] == ["part.parquet"], "no temp file left behind"
