// What a body leads or shares, as a graph for the Neo4j Browser: the body (found as responsibilities.cypher finds
// it: its folded name starts with $bodyKey), the tasks that name it owner or collaborator, and their documents.
// Parameters: $bodyKey (the name folded: lower case, no accents, e.g. "so giao duc va dao tao")
// Returns: p (paths Document ← Task → Body), at most 300
MATCH (b:Body)
WHERE b.nameKey STARTS WITH $bodyKey
MATCH p = (:Document)<-[:DOCUMENT]-(:Task)-[:OWNER|COLLABORATOR]->(b)
RETURN p
LIMIT 300
