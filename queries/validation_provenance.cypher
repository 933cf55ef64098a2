// Where each focus node of a validation result comes from: its name, its document (symbol, else name; a
// document is its own), its clause and the quote and file of its source span. With several documents or spans
// (hand-made nodes) the first in a fixed order, the one the pySHACL engine also names.
// Parameters: ids (elementIds). Returns: origins (one record: a list of {id, focus, name, document, clause,
// quote, file})
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
OPTIONAL MATCH (n)-[:DOCUMENT]->(d)
WITH n, id, d ORDER BY CASE WHEN d:Document THEN 0 ELSE 1 END, coalesce(d.symbol, d.name, '')
WITH n, id, head(collect(d)) AS d
OPTIONAL MATCH (n)-[:DERIVED_FROM]->(s)
WITH n, id, d, s ORDER BY coalesce(s.file, ''), coalesce(s.quote, '')
WITH n, id, d, head(collect(s)) AS s
WITH n, id, s, CASE WHEN d IS NULL AND n:Document THEN n ELSE d END AS doc
RETURN collect({id: id, focus: coalesce(n.iri, 'urn:neo4j:' + id), name: n.name,
                document: coalesce(doc.symbol, doc.name), clause: n.clausePath, quote: s.quote, file: s.file}) AS origins
