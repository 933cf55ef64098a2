// The Cypher twin of ProgressDoneWithoutEvidenceShape's SPARQL constraint "Reported done without evidence"
// (ontology/shapes.ttl names this file). Parameters: none.
// Returns: found (one record: a list of {id: elementId of a focus node, vars: doc, clause})
MATCH (n:ProgressReport)
WHERE n.status = 'hoan-thanh' AND n.evidence IS NULL
OPTIONAL MATCH (n)-[:REPORTS_ON]->(t)
OPTIONAL MATCH (t)-[:DOCUMENT]->(d)
RETURN collect({id: elementId(n), vars: {doc: coalesce(d.symbol, d.name, '?'), clause: coalesce(t.clausePath, '?')}}) AS found
