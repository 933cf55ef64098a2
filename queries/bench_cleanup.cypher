// Remove what benchmarks/bench_projection.py wrote: documents whose symbols end in "X<copy>" (with their parts),
// rdflib-neo4j's nodes (they carry `uri`), and the copies' source files.
// Parameters: none. Returns: removed (int)
CALL () {
  MATCH (n:Resource) WHERE n.iri =~ '.*/document/[0-9]+-[a-z]+-[a-z0-9]*x[0-9]+(/.*)?'
  DETACH DELETE n
  RETURN count(*) AS documents
}
CALL () {
  MATCH (n) WHERE n.uri IS NOT NULL
  DETACH DELETE n
  RETURN count(*) AS foreign
}
CALL () {
  MATCH (f:SourceFile) WHERE f.name =~ '[0-9]{3}_[0-9]{3}_.*'
  DETACH DELETE f
  RETURN count(*) AS files
}
RETURN documents + foreign + files AS removed
