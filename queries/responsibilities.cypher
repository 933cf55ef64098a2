// Everything a body is responsible for, across documents: "Ban Tuyên giáo" finds the central, provincial and
// district ones. A task counts when it names the body directly, a post in it (Trưởng Ban …), a collective group
// whose kinds cover it ("các tỉnh ủy, thành ủy" covers a Tỉnh ủy), one of its sub-bodies, or a body it succeeded.
// Parameters: $bodyKey (the name folded: lower case, no accents, e.g. "ban tuyen giao"),
//             $roles (subset of ["OWNER","COLLABORATOR","REPORTS_TO"]), $includeGroups, $includeSubBodies,
//             $followSuccessors (bools), $documentTypes (list of Vietnamese kinds, or null),
//             $dueBefore (ISO date or null), $overdueAsOf (ISO date or null: only tasks past their deadline on
//             that day with no report of them done by then), $skip, $limit (the page; null for all)
// Returns: total (every match, on each row), level, body, bodyIri, matchedVia, role, symbol, docType, date, clause,
//          task, deadline, ownerKind, status (the latest progress report's, or null), file, start, end, quote,
//          taskProps, docProps
MATCH (b:Body)
WHERE b.nameKey STARTS WITH $bodyKey OR $bodyKey IN coalesce(b.aliasKeys, [])
// the body's sort keys read once, not once per task (at 100× a body has a thousand rows)
WITH b, CASE b.level WHEN 'trung-uong' THEN 0 WHEN 'tinh' THEN 1 WHEN 'huyen' THEN 2 ELSE 3 END AS rank,
     b.name AS bodyName
CALL (b) {
  // each way keeps only the roles asked for before the union de-duplicates
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(b)
  WHERE type(r) IN $roles
  RETURN t, type(r) AS role, 'DIRECT' AS matchedVia
  UNION
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(:Post)-[:POST_IN]->(b)
  WHERE type(r) IN $roles
  RETURN t, type(r) AS role, 'POST' AS matchedVia
  UNION
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(g:BodyGroup)
  WHERE $includeGroups AND b.bodyKind IN coalesce(g.coversKind, []) AND type(r) IN $roles
  RETURN t, type(r) AS role, 'GROUP' AS matchedVia
  UNION
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(:Body)-[:PART_OF*1..3]->(b)
  WHERE $includeSubBodies AND type(r) IN $roles
  RETURN t, type(r) AS role, 'SUB_BODY' AS matchedVia
  UNION
  MATCH (t:Task)-[r:OWNER|COLLABORATOR|REPORTS_TO]->(p:Body)-[:SUCCEEDED_BY*1..3]->(b)
  // a predecessor the name matches itself answers directly; its tasks are not repeated under the successor
  WHERE $followSuccessors AND NOT (p.nameKey STARTS WITH $bodyKey OR $bodyKey IN coalesce(p.aliasKeys, []))
        AND type(r) IN $roles
  RETURN t, type(r) AS role, 'SUCCESSION' AS matchedVia
}
WITH b, rank, bodyName, t, role, matchedVia
WHERE ($dueBefore IS NULL OR t.deadlineDate < $dueBefore)
  AND ($overdueAsOf IS NULL OR t.deadlineDate < $overdueAsOf AND NOT EXISTS {
        MATCH (done:ProgressReport)-[:REPORTS_ON]->(t) WHERE done.status = 'hoan-thanh' AND done.asOf <= $overdueAsOf })
MATCH (t)-[:DOCUMENT]->(d:Document)
WHERE $documentTypes IS NULL OR d.docType IN $documentTypes
WITH b, rank, bodyName, t, role, matchedVia, d
ORDER BY rank, bodyName, d.date, t.clausePath
// one page: only its rows carry their properties and source span back (a body with thousands of tasks)
WITH collect({b: b, t: t, role: role, matchedVia: matchedVia, d: d}) AS rows
UNWIND rows[coalesce($skip, 0)..coalesce($skip, 0) + coalesce($limit, size(rows))] AS r
WITH size(rows) AS total, r.b AS b, r.t AS t, r.role AS role, r.matchedVia AS matchedVia, r.d AS d
OPTIONAL MATCH (t)-[:DERIVED_FROM]->(s:SourceSpan)
RETURN total, b.level AS level, b.name AS body, b.iri AS bodyIri, matchedVia, role, d.symbol AS symbol,
       d.docType AS docType, d.date AS date, t.clausePath AS clause, t.text AS task, t.deadline AS deadline,
       t.ownerKind AS ownerKind,
       COLLECT { MATCH (pr:ProgressReport)-[:REPORTS_ON]->(t)
                 RETURN pr.status ORDER BY pr.asOf DESC, pr.recordedAt DESC LIMIT 1 }[0] AS status,
       s.file AS file, s.start AS start, s.end AS end, s.quote AS quote,
       properties(t) AS taskProps, properties(d) AS docProps
