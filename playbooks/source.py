"""YAML read safely, with the line of every value, so a checker can say ``path:line``.

``yaml.SafeLoader`` builds only plain data (no tags that construct objects). The node tree
it composes first gives each value's line; dates are kept as the ISO text they were written
as, so a schema sees strings and an export writes back what the author wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from aisoc.ingest.kernel.errors import AisocError

__all__ = ["Located", "SourceError", "parse_located"]

Path_ = tuple[str | int, ...]


class SourceError(AisocError):
    """The text is not YAML (``line`` is 1-based). The parser sees text, not a file, so ``path``
    stays unset here; the library, which knows the file, turns it into a ``path:line`` problem."""

    line: int  # always known: the parser says where it stopped

    def __init__(self, line: int, message: str):
        super().__init__(message, line=line)


@dataclass
class Located:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)  # value path -> line of the value
    key_lines: dict[Path_, int] = field(default_factory=dict)  # mapping key path -> line of the key
    duplicates: list[tuple[Path_, int]] = field(default_factory=list)

    def line(self, path: Path_) -> int:
        """The line of ``path``, else of its nearest ancestor that has one (a missing key: its parent)."""
        path = tuple(path)
        while path:
            if path in self.key_lines:
                return self.key_lines[path]
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def parse_located(text: str) -> Located:
    """One YAML document as plain data, with lines; raises ``SourceError``."""
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SourceError((mark.line + 1) if mark else 1, f"invalid YAML: {problem}") from None
    located = Located(None)
    if node is None:
        return located
    try:
        located.data = _build(node, (), located)
    except yaml.YAMLError as exc:  # a scalar SafeLoader will not construct, e.g. an unknown tag
        mark = getattr(exc, "problem_mark", None)
        raise SourceError((mark.line + 1) if mark else 1, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None
    return located


_SCALARS = yaml.SafeLoader("")  # constructs scalars only; never fed a document


_PLAIN_TAGS: dict[type[yaml.Node], str] = {
    yaml.MappingNode: "tag:yaml.org,2002:map",
    yaml.SequenceNode: "tag:yaml.org,2002:seq",
}


def _build(node: yaml.Node, path: Path_, located: Located) -> Any:
    located.lines[path] = node.start_mark.line + 1
    plain = _PLAIN_TAGS.get(type(node))
    if plain and node.tag != plain:  # e.g. !!python/object/apply on a list: refused, not quietly dropped
        raise SourceError(node.start_mark.line + 1, f"invalid YAML: tag {node.tag!r} is not allowed")
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else "?"
            child = path + (key,)
            if key in result:
                located.duplicates.append((child, key_node.start_mark.line + 1))
            located.key_lines[child] = key_node.start_mark.line + 1
            result[key] = _build(value_node, child, located)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (index,), located) for index, item in enumerate(node.value)]
    if node.tag == "tag:yaml.org,2002:timestamp":
        # Dates stay the text the author wrote (schemas and exports see strings), and an
        # impossible one (2026-11-31) is reported by the checker with its line, not raised here.
        return node.value
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    return _SCALARS.construct_object(node, deep=True)
