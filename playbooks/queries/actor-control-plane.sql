-- title: Every cloud, Kubernetes and MLOps action the actor took around the alerts (what else the identity touched)
SELECT ts, tenant, source, event_kind, action, outcome, resource_type, resource_id, source_ip, user_agent,
       api_key_id, cloud_account, cloud_region, response_status, source_ref
FROM events
WHERE actor_id = $actor_id AND ts BETWEEN $since AND $until
  AND event_kind IN ('cloud.audit', 'k8s.audit', 'mlops.audit')
ORDER BY ts
