"""Access to the console: users and sign-in, roles and tenant scope, and the audit log.

Public API: ``Principal`` (who asks, what they may do, which tenants they see), ``ROLES``,
``PERMISSIONS``, ``ALL_TENANTS``; ``add_user``, ``set_password``, ``set_disabled``, ``list_users``,
``sign_in``, ``principal_for``, ``session_principal``, ``oidc_sign_in``, ``oidc_issuer``, ``oidc_signed_in_at``; ``recorded`` /
``append`` / ``verify`` / ``entries`` (the audit log). Exceptions, below ``AisocError``::

    AisocError
    ├── AccessDenied        a permission or tenant the principal lacks
    ├── UserError           a user operation that cannot be done
    └── SignInRefused       a refused sign-in (never says why)
        ├── SignInThrottled refused unchecked: too many failures under this name or from this address
        └── OidcRefused     a single sign-on identity aisoc does not accept (says why)
"""

from aisoc.analytics.access.audit import GENESIS, ChainReport, append, entries, recorded, verify
from aisoc.analytics.access.principal import ALL_TENANTS, PERMISSIONS, ROLES, AccessDenied, Principal, role_permissions
from aisoc.analytics.access.users import (
    ADDRESS_BACKOFF_CAP,
    MAX_FAILURES,
    MIN_PASSWORD,
    USER_BACKOFF_CAP,
    OidcRefused,
    SignInRefused,
    SignInThrottled,
    UserError,
    add_user,
    list_users,
    oidc_issuer,
    oidc_sign_in,
    oidc_signed_in_at,
    principal_for,
    session_principal,
    set_disabled,
    set_password,
    sign_in,
)

__all__ = [
    "Principal",
    "ROLES",
    "PERMISSIONS",
    "ALL_TENANTS",
    "AccessDenied",
    "role_permissions",
    "add_user",
    "set_password",
    "set_disabled",
    "list_users",
    "sign_in",
    "principal_for",
    "session_principal",
    "oidc_sign_in",
    "oidc_issuer",
    "oidc_signed_in_at",
    "UserError",
    "SignInRefused",
    "SignInThrottled",
    "OidcRefused",
    "MAX_FAILURES",
    "USER_BACKOFF_CAP",
    "ADDRESS_BACKOFF_CAP",
    "MIN_PASSWORD",
    "recorded",
    "append",
    "verify",
    "entries",
    "ChainReport",
    "GENESIS",
]
