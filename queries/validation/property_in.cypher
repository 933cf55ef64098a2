// SHACL sh:in on a node property: every value is one of the listed ones (compiled by loaders/shacl_cypher.py).
// Parameters: key, values. Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)
WHERE n[$key] IS NOT NULL
UNWIND CASE WHEN n[$key] IS :: LIST<ANY> THEN n[$key] ELSE [n[$key]] END AS v
WITH n, v WHERE NOT v IN $values
RETURN collect({id: elementId(n), vars: {}}) AS found
