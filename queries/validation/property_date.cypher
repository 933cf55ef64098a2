// SHACL sh:datatype xsd:date on a node property: a Neo4j date, or a string that is a real calendar day
// (YYYY-MM-DD; 2026-02-30 is not) (compiled by loaders/shacl_cypher.py; __LABEL__ is the target class).
// Parameters: key. Returns: found (one record: a list of {id: elementId of a focus node, vars})
MATCH (n:__LABEL__)
WHERE n[$key] IS NOT NULL
UNWIND CASE WHEN n[$key] IS :: LIST<ANY> THEN n[$key] ELSE [n[$key]] END AS v
WITH n, v, v IS :: STRING AND v =~ '-?[0-9]{4,}-[0-9]{2}-[0-9]{2}' AS shaped
WITH n, v, shaped,
     CASE WHEN shaped THEN toInteger(split(v, '-')[-3]) END AS y,
     CASE WHEN shaped THEN toInteger(split(v, '-')[-2]) END AS m,
     CASE WHEN shaped THEN toInteger(split(v, '-')[-1]) END AS d
WITH n, v, v IS :: DATE OR (shaped AND 1 <= m <= 12 AND 1 <= d AND d <= CASE
       WHEN m = 2 THEN CASE WHEN (y % 4 = 0 AND y % 100 <> 0) OR y % 400 = 0 THEN 29 ELSE 28 END
       WHEN m IN [4, 6, 9, 11] THEN 30 ELSE 31 END) AS valid
WHERE NOT valid
RETURN collect({id: elementId(n), vars: {}}) AS found
