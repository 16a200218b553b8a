"""Exports from the console (a table as CSV): permission-checked and audit-logged when produced."""

from __future__ import annotations

import polars as pl

from analytics.access import Principal, recorded
from ingest.warehouse import Warehouse

__all__ = ["export_csv"]


def export_csv(warehouse: Warehouse, principal: Principal, frame: pl.DataFrame, what: str) -> bytes:
    """``frame`` as CSV, with an audit row naming what was exported and how many rows.

    Nested columns are written as JSON text (CSV has no lists). The frame is exported as the
    principal was shown it: masked for those who may not unmask.
    """
    principal.require("export")
    flat = frame.with_columns(pl.col(n).map_elements(lambda v: str(v.to_list() if isinstance(v, pl.Series) else v),
                                                     return_dtype=pl.String, skip_nulls=True)
                              for n, dtype in frame.schema.items() if dtype.is_nested())
    data = flat.write_csv().encode()
    with recorded(warehouse, principal.name, "export", what, {"rows": frame.height, "columns": frame.columns}):
        pass
    return data
