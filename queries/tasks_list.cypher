// Tasks, filtered. Parameters: $ownerKind (or null), $orphan (bool or null: no specific body or post owner),
// $dueBefore, $overdueAsOf (ISO dates or null), $documentSymbol (or null), $ownerKey (folded owner name or null),
// $skip, $limit. Returns: props, labels
MATCH (t:Task)-[:DOCUMENT]->(d:Document)
WHERE ($ownerKind IS NULL OR t.ownerKind = $ownerKind)
  AND ($orphan IS NULL OR $orphan = (t.ownerKind IN ['none', 'collective']
                                     OR NOT EXISTS { (t)-[:OWNER]->(:Body|Post) }))
  AND ($dueBefore IS NULL OR t.deadlineDate < $dueBefore)
  AND ($overdueAsOf IS NULL OR t.deadlineDate < $overdueAsOf)
  AND ($documentSymbol IS NULL OR d.symbol = $documentSymbol)
  AND ($ownerKey IS NULL OR EXISTS { MATCH (t)-[:OWNER]->(o) WHERE o.nameKey CONTAINS $ownerKey })
RETURN properties(t) AS props, labels(t) AS labels
ORDER BY d.date, d.symbol, t.clausePath, t.ordinal
SKIP $skip LIMIT $limit
