// Names and aliases of every body, for close-match suggestions. Parameters: none. Returns: name, aliases
MATCH (b:Body)
RETURN b.name AS name, coalesce(b.aliases, []) AS aliases
