// One indicator over time: every target any document set for it, by the year it is due, with the document that
// set it (a later document raising or keeping an earlier goal shows as a new row).
// Parameters: $indicatorIri (e.g. "https://directive-kg.example.org/id/indicator/rd-spending-gdp")
// Returns: year, comparator, value, unit, target, document, date, clause
MATCH (i:Resource {iri: $indicatorIri})<-[:INDICATOR]-(g:Target)-[:DOCUMENT]->(d:Document)
RETURN g.year AS year, g.comparator AS comparator, g.value AS value, g.unit AS unit, g.name AS target,
       coalesce(d.symbol, d.name) AS document, d.date AS date, g.clausePath AS clause
ORDER BY toInteger(g.year), d.date, g.clausePath
