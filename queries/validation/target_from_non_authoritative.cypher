// The Cypher twin of TargetShape's SPARQL constraint "Target comes from a non-authoritative source"
// (ontology/shapes.ttl names this file). Parameters: none. Returns: id, value, vars (doc)
MATCH (n:Target)-[:DOCUMENT]->(d)
WHERE d.authoritative = false
RETURN DISTINCT elementId(n) AS id, null AS value, {doc: coalesce(d.name, '?')} AS vars
