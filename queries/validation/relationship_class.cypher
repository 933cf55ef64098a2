// SHACL sh:class on a relationship: every end node must carry the class's label (compiled by
// loaders/shacl_cypher.py; __LABEL__ is the shape's target class, __CLASS__ the required one).
// Parameters: type. Returns: id, value (elementId of the end node), vars
MATCH (n:__LABEL__)-[r]->(m)
WHERE type(r) = $type AND NOT m:__CLASS__
RETURN DISTINCT elementId(n) AS id, elementId(m) AS value, {} AS vars
