"""Redaction of credentials in everything ingest stores from a record.

Two rules, applied to every stored copy of a record's values (the ``raw`` column, JSON columns
such as ``request``, quarantine excerpts):

- **By name.** Values stored under credential-like names (``Authorization``, ``auth``,
  ``bearer``, ``api_key`` / ``apiKey`` / ``x-api-key``, ``client_secret``, ``password``,
  ``cookie`` / ``set-cookie``…, compared word by word whatever the case and separators) are
  replaced, and so is every text leaf of a list or object stored under such a name (identifiers
  inside it, such as an STS answer's ``accessKeyId``, are kept); so is the value of a header logged as a ``{name, value}`` object or a
  ``[name, value]`` pair whose name is credential-like.
- **By shape.** Credential-shaped text under any name (``Bearer``/``Basic`` tokens, ``sk-…``
  keys, AWS access key ids, JWTs, GitHub/Slack/Google/Hugging Face tokens, private-key blocks,
  ``password=…`` pairs inside text) is replaced where it occurs, the text around it kept.

Identifiers of credentials (``accessKeyId``, ``user_api_key_hash``, ``keyName``), token *counts*
and other non-text values are kept: rules and investigations need them and they are not secrets.
Very long strings are cut, so one huge prompt cannot bloat the ``raw`` column (the full text, up
to the contract's limit, lives in the contract fields).

Every pattern has bounded repetition and is tried left to right once; long repeats are possessive
(never give characters back) and start only at the beginning of a run of their characters, so
the cost is linear in the text, whatever an attacker writes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import orjson
import polars as pl

__all__ = [
    "REDACTED",
    "RAW_STRING_LIMIT",
    "redact_record",
    "redact_json_text",
    "scrub_text",
    "scrub_frame",
    "is_secret_name",
    "mask_excerpt",
]

REDACTED = "[REDACTED]"
RAW_STRING_LIMIT = 256 * 1024

# --- credential-like names ---------------------------------------------------------------------

# A name is read as words (camelCase, snake_case, kebab-case, dotted, any case): "X-Api-Key",
# "apiKey", "API_KEY" and "x.api.key" all read "x api key".
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Searched in the words joined ("xapikey"), so a credential word split by separators still counts.
_SECRET_JOINED = re.compile(
    r"password|passwd|passphrase|secret|token|apikey|privatekey|accesskey|credential|authorization"
    r"|bearer|cookie|signature|auth$"
    # "<kind>key" written as one word (subscriptionkey, AccountKey): a bare "key" ending would
    # also take "monkey", so the kinds of credential keys are named.
    r"|(?:subscription|master|account|shared|signing|encryption|client|license|app|service|session|primary"
    r"|secondary|admin|auth|host|function|storage|webhook)key$"
)
_SECRET_WORDS = {"pass", "pwd", "psk", "otp", "sig"}
# The last word naming an identifier or a measure of a credential rather than the credential.
_IDENTIFIER_WORDS = {
    "id",
    "ids",
    "name",
    "names",
    "arn",
    "hash",
    "alias",
    "type",
    "kind",
    "count",
    "used",
    "tokens",
    "limit",
    "length",
    "at",
    "time",
    "date",
    "source",
    "status",
    "region",
    "fingerprint",
    "metadata",
    "email",
    "route",
    "usage",
    "tokenizer",
    "tokenizers",
    "policy",
    "url",
    "uri",
    "endpoint",
    "header",
    "headers",
    "format",
    "version",
    "enabled",
    "required",
    "present",
    "provided",
    "set",
    "ttl",
    "mode",
    "scheme",
    "method",
}
_LABELS = ("name", "key", "header")  # what a {label, value} pair calls its name


@lru_cache(maxsize=16384)
def is_secret_name(name: str) -> bool:
    """True for a field or header name whose text value is a credential (cached: names repeat a lot)."""
    words = [w.lower() for w in _WORD.findall(name)]
    if not words:
        return False
    last = words[-1]
    if last in _IDENTIFIER_WORDS or last.startswith("expir"):
        return False
    if _SECRET_JOINED.search("".join(words)) or any(w in _SECRET_WORDS for w in words):
        return True
    return last == "key" and len(words) > 1  # "subscription-key", "masterKey"; a bare "key" is a label


def _names_an_id(name: str) -> bool:
    words = _WORD.findall(name)
    return bool(words) and words[-1].lower() in ("id", "ids")


# --- credential-shaped values ------------------------------------------------------------------

_TOKEN_CHARS = r"[A-Za-z0-9._~+/=-]"
# Where a provider key may start: not after a character keys are made of. A word boundary would
# also hold after every "-", so "eyJ-eyJ-…" would start an attempt at each "eyJ",
# each reading up to 4096 characters.
_KEY_START = r"(?<![A-Za-z0-9_-])"
# Long repeats are possessive ({m,n}+): what follows them cannot match one of their characters, so
# giving characters back never helps, and Python's engine would otherwise retry once per character.
_CREDENTIAL = re.compile(
    # An HTTP auth scheme and its token ("Bearer eyJ…", "Basic dXNl…"): the scheme is kept.
    rf"(?P<scheme>\b(?i:bearer|basic|token|digest|apikey|ssws)[ \t]{{1,8}})(?P<token>{_TOKEN_CHARS}{{8,4096}}+)"
    # name=value / "name": "value" inside text, found by its credential word; the whole name is
    # read back from the text before the match and judged by ``is_secret_name``.
    r"|(?P<pword>(?i:pass|pwd|secret|token|key|auth|bearer|cookie|credential|signature))[A-Za-z0-9_.-]{0,40}+"
    # "=" always; ":" after a quote ("password": …) or before a space (password: …), never bare:
    # "system:serviceaccount:external-secrets:name" and ARNs ("…:secret:prod/db") are identifiers.
    # A backslash may come before a quote: a JSON document logged inside a string ({\"password\": …}).
    r"(?:(?:\\?[\"'])?[ \t]{0,4}=|\\?[\"'][ \t]{0,4}:|[ \t]{0,4}:(?=[ \t]))[ \t]{0,4}(?:\\?[\"'])?"
    r"(?P<pscheme>(?i:bearer|basic|token)[ \t]{1,8})?"
    r"(?P<pvalue>[^\s\"'&,;<>\\]{4,256}+)"
    # Provider key formats.
    rf"|(?P<key>{_KEY_START}(?:(?:sk|rk|pk)[-_](?:proj-|ant-[a-z0-9]{{2,12}}-|live_|test_|svcacct-|admin-)?"
    r"[A-Za-z0-9_-]{16,4096}+"
    r"|eyJ[A-Za-z0-9_-]{6,4096}+\.eyJ[A-Za-z0-9_-]{6,4096}+\.[A-Za-z0-9_-]{0,4096}+"
    r"|gh[pousr]_[A-Za-z0-9]{30,255}+|github_pat_[A-Za-z0-9_]{22,255}+"
    r"|xox[abposre]-[A-Za-z0-9-]{10,255}+|AIza[0-9A-Za-z_-]{35}|hf_[A-Za-z0-9]{30,64}+"
    r"|glpat-[A-Za-z0-9_-]{20,64}+|npm_[A-Za-z0-9]{36}\b)"
    r"|\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)"
)
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_VALUE_REST = re.compile(r"[^\s\"'&,;<>\\]*+")
_AWS_KEY_ID = re.compile(r"(?:AKIA|ASIA)[A-Z0-9]{16}")
_PRIVATE_KEY_BEGIN = re.compile(r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_PRIVATE_KEY_END = re.compile(r"-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_SHORTEST = 12  # no credential shape above fits in fewer characters


def _looks_random(token: str) -> bool:
    """A token rather than an English word after "Basic"/"Token": a digit, a symbol or inner capitals."""
    return any(c.isdigit() or c in "._~+/=-" for c in token) or any(c.isupper() for c in token[1:])


def _name_before(text: str, match: re.Match[str]) -> str:
    """The whole name a pair match's credential word belongs to ("x_" + "api_key" + "_v2")."""
    start = match.start()
    floor = max(0, start - 40)
    while start > floor and text[start - 1] in _NAME_CHARS:
        start -= 1
    return (
        text[start : match.start("pword")]
        + text[match.start("pword") : match.end("pword")]
        + text[match.end("pword") : match.start("pvalue")].split(":")[0].split("=")[0].strip("\"'\\ \t")
    )


