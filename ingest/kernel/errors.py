"""The one exception tree of aisoc.

Every error aisoc raises on purpose derives from ``AisocError``; the CLI catches that one class
and prints it as one line, ``aisoc: error: message`` (``path:line: message`` when a file is at
fault and the message does not already start with it), exiting with the error's ``exit_code``.
Every class below exits 1: 2 stays the CLI framework's answer to a usage error, and no deliberate
error is one. Each package draws its own branch in its ``__init__`` docstring; the whole tree::

    AisocError              base of every deliberate error: one line, exit_code, optional path:line
    ├── WarehouseError      the warehouse folder or state database is unusable
    │   └── LockBusy        another process holds a lock the caller would not wait for
    ├── SecretKeyError      the secret key cannot be read or created (kernel.secretkey)
    ├── IngestError         base of what ingest raises (aisoc.ingest.errors)
    │   ├── RecordError     one record is unusable; it is quarantined, the run goes on
    │   └── PathError       a path given by the user cannot be read
    ├── BehaviourError      a behaviour model that cannot be used (aisoc.detections.behaviour)
    ├── ClassifierError     a classifier file missing, damaged or not ours (aisoc.detections.classifier)
    ├── SimilarityError     a similarity model, corpus or index (aisoc.detections.similarity)
    ├── SourceError         a playbook's text is not YAML; carries its line (aisoc.playbooks.source)
    ├── AccessDenied        a permission or tenant the principal lacks (aisoc.analytics.access)
    ├── UserError           a user operation that cannot be done (aisoc.analytics.access)
    ├── SignInRefused       a refused sign-in, never saying why (aisoc.analytics.access)
    │   ├── SignInThrottled too many failures under this name or from this address
    │   └── OidcRefused     a single sign-on identity aisoc does not accept
    ├── AlertError          an unknown alert or a bad status (aisoc.analytics.alerting)
    ├── ConfigError         aisoc.toml or a setting that cannot be used (aisoc.analytics.jobs.config)
    ├── DeliveryError       an alert destination that cannot be used or reached (aisoc.analytics.delivery)
    ├── SecretMissing       no usable signing secret (aisoc.analytics.delivery.signing)
    ├── CaseError           unknown case, alert or step; wrong state (aisoc.analytics.cases)
    ├── ConnectorError      a connector setting or action that failed (aisoc.analytics.cases.connectors)
    ├── ReportError         a report that cannot be rendered or written (aisoc.analytics.cases.report)
    ├── EvaluationError     a corpus, split or option that cannot be evaluated (aisoc.analytics.evaluation)
    ├── HuntQueryError      a hunt query refused, failed or out of time (aisoc.analytics.huntsql)
    ├── DraftError          SQL that cannot become a Sigma draft (aisoc.analytics.huntsql)
    ├── RuleTestError       a pasted event that cannot be tested (aisoc.analytics.queries.rulebook)
    └── TrainingDataError   training material missing or unreadable (aisoc.analytics.training)

Exceptions that steer control flow inside one module (``InflateLimit``, ``MaskingStopped``,
``OutOfTime``, ``_Skip``, ``_Tangled``, ``_AlreadyResealed``) are not in the tree: each is caught
next to where it is raised and becomes a value or one of the errors above, never reaching a user.
"""

from __future__ import annotations

from os import PathLike

__all__ = ["AisocError", "WarehouseError", "LockBusy"]


class AisocError(Exception):
    """A deliberate, explained failure: one line for the user, optionally at ``path:line``."""

    exit_code: int = 1  # what the CLI exits with; a subclass may say otherwise (none does today)

    def __init__(self, message: str = "", *, path: str | PathLike[str] | None = None, line: int | None = None) -> None:
        super().__init__(message)
        # Kept as text, formatted as the message formats it, so the CLI can tell whether the
        # message already starts with its location.
        self.path = None if path is None else str(path)
        self.line = line

    @property
    def location(self) -> str | None:
        """``path:line`` (or ``path``) of the file at fault, when one is."""
        if self.path is None:
            return None
        return f"{self.path}:{self.line}" if self.line is not None else self.path


class WarehouseError(AisocError):
    """The warehouse cannot be opened or written."""


class LockBusy(WarehouseError):
    """Another live process holds the lock (a dead one cannot: the OS drops its lock)."""
