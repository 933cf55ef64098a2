// One document's relationships, for `dkg export --document`: every relationship between the nodes
// export_document_nodes finds (those of the document and its parts, and what describes the nodes they lead to).
// Parameters: $symbolKey (the symbol folded). Returns: from, type, to (elementIds)
MATCH (d:Document) WHERE d.symbolKey = $symbolKey
WITH d ORDER BY CASE WHEN d.authoritative IS NULL THEN 1 ELSE 0 END LIMIT 1
MATCH (n:Resource) WHERE n.iri = d.iri OR n.iri STARTS WITH d.iri + '/'
WITH collect(n) AS own
CALL (own) {
  UNWIND own AS n
  MATCH (n)-[*1..3]->(m)
  RETURN collect(DISTINCT m) AS reached
}
WITH own + [m IN reached WHERE NOT m IN own] AS nodes
UNWIND nodes AS a
MATCH (a)-[r]->(b) WHERE b IN nodes
RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to
