// What is loaded: counts of source files and of every kind of node.
// Parameters: none
// Returns: files (list of {name, file, length}), nodes (int), relationships (int)
CALL () {
  MATCH (f:SourceFile)
  WITH f ORDER BY f.file
  RETURN collect({name: f.name, file: f.file, length: f.length}) AS files
}
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN files, nodes, relationships