def _judge(text: str, match: re.Match[str]) -> tuple[str | None, int]:
    """What a match becomes (None: leave it) and where the scan goes on."""
    if match.group("token") is not None:
        return (match.group("scheme") + REDACTED if _looks_random(match.group("token")) else None), match.end()
    if match.group("pvalue") is not None:
        if not is_secret_name(_name_before(text, match)):
            return None, match.start("pvalue")  # the value may still hold a credential shape
        rest = _VALUE_REST.match(text, match.end())  # a value longer than the pattern's cap
        end = rest.end() if rest else match.end()  # (never None: the pattern matches the empty string)
        return match.group(0)[: match.start("pvalue") - match.start()] + REDACTED, end
    return (REDACTED if any(c.isdigit() for c in match.group("key")) else None), match.end()


def scrub_text(text: str) -> str:
    """``text`` with credential-shaped parts replaced by ``[REDACTED]``; the same object when none.

    Every match either ends the scan further on or is replaced, and each pattern's repetition is
    bounded, so the cost stays linear in the text.
    """
    if len(text) < _SHORTEST:
        return text
    text = _drop_private_keys(text)
    pieces, cursor, position = [], 0, 0
    while (match := _CREDENTIAL.search(text, position)) is not None:
        new, position = _judge(text, match)
        if new is None:
            continue
        pieces += [text[cursor : match.start()], new]
        cursor = position
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


