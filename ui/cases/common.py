"""What the ``aisoc case`` commands share: who is acting (times given and shown: ``ui.times``).

The CLI acts as the operator of the warehouse (every tenant, every permission) and records
the actions as ``cli:<login>`` (``ui.operator``); ``--as USER`` acts as a console user instead,
with that user's role and tenants.
"""

from __future__ import annotations

import click

from aisoc.analytics.access import Principal, principal_for
from aisoc.ui.operator import ACTOR_ENV, operator_name
from aisoc.ui.options import open_warehouse

__all__ = ["ACTOR_ENV", "as_option", "acting_principal", "open_as"]

as_option = click.option(
    "--as",
    "as_user",
    metavar="USER",
    default=None,
    help=f"Act as this console user, with their role and tenants (default: the operator, "
    f"recorded as cli:<login>, with ${ACTOR_ENV} as a label: cli:<login>:<label>).",
)


def acting_principal(warehouse, as_user: str | None) -> Principal:
    """The console user ``--as`` names, or the warehouse's operator."""
    if as_user:
        with warehouse.state() as con:
            principal = principal_for(con, as_user)
        if principal is None:
            raise click.ClickException(f"no active user {as_user!r} (aisoc user list)")
        return principal
    return Principal.of(operator_name(), "admin", ["*"])


def open_as(warehouse_opt, as_user):
    """The warehouse of ``--warehouse`` and the principal acting on it."""
    warehouse = open_warehouse(warehouse_opt).create()
    return warehouse, acting_principal(warehouse, as_user)
