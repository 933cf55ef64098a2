// SHACL sh:minCount / sh:maxCount on a relationship (compiled by loaders/shacl_cypher.py; __LABEL__ is the
// shape's target class). Distinct end nodes count, as triples do in RDF.
// Parameters: type, min (or null), max (or null). Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)
WITH n, COUNT { MATCH (n)-[r]->(m) WHERE type(r) = $type RETURN DISTINCT m } AS c
WHERE c < coalesce($min, 0) OR c > coalesce($max, c)
RETURN collect({id: elementId(n), vars: {}}) AS found
