// The Cypher twin of TaskCollectiveOwnerShape's SPARQL constraint "Task has only collective owners": it has
// owners, and none is a body or a post — or its owner kind says "collective" (ontology/shapes.ttl names this
// file). Parameters: none. Returns: id, value, vars (doc, clause)
MATCH (n:Task)
WHERE EXISTS { (n)-[:OWNER]->() }
  AND NOT EXISTS {
    MATCH (n)-[:OWNER]->(o)
    WHERE (o:Body OR o:Post)
      AND NOT 'collective' IN CASE WHEN n.ownerKind IS :: LIST<ANY> THEN n.ownerKind ELSE [n.ownerKind] END
  }
OPTIONAL MATCH (n)-[:DOCUMENT]->(d)
RETURN elementId(n) AS id, null AS value,
       {doc: coalesce(d.symbol, d.name, '?'), clause: coalesce(n.clausePath, '?')} AS vars
