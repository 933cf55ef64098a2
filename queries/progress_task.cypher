// The task a progress report is about, with what the report is checked against: its document's date and its
// deadline. Parameters: $task (the task's IRI). Returns: iri, text, documentDate, symbol, deadlineDate
MATCH (t:Resource {iri: $task}) WHERE t:Task
OPTIONAL MATCH (t)-[:DOCUMENT]->(d:Document)
RETURN t.iri AS iri, t.text AS text, d.date AS documentDate, coalesce(d.symbol, d.name) AS symbol,
       t.deadlineDate AS deadlineDate
