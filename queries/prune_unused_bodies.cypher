// Bodies, posts, groups and people read from texts (not from the authority file) that no document or task
// refers to any more, and stub documents nothing cites: removed after a load so the graph holds no strays.
// Parameters: none. Returns: pruned (int)
MATCH (n:Resource)
WHERE (n:Body OR n:Post OR n:BodyGroup OR n:Person OR (n:Document AND n.authoritative IS NULL))
  AND NOT coalesce(n.fromAuthority, false)
  AND NOT EXISTS { (n)<-[]-() }
  AND NOT EXISTS { (n)-[:DERIVED_FROM]->() }
DETACH DELETE n
RETURN count(*) AS pruned
