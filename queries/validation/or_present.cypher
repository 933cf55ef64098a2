// SHACL sh:or of property shapes that each ask for one value: the node has at least one of the properties
// `keys` or one of the relationships `types` (compiled by loaders/shacl_cypher.py).
// Parameters: keys, types. Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)
WHERE NOT any(k IN $keys WHERE n[k] IS NOT NULL AND NOT (n[k] IS :: LIST<ANY> AND size(n[k]) = 0))
  AND NOT EXISTS { MATCH (n)-[r]->() WHERE type(r) IN $types }
RETURN collect({id: elementId(n), vars: {}}) AS found
