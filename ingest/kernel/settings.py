"""Every environment variable aisoc reads, with its default and why it exists (docs/settings.md).

Each variable is read when its accessor is called, never cached at import: a long-lived process
(the console, ``detect --every``) and the tests (``monkeypatch.setenv``) see the value of now.
A variable set to the empty string counts as unset, as it always has for every one of them.

Modules keep their own ``*_ENV`` names where those are public (``HOME_ENV``, ``LIFETIME_ENV``);
they are spelled here once and re-exported from there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Setting",
    "ALL",
    "HOME",
    "SECRET_KEY",
    "SECRET_KEY_FILE",
    "XDG_CONFIG_HOME",
    "CACHE_DIR",
    "XDG_CACHE_HOME",
    "HUNT_MEMORY_LIMIT",
    "WEBHOOK_SECRET",
    "WEBHOOK_SECRET_FILE",
    "ACTION_SECRET",
    "ACTION_SECRET_FILE",
    "SESSION_HOURS",
    "PLAYBOOKS",
    "ACTOR",
    "FORWARDED_ALLOW_IPS",
    "SHARED_DATA",
    "CHROMIUM",
    "config_home",
    "cache_home",
    "shared_data",
    "chromium",
]

# settings.py -> kernel -> ingest -> the checkout; the shared corpora sit beside the checkout.
_BESIDE_CHECKOUT = Path(__file__).resolve().parents[3]


@dataclass(frozen=True)
class Setting:
    """One environment variable: its name, its default as people read it, and why it exists."""

    name: str
    default: str
    why: str

    def get(self) -> str | None:
        """The value now, or None when the variable is unset or empty."""
        return os.environ.get(self.name) or None

    def path(self, fallback: Path) -> Path:
        """The value as a path, or ``fallback`` when unset."""
        value = self.get()
        return Path(value) if value else fallback

    def paths(self) -> list[Path]:
        """A list separated like ``PATH`` (blank parts dropped); empty when unset."""
        return [Path(part) for part in (self.get() or "").split(os.pathsep) if part.strip()]


HOME = Setting("AISOC_HOME", "./.aisoc", "the warehouse folder when a command is given no --warehouse")
SECRET_KEY = Setting(
    "AISOC_SECRET_KEY", "unset", "the key (16+ characters) that authenticates models, caches and audit chains"
)
SECRET_KEY_FILE = Setting(
    "AISOC_SECRET_KEY_FILE", "unset", "a file holding that key, e.g. a mounted Kubernetes or Docker secret"
)
XDG_CONFIG_HOME = Setting(
    "XDG_CONFIG_HOME", "~/.config", "where aisoc/secret.key is created when neither key variable is set"
)
CACHE_DIR = Setting(
    "AISOC_CACHE_DIR", "$XDG_CACHE_HOME/aisoc", "embedding caches and learned corpora when no warehouse holds them"
)
XDG_CACHE_HOME = Setting("XDG_CACHE_HOME", "~/.cache", "the base of the default cache folder")
HUNT_MEMORY_LIMIT = Setting(
    "AISOC_HUNT_MEMORY_LIMIT", "1GB", "DuckDB's memory limit for one hunt query, so a query cannot exhaust the host"
)
WEBHOOK_SECRET = Setting("AISOC_WEBHOOK_SECRET", "unset", "signs alert webhooks (receivers check the signature)")
WEBHOOK_SECRET_FILE = Setting("AISOC_WEBHOOK_SECRET_FILE", "unset", "a file holding the webhook secret")
ACTION_SECRET = Setting(
    "AISOC_ACTION_SECRET", "unset", "signs connector actions; apart from alerts so an alert receiver cannot forge one"
)
ACTION_SECRET_FILE = Setting("AISOC_ACTION_SECRET_FILE", "unset", "a file holding the action secret")
SESSION_HOURS = Setting(
    "AISOC_SESSION_HOURS", "12", "how long a console session lasts however active (more than 0, at most 720)"
)
PLAYBOOKS = Setting(
    "AISOC_PLAYBOOKS", "the shipped library", "a site's own playbook files or folders, separated like PATH"
)
ACTOR = Setting("AISOC_ACTOR", "unset", "a label added to the OS account in the audit log (cli:<login>:<label>)")
FORWARDED_ALLOW_IPS = Setting(
    "FORWARDED_ALLOW_IPS", "unset (no proxy)", "the reverse proxy whose X-Forwarded-For the console believes"
)
SHARED_DATA = Setting(
    "AISOC_SHARED_DATA", "<checkout>/../shared/data", "the shared corpora: training material, evaluation sets"
)
CHROMIUM = Setting("AISOC_CHROMIUM", "/usr/bin/chromium", "the browser the console's browser tests drive")

ALL = (
    HOME,
    SECRET_KEY,
    SECRET_KEY_FILE,
    XDG_CONFIG_HOME,
    CACHE_DIR,
    XDG_CACHE_HOME,
    HUNT_MEMORY_LIMIT,
    WEBHOOK_SECRET,
    WEBHOOK_SECRET_FILE,
    ACTION_SECRET,
    ACTION_SECRET_FILE,
    SESSION_HOURS,
    PLAYBOOKS,
    ACTOR,
    FORWARDED_ALLOW_IPS,
    SHARED_DATA,
    CHROMIUM,
)


def config_home() -> Path:
    """``$XDG_CONFIG_HOME``, else ``~/.config``."""
    return XDG_CONFIG_HOME.path(Path.home() / ".config")


def cache_home() -> Path:
    """``$XDG_CACHE_HOME``, else ``~/.cache``."""
    return XDG_CACHE_HOME.path(Path.home() / ".cache")


def shared_data() -> Path:
    """``$AISOC_SHARED_DATA``, else ``shared/data`` beside the checkout."""
    return SHARED_DATA.path(_BESIDE_CHECKOUT / "shared" / "data")


def chromium() -> Path:
    """``$AISOC_CHROMIUM``, else Debian's ``/usr/bin/chromium``."""
    return CHROMIUM.path(Path("/usr/bin/chromium"))
