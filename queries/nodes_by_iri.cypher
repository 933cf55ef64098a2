// Nodes by IRI (DataLoader batch). Parameters: $iris. Returns: iri, labels, props
UNWIND $iris AS iri
MATCH (n:Resource {iri: iri})
RETURN iri, labels(n) AS labels, properties(n) AS props