def _drop_private_keys(text: str) -> str:
    """Private-key blocks replaced; a block with no END line is redacted to the end of the text.

    One forward pass: each BEGIN is followed by a single search for its END, and a missing END
    consumes the rest, so many BEGIN lines cannot make the scan quadratic.
    """
    if "PRIVATE KEY" not in text:
        return text
    pieces, cursor = [], 0
    while (begin := _PRIVATE_KEY_BEGIN.search(text, cursor)) is not None:
        end = _PRIVATE_KEY_END.search(text, begin.end())
        pieces += [text[cursor : begin.start()], REDACTED]
        cursor = end.end() if end else len(text)
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


# --- whole columns at once -----------------------------------------------------------------------

# Python's regex engine tries every pattern at every position (about 0.1 µs a character here), too
# slow for every string of every record. So a block's columns are first searched with polars'
# linear-time engine for anything that *could* be a credential shape, and only the rows it flags
# are scrubbed in Python. Each gate matches everything the patterns above match (more is fine),
# in the column's own encoding: JSON text escapes quotes and control characters (\" \t \u0001),
# so the gates use no word boundaries, and a JSON object's own keys ("api_key":) are names,
# already handled by the name rules.
_GATE_SHAPES = (
    r"(?i:bearer|basic|token|digest|apikey|ssws)(?:[ \t]|\\t){1,8}[A-Za-z0-9._~+/=-]{8}"
    r"|(?:sk|rk|pk)[-_]|eyJ|gh[pousr]_|github_pat_|xox[abposre]-|AIza|hf_|glpat-|npm_|PRIVATE KEY"
)
_GATE_PAIR = r"(?i:pass|pwd|secret|token|key|auth|bearer|cookie|credential|signature)[A-Za-z0-9_.-]{0,40}"
# A quote before the separator may be escaped once more for each level of JSON it was logged in.
_JSON_GATE = _GATE_SHAPES + "|" + _GATE_PAIR + r"""(?:\\{1,7}"|')?(?:[ \t]|\\t){0,4}[:=]"""
_TEXT_GATE = _GATE_SHAPES + "|" + _GATE_PAIR + r"""\\{0,3}["']?[ \t]{0,4}[:=]"""
_GATE_AWS_ID = r"(?:AKIA|ASIA)[A-Z0-9]{16}"
# Where an access key id stands under the names CloudTrail and AWS tooling give it (kept, see
# ``_walk_dict``): such rows need no Python pass for it.
_GATE_AWS_ID_KEPT = r'(?:"accessKeyId"|"AccessKeyId"|"access_key_id"|"aws_access_key_id"):"(?:AKIA|ASIA)[A-Z0-9]{16}"'


