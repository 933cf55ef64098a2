// Tasks that no body, post or group owns (validation's "no owner at all"), each with the document, the clause
// and the exact words it came from (file and character offsets), for an analyst to assign by hand.
// Parameters: $limit
// Returns: document, clause, task, file, start, end
MATCH (t:Task)
WHERE NOT EXISTS { (t)-[:OWNER]->() }
OPTIONAL MATCH (t)-[:DOCUMENT]->(d:Document)
OPTIONAL MATCH (t)-[:DERIVED_FROM]->(s:SourceSpan)
RETURN coalesce(d.symbol, d.name) AS document, t.clausePath AS clause, t.text AS task, s.file AS file,
       s.start AS start, s.end AS end
ORDER BY document, t.ordinal
LIMIT $limit
