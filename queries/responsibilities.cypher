// Everything a body is responsible for, across documents: "Ban Tuyên giáo" finds the central,
// provincial and district ones. Matches the body directly, through a post it holds (Trưởng Ban …),
// or through a collective group whose kinds cover it (when $includeGroups).
// Parameters: $bodyKey (the name folded: lower case, no accents, e.g. "ban tuyen giao"),
//             $roles (["OWNER","COLLABORATOR","REPORTS_TO"]),
//             $includeGroups (bool), $includeSubBodies (bool)
// Returns: level, body, matchedVia, role, symbol, docType, date, clause, task, deadline, ownerKind, file, start, end, quote
MATCH (b:Body)
WHERE b.nameKey STARTS WITH $bodyKey OR $bodyKey IN coalesce(b.aliasKeys, [])
CALL (b) {
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(b)
  RETURN t, type(r) AS role, 'direct' AS matchedVia
  UNION
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(:Post)-[:POST_IN]->(b)
  RETURN t, type(r) AS role, 'post' AS matchedVia
  UNION
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(g:BodyGroup)
  WHERE $includeGroups AND b.bodyKind IN coalesce(g.coversKind, [])
  RETURN t, type(r) AS role, 'group' AS matchedVia
  UNION
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(sub:Body)-[:PART_OF*1..3]->(b)
  WHERE $includeSubBodies
  RETURN t, type(r) AS role, 'sub-body' AS matchedVia
}
WITH b, t, role, matchedVia WHERE role IN $roles
MATCH (t)-[:DOCUMENT]->(d:Document)
OPTIONAL MATCH (t)-[:DERIVED_FROM]->(s:SourceSpan)
RETURN b.level AS level, b.name AS body, matchedVia, role, d.symbol AS symbol, d.docType AS docType,
       d.date AS date, t.clausePath AS clause, t.text AS task, t.deadline AS deadline, t.ownerKind AS ownerKind,
       s.file AS file, s.start AS start, s.end AS end, s.quote AS quote
ORDER BY CASE level WHEN 'trung-uong' THEN 0 WHEN 'tinh' THEN 1 WHEN 'huyen' THEN 2 ELSE 3 END, body, date, clause
