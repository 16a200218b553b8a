-- title: Who received the leaking responses (the blast radius of leaked data or a secret)
SELECT tenant, actor_id, session_id, app, model,
       count(*) AS responses, min(ts) AS first_exposed, max(ts) AS last_exposed
FROM events
WHERE list_contains($event_ids, event_id)
  AND ts BETWEEN $since AND $until  -- the evidence lies inside the alerts' window: no full scan
GROUP BY ALL
ORDER BY responses DESC
