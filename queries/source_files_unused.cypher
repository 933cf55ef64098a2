// Source files no source span refers to any more (their only document was deleted): removed.
// Parameters: none. Returns: removed (int)
MATCH (f:SourceFile)
WHERE NOT EXISTS { (:SourceSpan)-[:SOURCE_FILE]->(f) }
DETACH DELETE f
RETURN count(f) AS removed
