"""Who runs the CLI: the operating-system account, as the audit log and the cases record it.

The name comes from the process's user id (the password database), not from ``$USER`` or
``$LOGNAME``, which anyone can set. ``$AISOC_ACTOR`` may add a label (a ticket, the person behind
a shared service account), but it never replaces the account: ``cli:<login>:<label>``.
"""

from __future__ import annotations

import getpass
import os

from aisoc.ingest.kernel.settings import ACTOR

__all__ = ["ACTOR_ENV", "os_user", "operator_name"]

ACTOR_ENV = ACTOR.name
_LABEL_LIMIT = 100


def os_user() -> str:
    """The login of the process's user id; the environment's guess, or ``uid<N>``, only if it has none."""
    try:
        import pwd  # not on Windows

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        pass
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return f"uid{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def operator_name() -> str:
    """``cli:<login>``, or ``cli:<login>:<label>`` with ``$AISOC_ACTOR`` set."""
    label = " ".join((ACTOR.get() or "").split())[:_LABEL_LIMIT]
    return f"cli:{os_user()}" + (f":{label}" if label else "")
