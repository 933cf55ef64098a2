// Bodies whose name or an alias contains the (folded) search key, optionally at one level.
// Parameters: $key (folded: lower case, no accents; '' for all), $level (or null), $skip, $limit
// Returns: props, labels
MATCH (b:Body)
WHERE ($key = '' OR b.nameKey CONTAINS $key OR any(a IN coalesce(b.aliasKeys, []) WHERE a CONTAINS $key))
  AND ($level IS NULL OR b.level = $level)
RETURN properties(b) AS props, labels(b) AS labels
ORDER BY CASE WHEN b.nameKey = $key OR $key IN coalesce(b.aliasKeys, []) THEN 0
              WHEN b.nameKey STARTS WITH $key THEN 1 ELSE 2 END,
         CASE b.level WHEN 'trung-uong' THEN 0 WHEN 'tinh' THEN 1 WHEN 'huyen' THEN 2 ELSE 3 END, b.name
SKIP $skip LIMIT $limit
