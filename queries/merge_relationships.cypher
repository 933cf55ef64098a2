// Write relationships between nodes already written in this transaction.
// Parameters: $rows = [{from, type, to}] (type from the ontology, never from user input). Returns: written.
UNWIND $rows AS row
MATCH (a:Resource {iri: row.from})
MATCH (b:Resource {iri: row.to})
MERGE (a)-[r:$(row.type)]->(b)
RETURN count(r) AS written
