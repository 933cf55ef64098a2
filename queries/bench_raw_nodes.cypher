// The write limit a load is measured against (benchmarks/bench_projection.py): the same node rows as a load
// writes, with a plain batched UNWIND … MERGE — no replacement of old facts, no transaction per document.
// Parameters: $rows = [{iri, labels, props}]. Returns: written (int)
UNWIND $rows AS row
MERGE (n:Resource {iri: row.iri})
SET n += row.props
SET n:$(row.labels)
RETURN count(n) AS written
