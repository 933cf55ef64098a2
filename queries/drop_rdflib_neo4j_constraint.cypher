// Drop the benchmark-only constraint of rdflib-neo4j. Parameters: none.
DROP CONSTRAINT n10s_unique_uri IF EXISTS
