"""Data-leakage detectors: PII with validators, secrets, system-prompt, canary and protected-document
leakage, and retrieval across tenants or ACLs.

Public API: ``LeakageDetector`` (the detector), ``find_pii``, ``find_secrets``,
``system_prompt_leak``, ``find_secret_leak``, ``secrets_in``, ``Watchlist``, ``retrieval_violations``, ``Match``.
"""

from .detector import LeakageDetector
from .pii import Match, find_pii
from .rag import retrieval_violations
from .secretcandidates import secrets_in
from .secretleak import find_secret_leak
from .secrets import find_secrets
from .textleak import Watchlist, system_prompt_leak

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
