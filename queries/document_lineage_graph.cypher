// A document's lineage as a graph for the Neo4j Browser: what it continues, implements, cites, forwards or copies,
// and what does so to it, up to three steps either way (document_lineage.cypher gives the same as rows).
// Parameters: $symbolKey (the symbol folded: lower case, no accents, e.g. "45-kh/tu")
// Returns: p (paths between documents), at most 300
MATCH (d:Document)
WHERE d.symbolKey = $symbolKey
MATCH p = (d)-[:CONTINUES|IMPLEMENTS|CITES|FORWARDS|COPY_OF*1..3]-(:Document)
RETURN p
LIMIT 300
