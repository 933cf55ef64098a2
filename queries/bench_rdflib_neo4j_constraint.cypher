// The uniqueness constraint rdflib-neo4j's Neo4jStore requires (benchmark only). Parameters: none.
CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE
