"""Collectors, the event contract and the warehouse.

Public API::

    ingest(paths, warehouse, tenant=..., source=...) -> IngestReport
    Warehouse(root), resolve_root(option)
    COLLECTORS                       collector id -> Collector
    event_id(collector_id, record)
    FIELDS / FIELD_NAMES             the event contract (ingest.schema)

Exceptions, ingest's branch of the tree below ``AisocError`` (``ingest.kernel.errors`` draws it all)::

    AisocError               (kernel.errors) every deliberate error: one line, exit code, path:line
    ├── IngestError          (errors) base of what ingest raises on purpose
    │   ├── RecordError      one record unusable: quarantined, the run goes on
    │   └── PathError        a given path cannot be read
    ├── WarehouseError       (kernel.errors) the warehouse cannot be opened or written
    │   └── LockBusy         another process holds a lock the caller would not wait for
    └── SecretKeyError       (kernel.secretkey) the secret key cannot be read or created
"""

from typing import TYPE_CHECKING

from aisoc.ingest.kernel.lazy import lazy_exports

if TYPE_CHECKING:
    from aisoc.ingest.collectors import COLLECTORS
    from aisoc.ingest.errors import IngestError, PathError, RecordError
    from aisoc.ingest.identity import event_id
    from aisoc.ingest.kernel.errors import WarehouseError
    from aisoc.ingest.pipeline import FileReport, IngestReport, ingest
    from aisoc.ingest.schema import FIELD_NAMES, FIELDS
    from aisoc.ingest.warehouse import Warehouse, resolve_root

# Imported on first use: importing any part of ingest (its kernel above all) runs this file, and
# the pipeline behind ``ingest`` loads every collector.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "COLLECTORS": "aisoc.ingest.collectors",
        "FIELDS": "aisoc.ingest.schema",
        "FIELD_NAMES": "aisoc.ingest.schema",
        "FileReport": "aisoc.ingest.pipeline",
        "IngestError": "aisoc.ingest.errors",
        "IngestReport": "aisoc.ingest.pipeline",
        "PathError": "aisoc.ingest.errors",
        "RecordError": "aisoc.ingest.errors",
        "Warehouse": "aisoc.ingest.warehouse",
        "WarehouseError": "aisoc.ingest.kernel.errors",
        "event_id": "aisoc.ingest.identity",
        "ingest": "aisoc.ingest.pipeline",
        "resolve_root": "aisoc.ingest.warehouse",
    },
)

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
