// One document's nodes, for `dkg export --document`: the document, its parts (IRIs under its own) and what they
// lead to in up to three steps (bodies and the bodies they are part of, provinces, indicators, source files, cited
// documents and their issuers), each with all it holds in the graph.
// Parameters: $symbolKey (the symbol folded). Returns: id (elementId), labels, props
MATCH (d:Document) WHERE d.symbolKey = $symbolKey
WITH d ORDER BY CASE WHEN d.authoritative IS NULL THEN 1 ELSE 0 END LIMIT 1
MATCH (n:Resource) WHERE n.iri = d.iri OR n.iri STARTS WITH d.iri + '/'
WITH collect(n) AS own
CALL (own) {
  UNWIND own AS n
  MATCH (n)-[*1..3]->(m)
  RETURN collect(DISTINCT m) AS reached
}
UNWIND own + [m IN reached WHERE NOT m IN own] AS n
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
