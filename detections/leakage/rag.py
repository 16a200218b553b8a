"""Retrieval across tenants or past an ACL: documents a RAG step fed to the model that the caller
may not see.

``retrieved_docs`` is the contract's JSON array of ``{id, owner_tenant, acl, score, content}``.
A document is a leak when its ``owner_tenant`` is set and differs from the event's tenant, or
when its ``acl`` names people only (entries holding ``@`` or starting ``user:``) and not the
actor. Other entries are groups, and an event does not say which groups its actor is in: an ACL
with any group in it is not judged here (a Sigma rule over the raw record can, where the
source logs the user's groups).
"""

from __future__ import annotations

import orjson

from aisoc.detections.leakage.pii import Match

__all__ = ["retrieval_violations"]


def retrieval_violations(retrieved_docs: str | None, tenant: str | None, actor: str | None) -> list[tuple[Match, str]]:
    """(match, document id) per violating document; spans are the document's place in the JSON text."""
    if not retrieved_docs:
        return []
    try:
        docs = orjson.loads(retrieved_docs)
    except orjson.JSONDecodeError:
        return []
    if not isinstance(docs, list):
        return []
    found = []
    for doc in docs:
        if not isinstance(doc, dict):
            continue
        doc_id = str(doc.get("id", "?"))
        owner = doc.get("owner_tenant")
        if owner and tenant and str(owner) != tenant:
            found.append(
                (
                    Match(
                        "rag_cross_tenant",
                        0,
                        0,
                        0.95,
                        f"document {doc_id} belongs to tenant {owner}, the caller to {tenant}",
                    ),
                    doc_id,
                )
            )
            continue
        acl = doc.get("acl")
        if isinstance(acl, list) and acl and actor:
            names = {str(a) for a in acl}
            people_only = all("@" in a or a.startswith("user:") for a in names)
            if people_only and actor not in names and f"user:{actor}" not in names:
                found.append(
                    (
                        Match(
                            "rag_acl",
                            0,
                            0,
                            0.8,
                            f"document {doc_id} is restricted to {len(names)} principals; {actor} is not one",
                        ),
                        doc_id,
                    )
                )
    return found
