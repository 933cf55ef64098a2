// Every relationship, for validation. Parameters: none. Returns: from, type, to (elementIds)
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to
