"""Exports from the console (a table as CSV): permission-checked and audit-logged when produced."""

from __future__ import annotations

import polars as pl

from aisoc.analytics.access import Principal, recorded
from aisoc.ingest.warehouse import Warehouse

__all__ = ["export_csv"]

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"):
# event text is written by whoever sends a prompt, so such a cell gets a leading apostrophe,
# which spreadsheets read as "this is text" and do not display.
_FORMULA_START = "^[=+\\-@\t\r]"


def _neutralised(name: str) -> pl.Expr:
    """A text column with every cell a spreadsheet would run as a formula prefixed with ``'``."""
    text = pl.col(name).cast(pl.String)
    return pl.when(text.str.contains(_FORMULA_START)).then(pl.lit("'") + text).otherwise(text).alias(name)


def export_csv(warehouse: Warehouse, principal: Principal, frame: pl.DataFrame, what: str) -> bytes:
    """``frame`` as CSV, with an audit row naming what was exported and how many rows.

    Nested columns are written as text (CSV has no lists). The frame is exported as the
    principal was shown it: masked for those who may not unmask. Text cells a spreadsheet would
    run as a formula get a leading ``'``; numbers are left as numbers.
    """
    principal.require("export")
    flat = frame.with_columns(
        pl.col(n).map_elements(
            lambda v: str(v.to_list() if isinstance(v, pl.Series) else v), return_dtype=pl.String, skip_nulls=True
        )
        for n, dtype in frame.schema.items()
        if dtype.is_nested()
    )
    flat = flat.with_columns(
        _neutralised(n)
        for n, dtype in flat.schema.items()
        if dtype == pl.String or isinstance(dtype, (pl.Categorical, pl.Enum))
    )
    data = flat.write_csv().encode()
    with recorded(warehouse, principal.name, "export", what, {"rows": frame.height, "columns": frame.columns}):
        pass
    return data
