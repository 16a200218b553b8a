"""The classifier detector: trained models read prompts, documents and responses.

* ``prompt``, ``messages`` (user and tool turns) and ``retrieved_docs`` go through the prompt
  model: a finding ``classifier.injection`` / ``classifier.jailbreak`` /
  ``classifier.extraction`` when P(attack) reaches the model's ``low`` tier.
* ``response`` goes through the response model: ``classifier.response_disclosure`` when the
  model's answer reads as its own instructions being handed out (with or without a logged
  system prompt).

Each finding's explanation gives the class, the calibrated probability, the confidence tier
(whose measured precision docs/classifier.md lists) and the word n-grams that weighed most.
``allow`` holds texts dismissed in triage, per tenant: an allowed text is not flagged again for
that tenant (``*`` allows it everywhere).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

import polars as pl

from aisoc.detections.classifier.model import TextClassifier
from aisoc.detections.classifier.scoring import Verdict, score_texts
from aisoc.detections.findings import empty_findings, findings_frame, text_column
from aisoc.detections.texts import json_strings

__all__ = ["ClassifierDetector", "PROMPT_FIELDS", "text_key"]

PROMPT_FIELDS = ("prompt", "messages", "retrieved_docs")
_VIEW_WORDS = {
    "window": "a passage of",
    "whole": "",
    "base64": "a base64-encoded segment of",
    "hex": "a hex-encoded segment of",
    "rot13": "a rot13-encoded segment of",
    "unicode_tags": "text hidden in Unicode tag characters in",
}


def text_key(text: str) -> str:
    """The allow-list key of a text: SHA-256 of its whitespace-folded form."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


class ClassifierDetector:
    id = "classifier"

    def __init__(
        self,
        prompt: TextClassifier,
        response: TextClassifier | None = None,
        *,
        allow: Mapping[str, Sequence[str]] | None = None,
        fields: Sequence[str] = PROMPT_FIELDS,
    ):
        self.prompt = prompt
        self.response = response
        self.fields = tuple(fields)
        self.allow = {tenant: {text_key(t) for t in texts} for tenant, texts in (allow or {}).items()}

    def detect(self, events: pl.DataFrame) -> pl.DataFrame:
        if events.height == 0:
            return empty_findings()
        ids = text_column(events, "event_id").to_list()
        tenants = text_column(events, "tenant").to_list()
        prompts = text_column(events, "prompt").to_list()
        rows: list[dict[str, Any]] = []
        for field in self.fields:
            pieces = self._pieces(field, text_column(events, field).to_list(), prompts)
            verdicts = score_texts(self.prompt, [text for _, text, _ in pieces])
            for (row, text, whole), verdict in zip(pieces, verdicts):
                label = verdict.label
                if label is not None and self._flags(self.prompt, verdict, text, tenants[row]):
                    rows.append(
                        self._finding(
                            ids[row], field, verdict, whole, self.prompt, f"classifier.{label}", label, tenants[row]
                        )
                    )
        if self.response is not None:
            responses = text_column(events, "response").to_list()
            present = [i for i, t in enumerate(responses) if t]
            for i, verdict in zip(present, score_texts(self.response, [responses[i] for i in present])):
                if self._flags(self.response, verdict, responses[i], tenants[i]):
                    rows.append(
                        self._finding(
                            ids[i],
                            "response",
                            verdict,
                            True,
                            self.response,
                            "classifier.response_disclosure",
                            "response_disclosure",
                            tenants[i],
                        )
                    )
        return findings_frame(_best_per_field(rows)) if rows else empty_findings()

    def _pieces(self, field: str, texts: list[str | None], prompts: list[str | None]) -> list[tuple[int, str, bool]]:
        """(row, text, is the whole field) for each text to score in ``field``."""
        pieces = []
        for row, text in enumerate(texts):
            if not text:
                continue
            if field == "prompt":
                pieces.append((row, text, True))
                continue
            for piece, whole in json_strings(text):
                # The last user message usually is the prompt: it is scored once, under ``prompt``.
                if field == "messages" and "prompt" in self.fields and piece.strip() == (prompts[row] or "").strip():
                    continue
                pieces.append((row, piece, whole))
        return pieces

    def _flags(self, model: TextClassifier, verdict: Verdict, text: str, tenant: str | None) -> bool:
        if verdict.label is None or model.tier(verdict.score) is None:
            return False
        if not self.allow:
            return True
        key = text_key(text)
        return key not in self.allow.get("*", ()) and key not in self.allow.get(tenant or "", ())

    def _finding(
        self,
        event_id: str,
        field: str,
        verdict: Verdict,
        whole: bool,
        model: TextClassifier,
        rule_id: str,
        label: str,
        tenant: str | None,
    ) -> dict[str, Any]:
        """One finding; tenant-scoped, since the tenant's allow-list had its say."""
        tier = model.tier(verdict.score)
        # A flagged verdict always has a label (``_flags``); the n-grams are those of its class.
        grams = model.top_ngrams(verdict.text, verdict.label) if verdict.label is not None else []
        where = _VIEW_WORDS.get(verdict.view, "")
        reason = f"; weighed most: {', '.join(repr(g) for g in grams)}" if grams else ""
        what = "discloses its instructions" if label == "response_disclosure" else f"reads as {_described(label)}"
        return {
            "event_ids": [event_id],
            "detector": self.id,
            "rule_id": rule_id,
            "label": label,
            "score": round(min(max(verdict.score, 0.0), 1.0), 4),
            "field": field,
            "span_start": verdict.span[0] if whole and verdict.span else None,
            "span_end": verdict.span[1] if whole and verdict.span else None,
            "tenant": tenant,
            "explanation": (
                f"{('In ' + where + ' the ' + field) if where else 'The ' + field} {what} "
                f"(classifier probability {verdict.score:.2f}, {tier} confidence{reason})."
            ),
        }


def _described(label: str) -> str:
    return {
        "injection": "a prompt injection",
        "jailbreak": "a jailbreak",
        "extraction": "an attempt to extract the system prompt or its secrets",
    }.get(label, label)


def _best_per_field(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One finding per event, field and rule: the highest-scoring piece (a conversation's turns)."""
    best: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["event_ids"][0], row["field"], row["rule_id"])
        if key not in best or row["score"] > best[key]["score"]:
            best[key] = row
    return list(best.values())
