// Delete one document and everything it said: its parts (clauses, tasks, targets, spans), the progress reports on
// its tasks, and the document itself — unless other documents still point to it (cite it, copy it, implement
// it): then it stays as a stub with its symbol, as it would be had it never been loaded.
// Parameters: $symbolKey (the symbol folded). Returns: iri, symbol, parts, reports, kept (bool: left as a stub)
MATCH (d:Document) WHERE d.symbolKey = $symbolKey
WITH d ORDER BY CASE WHEN d.authoritative IS NULL THEN 1 ELSE 0 END LIMIT 1
CALL (d) {
  OPTIONAL MATCH (r:ProgressReport)-[:REPORTS_ON]->(:Task)-[:DOCUMENT]->(d)
  DETACH DELETE r
  RETURN count(r) AS reports
}
CALL (d) {
  OPTIONAL MATCH (n:Resource) WHERE n.iri STARTS WITH d.iri + '/'
  DETACH DELETE n
  RETURN count(n) AS parts
}
CALL (d) {
  MATCH (d)-[r]->() DELETE r
  RETURN count(r) AS links
}
WITH d, reports, parts, EXISTS { (d)<-[]-() } AS kept, d.iri AS iri, d.symbol AS symbol
CALL (d, kept) {
  WITH d, kept WHERE kept
  SET d = {iri: d.iri, symbol: d.symbol, symbolKey: d.symbolKey, name: d.symbol, nameKey: d.symbolKey}
  REMOVE d:Resolution:Conclusion:Directive:Notice:OfficialLetter:Plan:Programme:Decision:Guidance:Regulation:Report
  REMOVE d:Copy:PressArticle:Commentary
}
CALL (d, kept) {
  WITH d, kept WHERE NOT kept
  DETACH DELETE d
}
RETURN iri, symbol, parts, reports, kept
