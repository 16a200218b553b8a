"""Delivering alerts: an outbox in the state database, and its destinations (webhook, Slack, file).

Public API: ``enqueue``, ``deliver``, ``entries``, ``pending``, ``DeliveryReport``, ``Destination``, ``parse_destination``,
``DeliveryError``, ``SECRET_ENV``, ``SECRET_FILE_ENV``, ``webhook_secret``.
"""

from aisoc.analytics.delivery.destinations import (
    SECRET_ENV,
    SECRET_FILE_ENV,
    DeliveryError,
    Destination,
    parse_destination,
    webhook_secret,
)
from aisoc.analytics.delivery.outbox import DeliveryReport, deliver, enqueue, entries, pending

__all__ = [
    "enqueue",
    "deliver",
    "pending",
    "entries",
    "DeliveryReport",
    "Destination",
    "parse_destination",
    "DeliveryError",
    "SECRET_ENV",
    "SECRET_FILE_ENV",
    "webhook_secret",
]
