"""One root error for the project, one subclass per stage (see CONVENTIONS.md)."""


class DirectiveKgError(Exception):
    """Root of every error the project raises on purpose."""


class SetupError(DirectiveKgError):
    """The machine lacks something the project needs (Java, Maven, a free port)."""


class Neo4jUnavailable(DirectiveKgError):
    """Neo4j cannot be reached or refuses the credentials."""


class ReadError(DirectiveKgError):
    """A corpus file cannot be read as text."""


class ExtractionError(DirectiveKgError):
    """A document cannot be extracted from a text."""


class ShapesError(DirectiveKgError):
    """The ontology or the SHACL shapes themselves are broken."""


class ProjectionError(DirectiveKgError):
    """Writing to Neo4j failed."""


class Neo4jGone(ProjectionError):
    """Neo4j stopped answering during a write (after the driver's bounded retries): the rest of a load waits."""


class QueryNotFound(DirectiveKgError):
    """A named Cypher query does not exist in queries/."""
