"""The plan: what goes into each output file, before any record is built.

Planning decides, for every chunk (one JSON line, or one CloudTrail record), its time, how many
records it holds and which of them are attack events. Records are only *built* later, file by
file in time order, so memory holds small ``Item``s rather than records, and builders can keep
per-file state (e.g. MLflow version numbers) that follows time.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aisoc.sample_logs.clock import MINUTE_US, Window
from aisoc.sample_logs.tenants import TENANTS, Tenant

__all__ = ["Item", "Plan", "FileSpec", "Builder", "FILES_SHARED", "FILES_PER_TENANT", "file_spec", "tenant_by_name"]

# build(rng, ctx, item) -> the chunk (JSON value) of one line; ctx is per-file mutable state.
Builder = Callable[[random.Random, dict, "Item"], Any]


@dataclass(slots=True)
class Item:
    ts: int  # µs since epoch, the chunk's own time (ordering key)
    seq: int  # tie-breaker: planning order
    n: int  # records the chunk holds (as the collector splits it)
    build: Builder
    args: Any
    tenant: str
    labels: tuple[tuple[int, str], ...] = ()  # (record index in chunk, storyline)


@dataclass(frozen=True)
class FileSpec:
    key: str  # "otel", "gateway", "mlflow", "bedrock/<tenant>", "cloudtrail/<tenant>", "k8s/<tenant>"
    collector: str
    path: str  # relative to the output folder; for CloudTrail a pattern with {day}
    gz: bool
    daily_documents: bool = False  # CloudTrail: one {"Records": [...]} document per day


FILES_SHARED = {
    "otel": ("otel_genai", "logs/shared/otel/genai-traces.jsonl", False),
    "gateway": ("openai_gateway", "logs/shared/gateway/litellm-proxy.jsonl.gz", True),
    "mlflow": ("mlflow", "logs/shared/mlflow/registry-webhooks.jsonl", False),
}
FILES_PER_TENANT = {
    "bedrock": ("bedrock_invocation", "logs/{tenant}/bedrock/model-invocations.jsonl", False),
    "cloudtrail": ("cloudtrail", "logs/{tenant}/cloudtrail/{account}_CloudTrail_{region}_{day}.json.gz", True),
    "k8s": ("k8s_audit", "logs/{tenant}/k8s/kube-apiserver-audit.log", False),
}


def file_spec(source: str, tenant: Tenant) -> FileSpec:
    if source in FILES_SHARED:
        collector, path, gz = FILES_SHARED[source]
        return FileSpec(source, collector, path, gz)
    collector, path, gz = FILES_PER_TENANT[source]
    path = path.replace("{tenant}", tenant.name).replace("{account}", tenant.account).replace("{region}", tenant.region)
    return FileSpec(f"{source}/{tenant.name}", collector, path, gz, daily_documents=source == "cloudtrail")


@dataclass
class Plan:
    window: Window
    items: dict[str, list[Item]] = field(default_factory=dict)
    specs: dict[str, FileSpec] = field(default_factory=dict)
    seq: int = 0
    _spec_cache: dict[tuple[str, str], FileSpec] = field(default_factory=dict, repr=False)

    def add(
        self,
        source: str,
        tenant: Tenant,
        ts: int,
        n: int,
        build: Builder,
        args: Any = None,
        labels: tuple[tuple[int, str], ...] = (),
    ) -> None:
        spec = self._spec_cache.get((source, tenant.name))
        if spec is None:
            spec = self._spec_cache[(source, tenant.name)] = file_spec(source, tenant)
            self.specs.setdefault(spec.key, spec)
        # A burst planned late in the window still ends inside it; the last minute stays free so
        # that the child spans of a trace (which start after its root) are inside too.
        ts = max(self.window.start, min(ts, self.window.end - MINUTE_US))
        self.items.setdefault(spec.key, []).append(Item(ts, self.seq, n, build, args, tenant.name, labels))
        self.seq += 1

    def records(self) -> int:
        return sum(item.n for items in self.items.values() for item in items)


def tenant_by_name(name: str) -> Tenant:
    return next(t for t in TENANTS if t.name == name)
