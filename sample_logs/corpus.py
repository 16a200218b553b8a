"""Internal documents behind each tenant's RAG assistant, with owner tenant and ACL groups.

Retrieved documents travel in the ``gen_ai.retrieval.documents`` span attribute as
``{"id", "score", "content", "metadata": {"tenant", "acl", "title"}}`` — the form the otel_genai
collector maps to the contract's ``retrieved_docs`` (``owner_tenant`` from ``metadata.tenant``,
``acl`` from ``metadata.acl``). In benign traffic every retrieved document belongs to the
asking user's tenant and its ACL shares a group with the user.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from aisoc.sample_logs.tenants import Tenant

__all__ = ["Doc", "DOCS", "rag_turn", "doc_payload"]


@dataclass(frozen=True)
class Doc:
    id: str
    tenant: str
    title: str
    acl: tuple[str, ...]
    content: str
    question: str  # how an employee asks about it
    answer: str


def _d(tenant: str, n: int, title: str, acl: tuple[str, ...], content: str, question: str, answer: str) -> Doc:
    return Doc(f"{tenant.split('-')[0]}-kb-{n:03d}", tenant, title, acl, content, question, answer)


DOCS: dict[str, tuple[Doc, ...]] = {
    "acme-bank": (
        _d(
            "acme-bank",
            11,
            "Consumer loan credit policy",
            ("credit-risk", "branch-staff"),
            "Unsecured consumer loans above 25,000 EUR need a second approver from credit risk. Debt-to-income "
            "must stay below 40%.",
            "What is the approval limit for consumer loans?",
            "Loans above 25,000 EUR need a second approver from credit risk (credit policy, section 2).",
        ),
        _d(
            "acme-bank",
            12,
            "AML: suspicious transaction handling",
            ("compliance",),
            "Staff file a suspicious activity report within 24 hours; the customer must not be told.",
            "How fast do we have to file a suspicious activity report?",
            "Within 24 hours, and the customer must not be informed (AML procedure).",
        ),
        _d(
            "acme-bank",
            13,
            "Travel and expenses policy",
            ("all-staff",),
            "Rail is preferred for trips under 600 km. Hotels up to 160 EUR per night in capitals.",
            "What is the hotel limit for business trips?",
            "Up to 160 EUR per night in capital cities.",
        ),
        _d(
            "acme-bank",
            14,
            "Online banking incident runbook",
            ("it-ops", "security"),
            "Sev-1: page the on-call lead, open a bridge, post status every 30 minutes.",
            "What do I do first in a Sev-1 online banking outage?",
            "Page the on-call lead and open a bridge; post status every 30 minutes.",
        ),
        _d(
            "acme-bank",
            15,
            "Remote work guideline",
            ("all-staff",),
            "Up to three remote days a week; customer data only on managed devices.",
            "How many remote days can I take?",
            "Up to three days a week, on managed devices only.",
        ),
    ),
    "globex-insurance": (
        _d(
            "globex-insurance",
            21,
            "Claims handling: water damage",
            ("claims",),
            "Adjuster visit within five working days; drying costs covered up to 3,000 EUR without a visit.",
            "Up to which amount can I approve drying costs without a visit?",
            "Up to 3,000 EUR without an adjuster visit (water damage handling guide).",
        ),
        _d(
            "globex-insurance",
            22,
            "Underwriting guideline: home contents",
            ("underwriting",),
            "Sums insured above 150,000 EUR need an inventory list and a referral to a senior underwriter.",
            "When do home contents policies need a senior underwriter?",
            "When the sum insured is above 150,000 EUR.",
        ),
        _d(
            "globex-insurance",
            23,
            "Fraud indicators checklist",
            ("fraud-unit", "claims"),
            "Indicators: claim within 30 days of inception, repeated bank detail changes, inconsistent dates.",
            "Which signs should make me refer a claim to the fraud unit?",
            "A claim soon after inception, repeated bank detail changes, or inconsistent dates.",
        ),
        _d(
            "globex-insurance",
            24,
            "Broker commission schedule",
            ("finance",),
            "Standard commission is 12% for motor and 15% for home, paid quarterly.",
            "What commission do brokers get on home policies?",
            "15%, paid quarterly.",
        ),
        _d(
            "globex-insurance",
            25,
            "Hybrid work policy",
            ("all-staff",),
            "Teams agree two office days a week; claims desks keep a rota.",
            "How many office days do we need?",
            "Two office days a week, agreed per team.",
        ),
    ),
    "initech-pay": (
        _d(
            "initech-pay",
            31,
            "Chargeback handling runbook",
            ("merchant-ops", "risk"),
            "Respond to a chargeback within 7 days with delivery proof; escalate amounts over 10,000 EUR.",
            "When do I escalate a chargeback?",
            "When it is over 10,000 EUR (chargeback runbook).",
        ),
        _d(
            "initech-pay",
            32,
            "Merchant risk scoring",
            ("risk", "data-science"),
            "Merchants scoring above 0.8 go to manual review; the score uses dispute rate and trading history.",
            "What happens to merchants with a high risk score?",
            "Above 0.8 they go to manual review.",
        ),
        _d(
            "initech-pay",
            33,
            "Payout pipeline on-call runbook",
            ("payments-eng", "it-ops"),
            "If payouts stall, check the settlement queue lag, then the bank connector health page.",
            "Payouts are stuck, where do I look first?",
            "Check the settlement queue lag, then the bank connector.",
        ),
        _d(
            "initech-pay",
            34,
            "Marketplace fee schedule",
            ("merchant-ops", "finance"),
            "Marketplaces pay 1.4% plus 0.10 EUR on EU cards and 2.9% plus 0.25 EUR on non-EU cards.",
            "What do marketplaces pay on EU cards?",
            "1.4% plus 0.10 EUR per transaction.",
        ),
        _d(
            "initech-pay",
            35,
            "Holiday policy",
            ("all-staff",),
            "27 days of leave; carry over up to five days until March.",
            "How many holiday days can I carry over?",
            "Up to five days, until March.",
        ),
    ),
}


def doc_payload(doc: Doc, score: float) -> dict:
    """The document as the RAG app logs it in ``gen_ai.retrieval.documents``."""
    return {
        "id": doc.id,
        "score": score,
        "content": doc.content,
        "metadata": {"tenant": doc.tenant, "acl": list(doc.acl), "title": doc.title},
    }


def rag_turn(rng: random.Random, tenant: Tenant, user: str) -> tuple[str, list[dict], str]:
    """(question, retrieved documents, answer) for a user, using documents the user may read."""
    groups = set(tenant.groups[user])
    allowed = [d for d in DOCS[tenant.name] if groups.intersection(d.acl)]
    main = rng.choice(allowed)
    others = [d for d in allowed if d is not main]
    picked = [main] + rng.sample(others, min(len(others), rng.randrange(0, 3)))
    scores = sorted((round(rng.uniform(0.55, 0.93), 3) for _ in picked), reverse=True)
    return main.question, [doc_payload(d, s) for d, s in zip(picked, scores)], main.answer
