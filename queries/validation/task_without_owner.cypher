// The Cypher twin of TaskShape's SPARQL constraint "Task has no owner at all" (ontology/shapes.ttl names this
// file; tests/test_validation_engines.py checks both give the same results).
// Parameters: none. Returns: found (one record: a list of {id: elementId of a focus node, vars: doc, clause: what the message names})
MATCH (n:Task)
WHERE NOT EXISTS { (n)-[:OWNER]->() }
OPTIONAL MATCH (n)-[:DOCUMENT]->(d)
RETURN collect({id: elementId(n), vars: {doc: coalesce(d.symbol, d.name, '?'), clause: coalesce(n.clausePath, '?')}}) AS found
