// Write shared nodes (bodies, posts, groups, referenced documents, source files): properties are
// added, never removed, so a stub from a reference does not erase a fully loaded document; aliases are added to
// those the node has (the authority file's and every spelling read so far), never replaced.
// Parameters: $rows = [{iri, labels: [..], props: {..}, keep: {..}, aliases: [..] or null,
//                       aliasKeys: [..] (the aliases folded) or null}]. Returns: written (int).
UNWIND $rows AS row
MERGE (n:Resource {iri: row.iri})
ON CREATE SET n = row.props
ON MATCH SET n += row.keep
SET n:$(row.labels)
WITH n, row WHERE row.aliases IS NOT NULL
WITH n, reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
        AS aliases,
     reduce(acc = coalesce(n.aliasKeys, []), k IN row.aliasKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
        AS keys
SET n.aliases = aliases, n.aliasKeys = keys,
    n.aliasText = reduce(text = '', a IN aliases | text + CASE text WHEN '' THEN '' ELSE ' | ' END + a)
RETURN count(n) AS written
