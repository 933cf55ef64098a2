// SHACL sh:datatype xsd:decimal on a node property: an integer, a float written without an exponent, or a
// string that reads as a decimal ("26.1") (compiled by loaders/shacl_cypher.py; __LABEL__ is the target class).
// Parameters: key. Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)
WHERE n[$key] IS NOT NULL
UNWIND CASE WHEN n[$key] IS :: LIST<ANY> THEN n[$key] ELSE [n[$key]] END AS v
WITH n, v WHERE NOT (v IS :: INTEGER
                     OR (v IS :: FLOAT OR v IS :: STRING) AND toString(v) =~ '[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)')
RETURN collect({id: elementId(n), vars: {}}) AS found
