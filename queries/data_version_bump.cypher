// Count one more change to the data (every load and every stored validation run does): the API's response
// cache keys its answers by this number, so no answer outlives the data it was read from.
// Parameters: none. Returns: version (int)
MERGE (v:Resource {iri: 'https://directive-kg.example.org/id/data-version'})
SET v:DataVersion, v.name = 'Phiên bản dữ liệu / data version', v.version = coalesce(v.version, 0) + 1
RETURN v.version AS version
