-- title: Who used the API key, from where, and how much (a compromised or shared key)
SELECT tenant, actor_id, source_ip, user_agent, app,
       count(*) AS events, min(ts) AS first_seen, max(ts) AS last_seen,
       sum(coalesce(tokens_in, 0) + coalesce(tokens_out, 0)) AS tokens,
       round(sum(coalesce(cost_usd, 0)), 4) AS cost_usd
FROM events
WHERE api_key_id = $api_key_id AND ts BETWEEN $since AND $until
GROUP BY ALL
ORDER BY events DESC
