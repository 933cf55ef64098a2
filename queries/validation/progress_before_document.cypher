// The Cypher twin of ProgressBeforeDocumentShape's SPARQL constraint "Progress report is dated before its task's
// document" (ontology/shapes.ttl names this file). Parameters: none.
// Returns: found (one record: a list of {id: elementId of a focus node, vars: asOf, date, doc, clause})
MATCH (n:ProgressReport)-[:REPORTS_ON]->(t)-[:DOCUMENT]->(d)
WHERE toString(n.asOf) < toString(d.date)  // a date stored as a string or as a Neo4j date
RETURN collect({id: elementId(n), vars: {asOf: n.asOf, date: d.date, doc: coalesce(d.symbol, d.name, '?'),
                                         clause: coalesce(t.clausePath, '?')}}) AS found
