// Remove what an earlier load of documents wrote (one or a batch): their
// parts (IRIs under each document's) and each document's own outgoing relationships.
// Parameters: $docs (document IRIs). Returns: deleted (int).
UNWIND $docs AS doc
CALL (doc) {
  MATCH (n:Resource) WHERE n.iri STARTS WITH doc + '/'
  DETACH DELETE n
  RETURN count(*) AS parts
}
CALL (doc) {
  MATCH (:Resource {iri: doc})-[r]->()
  DELETE r
  RETURN count(*) AS rels
}
RETURN sum(parts + rels) AS deleted
