// SHACL sh:minCount / sh:maxCount on a node property (compiled by loaders/shacl_cypher.py; __LABEL__ is the
// shape's target class, the only part that cannot be a parameter: a literal label gives a label scan).
// An empty list counts as no value, a list as one value per element, as in the RDF export.
// Parameters: key, min (or null), max (or null). Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)
WITH n, n[$key] AS v
WITH n, CASE WHEN v IS NULL THEN 0 WHEN v IS :: LIST<ANY> THEN size(v) ELSE 1 END AS c
WHERE c < coalesce($min, 0) OR c > coalesce($max, c)
RETURN collect({id: elementId(n), vars: {}}) AS found
