// Lineage of a document: documents it continues, implements, cites, forwards or copies (upstream), and those
// that do so to it (downstream), up to $depth steps (at most 5).
// Parameters: $iri, $depth, $upstream (bool), $downstream (bool)
// Returns: direction, depth, relation (type of the last step), fromIri, props, labels
MATCH (d:Resource {iri: $iri})
CALL (d) {
  MATCH p = (d)-[:CONTINUES|IMPLEMENTS|CITES|FORWARDS|COPY_OF*1..5]->(x:Document)
  WHERE $upstream AND length(p) <= $depth
  RETURN 'UPSTREAM' AS direction, length(p) AS depth, type(last(relationships(p))) AS relation,
         nodes(p)[-2].iri AS fromIri, x
  UNION
  MATCH p = (d)<-[:CONTINUES|IMPLEMENTS|CITES|FORWARDS|COPY_OF*1..5]-(x:Document)
  WHERE $downstream AND length(p) <= $depth
  RETURN 'DOWNSTREAM' AS direction, length(p) AS depth, type(last(relationships(p))) AS relation,
         nodes(p)[-2].iri AS fromIri, x
}
RETURN DISTINCT direction, depth, relation, fromIri, properties(x) AS props, labels(x) AS labels
ORDER BY direction, depth, props.date
