// The data's version (see data_version_bump), read by the API before it answers from its cache.
// Parameters: none. Returns: version (int, 0 before the first load)
OPTIONAL MATCH (v:Resource {iri: 'https://directive-kg.example.org/id/data-version'})
RETURN coalesce(v.version, 0) AS version
