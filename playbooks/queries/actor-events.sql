-- title: The actor's latest events around the alerts, newest first
SELECT ts, tenant, event_kind, action, outcome, app, session_id, model, source_ip, prompt, response, source_ref
FROM events
WHERE actor_id = $actor_id AND ts BETWEEN $since AND $until
ORDER BY ts DESC
