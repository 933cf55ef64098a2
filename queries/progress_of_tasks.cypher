// How far some tasks have got on a day: each task's status then (its latest report by asOf, then by the time
// it was recorded; null when nobody had reported) and whether it was past its deadline with no done report.
// Parameters: $tasks (task IRIs), $asOf (ISO date). Returns: task, status, pastDeadline
UNWIND $tasks AS iri
MATCH (t:Resource {iri: iri}) WHERE t:Task
WITH t, COLLECT {
  MATCH (r:ProgressReport)-[:REPORTS_ON]->(t) WHERE r.asOf <= $asOf
  RETURN r.status ORDER BY r.asOf DESC, r.recordedAt DESC LIMIT 1
} AS latest
RETURN t.iri AS task, latest[0] AS status,
       (t.deadlineDate < $asOf AND coalesce(latest[0], '') <> 'hoan-thanh') AS pastDeadline
