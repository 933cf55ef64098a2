// Remove what an earlier load of a document wrote: its parts (tasks, targets, clauses, spans, receipts,
// all with IRIs under the document's) and the document's own outgoing relationships.
// Parameters: $doc (document IRI), $prefix ($doc + "/"). Returns: deleted (int).
CALL (){
  MATCH (n:Resource) WHERE n.iri STARTS WITH $prefix
  DETACH DELETE n
  RETURN count(*) AS parts
}
CALL (){
  MATCH (:Resource {iri: $doc})-[r]->()
  DELETE r
  RETURN count(*) AS rels
}
RETURN parts + rels AS deleted
