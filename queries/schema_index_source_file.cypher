// Source files looked up by the path they were read from (pruning what a re-read file no longer holds) use
// an index.
// Parameters: none. Returns: nothing.
CREATE INDEX source_file_path IF NOT EXISTS FOR (f:SourceFile) ON (f.path)
