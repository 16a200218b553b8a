"""Package re-exports that are imported on first use (PEP 562), not when the package is.

A package ``__init__`` that re-exports its public API would otherwise import every module behind
it — and whatever those import — as soon as any submodule is imported: ``import
aisoc.ingest.kernel.errors`` first runs ``aisoc/ingest/__init__.py``. Commands that need one
light module (``aisoc --help``, ``aisoc alerts list``) would pay for all of them.

Usage, in a package's ``__init__.py``::

    __getattr__, __dir__ = lazy_exports(__name__, {"ingest": "aisoc.ingest.pipeline", ...})

with the same names imported under ``if TYPE_CHECKING:`` so type checkers still see them.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(package: str, exports: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module ``__getattr__`` that imports ``exports[name]`` (a module path) for ``name``, and a ``__dir__``."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *exports})

    return __getattr__, __dir__
