-- title: Tool calls the actor's conversations requested or ran, with arguments and results, in order
SELECT ts, tenant, app, session_id, trace_id, event_kind, action, outcome, model, tool_calls,
       CASE WHEN event_kind = 'llm.tool_call' THEN response END AS tool_result, source_ref
FROM events
WHERE actor_id = $actor_id AND ts BETWEEN $since AND $until
  AND (event_kind = 'llm.tool_call' OR tool_calls IS NOT NULL)
ORDER BY ts
