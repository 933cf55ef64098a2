// Put before a compiled check (loaders/shacl_cypher.py) to check only some documents — each one and its parts
// (IRIs under it) — as they are loaded: the IRI index finds them instead of a scan of the whole label.
// Parameters: scope (document IRIs). Binds: n
UNWIND $scope AS doc
MATCH (n:Resource) WHERE n.iri STARTS WITH doc AND (n.iri = doc OR n.iri STARTS WITH doc + '/')
WITH DISTINCT n
