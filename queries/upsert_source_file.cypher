// Record one corpus file that was read (idempotent: MERGE by iri).
// Parameters: $iri, $name, $file, $length (characters), $sha256, $encoding
// Returns: iri
MERGE (f:Resource {iri: $iri})
SET f:SourceFile, f.name = $name, f.file = $file, f.length = $length, f.sha256 = $sha256, f.encoding = $encoding
RETURN f.iri AS iri
