"""The compiled form of a Sigma condition: a small tree that polars evaluates.

pySigma's parse tree (after the processing pipeline) is turned into these nodes by
``backend.PolarsBackend``; ``expressions`` turns them into polars expressions and ``engine``
evaluates many rules at once. Keeping an intermediate tree (instead of going straight to polars)
lets the engine see every literal of every rule and batch them into one multi-pattern pass.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "And",
    "Or",
    "Not",
    "Match",
    "Compare",
    "Cidr",
    "IsNull",
    "Exists",
    "FieldRef",
    "TimePart",
    "Node",
    "KEYWORD",
    "fields",
]

KEYWORD = None  # the field of a keyword (field-less) match


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


@dataclass(frozen=True)
class Match:
    """A string test. ``op``: eq, contains, startswith, endswith, or regex (``value`` a pattern).

    Sigma strings are case-insensitive unless ``cased``; a regex carries its own flags
    (``flags``: any of "i", "m", "s").
    """

    field: str | None
    op: str
    value: str
    cased: bool = False
    flags: str = ""


@dataclass(frozen=True)
class Compare:
    """Numeric comparison; ``op`` is eq, lt, lte, gt or gte."""

    field: str
    op: str
    number: float


@dataclass(frozen=True)
class Cidr:
    field: str
    network: str


@dataclass(frozen=True)
class IsNull:
    field: str


@dataclass(frozen=True)
class Exists:
    field: str


@dataclass(frozen=True)
class FieldRef:
    """One field compared with another; ``op`` is eq, startswith or endswith."""

    field: str
    other: str
    op: str = "eq"


@dataclass(frozen=True)
class TimePart:
    field: str
    part: str  # minute, hour, day, week, month, year
    value: int


Node = And | Or | Not | Match | Compare | Cidr | IsNull | Exists | FieldRef | TimePart


def fields(node: Node) -> set[str | None]:
    """Every field the tree reads (``KEYWORD`` for a keyword search)."""
    match node:
        case And(items) | Or(items):
            return set().union(*(fields(item) for item in items))
        case Not(item):
            return fields(item)
        case FieldRef(field, other, _):
            return {field, other}
    return {node.field}
