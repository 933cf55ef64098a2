// SHACL sh:or of property shapes that each ask for one value: the node has at least one of the properties
// `keys` or one of the relationships `types` (compiled by loaders/shacl_cypher.py).
// Parameters: keys, types. Returns: id, value, vars
MATCH (n:__LABEL__)
WHERE NOT any(k IN $keys WHERE n[k] IS NOT NULL AND NOT (n[k] IS :: LIST<ANY> AND size(n[k]) = 0))
  AND NOT EXISTS { MATCH (n)-[r]->() WHERE type(r) IN $types }
RETURN elementId(n) AS id, null AS value, {} AS vars
