// One document by symbol, accent- and case-insensitive ($symbolKey: the symbol folded, e.g. "01-tb/bcdtw")
// Returns: props, labels
MATCH (d:Document)
WHERE d.symbolKey = $symbolKey
RETURN properties(d) AS props, labels(d) AS labels
ORDER BY CASE WHEN d.authoritative IS NULL THEN 1 ELSE 0 END
LIMIT 1
