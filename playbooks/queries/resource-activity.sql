-- title: Every MLOps and cloud action on the resource (model, endpoint, bucket, secret) around the alerts
SELECT ts, tenant, source, event_kind, action, outcome, actor_id, actor_type, source_ip, resource_type, resource_id,
       response_status, source_ref
FROM events
WHERE resource_id = $resource_id AND ts BETWEEN $since AND $until
ORDER BY ts
