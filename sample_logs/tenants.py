"""The three made-up tenants of the sample set: who works there, their accounts, keys and apps.

``acme-bank`` (retail bank), ``globex-insurance`` (insurer) and ``initech-pay`` (payment
processor) share one LLM gateway, one OpenTelemetry collector and one MLflow server (platform
logs that carry a tenant field), and each has its own AWS account and Kubernetes cluster (logs
without a tenant field, written to per-tenant folders). All names are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Tenant", "TENANTS", "TENANT_NAMES"]


@dataclass(frozen=True)
class Tenant:
    name: str
    index: int
    weight: float  # share of the traffic
    brand: str
    email_domain: str
    account: str  # AWS account id
    region: str
    staff: tuple[str, ...]  # employee login names; roles below index into it
    groups: dict[str, tuple[str, ...]]  # login -> document ACL groups it belongs to
    models: tuple[str, ...]  # MLflow registered models
    support_tool: str  # the tool the support bot calls
    batch_model: str  # what the nightly gateway batch job runs
    cluster: str

    # roles (indexes into staff)
    @property
    def data_scientists(self) -> tuple[str, ...]:
        return self.staff[0:2]

    @property
    def reviewer(self) -> str:
        return self.staff[2]

    @property
    def release_manager(self) -> str:
        return self.staff[3]

    @property
    def developers(self) -> tuple[str, ...]:
        return self.staff[1:6]

    def email(self, login: str) -> str:
        return f"{login}@{self.email_domain}"

    @property
    def training_bucket(self) -> str:
        return f"{self.name}-training-data"

    @property
    def artifact_bucket(self) -> str:
        return f"{self.name}-model-artifacts"

    def role_arn(self, role: str) -> str:
        return f"arn:aws:iam::{self.account}:role/{role}"


def _groups(staff: tuple[str, ...], by_index: tuple[tuple[str, ...], ...]) -> dict[str, tuple[str, ...]]:
    return {login: ("all-staff", *by_index[i]) for i, login in enumerate(staff)}


_ACME_STAFF = (
    "anna.schmidt",
    "jonas.weber",
    "lea.fischer",
    "tobias.wagner",
    "mia.becker",
    "felix.hoffmann",
    "nina.keller",
    "paul.richter",
)
_GLOBEX_STAFF = (
    "sofia.rossi",
    "luca.bianchi",
    "giulia.romano",
    "marco.ricci",
    "elena.conti",
    "paolo.greco",
    "sara.gallo",
    "andrea.costa",
)
_INITECH_STAFF = (
    "emma.dubois",
    "louis.martin",
    "chloe.bernard",
    "hugo.petit",
    "lina.moreau",
    "noah.laurent",
    "jade.simon",
    "arthur.michel",
)

TENANTS: tuple[Tenant, ...] = (
    Tenant(
        name="acme-bank",
        index=0,
        weight=0.45,
        brand="Acme Bank",
        email_domain="acme-bank.example",
        account="310000000101",
        region="eu-central-1",
        staff=_ACME_STAFF,
        groups=_groups(
            _ACME_STAFF,
            (
                ("credit-risk", "data-science"),
                ("data-science", "it-ops"),
                ("credit-risk", "model-risk"),
                ("it-ops", "security"),
                ("compliance",),
                ("branch-staff",),
                ("branch-staff", "compliance"),
                ("it-ops",),
            ),
        ),
        models=("credit-risk-scorer", "complaint-classifier", "txn-categoriser"),
        support_tool="get_card_status",
        batch_model="gpt-4o-mini",
        cluster="acme-ml-prod",
    ),
    Tenant(
        name="globex-insurance",
        index=1,
        weight=0.33,
        brand="Globex Insurance",
        email_domain="globex-insurance.example",
        account="310000000202",
        region="eu-west-1",
        staff=_GLOBEX_STAFF,
        groups=_groups(
            _GLOBEX_STAFF,
            (
                ("underwriting", "data-science"),
                ("data-science", "claims"),
                ("model-risk", "underwriting"),
                ("it-ops",),
                ("claims",),
                ("claims", "fraud-unit"),
                ("finance",),
                ("underwriting",),
            ),
        ),
        models=("claims-fraud-scorer", "claims-triage-llm", "lapse-predictor"),
        support_tool="get_claim_status",
        batch_model="claude-3-5-haiku",
        cluster="globex-ml-prod",
    ),
    Tenant(
        name="initech-pay",
        index=2,
        weight=0.22,
        brand="Initech Pay",
        email_domain="initech-pay.example",
        account="310000000303",
        region="eu-west-3",
        staff=_INITECH_STAFF,
        groups=_groups(
            _INITECH_STAFF,
            (
                ("risk", "data-science"),
                ("data-science", "payments-eng"),
                ("model-risk", "risk"),
                ("payments-eng", "it-ops"),
                ("merchant-ops",),
                ("payments-eng",),
                ("merchant-ops", "finance"),
                ("it-ops",),
            ),
        ),
        models=("chargeback-predictor", "merchant-risk-model", "dispute-summariser"),
        support_tool="get_payout_status",
        batch_model="gpt-4o-mini",
        cluster="initech-ml-prod",
    ),
)

TENANT_NAMES: tuple[str, ...] = tuple(t.name for t in TENANTS)
