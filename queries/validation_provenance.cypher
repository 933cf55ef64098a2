// Where each focus node of a validation result comes from: its name, its document (symbol, else name; a
// document is its own), its clause and the quote and file of its source span. With several documents or spans
// (hand-made nodes) the first in a fixed order, the one the pySHACL engine also names — chosen per node, so a run
// of a hundred thousand findings sorts a few rows at a time, never all of them together.
// Parameters: ids (elementIds). Returns: origins (one record: a list of {id, focus, name, document, clause,
// quote, file})
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
WITH n, id,
     COLLECT { MATCH (n)-[:DOCUMENT]->(d)
               RETURN d ORDER BY CASE WHEN d:Document THEN 0 ELSE 1 END, coalesce(d.symbol, d.name, '') LIMIT 1 }[0] AS d,
     COLLECT { MATCH (n)-[:DERIVED_FROM]->(s)
               RETURN s ORDER BY coalesce(s.file, ''), coalesce(s.quote, '') LIMIT 1 }[0] AS s
WITH n, id, s, CASE WHEN d IS NULL AND n:Document THEN n ELSE d END AS doc
RETURN collect({id: id, focus: coalesce(n.iri, 'urn:neo4j:' + id), name: n.name,
                document: coalesce(doc.symbol, doc.name), clause: n.clausePath, quote: s.quote, file: s.file}) AS origins
