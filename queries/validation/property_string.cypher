// SHACL sh:datatype xsd:string on a node property: every value is a string (compiled by
// loaders/shacl_cypher.py; __LABEL__ is the shape's target class).
// Parameters: key. Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)
WHERE n[$key] IS NOT NULL
UNWIND CASE WHEN n[$key] IS :: LIST<ANY> THEN n[$key] ELSE [n[$key]] END AS v
WITH n, v WHERE NOT v IS :: STRING
RETURN collect({id: elementId(n), vars: {}}) AS found
