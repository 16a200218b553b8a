"""What the SOC console shows and does, as functions of a ``Principal`` — tenant scope, masking,
permissions and the audit log are enforced here, below the UI.

Modules by page: ``overview`` (alerts over time, tactics, tenants, top entities, freshness),
``queue`` (paged alert queue and triage), ``detail`` (one alert: evidence, spans, related alerts,
timeline), ``rulebook`` (rules, precision, on/off, test on a pasted event), ``health`` (ingest
runs, quarantine, detector status); shared: ``events`` (scoped event reads), ``masking``,
``spans``, ``feedback`` (triage into the similarity corpora), ``export``.
"""
