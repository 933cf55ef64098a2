"""directive-kg: command line, settings and the local Neo4j server."""
