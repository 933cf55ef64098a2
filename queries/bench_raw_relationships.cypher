// The write limit, relationships (benchmarks/bench_projection.py): a plain batched UNWIND … MERGE.
// Parameters: $rows = [{from, type, to}]. Returns: written (int)
UNWIND $rows AS row
MATCH (a:Resource {iri: row.from})
MATCH (b:Resource {iri: row.to})
MERGE (a)-[r:$(row.type)]->(b)
RETURN count(r) AS written
