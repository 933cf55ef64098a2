// Documents an earlier load read from this file that the new reading no longer holds (and that no other
// file holds): removed with their parts, so a re-load leaves no stale tasks. A file is the path it was read
// from: a file of the same name in another folder is another file.
// Parameters: $path (absolute path of the file), $current (IRIs of the documents read from it now).
// Returns: pruned (int).
MATCH (f:SourceFile {path: $path})<-[:SOURCE_FILE]-(:SourceSpan)<-[:DERIVED_FROM]-(d:Document)
USING INDEX f:SourceFile(path)  // start from the file, not from every document (one pruning per file read)
WHERE NOT d.iri IN $current
  AND NOT EXISTS {
    MATCH (d)-[:DERIVED_FROM]->(:SourceSpan)-[:SOURCE_FILE]->(other:SourceFile) WHERE other.path <> $path
  }
WITH DISTINCT d
OPTIONAL MATCH (part:Resource) WHERE part.iri STARTS WITH d.iri + '/'
DETACH DELETE part, d
RETURN count(DISTINCT d) AS pruned
