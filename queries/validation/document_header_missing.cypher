// The Cypher twin of DocumentHeaderShape's SPARQL constraint: an authoritative document (not a copy) whose
// header did not give its type, issuer, date or symbol — one row per missing field (ontology/shapes.ttl
// names this file). Parameters: none. Returns: found (one record: a list of {id: elementId of a focus node, vars: doc, missingVi, missingEn})
MATCH (n:Document)
WHERE n.authoritative = true AND NOT n:Copy
WITH n, coalesce(n.symbol, n.name, '?') AS doc,
     [v IN CASE WHEN n.docType IS :: LIST<ANY> THEN n.docType ELSE [n.docType] END
      WHERE v IS NOT NULL AND toString(v) <> 'Văn bản'] AS types
UNWIND [
  CASE WHEN size(types) = 0 THEN ['loại văn bản', 'type'] END,
  CASE WHEN NOT EXISTS { (n)-[:ISSUED_BY]->() } THEN ['cơ quan ban hành', 'issuer'] END,
  CASE WHEN n.date IS NULL OR n.date = [] THEN ['ngày ban hành', 'date'] END,
  CASE WHEN n.symbol IS NULL OR n.symbol = [] THEN ['số và ký hiệu', 'number and symbol'] END
] AS missing
WITH n, doc, missing WHERE missing IS NOT NULL
RETURN collect({id: elementId(n), vars: {doc: doc, missingVi: missing[0], missingEn: missing[1]}}) AS found
