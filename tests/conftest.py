"""Shared test helpers: a fresh warehouse, small record builders, and the CLI runner."""

from __future__ import annotations

import gzip
import inspect
import os
import subprocess
import sys
import types
from pathlib import Path

import orjson
import pytest

from aisoc.ingest import Warehouse
from aisoc.ingest.kernel.settings import shared_data

REPO = Path(__file__).resolve().parents[1]
# The shared corpora: $AISOC_SHARED_DATA, else ../shared/data; tests that need them skip without.
SHARED_DATA = shared_data()


@pytest.fixture
def warehouse(tmp_path: Path) -> Warehouse:
    return Warehouse(tmp_path / "wh")


def cloudtrail_record(i: int, **overrides) -> dict:
    """A small CloudTrail record, unique per ``i``."""
    record = {
        "eventVersion": "1.09",
        "eventTime": f"2026-03-{1 + i % 28:02d}T10:{i % 60:02d}:00Z",
        "eventSource": "s3.amazonaws.com",
        "eventName": "PutObject",
        "awsRegion": "eu-central-1",
        "sourceIPAddress": "198.51.100.7",
        "userAgent": "aws-cli/2.15",
        "userIdentity": {
            "type": "IAMUser",
            "arn": "arn:aws:iam::111122223333:user/trainer",
            "accountId": "111122223333",
            "accessKeyId": "AKIAEXAMPLEKEYID0001",
        },
        "requestParameters": {"bucketName": "training-data", "key": f"batch/{i}.parquet"},
        "eventID": f"00000000-0000-4000-8000-{i:012d}",
        "eventType": "AwsApiCall",
        "recipientAccountId": "111122223333",
    }
    record.update(overrides)
    return record


def jsonl(records) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


def write(path: Path, data: bytes, gz: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def aisoc_command(*args: str) -> list[str]:
    """The installed ``aisoc`` entry point with its arguments, as a user would type it."""
    return [str(Path(sys.executable).parent / "aisoc"), *args]


def run_aisoc(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``aisoc`` and wait for it."""
    return subprocess.run(
        aisoc_command(*args),
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd or REPO,
        timeout=600,
    )


@pytest.fixture(autouse=True, scope="session")
def _private_secret_key(tmp_path_factory: pytest.TempPathFactory):
    """The suite's own config folder, so its secret key (ingest.kernel.secretkey) is not the user's."""
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config"))
    os.environ.pop("AISOC_SECRET_KEY", None)
    os.environ.pop("AISOC_SECRET_KEY_FILE", None)
    yield


# --- the subprocess marker (make test-fast leaves these out) ------------------------------------


def _is_process_starter(value: object) -> bool:
    return (
        value is subprocess
        or value is run_aisoc
        or value is aisoc_command
        or getattr(value, "__module__", None) == "subprocess"
    )


def _names(code: types.CodeType) -> set[str]:
    """Every name a function's code looks up, nested lambdas and comprehensions included."""
    found = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found |= _names(const)
    return found


def _starts_processes(func: object, seen: set[object]) -> bool:
    """Whether ``func``, or a test helper it calls by name, runs a program: read from the names its
    code uses, so a helper module-level function that calls ``run_aisoc`` counts too."""
    func = inspect.unwrap(getattr(func, "__func__", func))  # type: ignore[arg-type]
    code = getattr(func, "__code__", None)
    if code is None or func in seen:
        return False
    seen.add(func)
    scope = getattr(func, "__globals__", {})
    for name in _names(code):
        value = scope.get(name)
        if _is_process_starter(value):
            return True
        if inspect.isfunction(value) and value.__module__.startswith("tests") and _starts_processes(value, seen):
            return True
    return False


def _fixture_functions(item: pytest.Item) -> list[object]:
    info = getattr(item, "_fixtureinfo", None)
    definitions = info.name2fixturedefs.values() if info else ()
    return [definition.func for chain in definitions for definition in chain]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``subprocess`` every test that starts a program (``aisoc``, ``sigma``, lint-imports...),
    itself, through a helper, or through a fixture: each such start costs seconds."""
    for item in items:
        seen: set[object] = set()
        functions = [getattr(item, "function", None), *_fixture_functions(item)]
        if any(_starts_processes(func, seen) for func in functions if func is not None):
            item.add_marker(pytest.mark.subprocess)
