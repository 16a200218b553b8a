-- title: The actor's activity per day around the alerts (kinds, outcomes, tokens, sessions)
SELECT date_trunc('day', ts) AS day, tenant, event_kind, outcome,
       count(*) AS events, count(DISTINCT session_id) AS sessions,
       sum(coalesce(tokens_in, 0) + coalesce(tokens_out, 0)) AS tokens,
       round(sum(coalesce(cost_usd, 0)), 4) AS cost_usd
FROM events
WHERE actor_id = $actor_id AND ts BETWEEN $since AND $until
GROUP BY ALL
ORDER BY day, tenant, event_kind, outcome
