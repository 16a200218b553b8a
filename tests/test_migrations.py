"""Owned tables and versioned migrations: the machinery, the owners, and a warehouse written by
the release before migrations (tests/fixtures/state_release_0.sql, its schema verbatim)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import duckdb
import orjson
import pytest
from click.testing import CliRunner

from aisoc.analytics.warehouse_tables import ALL_TABLES
from aisoc.ingest import Warehouse
from aisoc.ingest.kernel import state as state_module
from aisoc.ingest.kernel.errors import LockBusy, WarehouseError
from aisoc.ingest.kernel.migrations import (
    Applied,
    Migration,
    Tables,
    applied_versions,
    pending,
    register,
    registered,
    schema_status,
)
from aisoc.ingest.kernel.state import migrate_state, open_state
from aisoc.ui.warehouse_cmd import warehouse_group

from .conftest import REPO, run_aisoc

FIXTURES = Path(__file__).parent / "fixtures"
RELEASE_0_SQL = FIXTURES / "state_release_0.sql"
PACKAGE_DIRS = {name: REPO / name for name in ("ingest", "detections", "analytics", "ui", "playbooks", "sample_logs")}
LATEST = {t.owner: t.latest for t in ALL_TABLES}
# Modules whose SQL-looking text is not run against the state database.
NOT_QUERIES = {"aisoc.analytics.training.hard_benign_phrases_tech"}  # sample prompts that quote SQL


# --- the machinery ---------------------------------------------------------------------------


def _test_owner(versions: int) -> Tables:
    """A test-only owner (never registered): a table, then a column added by version 2."""
    steps = (
        Migration(1, "gadgets", ("CREATE TABLE IF NOT EXISTS gadgets (id BIGINT PRIMARY KEY)",)),
        Migration(2, "gadgets.colour", ("ALTER TABLE gadgets ADD COLUMN colour VARCHAR",)),
    )
    return Tables(owner="gadgets_test", migrations=steps[:versions])


def test_declaring_versions_with_a_gap_or_out_of_order_fails():
    one = Migration(1, "a", ("SELECT 1",))
    three = Migration(3, "c", ("SELECT 1",))
    with pytest.raises(ValueError, match="1, 2, 3"):
        Tables(owner="gappy", migrations=(one, three))
    with pytest.raises(ValueError, match="1, 2, 3"):
        Tables(owner="backwards", migrations=(Migration(2, "b", ("SELECT 1",)), one))
    with pytest.raises(ValueError, match="owner"):
        Tables(owner="Not A Name", migrations=(one,))
    with pytest.raises(ValueError, match="statements"):
        Migration(1, "a bare string", "SELECT 1")  # type: ignore[arg-type]


def test_an_owner_or_a_table_cannot_be_registered_twice():
    owner = registered()[0]
    with pytest.raises(ValueError, match="twice"):
        register(Tables(owner=owner.owner, migrations=(Migration(1, "other", ("SELECT 1",)),)))
    table = owner.table_names[0]
    with pytest.raises(ValueError, match=f"both create {table}"):
        register(Tables(owner="intruder", migrations=(Migration(1, "x", (f"CREATE TABLE {table} (a INT)",)),)))
    assert register(owner) is owner  # the same declaration again is harmless


def test_a_new_migration_applies_once_in_order_and_is_recorded(tmp_path):
    path = tmp_path / "state.duckdb"
    with open_state(path, tables=(_test_owner(1),)) as con:
        con.execute("INSERT INTO gadgets VALUES (1)")
    # The next release adds version 2: opening refuses to change an owner's tables unasked ...
    with pytest.raises(WarehouseError, match=r"needs an upgrade \(gadgets_test 1 -> 2\).*aisoc warehouse upgrade"):
        with open_state(path, tables=(_test_owner(2),)):
            pass
    # ... the upgrade applies it (aisoc warehouse upgrade copies the file aside first, below)
    assert migrate_state(path, (_test_owner(2),)) == [Applied("gadgets_test", 2, "gadgets.colour")]
    with open_state(path, tables=(_test_owner(2),)) as con:
        con.execute("INSERT INTO gadgets VALUES (2, 'red')")
    applied = migrate_state(path, (_test_owner(2),))
    assert applied == []  # nothing left: it ran once
    with open_state(path, read_only=True) as con:
        rows = con.execute(
            "SELECT owner, version, description, applied_at FROM schema_version ORDER BY version"
        ).fetchall()
        gadgets = con.execute("SELECT id, colour FROM gadgets ORDER BY id").fetchall()
    assert [r[:3] for r in rows] == [("gadgets_test", 1, "gadgets"), ("gadgets_test", 2, "gadgets.colour")]
    assert rows[0][3] <= rows[1][3]
    assert gadgets == [(1, None), (2, "red")]


def test_a_failing_migration_leaves_nothing_applied(tmp_path):
    path = tmp_path / "state.duckdb"
    broken = Tables(
        owner="broken_test",
        migrations=(
            Migration(1, "fine", ("CREATE TABLE fine (a INT)",)),
            Migration(2, "broken", ("ALTER TABLE missing ADD COLUMN b INT",)),
        ),
    )
    with pytest.raises(Exception, match="missing"):
        migrate_state(path, (broken,))
    con = duckdb.connect(str(path))
    try:
        assert applied_versions(con) == {}
        assert not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'fine'").fetchone()[0]
    finally:
        con.close()


def test_a_current_warehouse_opens_without_migrating_again(tmp_path, monkeypatch):
    path = tmp_path / "state.duckdb"
    owner = _test_owner(2)
    with open_state(path, tables=(owner,)):
        pass
    migrated = []
    real = state_module.migrate_state
    monkeypatch.setattr(state_module, "migrate_state", lambda *a, **k: migrated.append(1) or real(*a, **k))
    for _ in range(3):
        with open_state(path, tables=(owner,)) as con:
            con.execute("SELECT count(*) FROM gadgets").fetchone()
    assert migrated == []


def test_a_warehouse_made_again_at_the_same_path_is_migrated_again(tmp_path):
    # A deleted state file's inode is often reused by the next file made in its place: a process
    # that remembered "this file is current" by file identity then queried tables that did not exist.
    owner = _test_owner(2)
    for _ in range(6):
        shutil.rmtree(tmp_path / "wh", ignore_errors=True)
        (tmp_path / "wh").mkdir()
        path = tmp_path / "wh" / "state.duckdb"
        with open_state(path, tables=(owner,)) as con:
            assert con.execute("SELECT count(*) FROM gadgets").fetchone() == (0,)


def test_read_only_connections_never_migrate(tmp_path):
    path = tmp_path / "state.duckdb"
    duckdb.connect(str(path)).close()
    with open_state(path, read_only=True, tables=(_test_owner(2),)) as con:
        assert applied_versions(con) == {}
        assert pending(con, (_test_owner(2),))


def test_the_ingest_lock_is_reentrant_in_its_thread_only(tmp_path):
    wh = Warehouse(tmp_path / "wh").create()
    other: list[str] = []

    def try_from_another_thread():
        try:
            with wh.lock("ingest", wait=False):
                other.append("entered")
        except Exception as exc:  # LockBusy
            other.append(type(exc).__name__)

    with wh.ingest_lock():
        with wh.ingest_lock():  # nested in the holding thread: no self-deadlock
            thread = threading.Thread(target=try_from_another_thread)
            thread.start()
            thread.join(timeout=10)
        assert other == ["LockBusy"]
    assert (wh.root / "ingest.lock").read_text().strip().isdigit()


def test_an_ingest_run_holding_the_lock_opens_a_fresh_warehouse(tmp_path):
    wh = Warehouse(tmp_path / "fresh").create()
    finished = threading.Event()

    def run():
        with wh.ingest_lock():  # as ingest() does, then its first state connection migrates
            with wh.state() as con:
                con.execute("SELECT count(*) FROM ingest_runs").fetchone()
        finished.set()

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    assert finished.wait(timeout=60), "the state connection waited for the lock its own thread holds"
    with wh.state(read_only=True) as con:
        assert applied_versions(con)["ingest"] == LATEST["ingest"]


def test_ingest_itself_migrates_a_fresh_warehouse(tmp_path):
    from aisoc.ingest import ingest

    log = tmp_path / "one.jsonl"
    log.write_text("not a record\n")
    wh = Warehouse(tmp_path / "wh")
    ingest([str(log)], wh, workers=1)
    with wh.state(read_only=True) as con:
        assert con.execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 1
        assert applied_versions(con)["ingest"] == LATEST["ingest"]


# --- the owners ------------------------------------------------------------------------------


def _module_name(path: Path) -> str:
    for package, folder in PACKAGE_DIRS.items():
        if folder in path.parents:
            parts = path.relative_to(folder).with_suffix("").parts
            parts = parts[:-1] if parts[-1] == "__init__" else parts
            return ".".join(("aisoc", package, *parts))
    raise AssertionError(path)


def _package_modules() -> dict[str, Path]:
    return {
        _module_name(p): p
        for folder in PACKAGE_DIRS.values()
        for p in folder.rglob("*.py")
        if "build" not in p.parts and "views" not in p.parts  # sigma-cli build copy; console pages run as scripts
    }


def _imports(path: Path, known: set[str]) -> set[str]:
    """The aisoc modules ``path`` imports (anywhere in it), with the packages they live in."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            parts = name.split(".")
            found |= {".".join(parts[:i]) for i in range(2, len(parts) + 1)} & known
    return found


