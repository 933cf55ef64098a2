// Source files looked up by name (pruning what a re-read file no longer holds) use an index.
// Parameters: none. Returns: nothing.
CREATE INDEX source_file_name IF NOT EXISTS FOR (f:SourceFile) ON (f.name)
