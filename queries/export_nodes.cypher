// Every node, for validation (what is in the database now, also what was added by hand).
// Parameters: none. Returns: id (elementId), labels, props
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
