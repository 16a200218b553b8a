"""Per-identity time-window features of LLM traffic, for the behaviour models.

One row per (identity, window): identities are API keys (``api_key:…``), users (``user:…``)
and source addresses (``ip:…``); windows are fixed (``1h`` by default). Features:

requests          requests in the window (log-scaled by the model)
tokens_in         input tokens, summed          tokens_out_mean   output tokens per request
distinct_prompts  distinct prompts / requests   diversity         1 − |mean of prompt unit vectors|
refusal_rate      replies that refuse           error_rate        outcome other than success
interarrival_cv   std/mean of the gaps between requests (near 0: a script; 1 when < 3 requests)
models            distinct models               sources           distinct networks (/24) and user agents
new_source        share of requests from a network or user agent the identity never used elsewhere
new_hour          share of requests in an hour of day the identity never used elsewhere

"Elsewhere" is the identity's other windows (when it has at least ``_ESTABLISHED`` of them:
a newcomer has no habits to break) — or, with a fitted model, its baseline.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

import numpy as np
import polars as pl
from numpy.typing import NDArray

from aisoc.detections.findings import text_column

__all__ = ["window_features", "FEATURES", "IDENTITIES", "History", "hashed_embedder"]

FEATURES = (
    "requests",
    "tokens_in",
    "tokens_out_mean",
    "distinct_prompts",
    "diversity",
    "refusal_rate",
    "error_rate",
    "interarrival_cv",
    "models",
    "sources",
    "new_source",
    "new_hour",
)
IDENTITIES = {"api_key": "api_key_id", "user": "actor_id", "ip": "source_ip"}
_REFUSAL = re.compile(
    r"(?i)\b(i can(?:no|')t (?:help|assist|do|provide|share)|i'?m (?:sorry|unable)|"
    r"i am (?:sorry|unable)|i won'?t|not able to (?:help|comply|provide)|against (?:my|our) polic)"
)
# (identity, "ip:…" / "ua:…" / "hour:…") pairs seen before: the history novelty is judged against.
History = frozenset[tuple[str, str]]
# An identity needs this many windows before a source or hour can be "new" for it.
_ESTABLISHED = 4


def hashed_embedder(texts: Sequence[str], dim: int = 256) -> NDArray[np.float32]:
    """A cheap stand-in for a sentence embedder: hashed word counts, L2-normalised."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in re.findall(r"\w+", text.lower()):
            out[row, int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little") % dim] += 1
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)  # in place; rows with no words stay zero
    return out


def _llm_events(events: pl.DataFrame) -> pl.DataFrame:
    columns = {
        name: text_column(events, name)
        for name in (
            "event_id",
            "event_kind",
            "prompt",
            "response",
            "outcome",
            "model",
            "source_ip",
            "user_agent",
            "api_key_id",
            "actor_id",
            "finish_reason",
        )
    }
    frame = pl.DataFrame(columns).with_columns(
        ts=events.get_column("ts") if "ts" in events.columns else pl.lit(None, pl.Datetime("us", "UTC")),
        tokens_in=events.get_column("tokens_in").cast(pl.Float64)
        if "tokens_in" in events.columns
        else pl.lit(None, pl.Float64),
        tokens_out=events.get_column("tokens_out").cast(pl.Float64)
        if "tokens_out" in events.columns
        else pl.lit(None, pl.Float64),
    )
    return frame.filter(pl.col("event_kind").str.starts_with("llm.") & pl.col("ts").is_not_null())


