// Store the latest validation run (one node, replaced each run). Parameters: $at (ISO datetime), $nodes,
// $violations, $warnings, $results (JSON text). Returns: iri
MERGE (v:Resource {iri: 'https://directive-kg.example.org/id/validation/latest'})
SET v:ValidationRun, v.name = 'Kiểm tra ' + $at, v.at = $at, v.nodes = $nodes, v.violations = $violations,
    v.warnings = $warnings, v.results = $results
RETURN v.iri AS iri
