"""Playbook files and their loader and checker, and the alert → playbook mapping.

Playbooks are YAML data files in ``playbooks/library/`` (CACAO 2.0-inspired: typed steps with
roles, instructions and expected evidence), saved enrichment queries are SQL files in
``playbooks/queries/``. ``load_library`` reads both and collects every problem with its
``path:line``; ``to_cacao`` exports a playbook as CACAO 2.0 JSON.

Errors; playbooks' branch of the tree below ``AisocError`` (``aisoc.ingest.kernel.errors``)::

    AisocError
    └── SourceError    (source) the text is not YAML; carries its line (the library makes it a Problem)

    Problem            one finding of the checker, ``path:line: message`` (a value, not raised)
    KeyError           Library.get of an unknown playbook id
"""

from aisoc.playbooks.cacao import to_cacao
from aisoc.playbooks.check import ENRICHMENT_PARAMS, SCHEMA_PATH, Problem
from aisoc.playbooks.library import (
    GENERIC_PLAYBOOK,
    PLAYBOOK_DIR,
    PLAYBOOKS_ENV,
    QUERY_DIR,
    Library,
    library_paths,
    load_library,
)
from aisoc.playbooks.model import (
    CLASSIFICATIONS,
    CONTEXT_FIELDS,
    END,
    OPERATIONS,
    PHASES,
    STEP_TYPES,
    AppliesTo,
    Option,
    Playbook,
    Query,
    Step,
)

__all__ = [
    "load_library",
    "library_paths",
    "PLAYBOOKS_ENV",
    "to_cacao",
    "Library",
    "Playbook",
    "Step",
    "Option",
    "AppliesTo",
    "Query",
    "Problem",
    "PLAYBOOK_DIR",
    "QUERY_DIR",
    "SCHEMA_PATH",
    "GENERIC_PLAYBOOK",
    "STEP_TYPES",
    "PHASES",
    "OPERATIONS",
    "CONTEXT_FIELDS",
    "CLASSIFICATIONS",
    "ENRICHMENT_PARAMS",
    "END",
]
