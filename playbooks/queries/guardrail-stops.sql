-- title: Identities in the tenant whose LLM calls were blocked or stopped by a guardrail (one actor or a campaign)
SELECT actor_id, api_key_id, app, source_ip,
       count(*) AS stopped, count(DISTINCT session_id) AS sessions, count(DISTINCT prompt) AS distinct_prompts,
       list(DISTINCT guardrail_policy) FILTER (WHERE guardrail_policy IS NOT NULL) AS policies,
       min(ts) AS first_seen, max(ts) AS last_seen
FROM events
WHERE tenant = $tenant AND ts BETWEEN $since AND $until AND event_kind LIKE 'llm.%'
  AND (outcome = 'blocked' OR lower(coalesce(guardrail_action, '')) IN ('blocked', 'intervened'))
GROUP BY ALL
ORDER BY stopped DESC
