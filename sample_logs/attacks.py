"""The attack storylines: who does what, when, how often, and which records are labelled.

Each storyline is a fixed scenario whose volume grows with the requested number of events N
(docs/sample_logs.md states every parameter). Its records use the same builders as benign
traffic, so only content, actor, timing and volume make them attacks. A label names the records
that carry the attack; wrapper spans of the same trace (the HTTP server span) are not labelled.
These parameters were written before any detector existed and are not to be tuned to detectors.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aisoc.sample_logs import attack_text as T
from aisoc.sample_logs.benign_ops import MODEL_SERVER, _b_mlflow, server_pods
from aisoc.sample_logs.clock import HOUR_US, MINUTE_US, SECOND_US, Window
from aisoc.sample_logs.corpus import DOCS, doc_payload
from aisoc.sample_logs.fakes import attacker_ip, fake_secret_key, hex_id, iban, luhn_card, office_ip, partner_ip
from aisoc.sample_logs.formats_ops import assumed_role, cloudtrail_record, iam_user, k8s_event
from aisoc.sample_logs.llm_chunks import DOCS_APP, SUPPORT_APP, bedrock_chunk, gateway_chunk, trace_chunk
from aisoc.sample_logs.people import customer, gateway_key
from aisoc.sample_logs.plan import Item, Plan
from aisoc.sample_logs.tenants import Tenant
from aisoc.sample_logs.vocab import SYSTEM_PROMPTS, slot

__all__ = ["Storyline", "STORYLINES", "MIN_EVENTS"]

MIN_EVENTS = 300


@dataclass(frozen=True)
class Storyline:
    id: str
    tenant: str
    source: str  # collector id
    volume: Callable[[int], int]  # units of the scenario for N events (see docs for the unit)
    planner: Callable[[Plan, random.Random, Window, Tenant, int], None]


def _label(story: str, *indexes: int) -> tuple[tuple[int, str], ...]:
    return tuple((i, story) for i in indexes)


# --- otel_genai storylines ----------------------------------------------------------------------


def _b_trace(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, shape, app, user, ip, agent, content = item.args
    return trace_chunk(rng, tenant, item.ts, shape, app, user, ip, agent, content)


def _injection(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    indirect = max(1, units // 3)
    direct = units - indirect
    start = window.place(rng, 3 * HOUR_US, (13, 17))
    actor = f"gl-cust-{rng.randrange(70000, 79999)}"
    ips = [attacker_ip(rng) for _ in range(3)]
    agent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/127.0"
    t, gap = start, max(4 * MINUTE_US, 3 * HOUR_US // direct)
    for i in range(direct):  # one customer account hammering the claims helper from rotating addresses
        prompt = T.INJECTIONS[i % len(T.INJECTIONS)].replace("{ref}", str(rng.randrange(100000, 999999)))
        content: dict[str, Any] = {
            "system": SYSTEM_PROMPTS[tenant.name],
            "prompt": prompt,
            "reply": rng.choice(T.INJECTION_REPLIES),
            "conversation": f"conv-{actor}",
        }
        plan.add(
            "otel",
            tenant,
            window.clamp(t),
            2,
            _b_trace,
            (tenant, "chat", SUPPORT_APP[tenant.name], actor, ips[i % 3], agent, content),
            _label("prompt_injection_campaign", 1),
        )
        t += rng.randrange(gap // 4, gap)
    ref = str(rng.randrange(100000, 999999))  # the claim the planted attachment pretends to be about
    poisoned = {
        "id": "globex-kb-upl-4471",
        "score": 0.91,
        "content": T.POISONED_DOC.replace("{ref}", ref),
        "metadata": {"tenant": tenant.name, "acl": ["claims"], "title": "Uploaded claim attachment"},
    }
    after = window.clamp(start + HOUR_US)
    for _ in range(indirect):  # the planted attachment is retrieved for claims staff, who get the lure
        t = after + rng.randrange(max(1, window.latest - after))
        user = rng.choice(tenant.staff[4:6])
        docs = [poisoned, doc_payload(DOCS[tenant.name][0], 0.74)]
        content = {
            "system": "Answer from the context only and cite the document title.",
            "prompt": "What's the status of the roof repair claim, can I tell the customer?",
            "docs": docs,
            "source": f"{tenant.name}-kb",
            "reply": T.POISONED_REPLY.replace("{ref}", ref),
        }
        plan.add(
            "otel",
            tenant,
            window.clamp(t),
            3,
            _b_trace,
            (
                tenant,
                "rag",
                DOCS_APP[tenant.name],
                tenant.email(user),
                office_ip(tenant.index, rng),
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edge/126.0",
                content,
            ),
            _label("prompt_injection_campaign", 1, 2),
        )


def _pii_leak(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """Half the leaks: the bank's support bot reads out another customer's card and IBAN (otel)."""
    for _ in range((units + 1) // 2):
        values = {"amount": slot(rng, "amount"), "merchant": slot(rng, "merchant")}
        question = rng.choice(T.PII_QUESTIONS).format(**values)
        reply = T.PII_REPLY.format(
            card=luhn_card(rng), iban=iban(rng), name=rng.choice(("M. Novak", "J. Berger", "A. Lindqvist", "K. Horvat"))
        )
        user, ip = customer(rng, tenant)  # an ordinary customer, who is shown someone else's data
        content = {"system": SYSTEM_PROMPTS[tenant.name], "prompt": question, "reply": reply}
        ts = window.sample(rng, "customer", 1)[0]
        plan.add(
            "otel",
            tenant,
            ts,
            2,
            _b_trace,
            (tenant, "chat", SUPPORT_APP[tenant.name], user, ip, "AcmeMobile/6.4 (iPhone; iOS 17.5)", content),
            _label("pii_secrets_leak", 1),
        )


def _secret_leak(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """The other half: the coding assistant hands a developer a live-looking provider key (gateway)."""
    for _ in range(units // 2):
        service = slot(rng, "service")
        db = service.replace("-", "_")
        reply = T.SECRET_REPLY.format(service=service, key=fake_secret_key(rng), db=db, password=hex_id(rng, 20))
        user = tenant.email(rng.choice(tenant.developers))
        ts = window.sample(rng, "office", 1)[0]
        call = dict(
            model="gpt-4o",
            system=f"You are a coding assistant for {tenant.brand} engineers.",
            prompt=rng.choice(T.SECRET_QUESTIONS).format(service=service),
            reply=reply,
            user=user,
            end_user=None,
            ip=office_ip(tenant.index, rng),
            agent="vscode-copilot-bridge/1.4.2",
            tags=["dev-copilot"],
        )
        plan.add("gateway", tenant, ts, 1, _b_gateway, (tenant, "dev-copilot", call), _label("pii_secrets_leak", 0))


def _rag_violation(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """A mis-scoped shared index: documents of another tenant, or outside the user's ACL, come back."""
    foreign = DOCS["acme-bank"][0]  # acme's credit policy, owned by acme-bank
    restricted = DOCS[tenant.name][1]  # risk scoring, ACL risk/data-science
    for i in range(units):
        user = "lina.moreau"  # merchant-ops only: may read neither document
        doc = foreign if i % 2 == 0 else restricted
        docs = [doc_payload(doc, 0.88), doc_payload(DOCS[tenant.name][3], 0.71)]
        content = {
            "system": "Answer from the context only and cite the document title.",
            "prompt": doc.question,
            "docs": docs,
            "source": "shared-kb",
            "reply": f"{doc.answer} ({doc.title})",
        }
        ts = window.sample(rng, "office", 1)[0]
        plan.add(
            "otel",
            tenant,
            ts,
            3,
            _b_trace,
            (
                tenant,
                "rag",
                DOCS_APP[tenant.name],
                tenant.email(user),
                office_ip(tenant.index, rng),
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15",
                content,
            ),
            _label("rag_access_violation", 1, 2),
        )


