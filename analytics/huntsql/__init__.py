"""Hunting with SQL: a read-only sandbox over the analyst's own events and alerts, saved searches,
and Sigma rule drafts made from a query.

Public API: ``run_query`` (one SELECT on a sealed connection, ``HuntQuery``), ``check_select``,
``TABLES``; ``save_search`` / ``saved_searches`` / ``delete_search``; ``sigma_draft`` (``Draft``).
``masked.prepare_masked_events`` makes the masked copies of the event files ahead of the first
hunt of a role without unmask (otherwise that hunt makes them, within its time limit).
Exceptions::

    HuntQueryError   the query was refused, failed or timed out
    DraftError       the SQL cannot become a Sigma draft
"""

from aisoc.analytics.huntsql.draft import Draft, DraftError, sigma_draft
from aisoc.analytics.huntsql.sandbox import TABLES, HuntQuery, HuntQueryError, check_select, run_query
from aisoc.analytics.huntsql.saved import delete_search, save_search, saved_searches

__all__ = [
    "run_query",
    "check_select",
    "HuntQuery",
    "HuntQueryError",
    "TABLES",
    "save_search",
    "saved_searches",
    "delete_search",
    "sigma_draft",
    "Draft",
    "DraftError",
]
