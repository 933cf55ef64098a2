// Write nodes a document owns: their properties are replaced as a whole.
// Parameters: $rows = [{iri, labels: [..], props: {..}}]. Returns: written (int).
UNWIND $rows AS row
MERGE (n:Resource {iri: row.iri})
SET n = row.props
SET n:$(row.labels)
RETURN count(n) AS written
