// The Cypher twin of TaskCollectiveOwnerShape's SPARQL constraint "Task has only collective owners": it has
// owners, and none is a body or a post — or its owner kind says "collective" (ontology/shapes.ttl names this
// file). Parameters: none. Returns: found (one record: a list of {id: elementId of a focus node, vars: doc, clause})
MATCH (n:Task)
WHERE EXISTS { (n)-[:OWNER]->() }
  AND NOT EXISTS {
    MATCH (n)-[:OWNER]->(o)
    WHERE (o:Body OR o:Post)
      AND NOT 'collective' IN CASE WHEN n.ownerKind IS :: LIST<ANY> THEN n.ownerKind ELSE [n.ownerKind] END
  }
OPTIONAL MATCH (n)-[:DOCUMENT]->(d)
RETURN collect({id: elementId(n), vars: {doc: coalesce(d.symbol, d.name, '?'), clause: coalesce(n.clausePath, '?')}}) AS found
