// How big the graph is: every node (what a validation run checks) and the tasks among them.
// Parameters: none. Returns: nodes, tasks
MATCH (n) RETURN count(n) AS nodes, COUNT { MATCH (:Task) } AS tasks
