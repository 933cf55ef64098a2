// Record one corpus file that was read (idempotent: MERGE by iri, which is its content's digest).
// Parameters: $iri, $name, $file, $path (absolute: where it was read from), $length (characters), $sha256,
// $encoding
// Returns: iri
MERGE (f:Resource {iri: $iri})
SET f:SourceFile, f.name = $name, f.file = $file, f.path = $path, f.length = $length, f.sha256 = $sha256,
    f.encoding = $encoding
RETURN f.iri AS iri
