-- title: Changes to logging, guardrails and audit settings in the tenant (who switched what off)
SELECT ts, source, event_kind, action, outcome, actor_id, actor_type, source_ip, resource_type, resource_id, source_ref
FROM events
WHERE tenant = $tenant AND ts BETWEEN $since AND $until
  AND (event_kind IN ('cloud.audit', 'k8s.audit', 'mlops.audit') OR event_kind = 'llm.guardrail')
  AND regexp_matches(lower(coalesce(action, '')),
                     '(delete|stop|disable|update|put|remove|deregister|patch).*(log|trail|guardrail|audit|monitor|policy|config)|guardrail')
ORDER BY ts
