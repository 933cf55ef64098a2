// Documents looked up by their folded symbol ("01-tb/bcdtw": the API's `document(symbol)`) use an index.
// Parameters: none. Returns: nothing.
CREATE INDEX document_symbol_key IF NOT EXISTS FOR (d:Document) ON (d.symbolKey)
