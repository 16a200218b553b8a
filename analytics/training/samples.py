"""One labelled training text, whatever its origin.

``label`` is one of ``LABELS`` for prompts (what a user or a document sends to a model) or of
``RESPONSE_LABELS`` for model responses. ``source`` names the manifest part the text belongs to
(``written/attacks``, ``composed/personas``, ``train/jailbreakbench`` …), ``technique`` the way
of attacking or the kind of benign text, ``lang`` an ISO 639-1 code.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Sample", "LABELS", "ATTACK_LABELS", "RESPONSE_LABELS"]

ATTACK_LABELS = ("injection", "jailbreak", "extraction")
# ``harmful``: a plain harmful request, no wrapper: not an attack on the application.
LABELS = (*ATTACK_LABELS, "harmful", "benign")
RESPONSE_LABELS = ("disclosure", "normal")


@dataclass(frozen=True)
class Sample:
    text: str
    label: str
    source: str
    technique: str = ""
    lang: str = "en"
