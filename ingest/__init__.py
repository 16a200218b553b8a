"""Collectors, the event contract and the warehouse.

Public API::

    ingest(paths, warehouse, tenant=..., source=...) -> IngestReport
    Warehouse(root), resolve_root(option)
    COLLECTORS                       collector id -> Collector
    event_id(collector_id, record)
    FIELDS / FIELD_NAMES             the event contract (ingest.schema)

Exceptions (``ingest.errors``)::

    IngestError
    ├── RecordError      one record unusable: quarantined, the run goes on
    ├── PathError        a given path cannot be read
    └── WarehouseError   the warehouse cannot be opened or written
"""

from .collectors import COLLECTORS
from .errors import IngestError, PathError, RecordError, WarehouseError
from .identity import event_id
from .pipeline import FileReport, IngestReport, ingest
from .schema import FIELD_NAMES, FIELDS
from .warehouse import Warehouse, resolve_root

__all__ = [
    "COLLECTORS",
    "FIELDS",
    "FIELD_NAMES",
    "FileReport",
    "IngestError",
    "IngestReport",
    "PathError",
    "RecordError",
    "Warehouse",
    "WarehouseError",
    "event_id",
    "ingest",
    "resolve_root",
]