def window_features(
    events: pl.DataFrame,
    *,
    window: str = "1h",
    embedder: Callable[[Sequence[str]], np.ndarray] | None = None,
    history: History | None = None,
) -> tuple[pl.DataFrame, History]:
    """(features, the identity/source/hour pairs seen in ``events``) — see the module docstring."""
    llm = _llm_events(events)
    empty = pl.DataFrame(
        schema={
            "entity": pl.String,
            "window_start": pl.Datetime("us", "UTC"),
            "event_ids": pl.List(pl.String),
            **{f: pl.Float64 for f in FEATURES},
        }
    )
    if llm.height == 0:
        return empty, frozenset()
    embed = embedder or hashed_embedder
    prompts = llm.get_column("prompt").fill_null("").to_list()
    distinct = list(dict.fromkeys(prompts))
    vectors = np.asarray(embed(distinct), dtype=np.float32)
    position = {p: i for i, p in enumerate(distinct)}
    llm = llm.with_columns(
        pl.Series("vec_row", [position[p] for p in prompts], dtype=pl.Int64),
        refused=(
            pl.col("response").str.contains(_REFUSAL.pattern).fill_null(False)
            | (pl.col("finish_reason") == "content_filter").fill_null(False)
        ).cast(pl.Float64),
        failed=(pl.col("outcome").is_not_null() & (pl.col("outcome") != "success")).cast(pl.Float64),
        hour=pl.col("ts").dt.hour().cast(pl.String),
        # A network, not an address: a job's pods or a user's DHCP lease move within one.
        network=pl.when(pl.col("source_ip").str.contains(r"^\d+\.\d+\.\d+\.\d+$"))
        .then(pl.col("source_ip").str.replace(r"\.\d+$", ".0/24"))
        .otherwise(pl.col("source_ip")),
    )
    parts = []
    for kind, column in IDENTITIES.items():
        part = llm.filter(pl.col(column).is_not_null()).with_columns(entity=pl.lit(kind + ":") + pl.col(column))
        parts.append(part)
    tall = pl.concat(parts).sort("entity", "ts", "event_id").with_columns(window_start=pl.col("ts").dt.truncate(window))
    seen = _pairs(tall)
    counts = _pair_windows(tall)
    tall = tall.with_columns(
        gap=pl.col("ts").diff().over("entity", "window_start").dt.total_microseconds().cast(pl.Float64) / 1e6
    )
    grouped = tall.group_by("entity", "window_start", maintain_order=True).agg(
        pl.col("event_id").alias("event_ids"),
        pl.len().cast(pl.Float64).alias("requests"),
        pl.col("tokens_in").sum().alias("tokens_in"),
        pl.col("tokens_out").mean().fill_null(0).alias("tokens_out_mean"),
        (pl.col("prompt").n_unique() / pl.len()).alias("distinct_prompts"),
        pl.col("refused").mean().alias("refusal_rate"),
        pl.col("failed").mean().alias("error_rate"),
        pl.when(pl.col("gap").drop_nulls().len() >= 2)
        .then(pl.col("gap").drop_nulls().std() / pl.col("gap").drop_nulls().mean().clip(lower_bound=1e-3))
        .otherwise(1.0)
        .alias("interarrival_cv"),
        pl.col("model").n_unique().cast(pl.Float64).alias("models"),
        (pl.col("network").n_unique() + pl.col("user_agent").n_unique()).cast(pl.Float64).alias("sources"),
        pl.col("vec_row"),
        pl.col("network"),
        pl.col("user_agent"),
        pl.col("hour"),
    )
    known = history if history is not None else None
    windows_of = dict(tall.group_by("entity").agg(pl.col("window_start").n_unique()).iter_rows())
    rows_new_source, rows_new_hour, diversity = [], [], []
    for entity, ips, agents, hours, vec_rows in grouped.select(
        "entity", "network", "user_agent", "hour", "vec_row"
    ).iter_rows():

        def novel(prefix: str, values: list[str | None]) -> float:
            if known is None and windows_of[entity] < _ESTABLISHED:
                return 0.0  # too little history for anything to be new against
            flags = [_is_new(entity, f"{prefix}:{v}", known, counts) for v in values if v is not None]
            return float(np.mean(flags)) if flags else 0.0

        rows_new_source.append(max(novel("ip", ips), novel("ua", agents)))
        rows_new_hour.append(novel("hour", hours))
        unit = vectors[vec_rows]
        diversity.append(float(1.0 - np.linalg.norm(unit.mean(axis=0))) if len(unit) > 1 else 0.0)
    features = grouped.drop("vec_row", "network", "user_agent", "hour").with_columns(
        pl.Series("new_source", rows_new_source, dtype=pl.Float64),
        pl.Series("new_hour", rows_new_hour, dtype=pl.Float64),
        pl.Series("diversity", diversity, dtype=pl.Float64),
        pl.col("tokens_in").fill_null(0.0),
    )
    return features.select(empty.columns).cast(empty.schema), seen


def _pairs(tall: pl.DataFrame) -> History:
    found: set[tuple[str, str]] = set()
    for prefix, column in (("ip", "network"), ("ua", "user_agent"), ("hour", "hour")):
        for entity, value in tall.select("entity", column).unique().iter_rows():
            if value is not None:
                found.add((entity, f"{prefix}:{value}"))
    return frozenset(found)


def _pair_windows(tall: pl.DataFrame) -> dict[tuple[str, str], int]:
    """How many windows of its identity each (identity, source/hour) pair occurs in."""
    counts: dict[tuple[str, str], int] = {}
    for prefix, column in (("ip", "network"), ("ua", "user_agent"), ("hour", "hour")):
        grouped = (
            tall.filter(pl.col(column).is_not_null())
            .group_by("entity", column)
            .agg(pl.col("window_start").n_unique().alias("n"))
        )
        for entity, value, n in grouped.iter_rows():
            counts[(entity, f"{prefix}:{value}")] = n
    return counts


def _is_new(entity: str, pair: str, history: History | None, counts: dict[tuple[str, str], int]) -> bool:
    if history is not None:
        return (entity, pair) not in history
    return counts.get((entity, pair), 0) <= 1  # in no other window of this identity
