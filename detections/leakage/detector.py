"""The leakage detector: PII, secrets, system-prompt leakage (the prompt reproduced, or a secret it
holds coming back, disguised or not), canary / protected-document leakage and cross-tenant
retrieval, as findings.

Text fields are scanned as stored and through the obfuscation normaliser's decoded segments (a
secret in base64 is found, with the encoded segment as its span). The same value found in a
named field and in ``raw`` is reported once, under the named field. Explanations name the kind
and the validator, never the value.

Each field is scanned within ``ScanLimits``: its first ``max_chars`` characters, for at most
``max_seconds``. A field cut by either limit gets a ``leakage.scan_limit`` finding saying what was
not read, and the same note ends the explanation of every other finding in that field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl

from aisoc.detections.findings import empty_findings, findings_frame, text_column
from aisoc.detections.leakage.limits import Budget, ScanLimits
from aisoc.detections.leakage.pii import Match, find_pii
from aisoc.detections.leakage.rag import retrieval_violations
from aisoc.detections.leakage.secretleak import find_secret_leak
from aisoc.detections.leakage.secrets import find_secrets
from aisoc.detections.leakage.textleak import Watchlist, system_prompt_leak
from aisoc.detections.normalize import normalize

__all__ = ["LeakageDetector", "FIELDS"]

FIELDS = ("prompt", "response", "system_prompt", "messages", "raw")
_WATCHED = ("response", "messages", "prompt")  # where a canary or a protected text leaks out
_LIMIT_SCORE = 0.3  # a field too big or too costly to read whole: worth a look, not an alarm
# Cheap column-level prefilter: rows without any of these cannot hold PII or a secret.
_MAYBE = (
    r"@|\d[\d ./()-]{5,}\d|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:"  # e-mail; numbers of 7+ characters; IPv6
    r"|[A-Za-z0-9+/_-]{8}\d[A-Za-z0-9+/_-]{7}|\d[A-Za-z0-9+/_-]{15}|[A-Za-z0-9+/_-]{15}\d"  # tokens with digits
    r"|[A-Za-z0-9+/]{24}|[\x{E0020}-\x{E007E}]"  # base64; text hidden in Unicode tag characters
    r"|PRIVATE KEY|://|(?i:key|secret|token|passw|pwd|auth|credential|bearer|--user|-u )"
)


class LeakageDetector:
    id = "leakage"

    def __init__(
        self,
        *,
        canaries: Iterable[str] = (),
        protected_docs: Mapping[str, str] | None = None,
        fields: tuple[str, ...] = FIELDS,
        limits: ScanLimits | None = None,
    ):
        self.watchlist = Watchlist(canaries, protected_docs or {})
        self.fields = fields
        self.limits = limits or ScanLimits()

    def detect(self, events: pl.DataFrame) -> pl.DataFrame:
        if events.height == 0:
            return empty_findings()
        ids = text_column(events, "event_id").to_list()
        rows: list[dict[str, Any]] = []
        seen: set[tuple[str, str, str]] = set()  # (event, kind, value) already reported
        for field in self.fields:  # named fields first, raw last: raw repeats them
            column = text_column(events, field)
            candidates = column.str.contains(_MAYBE).fill_null(False).to_list()
            for i, text in enumerate(column.to_list()):
                if text and candidates[i]:
                    rows.extend(self._content(ids[i], field, text, seen))
        rows.extend(self._leaks(events, ids))
        return findings_frame(rows) if rows else empty_findings()

    def _content(self, event_id: str, field: str, text: str, seen: set[tuple[str, str, str]]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        budget = self.limits.budget()
        length, text = len(text), text[: self.limits.max_chars]
        matches = self._matches(text, budget)
        note = self.limits.note(length, budget)
        for match, value, encoding in matches:
            key = (event_id, match.kind, value.replace(" ", ""))
            if key in seen:
                continue
            seen.add(key)
            family = "pii" if match.kind.isupper() else "secret"
            where = f" inside a {encoding}-encoded segment" if encoding else ""
            found.append(
                {
                    "event_ids": [event_id],
                    "detector": self.id,
                    "rule_id": f"leakage.{family}.{match.kind.lower()}",
                    "label": match.kind,
                    "score": match.score,
                    "field": field,
                    "span_start": match.start,
                    "span_end": match.end,
                    "explanation": (
                        f"{_describe(match.kind)} in the {field}{where} ({match.why}; "
                        f"value masked: {_mask(value)})" + (f"; {note}." if note else ".")
                    ),
                }
            )
        if note:
            found.append(
                {
                    "event_ids": [event_id],
                    "detector": self.id,
                    "rule_id": "leakage.scan_limit",
                    "label": "scan_limit",
                    "score": _LIMIT_SCORE,
                    "field": field,
                    "explanation": (
                        f"The {field} was not scanned whole for personal data and secrets ({note}); "
                        f"what the rest holds is unknown."
                    ),
                }
            )
        return found

    @staticmethod
    def _matches(text: str, budget: Budget) -> list[tuple[Match, str, str | None]]:
        """(match, matched text, encoding) in the text as stored, then in each segment it decodes to."""
        matches: list[tuple[Match, str, str | None]] = [
            (m, text[m.start : m.end], None) for m in (*find_pii(text, budget), *find_secrets(text, budget))
        ]
        for segment in normalize(text).decoded:
            if budget.spent():
                break
            for m in (*find_pii(segment.text, budget), *find_secrets(segment.text, budget)):
                shifted = Match(m.kind, segment.start, segment.end, m.score, m.why)
                matches.append((shifted, segment.text[m.start : m.end], segment.encoding))
        return matches

    def _leaks(self, events: pl.DataFrame, ids: list[str]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        system = text_column(events, "system_prompt").to_list()
        response = text_column(events, "response").to_list()
        for i, event_id in enumerate(ids):
            leak = system_prompt_leak(system[i], response[i])
            if leak is not None:
                found.append(
                    self._row(
                        event_id,
                        "leakage.system_prompt",
                        "system_prompt",
                        leak,
                        "response",
                        f"The response reproduces the system prompt ({leak.why}).",
                    )
                )
            # A separate rule: a long verbatim copy and a disguised password are different findings.
            # No prefix in the mask: two letters of "F-L-O-W-E-R" are a third of a short password.
            secret = find_secret_leak(system[i], response[i])
            if secret is not None:
                shown = response[i][secret.start : secret.end]
                found.append(
                    self._row(
                        event_id,
                        "leakage.system_prompt_secret",
                        "system_prompt_secret",
                        secret,
                        "response",
                        f"A secret from the system prompt is in the response: "
                        f"{secret.why} (value masked: {_mask(shown, keep=0)}).",
                    )
                )
        if self.watchlist:
            for field in _WATCHED:
                for i, text in enumerate(text_column(events, field).to_list()):
                    for match, name in self.watchlist.find(text):
                        what = "a registered canary token" if match.kind == "canary" else f"protected document {name}"
                        found.append(
                            self._row(
                                ids[i],
                                f"leakage.{match.kind}",
                                match.kind,
                                match,
                                field,
                                f"The {field} contains {what} ({match.why}).",
                            )
                        )
        docs = text_column(events, "retrieved_docs").to_list()
        tenants = text_column(events, "tenant").to_list()
        actors = text_column(events, "actor_id").to_list()
        for i, event_id in enumerate(ids):
            for match, _doc in retrieval_violations(docs[i], tenants[i], actors[i]):
                found.append(
                    self._row(
                        event_id,
                        f"leakage.{match.kind}",
                        match.kind,
                        match,
                        "retrieved_docs",
                        f"Retrieval outside the caller's scope: {match.why}.",
                        span=False,
                    )
                )
        return found

    def _row(
        self,
        event_id: str,
        rule_id: str,
        label: str,
        match: Match,
        field: str,
        explanation: str,
        span: bool = True,
    ) -> dict[str, Any]:
        return {
            "event_ids": [event_id],
            "detector": self.id,
            "rule_id": rule_id,
            "label": label,
            "score": match.score,
            "field": field,
            "span_start": match.start if span else None,
            "span_end": match.end if span else None,
            "explanation": explanation,
        }


def _describe(kind: str) -> str:
    return kind.replace("_", " ").lower().capitalize()


def _mask(value: str, keep: int = 4) -> str:
    compact = value.strip()
    return f"{compact[:keep]}… ({len(compact)} chars)" if len(compact) > 8 else f"… ({len(compact)} chars)"
