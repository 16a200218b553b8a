-- title: Tokens, cost and requests per hour by actor and API key in the tenant (cost abuse, unbounded consumption)
SELECT date_trunc('hour', ts) AS hour, actor_id, api_key_id,
       count(*) AS requests, sum(coalesce(tokens_in, 0) + coalesce(tokens_out, 0)) AS tokens,
       round(sum(coalesce(cost_usd, 0)), 4) AS cost_usd,
       count(*) FILTER (WHERE outcome <> 'success') AS not_success
FROM events
WHERE tenant = $tenant AND ts BETWEEN $since AND $until AND event_kind LIKE 'llm.%'
GROUP BY ALL
ORDER BY tokens DESC
