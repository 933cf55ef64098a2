// Uniqueness of iri on every node (all carry the :Resource label). Parameters: none. Returns: nothing.
CREATE CONSTRAINT resource_iri IF NOT EXISTS FOR (n:Resource) REQUIRE n.iri IS UNIQUE
