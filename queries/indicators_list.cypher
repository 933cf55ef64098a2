// Indicators of the scheme, optionally one by id. Parameters: $id (or null). Returns: props, labels
MATCH (i:Indicator)
WHERE $id IS NULL OR i.iri ENDS WITH '/' + $id
RETURN properties(i) AS props, labels(i) AS labels
ORDER BY i.name
