// Record one progress report on a task (theo dõi, đôn đốc). A report is a node of its own, outside every
// document's IRIs: re-loading the document keeps it, and `progress_reports_relink` links it to the task again.
// Parameters: $iri (the report's new IRI), $task (the task's IRI), $status (chua-thuc-hien | dang-thuc-hien |
//             hoan-thanh | qua-han | khong-thuc-hien-duoc), $asOf (ISO date), $recordedAt (ISO date-time, UTC),
//             $note, $evidence, $reportedBy (strings or null), $name (a caption for the Browser)
// Returns: props (the report's properties), labels
MATCH (t:Resource {iri: $task}) WHERE t:Task
CREATE (r:Resource:ProgressReport {iri: $iri})
SET r.taskIri = $task, r.status = $status, r.asOf = $asOf, r.recordedAt = $recordedAt, r.note = $note,
    r.evidence = $evidence, r.reportedBy = $reportedBy, r.name = $name, r.nameKey = toLower($name)
CREATE (r)-[:REPORTS_ON]->(t)
RETURN properties(r) AS props, labels(r) AS labels
