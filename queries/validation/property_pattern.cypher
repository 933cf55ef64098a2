// SHACL sh:pattern on a node property: every value, as text, contains a match of the pattern (compiled by
// loaders/shacl_cypher.py, which wraps the pattern so that `=~`, a whole-string match, searches like SHACL).
// Parameters: key, regex. Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)
WHERE n[$key] IS NOT NULL
UNWIND CASE WHEN n[$key] IS :: LIST<ANY> THEN n[$key] ELSE [n[$key]] END AS v
WITH n, v WHERE NOT toString(v) =~ $regex
RETURN collect({id: elementId(n), vars: {}}) AS found
