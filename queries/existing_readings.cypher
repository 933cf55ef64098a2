// The readings the graph already holds of these documents: how many tasks and targets the kept reading
// has, the digest of the file it was read from, and every source the document has (with its file's
// digest and path), so a load can keep the richer reading and the sources of both.
// Parameters: $docs (document IRIs). Returns: iri, facts, readingSha, sources.
UNWIND $docs AS doc
MATCH (d:Resource {iri: doc})
WHERE d:Document
CALL (d) {
  OPTIONAL MATCH (p:Resource) WHERE p.iri STARTS WITH d.iri + '/' AND (p:Task OR p:Target)
  RETURN count(p) AS facts
}
CALL (d) {
  OPTIONAL MATCH (d)-[:DERIVED_FROM]->(s:SourceSpan)-[:SOURCE_FILE]->(f:SourceFile)
  RETURN collect({file: s.file, start: s.start, end: s.end, quote: s.quote, sha256: f.sha256, path: f.path})
           AS sources,
         min(f.sha256) AS documentSha
}
CALL (d) {
  OPTIONAL MATCH (p:Resource)-[:DERIVED_FROM]->(:SourceSpan)-[:SOURCE_FILE]->(f:SourceFile)
  WHERE p.iri STARTS WITH d.iri + '/task/' OR p.iri STARTS WITH d.iri + '/target/'
  RETURN min(f.sha256) AS partsSha
}
RETURN d.iri AS iri, facts, coalesce(partsSha, documentSha) AS readingSha, sources
