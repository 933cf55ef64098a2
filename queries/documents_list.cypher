// Documents, filtered. Parameters: $type (Vietnamese kind or null), $issuerKey (folded or null),
// $dateFrom, $dateTo (ISO or null), $skip, $limit. Returns: props, labels
MATCH (d:Document)
WHERE d.docType IS NOT NULL
  AND ($type IS NULL OR d.docType = $type)
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
  AND ($issuerKey IS NULL OR EXISTS { MATCH (d)-[:ISSUED_BY]->(i:Body) WHERE i.nameKey CONTAINS $issuerKey
                                      OR $issuerKey IN coalesce(i.aliasKeys, []) })
RETURN properties(d) AS props, labels(d) AS labels
ORDER BY d.date DESC, d.symbol
SKIP $skip LIMIT $limit
