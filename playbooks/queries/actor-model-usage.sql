-- title: The actor's LLM calls per model and key: volume, distinct prompts, output size (model extraction, model sweeps)
SELECT tenant, model, api_key_id, event_kind,
       count(*) AS requests, count(DISTINCT prompt) AS distinct_prompts, count(DISTINCT session_id) AS sessions,
       sum(coalesce(tokens_out, 0)) AS tokens_out, round(avg(tokens_out), 1) AS avg_tokens_out,
       round(sum(coalesce(cost_usd, 0)), 4) AS cost_usd, min(ts) AS first_seen, max(ts) AS last_seen
FROM events
WHERE actor_id = $actor_id AND ts BETWEEN $since AND $until AND event_kind LIKE 'llm.%'
GROUP BY ALL
ORDER BY requests DESC
