// Outgoing neighbours of many nodes over one relationship type (DataLoader batch).
// Parameters: $iris, $type (a relationship type from the ontology, set by code, never by a client)
// Returns: iri (the start node), labels, props (the neighbour)
UNWIND $iris AS iri
MATCH (:Resource {iri: iri})-[:$($type)]->(n:Resource)
RETURN iri, labels(n) AS labels, properties(n) AS props
ORDER BY n.name