def _import_closure(modules: dict[str, Path]) -> dict[str, set[str]]:
    direct = {name: _imports(path, set(modules)) for name, path in modules.items()}
    closure = {}
    for name in modules:
        seen, todo = set(), [name]
        while todo:
            current = todo.pop()
            for found in direct[current] - seen:
                seen.add(found)
                todo.append(found)
        closure[name] = seen
    return closure


def test_every_tables_module_is_in_the_full_list():
    modules = _package_modules()
    tables_modules = sorted(name for name in modules if name.endswith(".tables"))
    assert len(tables_modules) == len(ALL_TABLES)
    for name in tables_modules:
        declared = __import__(name, fromlist=["TABLES"]).TABLES
        assert declared in ALL_TABLES, f"{name} is missing from aisoc.analytics.warehouse_tables.ALL_TABLES"
    assert len({t.owner for t in ALL_TABLES}) == len(ALL_TABLES)


def test_every_module_that_queries_a_table_imports_its_owner():
    """So whatever a process can query is registered before its first write connection creates it."""
    owner_module = {
        table: name for name in _package_modules() if name.endswith(".tables") for table in _tables_of(name)
    }
    reference = re.compile(r"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(\w+)")
    modules = _package_modules()
    closure = _import_closure(modules)
    missing = []
    for name, path in modules.items():
        if name.endswith(".tables") or name in NOT_QUERIES:
            continue
        for table in sorted(set(reference.findall(_code_strings(path))) & set(owner_module)):
            if owner_module[table] not in closure[name]:
                missing.append(f"{name} queries {table} but does not import {owner_module[table]}")
    assert missing == []


