"""Data-leakage detectors: PII with validators, secrets, system-prompt, canary and protected-document
leakage, and retrieval across tenants or ACLs.

Public API: ``LeakageDetector`` (the detector), ``find_pii``, ``find_secrets``,
``system_prompt_leak``, ``find_secret_leak``, ``secrets_in``, ``Watchlist``, ``retrieval_violations``, ``Match``.
"""

from aisoc.detections.leakage.detector import LeakageDetector
from aisoc.detections.leakage.pii import Match, find_pii
from aisoc.detections.leakage.rag import retrieval_violations
from aisoc.detections.leakage.secretcandidates import secrets_in
from aisoc.detections.leakage.secretleak import find_secret_leak
from aisoc.detections.leakage.secrets import find_secrets
from aisoc.detections.leakage.textleak import Watchlist, system_prompt_leak

__all__ = [
    "LeakageDetector",
    "Match",
    "find_pii",
    "find_secrets",
    "system_prompt_leak",
    "find_secret_leak",
    "secrets_in",
    "Watchlist",
    "retrieval_violations",
]
