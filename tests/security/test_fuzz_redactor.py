"""Fuzzing the redactor: no credential survives in what ingest stores.

Records are arbitrary JSON structures with credentials injected at random depths: as values
under credential-like names (any case, any separator), as headers logged as ``[name, value]``
pairs or ``{name, value}`` objects, and as credential-shaped text under ordinary names. Each
credential carries a random core (the part that must not be stored). The properties are checked
on the redactor itself and after a real ingest into a temporary warehouse, over every column
the record's values can reach.
"""

from __future__ import annotations

import base64
import string
import tempfile
from pathlib import Path

import orjson
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisoc.ingest import Warehouse, ingest
from aisoc.ingest.redact import _names_an_id, _names_an_identifier, is_secret_name, redact_record, scrub_frame

from ..conftest import jsonl

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits


def with_digit(alphabet: str, size: int) -> st.SearchStrategy[str]:
    """Random text of ``alphabet`` with at least one digit (what tells a key from a word)."""
    return st.tuples(
        st.text(alphabet, min_size=size - 1, max_size=size - 1),
        st.sampled_from(string.digits),
        st.integers(0, size - 1),
    ).map(lambda t: t[0][: t[2]] + t[1] + t[0][t[2] :])


# --- credential-like names -----------------------------------------------------------------------

NAME_WORDS = [
    ["authorization"],
    ["auth"],
    ["bearer"],
    ["api", "key"],
    ["x", "api", "key"],
    ["access", "token"],
    ["client", "secret"],
    ["password"],
    ["passwd"],
    ["set", "cookie"],
    ["cookie"],
    ["private", "key"],
    ["secret"],
    ["token"],
    ["session", "token"],
    ["proxy", "authorization"],
    ["auth", "token"],
    ["basic", "auth"],
    ["refresh", "token"],
    ["db", "password"],
    ["subscription", "key"],
]


def _spell(words: list[str], style: str, sep: str) -> str:
    if style == "camel":
        return words[0] + "".join(w.title() for w in words[1:])
    cased = [w.upper() if style == "upper" else w.title() if style == "title" else w for w in words]
    return sep.join(cased)


credential_names = st.builds(
    _spell,
    st.sampled_from(NAME_WORDS),
    st.sampled_from(["lower", "upper", "title", "camel"]),
    st.sampled_from(["_", "-", ".", ""]),
)
header_names = st.builds(
    _spell,
    st.sampled_from(
        [
            ["authorization"],
            ["proxy", "authorization"],
            ["cookie"],
            ["set", "cookie"],
            ["x", "api", "key"],
            ["api", "key"],
            ["x", "auth", "token"],
        ]
    ),
    st.sampled_from(["lower", "upper", "title"]),
    st.sampled_from(["-", "_"]),
)
# Ordinary names: lower-case words that name nothing secret (and no *id*, under which an access
# key id is deliberately kept).
plain_names = st.text(string.ascii_lowercase, min_size=1, max_size=8).filter(
    lambda n: not is_secret_name(n) and not _names_an_id(n)
)

# --- credential shapes: (text, core that must not be stored) ----------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(sub: str, sig: str) -> tuple[str, str]:
    header = _b64(b'{"alg":"HS256","typ":"JWT"}')
    payload = _b64(orjson.dumps({"sub": sub, "iat": 1700000000}))
    return f"{header}.{payload}.{sig}", payload


shapes = st.one_of(
    st.builds(
        lambda scheme, core: (f"{scheme} {core}", core),
        st.sampled_from(["Bearer", "bearer", "BEARER", "Basic", "Token"]),
        with_digit(ALNUM + "._-", 24),
    ),
    st.builds(
        lambda prefix, core: (prefix + core, core),
        st.sampled_from(["sk-", "sk-proj-", "sk-ant-api03-", "sk_live_", "rk_test_"]),
        with_digit(ALNUM, 32),
    ),
    st.builds(
        lambda prefix, core: (prefix + core, prefix + core),
        st.sampled_from(["AKIA", "ASIA"]),
        with_digit(UPPER_DIGITS, 16),
    ),
    st.builds(_jwt, st.text(ALNUM, min_size=4, max_size=12), with_digit(ALNUM + "_-", 43)),
    st.builds(lambda core: ("ghp_" + core, core), with_digit(ALNUM, 36)),
    st.builds(lambda core: ("xoxb-" + core, core), with_digit(ALNUM + "-", 24)),
    st.builds(lambda core: ("AIza" + core, core), with_digit(ALNUM + "_-", 35)),
    st.builds(
        lambda kind, core: (f"-----BEGIN {kind}PRIVATE KEY-----\n{core}\n-----END {kind}PRIVATE KEY-----", core),
        st.sampled_from(["", "RSA ", "EC ", "OPENSSH "]),
        with_digit(ALNUM + "+/", 48),
    ),
    st.builds(
        lambda name, form, core: (form.format(name=name, core=core), core),
        credential_names,
        st.sampled_from(["{name}={core}", "{name}: {core}", '"{name}": "{core}"', "?{name}={core}&x=1"]),
        with_digit(ALNUM, 16),
    ),
)
filler = st.text(string.ascii_letters + string.digits + " .,", max_size=16)