def scrub_frame(
    frame: pl.DataFrame,
    *,
    json_columns: tuple[str, ...] = (),
    text_columns: tuple[str, ...] = (),
    sorted_json: tuple[str, ...] = (),
) -> pl.DataFrame:
    """``frame`` with credential shapes redacted in the given String columns.

    JSON columns are redacted structurally (``redact_record``; keys sorted for ``sorted_json``,
    the form ``raw`` is stored in); text columns with ``scrub_text``.
    """
    updates = []
    for name in (*json_columns, *text_columns):
        if name not in frame.columns or frame.height == 0:
            continue
        column = frame.get_column(name)
        json = name in json_columns
        flagged = column.str.contains(_JSON_GATE if json else _TEXT_GATE)
        if json:
            flagged = flagged | (column.str.count_matches(_GATE_AWS_ID) > column.str.count_matches(_GATE_AWS_ID_KEPT))
        else:
            flagged = flagged | column.str.contains(_GATE_AWS_ID)
        rows = flagged.fill_null(False).arg_true().to_list()
        if not rows:
            continue
        values = column.to_list()
        for row in rows:
            values[row] = _scrub_json(values[row], name in sorted_json) if json else scrub_text(values[row])
        updates.append(pl.Series(name, values, dtype=pl.String))
    return frame.with_columns(updates) if updates else frame


def _scrub_json(text: str, sort: bool) -> str:
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return scrub_text(text)
    redacted, changed = redact_record(value)
    if not changed:
        return text
    return orjson.dumps(redacted, option=orjson.OPT_SORT_KEYS if sort else 0).decode()


# --- structures ---------------------------------------------------------------------------------


def redact_record(value: Any, *, shapes: bool = True) -> tuple[Any, bool]:
    """A redacted version of a parsed JSON value, and whether anything was changed.

    ``shapes=False`` applies the name rules only: ingest's per-record pass, whose shape pass runs
    over the whole block at once (``scrub_frame``). Nothing is copied when nothing needs hiding:
    the common case costs one read-only pass, and the caller can reuse what it already serialised.
    """
    result = _walk(value, shapes)
    return result, result is not value


# Every credential-like name contains one of these (see ``is_secret_name``): JSON text without
# any of them needs no parse for the name rules.
_NAME_HINTS = ("pass", "pwd", "secret", "token", "key", "credential", "auth", "bearer", "cookie", "sig", "psk", "otp")


def redact_json_text(text: str, *, shapes: bool = True) -> str:
    """A JSON column's text redacted like ``raw`` (plain text when it is not JSON); same object when clean."""
    if not shapes:
        lowered = text.lower()
        if not any(hint in lowered for hint in _NAME_HINTS):
            return text
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return scrub_text(text) if shapes else text
    redacted, changed = redact_record(value, shapes=shapes)
    return orjson.dumps(redacted).decode() if changed else text


def _walk(value: Any, shapes: bool) -> Any:
    kind = type(value)
    if kind is dict:
        return _walk_dict(value, shapes)
    if kind is list:
        return _walk_list(value, shapes)
    if kind is str:
        return _string(value, shapes)
    return value


def _walk_dict(value: dict[str, Any], shapes: bool) -> dict[str, Any]:
    # A {name|key|header, value} pair (headers, tags): the name says whether the value is secret,
    # and the name itself (even under "key") is a label, not a credential.
    is_pair = "value" in value
    secret_pair = is_pair and any(type(value.get(label)) is str and is_secret_name(value[label]) for label in _LABELS)
    copy = None
    for key, item in value.items():
        item_kind = type(item)
        if secret_pair and key == "value":  # whatever its shape: OTLP wraps it in a dict
            new = _hide(item, shapes)
            if new == item:
                continue
        elif item_kind is str:
            if item and is_secret_name(key) and not (is_pair and key in _LABELS):
                new = REDACTED
            elif shapes or len(item) > RAW_STRING_LIMIT:  # (inline test: this loop is ingest's hot path)
                new = _string(item, shapes)
                if new is item or (_names_an_id(key) and _AWS_KEY_ID.fullmatch(item)):
                    continue  # an access key *id* under its own name identifies the key: rules need it
            else:
                continue
        elif item_kind is dict or item_kind is list:
            if is_secret_name(key) and not (is_pair and key in _LABELS):
                new = _hide(item, shapes)  # {"X-Api-Key": ["k…"]}, {"password": {"plain": …}}
                if new == item:
                    continue
            else:
                new = _walk_dict(item, shapes) if item_kind is dict else _walk_list(item, shapes)
                if new is item:
                    continue
        else:
            continue
        if copy is None:
            copy = dict(value)
        copy[key] = new
    return value if copy is None else copy


