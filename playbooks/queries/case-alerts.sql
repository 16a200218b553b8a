-- title: The case's alerts as the detectors raised them
SELECT id, detector, rule_id, title, severity, tenant, entity, first_seen, last_seen, count, status, tags
FROM alerts
WHERE list_contains($alert_ids, id)
ORDER BY first_seen