# --- openai_gateway storylines ------------------------------------------------------------------


def _b_gateway(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, app, call = item.args
    return gateway_chunk(rng, gateway_key(tenant, app), item.ts, **call)


_BLOCKED = {
    "error_code": "400",
    "error_class": "GuardrailRaisedException",
    "error_message": "Request blocked by guardrail prompt-shield",
}


def _jailbreaks(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    user = tenant.email(tenant.staff[6])
    t = window.place(rng, units * 6 * MINUTE_US, (12, 17))
    for i in range(units):
        blocked = i % 3 == 1 and i != units - 1  # the last attempt gets through
        call: dict[str, Any] = dict(
            model="gpt-4o-mini",
            system=None,
            prompt=T.JAILBREAKS[i % len(T.JAILBREAKS)],
            reply=None if blocked else T.JAILBREAK_REPLIES[2 if i == units - 1 else i % 2],
            user=user,
            end_user=None,
            ip=office_ip(tenant.index, rng),
            agent="WorkplaceChat/2.9 (web)",
            tags=["workplace-chat"],
        )
        if blocked:
            call.update(
                error=_BLOCKED,
                guardrail=[
                    {
                        "guardrail_name": "prompt-shield",
                        "guardrail_mode": "pre_call",
                        "guardrail_status": "guardrail_intervened",
                        "violation_categories": ["jailbreak"],
                    }
                ],
            )
        plan.add("gateway", tenant, t, 1, _b_gateway, (tenant, "workplace-chat", call), _label("jailbreak_attempts", 0))
        t += rng.randrange(MINUTE_US, 6 * MINUTE_US)


def _extraction(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """A scripted client walks the slot space in order, at a fixed pace, with one partner key."""
    step = min(3 * SECOND_US, 6 * HOUR_US // units)
    t = window.place(rng, units * step + MINUTE_US, (0, 3))
    ip = partner_ip(tenant.index, 1)
    names = list(T.PROBE_SLOTS)
    for n in range(units):
        values, rest = {}, n
        for name in reversed(names):  # mixed-radix counter over the slots: systematic coverage
            options = T.PROBE_SLOTS[name]
            values[name] = options[rest % len(options)]
            rest //= len(options)
        label = "FRAUD" if values["days"] in ("30", "60") or values["prior"] in ("3", "5") else "OK"
        call = dict(
            model="gpt-4o-mini",
            system=None,
            prompt=T.PROBE_TEMPLATE.format(n=n, **values),
            reply=f"{label} p={0.5 + (n * 37 % 50) / 100:.2f}",
            user=None,
            end_user="partner-2-sandbox",
            ip=ip,
            agent="python-httpx/0.27.0",
            tags=["partner"],
            tokens_out=4,
            params={"temperature": 0, "max_tokens": 4, "logprobs": True, "top_logprobs": 5},
        )
        plan.add("gateway", tenant, t, 1, _b_gateway, (tenant, "partner-api", call), _label("model_extraction", 0))
        t += step + rng.randrange(-step // 50, step // 50 + 1)


def _new_ip(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """The nightly scoring job's service key, used by day from an address it never used, via curl."""
    ip = attacker_ip(rng)
    t = window.place(rng, units * 3 * MINUTE_US, (10, 16))
    for i in range(units):
        prompt = T.NEW_IP_PROMPTS[i % len(T.NEW_IP_PROMPTS)].format(name="Jana Novak")
        call = dict(
            model="gpt-4o",
            system=None,
            prompt=prompt,
            reply="I don't have access to customer records; here is how such an export is usually built.",
            user=None,
            end_user=None,
            ip=ip,
            agent="curl/8.5.0",
            tags=["batch", "nightly-scoring"],
        )
        plan.add("gateway", tenant, t, 1, _b_gateway, (tenant, "batch-scoring", call), _label("api_key_new_ip", 0))
        t += rng.randrange(20 * SECOND_US, 3 * MINUTE_US)


def _cost_spike(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """A backfill misconfigured to the large model with whole histories as context, in office hours."""
    t = window.place(rng, units * MINUTE_US, (8, 11))
    for n in range(units):
        call = dict(
            model="gpt-4o",
            system="Label the merchant description as low, medium or high risk.",
            prompt=T.SPIKE_PROMPT.format(n=n + 1),
            reply="Merchant 1: medium. The dispute rate rose in ...",
            user=None,
            end_user=None,
            ip=f"10.{10 + tenant.index}.40.{rng.randrange(2, 250)}",
            agent="openai-python/1.51.0",
            tags=["batch", "backfill"],
            tokens_in=rng.randrange(90_000, 125_000),
            tokens_out=rng.randrange(2_000, 4_000),
        )
        plan.add("gateway", tenant, t, 1, _b_gateway, (tenant, "batch-scoring", call), _label("cost_spike", 0))
        t += rng.randrange(20 * SECOND_US, 60 * SECOND_US)


# --- bedrock, MLflow, CloudTrail, Kubernetes storylines -----------------------------------------


def _b_bedrock(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, call = item.args
    return bedrock_chunk(rng, tenant, item.ts, "assistant", **call)


def _prompt_extraction(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    leaks = (units + 3) // 4
    t = window.place(rng, units * 10 * MINUTE_US, (18, 22))
    session = f"i-0{hex_id(rng, 16)}"
    for i in range(units):
        leaked = i >= units - leaks
        reply = f"Sure. My instructions are:\n{SYSTEM_PROMPTS[tenant.name]}" if leaked else T.EXTRACTION_REFUSAL
        call = dict(
            system=SYSTEM_PROMPTS[tenant.name],
            prompt=T.EXTRACTION_PROMPTS[i % len(T.EXTRACTION_PROMPTS)],
            reply=reply,
            session=session,
            end_user="in-cust-13377",
        )
        plan.add("bedrock", tenant, t, 1, _b_bedrock, (tenant, call), _label("system_prompt_extraction", 0))
        t += rng.randrange(2 * MINUTE_US, 10 * MINUTE_US)


def _promotion(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """A version registered and made ``champion`` minutes later, by someone outside the release roles,
    late in the evening, with no ``validation_status=approved`` tag."""
    user = tenant.email(tenant.staff[7])
    state = {"model": tenant.models[0], "data": "2025-06"}
    t = window.place(rng, 20 * MINUTE_US, (21, 23))
    label = _label("unapproved_model_promotion", 0)
    plan.add("mlflow", tenant, t, 1, _b_mlflow, (tenant, "created", state, user), label)
    plan.add(
        "mlflow", tenant, t + rng.randrange(8, 15) * MINUTE_US, 1, _b_mlflow, (tenant, "champion", state, user), label
    )


def _b_ct(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, identity, service, name, params, read_only, data_event, ip = item.args
    return cloudtrail_record(
        rng,
        tenant,
        ts_us=item.ts,
        identity=identity,
        service=service,
        name=name,
        params=params,
        response=None,
        ip=ip,
        user_agent="aws-cli/2.15.30 md/awscrt#0.19.19 ua/2.0 os/linux#5.15",
        read_only=read_only,
        data_event=data_event,
    )


def _logging_off(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """A long-unused IAM user's key, from a new address at night, reads then deletes invocation logging."""
    identity = iam_user(tenant, "svc-reporting-legacy")
    ip = attacker_ip(rng)
    t = window.place(rng, 5 * MINUTE_US, (1, 4))
    for name, read_only in (
        ("GetModelInvocationLoggingConfiguration", True),
        ("DeleteModelInvocationLoggingConfiguration", False),
    ):
        plan.add(
            "cloudtrail",
            tenant,
            t,
            1,
            _b_ct,
            (tenant, identity, "bedrock", name, None, read_only, False, ip),
            _label("invocation_logging_disabled", 0),
        )
        t += rng.randrange(40, 90) * SECOND_US


def _tampering(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """An analyst's role session writes label files into the training-data bucket (only the pipeline does)."""
    t = window.place(rng, units * 30 * SECOND_US, (1, 4))
    identity = assumed_role(tenant, "analytics-readonly-ext", "hugo.petit", t - 20 * MINUTE_US)
    ip = attacker_ip(rng)
    for i in range(units):
        params = {
            "bucketName": tenant.training_bucket,
            "key": f"labels/chargebacks/2025/relabel-{i:04d}.parquet",
            "Host": f"{tenant.training_bucket}.s3.{tenant.region}.amazonaws.com",
        }
        plan.add(
            "cloudtrail",
            tenant,
            t,
            1,
            _b_ct,
            (tenant, identity, "s3", "PutObject", params, False, True, ip),
            _label("training_data_tampering", 0),
        )
        t += rng.randrange(5, 30) * SECOND_US


_SECRET_STEPS = (
    ("list", "serving", None, 200),
    ("get", "serving", "llm-gateway-credentials", 200),
    ("list", "kube-system", None, 403),
    ("get", "serving", "mlflow-db-credentials", 200),
    ("list", "mlops", None, 403),
    ("get", "argocd", "argocd-initial-admin-secret", 403),
)


def _b_k8s(rng: random.Random, ctx: dict, item: Item) -> dict:
    tenant, verb, namespace, name, code, pod = item.args
    server = MODEL_SERVER[tenant.name]
    return k8s_event(
        rng=rng,
        ts_us=item.ts,
        verb=verb,
        user=f"system:serviceaccount:serving:{server}",
        groups=["system:serviceaccounts", "system:serviceaccounts:serving", "system:authenticated"],
        ip=f"10.{10 + tenant.index}.4.17",
        agent="python",
        resource="secrets",
        namespace=namespace,
        name=name,
        code=code,
        extra={"authentication.kubernetes.io/pod-name": [pod]},
    )


def _sa_secrets(plan: Plan, rng: random.Random, window: Window, tenant: Tenant, units: int) -> None:
    """The serving pod's service account (it only ever reads its configmap) enumerates secrets."""
    pod = server_pods(tenant)[rng.randrange(3)]
    t = window.place(rng, units * 20 * SECOND_US, (0, 5))
    for i in range(units):
        verb, namespace, name, code = _SECRET_STEPS[i % len(_SECRET_STEPS)]
        plan.add(
            "k8s",
            tenant,
            t,
            1,
            _b_k8s,
            (tenant, verb, namespace, name, code, pod),
            _label("serving_sa_reads_secrets", 0),
        )
        t += rng.randrange(2, 20) * SECOND_US


STORYLINES: tuple[Storyline, ...] = (
    Storyline("prompt_injection_campaign", "globex-insurance", "otel_genai", lambda n: max(2, n // 4000), _injection),
    Storyline("jailbreak_attempts", "acme-bank", "openai_gateway", lambda n: max(2, n // 5000), _jailbreaks),
    Storyline(
        "system_prompt_extraction",
        "initech-pay",
        "bedrock_invocation",
        lambda n: max(2, n // 10000),
        _prompt_extraction,
    ),
    Storyline("pii_secrets_leak", "acme-bank", "otel_genai", lambda n: max(2, n // 10000), _pii_leak),
    Storyline("pii_secrets_leak", "initech-pay", "openai_gateway", lambda n: max(2, n // 10000), _secret_leak),
    Storyline("model_extraction", "globex-insurance", "openai_gateway", lambda n: max(8, n // 250), _extraction),
    Storyline("api_key_new_ip", "acme-bank", "openai_gateway", lambda n: max(3, n // 10000), _new_ip),
    Storyline("cost_spike", "initech-pay", "openai_gateway", lambda n: max(3, n // 2000), _cost_spike),
    Storyline("unapproved_model_promotion", "globex-insurance", "mlflow", lambda n: 1, _promotion),
    Storyline("invocation_logging_disabled", "acme-bank", "cloudtrail", lambda n: 1, _logging_off),
    Storyline("training_data_tampering", "initech-pay", "cloudtrail", lambda n: max(2, n // 20000), _tampering),
    Storyline("serving_sa_reads_secrets", "globex-insurance", "k8s_audit", lambda n: max(3, n // 20000), _sa_secrets),
    Storyline("rag_access_violation", "initech-pay", "otel_genai", lambda n: max(1, n // 20000), _rag_violation),
)
