-- title: Documents the actor retrieved that belong to other tenants (cross-tenant RAG reach)
SELECT e.tenant AS requesting_tenant, json_extract_string(d.doc, '$.owner_tenant') AS owner_tenant,
       json_extract_string(d.doc, '$.id') AS doc_id, count(*) AS retrievals, min(e.ts) AS first_seen, max(e.ts) AS last_seen
FROM events AS e, unnest(CAST(json(coalesce(e.retrieved_docs, '[]')) AS JSON[])) AS d(doc)
WHERE e.actor_id = $actor_id AND e.ts BETWEEN $since AND $until
  AND json_extract_string(d.doc, '$.owner_tenant') IS DISTINCT FROM e.tenant
GROUP BY ALL
ORDER BY retrievals DESC
