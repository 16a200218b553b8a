"""Exceptions raised by ``ingest`` (below ``AisocError``, ``aisoc.ingest.kernel.errors``).

AisocError
├── IngestError             base of everything ingest raises on purpose
│   ├── RecordError         one record is unusable; it is quarantined, the run goes on
│   └── PathError           a path given by the user cannot be read
├── WarehouseError          (kernel) the warehouse folder or state database is unusable
│   └── LockBusy            another process holds a lock that the caller would not wait for
└── SecretKeyError          (kernel) the secret key cannot be read or created
"""

from __future__ import annotations

from aisoc.ingest.kernel.errors import AisocError

__all__ = ["IngestError", "RecordError", "PathError"]


class IngestError(AisocError):
    """Base class for errors raised by the ingest package."""


class RecordError(IngestError):
    """A record cannot be stored. ``reason`` is a stable machine-readable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class PathError(IngestError):
    """A user-given path is missing or unreadable."""
