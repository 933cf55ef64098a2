// Incoming neighbours of many nodes over one relationship type (DataLoader batch).
// Parameters: $iris, $type (from the ontology, set by code). Returns: iri (the end node), labels, props
UNWIND $iris AS iri
MATCH (:Resource {iri: iri})<-[:$($type)]-(n:Resource)
RETURN iri, labels(n) AS labels, properties(n) AS props
ORDER BY coalesce(n.clausePath, ''), coalesce(n.ordinal, 0), n.date, n.name
