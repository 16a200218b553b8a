"""Action connectors: how a playbook's action step reaches the customer's own systems.

A playbook names an operation (``block-user``, ``revoke-api-key``… see
``playbooks.model.OPERATIONS``); ``<warehouse>/aisoc.toml`` maps each operation to one
connector (``[connectors.NAME]``); aisoc ships one kind, a signed generic webhook.

    connectors = load_connectors(warehouse / "aisoc.toml")
    request = plan(connectors, "block-user", {"actor_id": "u-42"}, case_id=..., step_id=...)
    request.preview()                    # the dry run, the default: nothing is sent
    result = execute(connectors, request)  # only after the responder confirmed

Modules: ``config`` (the settings and ``Connector``), ``request`` (``ActionRequest``,
``ActionResult``), ``actions`` (``plan``, ``execute``), ``webhook`` (the webhook kind).

Exceptions::

    AisocError
     └── ConnectorError   a connector setting, an action's params, or a delivery that failed
                          (non-2xx or unreachable); one line, never a URL's path or a secret

Public API: ``ActionRequest``, ``ActionResult``, ``Connector``, ``ConnectorError``,
``load_connectors``, ``connector_for``, ``plan``, ``execute``, ``CONNECTOR_KINDS``.
"""

from aisoc.analytics.cases.connectors.actions import execute, plan
from aisoc.analytics.cases.connectors.config import (
    CONNECTOR_KINDS,
    Connector,
    ConnectorError,
    connector_for,
    load_connectors,
)
from aisoc.analytics.cases.connectors.request import ActionRequest, ActionResult

__all__ = [
    "ActionRequest",
    "ActionResult",
    "Connector",
    "ConnectorError",
    "load_connectors",
    "connector_for",
    "plan",
    "execute",
    "CONNECTOR_KINDS",
]
