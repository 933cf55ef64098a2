// The latest validation run. Parameters: none. Returns: props
MATCH (v:ValidationRun)
RETURN properties(v) AS props
ORDER BY v.at DESC LIMIT 1
