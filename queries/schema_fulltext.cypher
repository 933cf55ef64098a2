// Accent-insensitive full-text index over names and aliases ("ban tuyen giao" finds "Ban Tuyên giáo").
// Parameters: none. Returns: nothing.
CREATE FULLTEXT INDEX resource_names IF NOT EXISTS
FOR (n:Body|Post|BodyGroup|Document|Task|Target|Indicator|Person)
ON EACH [n.name, n.aliasText, n.symbol, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
