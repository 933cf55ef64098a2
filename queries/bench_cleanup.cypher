// Remove what the benchmarks wrote: documents whose symbols end in "X<copy>" (with their parts), rdflib-neo4j's
// nodes (they carry `uri`), and the copies' source files — in transactions of 5 000 nodes, so a 400× graph fits
// Neo4j's transaction memory. Run outside an explicit transaction (session.run). Parameters: none.
// Returns: removed (int)
CALL () {
  MATCH (n:Resource) WHERE n.iri =~ '.*/document/[0-9]+-[a-z]+-[a-z0-9]*x[0-9]+(/.*)?'
  RETURN n
  UNION
  MATCH (n) WHERE n.uri IS NOT NULL
  RETURN n
  UNION
  MATCH (n:SourceFile) WHERE n.name =~ '[0-9]{3}_[0-9]{3}_.*'
  RETURN n
}
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
RETURN count(*) AS removed