def _walk_list(value: list[Any], shapes: bool) -> list[Any]:
    copy = None
    # Headers logged as a [name, value] pair or a flat [name, value, name, value…] list of text:
    # the value after a credential-like name is hidden, whatever it holds.
    pairs = len(value) == 2 or all(type(item) is str for item in value)
    hide_next = False
    for index, item in enumerate(value):
        item_kind = type(item)
        hide, hide_next = (
            hide_next,
            (pairs and item_kind is str and not index % 2 and index + 1 < len(value) and is_secret_name(item)),
        )
        if hide:
            new = _hide(item, shapes)
        elif item_kind is dict or item_kind is list or (item_kind is str and (shapes or len(item) > RAW_STRING_LIMIT)):
            new = _walk(item, shapes)  # (inline test: this loop is ingest's hot path)
        else:
            continue
        if new is not item and new != item:
            if copy is None:
                copy = list(value)
            copy[index] = new
    return value if copy is None else copy


def _string(text: str, shapes: bool) -> str:
    if len(text) > RAW_STRING_LIMIT:
        text = _cut(text)
    return scrub_text(text) if shapes else text


def _hide(value: Any, shapes: bool) -> Any:
    """A value stored under a credential name: the same shape with every non-empty text leaf
    masked, however deep, since a credential may be logged as a list of header values or an
    object. Inside an object, leaves under names of identifiers (``accessKeyId``, ``expiration``,
    ``type``) are kept and treated like anywhere else: STS logs ``{"credentials": {...}}`` and
    investigations need the key id. Numbers and booleans are kept, as under any name."""
    kind = type(value)
    if kind is str:
        return REDACTED if value else value
    if kind is list:
        return [_hide(item, shapes) for item in value]
    if kind is dict:
        kept = _walk_dict({k: v for k, v in value.items() if _names_an_identifier(k)}, shapes)
        return {k: kept[k] if k in kept else _hide(v, shapes) for k, v in value.items()}
    return value


def _names_an_identifier(name: str) -> bool:
    """A name whose last word says it identifies or measures a credential (see ``is_secret_name``)."""
    words = _WORD.findall(name)
    return bool(words) and (words[-1].lower() in _IDENTIFIER_WORDS or words[-1].lower().startswith("expir"))


def _cut(text: str) -> str:
    return text[:RAW_STRING_LIMIT] + f"…[cut {len(text) - RAW_STRING_LIMIT} chars]"


# --- text that did not parse --------------------------------------------------------------------

_QUOTED_PAIR_IN_TEXT = re.compile(rb'"(?P<name>[^"\\]{1,200}+)"\s{0,8}:\s{0,8}"(?:[^"\\]|\\.){0,100000}+"?')
# The same pair in a JSON document logged as a string: every quote escaped (\"password\": \"…\"),
# and the value ends at the first escaped quote.
_ESCAPED_PAIR_IN_TEXT = re.compile(
    rb'\\"(?P<name>[^"\\]{1,200}+)\\"\s{0,8}:\s{0,8}\\"(?:[^"\\]|\\[^"]){0,100000}+(?:\\")?'
)


def _mask_quoted_pair(match: re.Match[bytes]) -> bytes:
    name = match.group("name").decode("utf-8", errors="replace")
    if not is_secret_name(name):
        return match.group(0)
    return match.group(0)[: match.end("name") + 1 - match.start()] + b': "' + REDACTED.encode() + b'"'


def _mask_escaped_pair(match: re.Match[bytes]) -> bytes:
    name = match.group("name").decode("utf-8", errors="replace")
    if not is_secret_name(name):
        return match.group(0)
    return match.group(0)[: match.end("name") + 2 - match.start()] + b': \\"' + REDACTED.encode() + b'\\"'


def mask_excerpt(data: bytes) -> str:
    """Printable start of an unparsable record with credentials masked.

    A record that failed to parse cannot be redacted structurally, so this masks the values of
    ``"<credential-like name>": "…"`` pairs found in the text (escaped ones too), then credential shapes anywhere,
    before the excerpt is kept in quarantine.
    """
    masked = _QUOTED_PAIR_IN_TEXT.sub(_mask_quoted_pair, _ESCAPED_PAIR_IN_TEXT.sub(_mask_escaped_pair, data))
    return scrub_text(masked.decode("utf-8", errors="replace").replace("\x00", "\\x00"))
