-- title: Everything in the alert's session, in order
SELECT ts, tenant, actor_id, event_kind, action, outcome, model, prompt, response, tool_calls, guardrail_action, source_ref
FROM events
WHERE session_id = $session_id AND ts BETWEEN $since AND $until
ORDER BY ts
