"""The kernel every layer shares, below ingest: it imports nothing else from aisoc.

    state       the state database: short transactions, waits out another writer (open_state)
    migrations  each subsystem's tables as versioned migrations, recorded in schema_version
    locks       named OS file locks beside the warehouse's files (re-entrant in the holding thread)
    atomic      files written whole or not at all
    clocks      times as they are stored (naive UTC), as people type them and as outputs show them
    userfiles   files people write (rule packs, playbooks, aisoc.toml): found, read, path:line
    secretkey   the key outside the warehouse that authenticates what aisoc writes
    settings    every environment variable aisoc reads, its default and why (docs/settings.md)
    errors      AisocError, the root of every deliberate error
    lazy        package re-exports imported on first use (PEP 562)

Import the module you need (``from aisoc.ingest.kernel.state import open_state``); this
package re-exports nothing, so importing one part never loads the others.
"""
