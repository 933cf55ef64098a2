// The Cypher twin of TaskShape's SPARQL constraint "Task comes from a non-authoritative source"
// (ontology/shapes.ttl names this file). Parameters: none. Returns: found (one record: a list of {id: elementId of a focus node, vars: doc})
MATCH (n:Task)-[:DOCUMENT]->(d)
WHERE d.authoritative = false
WITH DISTINCT n, {doc: coalesce(d.symbol, d.name, '?')} AS vars
RETURN collect({id: elementId(n), vars: vars}) AS found
