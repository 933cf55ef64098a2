// Write shared nodes (bodies, posts, groups, referenced documents, source files): properties are
// added, never removed, so a stub from a reference does not erase a fully loaded document.
// Parameters: $rows = [{iri, labels: [..], props: {..}}]. Returns: written (int).
UNWIND $rows AS row
MERGE (n:Resource {iri: row.iri})
ON CREATE SET n = row.props
ON MATCH SET n += row.keep
SET n:$(row.labels)
RETURN count(n) AS written
