// Targets, filtered. Parameters: $indicator (indicator id, e.g. 'rd-spending-gdp', or null), $year (int or null),
// $documentSymbol (or null), $skip, $limit. Returns: props, labels
MATCH (g:Target)-[:DOCUMENT]->(d:Document)
OPTIONAL MATCH (g)-[:INDICATOR]->(i:Indicator)
WITH g, d, i
WHERE ($indicator IS NULL OR i.iri ENDS WITH '/' + $indicator)
  AND ($year IS NULL OR toInteger(g.year) = $year)
  AND ($documentSymbol IS NULL OR d.symbol = $documentSymbol)
RETURN properties(g) AS props, labels(g) AS labels
ORDER BY toInteger(g.year), d.date, g.clausePath
SKIP $skip LIMIT $limit
