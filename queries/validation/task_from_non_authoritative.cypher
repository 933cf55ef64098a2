// The Cypher twin of TaskShape's SPARQL constraint "Task comes from a non-authoritative source"
// (ontology/shapes.ttl names this file). Parameters: none. Returns: id, value, vars (doc)
MATCH (n:Task)-[:DOCUMENT]->(d)
WHERE d.authoritative = false
RETURN DISTINCT elementId(n) AS id, null AS value, {doc: coalesce(d.symbol, d.name, '?')} AS vars
