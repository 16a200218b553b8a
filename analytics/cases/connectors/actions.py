"""Planning an action (the dry run) and executing it.

``plan`` contacts nothing: it picks the connector, checks the params and builds the request
whose ``preview()`` the responder confirms. Only ``execute`` sends, and the case code calls it
after that confirmation; the audit record is the case code's to write.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from aisoc.analytics.cases.connectors import webhook
from aisoc.analytics.cases.connectors.config import Connector, ConnectorError, connector_for
from aisoc.analytics.cases.connectors.request import ActionRequest, ActionResult

__all__ = ["plan", "execute"]

# kind -> how it sends; config.CONNECTOR_KINDS lists the same kinds for the loader.
_SENDERS: Mapping[str, Callable[[Connector, ActionRequest], ActionResult]] = {"webhook": webhook.send}


def plan(
    connectors: Mapping[str, Connector],
    operation: str,
    params: Mapping[str, object],
    *,
    case_id: str,
    step_id: str,
    now: datetime | None = None,
) -> ActionRequest:
    """The request for one action step (placeholders already filled in); nothing is sent."""
    connector = connector_for(connectors, operation)
    extra = {"requested_at": now} if now is not None else {}
    return ActionRequest(
        operation=operation,
        connector=connector.name,
        params=dict(params),
        case_id=case_id,
        step_id=step_id,
        url_shown=connector.shown,
        **extra,
    )


def execute(connectors: Mapping[str, Connector], request: ActionRequest) -> ActionResult:
    """Send ``request`` for real; ``ConnectorError`` unless the receiver accepted it (2xx)."""
    connector = connectors.get(request.connector)
    if connector is None:
        raise ConnectorError(f"{request.operation}: no connector named {request.connector} in aisoc.toml")
    if request.operation not in connector.operations:
        raise ConnectorError(
            f"{request.operation}: connector {connector.name} does not handle it "
            f"(its operations: {', '.join(connector.operations)})"
        )
    if request.changed():
        # The key would no longer match the body, and the preview confirmed would not be what is sent.
        raise ConnectorError(f"{request.operation}: the request was changed after it was planned: plan it again")
    return _SENDERS[connector.kind](connector, request)
