// Progress reports whose task was re-written by a load (a re-load replaces a document's tasks, and with them
// the links to their reports): linked again to the task of the same IRI. A report whose task is gone stays,
// unlinked, and validation flags it. Parameters: none. Returns: relinked (int)
MATCH (r:ProgressReport)
WHERE NOT EXISTS { (r)-[:REPORTS_ON]->() }
MATCH (t:Resource {iri: r.taskIri}) WHERE t:Task
MERGE (r)-[:REPORTS_ON]->(t)
RETURN count(r) AS relinked
