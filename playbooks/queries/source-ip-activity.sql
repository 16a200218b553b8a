-- title: Who acted from the source IP: identities, API keys, clients and tenants (a shared or stolen credential)
SELECT tenant, actor_id, actor_type, api_key_id, user_agent, event_kind,
       count(*) AS events, min(ts) AS first_seen, max(ts) AS last_seen,
       count(*) FILTER (WHERE outcome <> 'success') AS not_success
FROM events
WHERE source_ip = $source_ip AND ts BETWEEN $since AND $until
GROUP BY ALL
ORDER BY events DESC
