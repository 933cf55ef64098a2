// SHACL sh:class on a relationship: every end node must carry the class's label (compiled by
// loaders/shacl_cypher.py; __LABEL__ is the shape's target class, __CLASS__ the required one).
// Parameters: type. Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)-[r]->(m)
WHERE type(r) = $type AND NOT m:__CLASS__
WITH DISTINCT n, {} AS vars
RETURN collect({id: elementId(n), vars: vars}) AS found
