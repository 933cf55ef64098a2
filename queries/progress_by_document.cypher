// How far a document's tasks have got: each task's current status (its latest report by asOf, then by the
// time it was recorded; null when nobody reported) and whether it is past its deadline with no done report.
// Parameters: $symbolKey (the symbol folded, e.g. "45-kh/tu"), $asOf (ISO date: "past deadline" is judged on it)
// Returns: task, status, pastDeadline
MATCH (d:Document) WHERE d.symbolKey = $symbolKey
MATCH (t:Task)-[:DOCUMENT]->(d)
WITH t, COLLECT {
  MATCH (r:ProgressReport)-[:REPORTS_ON]->(t) WHERE r.asOf <= $asOf
  RETURN r.status ORDER BY r.asOf DESC, r.recordedAt DESC LIMIT 1
} AS latest
RETURN t.iri AS task, latest[0] AS status,
       (t.deadlineDate < $asOf AND coalesce(latest[0], '') <> 'hoan-thanh') AS pastDeadline