@st.composite
def free_shape(draw) -> tuple[str, str]:
    """A credential shape inside ordinary text."""
    text, core = draw(shapes)
    return f"{draw(filler)} {text} {draw(filler)}", core


# --- records -----------------------------------------------------------------------------------

plain_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(string.ascii_letters + " ", max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(plain_names, children, max_size=3),
    max_leaves=12,
)


# Names inside a credential's own list or object: not identifiers (``type``, ``expiration``), which
# are kept there on purpose (an STS answer's accessKeyId).
inner_names = plain_names.filter(lambda n: not _names_an_identifier(n))


@st.composite
def wrapped(draw, value: str) -> object:
    """A value as it may stand under a credential name: text, or a list or object holding it at any depth."""
    for _ in range(draw(st.integers(0, 3))):
        how = draw(st.sampled_from(["list", "dict", "list_with_plain"]))
        value = [value] if how == "list" else {draw(inner_names): value} if how == "dict" else [draw(plain_json), value]
    return value


@st.composite
def injection(draw) -> tuple[object, str]:
    """A credential in one of the ways logs carry them, and its core."""
    mode = draw(st.sampled_from(["named", "pair", "object", "flat", "free"]))
    if mode == "free":
        return draw(free_shape())
    core = draw(with_digit(ALNUM, 20))
    value = draw(st.sampled_from(["{core}", "Bearer {core}", "x {core} y"])).format(core=core)
    if mode == "named":
        return {draw(credential_names): draw(wrapped(value))}, core
    name = draw(header_names)
    if mode == "pair":
        return [name, value], core
    if mode == "object":
        return {draw(st.sampled_from(["name", "key", "header"])): name, "value": value}, core
    return ["Accept", "application/json", name, value], core


@st.composite
def record_with_secrets(draw) -> tuple[dict, list[str]]:
    """An arbitrary structure with 1-3 credentials, each wrapped in 0-4 random levels."""
    base = draw(st.dictionaries(plain_names, plain_json, max_size=4))
    cores = []
    for _ in range(draw(st.integers(1, 3))):
        value, core = draw(injection())
        for _ in range(draw(st.integers(0, 4))):
            value = {draw(plain_names): value} if draw(st.booleans()) else [draw(plain_json), value]
        base[draw(plain_names) + f"_{len(cores)}"] = value
        cores.append(core)
    return base, cores


def gateway_record(i: int, model_parameters: dict, hidden: dict) -> dict:
    return {
        "id": f"fz-{i}",
        "call_type": "acompletion",
        "status": "success",
        "startTime": 1741944601.0 + i,
        "model": "gpt-4o",
        "response_cost": 0.0001,
        "metadata": {"user_api_key_team_alias": "fuzz"},
        "messages": [{"role": "user", "content": "hello"}],
        "model_parameters": model_parameters,
        "hidden_params": hidden,
    }


def assert_absent(cores: list[str], text: str) -> None:
    for core in cores:
        assert core not in text, f"{core!r} survived in {text[:400]!r}"


@settings(max_examples=250, deadline=None)
@given(record_with_secrets())
@pytest.mark.slow
def test_the_redactor_leaves_no_credential_in_a_record(case):
    record, cores = case
    redacted, _ = redact_record(record)
    assert_absent(cores, orjson.dumps(redacted).decode())


@settings(max_examples=150, deadline=None)
@given(record_with_secrets())
def test_the_names_pass_then_the_block_pass_leave_no_credential(case):
    # Ingest's two steps on their own: names per record, then shapes over the block's column.
    record, cores = case
    named, _ = redact_record(record, shapes=False)
    frame = pl.DataFrame({"raw": [orjson.dumps(named, option=orjson.OPT_SORT_KEYS).decode()]})
    assert_absent(cores, scrub_frame(frame, json_columns=("raw",), sorted_json=("raw",))["raw"][0])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(record_with_secrets(), record_with_secrets()), min_size=1, max_size=3))
@pytest.mark.slow
def test_no_credential_survives_a_real_ingest_in_any_stored_column(cases):
    records, cores = [], []
    for i, ((params, params_cores), (hidden, hidden_cores)) in enumerate(cases):
        records.append(gateway_record(i, params, hidden))
        cores += params_cores + hidden_cores
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "logs" / "gw.jsonl"
        path.parent.mkdir()
        path.write_bytes(jsonl(records))
        warehouse = Warehouse(Path(tmp) / "wh")
        report = ingest([str(path)], warehouse, workers=1)
        assert report.stored == len(records), report
        events = warehouse.scan_events().collect()
    for column in events.columns:
        if events.schema[column] == pl.String:
            for text in events[column].drop_nulls().to_list():
                assert_absent(cores, text)
