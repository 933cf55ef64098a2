// Examples for the Neo4j Browser guide, chosen from what is loaded (so every query in the guide answers
// something): the body that owns most tasks, the document with most lineage links, the indicator with most
// targets, and the counts of what the graph holds. A value is null when the graph has none.
// Parameters: none
// Returns: bodyKey, bodyName, symbolKey, symbol, indicatorIri, indicatorName, documents, tasks, orphans, bodies,
//          targets
CALL () {
  OPTIONAL MATCH (b:Body)<-[:OWNER]-(:Task)
  WITH b, count(*) AS n ORDER BY n DESC, b.name LIMIT 1
  RETURN b.nameKey AS bodyKey, b.name AS bodyName
}
CALL () {
  OPTIONAL MATCH (d:Document)-[:CONTINUES|IMPLEMENTS|CITES|FORWARDS|COPY_OF]-(:Document)
  WHERE d.symbolKey IS NOT NULL
  WITH d, count(*) AS n ORDER BY n DESC, d.symbol LIMIT 1
  RETURN d.symbolKey AS symbolKey, d.symbol AS symbol
}
CALL () {
  OPTIONAL MATCH (i:Indicator)<-[:INDICATOR]-(:Target)
  WITH i, count(*) AS n ORDER BY n DESC, i.name LIMIT 1
  RETURN i.iri AS indicatorIri, i.name AS indicatorName
}
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () {
  MATCH (t:Task)
  RETURN count(t) AS tasks, sum(CASE WHEN EXISTS { (t)-[:OWNER]->() } THEN 0 ELSE 1 END) AS orphans
}
CALL () { MATCH (b:Body) RETURN count(b) AS bodies }
CALL () { MATCH (g:Target) RETURN count(g) AS targets }
RETURN bodyKey, bodyName, symbolKey, symbol, indicatorIri, indicatorName, documents, tasks, orphans,
       bodies, targets