def _code_strings(path: Path) -> str:
    """The string constants of a module that are not docstrings: where its SQL is."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return "\n".join(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    )


def _tables_of(module_name: str) -> tuple[str, ...]:
    return __import__(module_name, fromlist=["TABLES"]).TABLES.table_names


def test_the_owned_tables_are_exactly_the_release_0_tables():
    old = set(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", RELEASE_0_SQL.read_text()))
    owned = [name for t in ALL_TABLES for name in t.table_names]
    assert sorted(owned) == sorted(old)


# --- a warehouse written by the release before migrations --------------------------------------


def _release_0_warehouse(root: Path) -> Warehouse:
    """The state database exactly as the previous release left it, a row in every table."""
    wh = Warehouse(root).create()
    con = duckdb.connect(str(wh.state_path))
    try:
        for statement in _statements(RELEASE_0_SQL.read_text()):
            con.execute(statement)
        for table in _tables(con):
            columns = con.execute(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
                [table],
            ).fetchall()
            values = [_sample(table, column, kind) for column, kind in columns]
            con.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(values))})", values)
    finally:
        con.close()
    return wh


def _statements(sql: str) -> list[str]:
    without_comments = "\n".join(line.split("--")[0] for line in sql.splitlines())
    return [s.strip() for s in without_comments.split(";") if s.strip()]


def _tables(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]


def _sample(table: str, column: str, kind: str):
    if kind == "BOOLEAN":
        return True
    if kind in ("BIGINT", "DOUBLE"):
        return 1
    if kind == "TIMESTAMP":
        return "2024-05-01 12:00:00"
    if kind == "BLOB":
        return b"evidence"
    return f"{table}.{column}"


def _old_rows(wh: Warehouse) -> dict[str, list]:
    """Every row, in the release-0 columns only (a later migration may add columns)."""
    with wh.state(read_only=True) as con:
        return {
            table: con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            for table, columns in _release_0_columns().items()
        }


def _release_0_columns() -> dict[str, list[str]]:
    con = duckdb.connect(":memory:")
    try:
        for statement in _statements(RELEASE_0_SQL.read_text()):
            con.execute(statement)
        return {table: [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()] for table in _tables(con)}
    finally:
        con.close()


def _versions(wh: Warehouse) -> dict[str, int]:
    with wh.state(read_only=True) as con:
        return applied_versions(con)


def test_a_release_0_warehouse_opens_migrates_and_keeps_every_row(tmp_path):
    wh = _release_0_warehouse(tmp_path / "old")
    before = _old_rows(wh)
    assert all(len(rows) == 1 for rows in before.values()) and len(before) == 22
    with wh.state() as con:  # any write connection of the new release
        con.execute("SELECT 1")
    migrate_state(wh.state_path, ALL_TABLES)  # as `aisoc warehouse upgrade`, for the owners not imported yet
    assert _old_rows(wh) == before
    assert _versions(wh) == LATEST
    with wh.state(read_only=True) as con:
        columns = [r[0] for r in con.execute("DESCRIBE users").fetchall()]
        described = con.execute("SELECT owner, description FROM schema_version WHERE version = 1").fetchall()
    assert "password_changed_at" in columns
    assert {owner for owner, _ in described} == set(LATEST)
    assert migrate_state(wh.state_path, ALL_TABLES) == []  # a second open applies nothing


def test_warehouse_info_shows_versions_and_nothing_pending_after_migrating(tmp_path):
    wh = _release_0_warehouse(tmp_path / "old")
    before = _info(wh)
    assert before["warehouse"] == str(wh.root) and before["state"] == str(wh.state_path)
    assert {s["owner"]: (s["version"], s["pending"]) for s in before["schema"]} == {
        owner: (0, latest) for owner, latest in LATEST.items()
    }
    migrate_state(wh.state_path, ALL_TABLES)
    after = _info(wh)
    assert {s["owner"]: (s["version"], s["latest"], s["pending"]) for s in after["schema"]} == {
        owner: (latest, latest, 0) for owner, latest in LATEST.items()
    }
    assert after["events"] == {"files": 0, "rows": 0}


def _info(wh: Warehouse) -> dict:
    result = CliRunner().invoke(warehouse_group, ["info", "--warehouse", str(wh.root), "--format", "json"])
    assert result.exit_code == 0, result.output
    return orjson.loads(result.stdout)


def test_warehouse_upgrade_backs_up_then_applies_and_keeps_the_rows(tmp_path):
    wh = _release_0_warehouse(tmp_path / "old")
    before = _old_rows(wh)
    pristine = wh.state_path.read_bytes()
    result = CliRunner().invoke(warehouse_group, ["upgrade", "--warehouse", str(wh.root)])
    assert result.exit_code == 0, result.output
    backups = sorted(wh.root.glob("state.duckdb.bak-*"))
    assert len(backups) == 1 and re.fullmatch(r"state\.duckdb\.bak-\d{8}T\d{6}Z", backups[0].name)
    assert backups[0].read_bytes() == pristine
    assert "access 2" in result.stdout and "cases 1" in result.stdout
    assert _old_rows(wh) == before
    assert _versions(wh) == LATEST
    # the backup is the old warehouse, whole: it opens with the new code too
    copy = Warehouse(tmp_path / "restored").create()
    shutil.copyfile(backups[0], copy.state_path)
    assert _old_rows(copy) == before

    again = CliRunner().invoke(warehouse_group, ["upgrade", "--warehouse", str(wh.root)])
    assert again.exit_code == 0, again.output
    assert "nothing to upgrade" in again.stdout
    assert len(list(wh.root.glob("state.duckdb.bak-*"))) == 1  # no backup when nothing is pending


def test_warehouse_commands_on_a_warehouse_with_no_state_yet(tmp_path):
    root = tmp_path / "empty"
    info = CliRunner().invoke(warehouse_group, ["info", "--warehouse", str(root), "--format", "json"])
    assert info.exit_code == 0, info.output
    shown = orjson.loads(info.stdout)
    assert all(s["version"] == 0 and s["pending"] == s["latest"] for s in shown["schema"])
    table = CliRunner().invoke(warehouse_group, ["info", "--warehouse", str(root)])
    assert table.exit_code == 0 and "OWNER" in table.stdout
    upgrade = CliRunner().invoke(warehouse_group, ["upgrade", "--warehouse", str(root)])
    assert upgrade.exit_code == 0, upgrade.output
    assert "nothing to upgrade" in upgrade.stdout
    assert not root.exists()


def test_the_aisoc_command_shows_and_upgrades_a_release_0_warehouse(tmp_path):
    wh = _release_0_warehouse(tmp_path / "old")
    before = _old_rows(wh)
    listed = run_aisoc("warehouse", "--help")
    assert listed.returncode == 0 and "info" in listed.stdout and "upgrade" in listed.stdout
    info = run_aisoc("warehouse", "info", "--warehouse", str(wh.root), "--format", "json")
    assert info.returncode == 0, info.stderr
    assert sum(s["pending"] for s in orjson.loads(info.stdout)["schema"]) == sum(LATEST.values())
    upgraded = run_aisoc("warehouse", "upgrade", "--warehouse", str(wh.root))
    assert upgraded.returncode == 0, upgraded.stderr
    assert "backed up the state database to" in upgraded.stdout
    assert len(list(wh.root.glob("state.duckdb.bak-*"))) == 1
    assert _old_rows(wh) == before and _versions(wh) == LATEST
    after = run_aisoc("warehouse", "info", "--warehouse", str(wh.root))
    assert after.returncode == 0 and "migration(s) pending" not in after.stdout


def test_schema_status_of_a_newer_warehouse_is_never_negative(tmp_path):
    path = tmp_path / "state.duckdb"
    migrate_state(path, (_test_owner(2),))
    con = duckdb.connect(str(path))
    try:
        (status,) = schema_status(con, (_test_owner(1),))
    finally:
        con.close()
    assert (status.version, status.latest, status.pending) == (2, 1, 0)


def test_quarantine_list_on_a_warehouse_only_other_subsystems_wrote(tmp_path):
    # `aisoc user add` on a new warehouse writes the access tables only; `aisoc quarantine list`
    # then found no quarantine table through its read-only connection.
    from aisoc.ingest import Warehouse
    from aisoc.ingest.quarantine import list_quarantine

    path = tmp_path / "wh" / "state.duckdb"
    path.parent.mkdir()
    with open_state(path, tables=(_test_owner(1),)):
        pass
    assert list_quarantine(Warehouse(tmp_path / "wh")) == []


def test_the_backup_copy_keeps_the_file_locked_until_it_is_whole(tmp_path, monkeypatch):
    # POSIX record locks belong to the process and go when ANY descriptor of the file closes: the
    # copy must not open the state file a second time while it holds the lock.
    import fcntl as fcntl_module

    path = tmp_path / "state.duckdb"
    with open_state(path, tables=(_test_owner(1),)) as con:
        con.execute("INSERT INTO gadgets VALUES (7)")
    opened = []
    real_open = open

    def watching_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", watching_open)
    locks = []
    real_lockf = fcntl_module.lockf
    monkeypatch.setattr(state_module.fcntl, "lockf", lambda f, op: locks.append(op) or real_lockf(f, op))
    copy = state_module.backup_state(path, datetime(2026, 12, 8, 1, 2, 3))
    monkeypatch.undo()
    assert opened.count(str(path)) == 1 and locks == [fcntl_module.LOCK_EX]
    assert copy.read_bytes() == path.read_bytes()


def test_waiting_for_another_ingest_run_to_create_tables_is_bounded(tmp_path, monkeypatch):
    from aisoc.ingest import Warehouse
    from aisoc.ingest import warehouse as warehouse_module

    warehouse = Warehouse(tmp_path / "wh").create()
    hold = "import sys, time\nfrom aisoc.ingest import Warehouse\nwith Warehouse(sys.argv[1]).ingest_lock():\n    print('held', flush=True)\n    time.sleep(600)\n"
    holder = subprocess.Popen([sys.executable, "-c", hold, str(warehouse.root)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(warehouse_module, "LOCK_WAIT_SECONDS", 0.5)
        with pytest.raises(
            LockBusy, match=r"another aisoc ingest run holds the lock .*waited 0 s to create the tables"
        ):
            with warehouse.state():
                pass
    finally:
        holder.kill()
        holder.wait()
    with warehouse.state() as con:  # the holder gone, the tables are made
        assert con.execute("SELECT count(*) FROM ingest_runs").fetchone() == (0,)


def test_warehouse_info_tells_tables_made_when_needed_from_migrations_that_need_an_upgrade(tmp_path):
    # `aisoc user add` alone writes the access tables: the others are made when first needed, so
    # info must not ask for an upgrade for them.
    root = tmp_path / "wh"
    added = run_aisoc(
        "user", "add", "ana", "--role", "viewer", "--tenant", "acme", "--oidc-only", "--warehouse", str(root)
    )
    assert added.returncode == 0, added.stderr
    info = run_aisoc("warehouse", "info", "--warehouse", str(root))
    assert info.returncode == 0, info.stderr
    assert "migration(s) pending" not in info.stdout + info.stderr
    assert "no version recorded yet: ingest, alerting" in info.stdout + info.stderr
