"""Opening the one Neo4j driver a command or the API uses; helpers never open their own."""

from __future__ import annotations

import logging

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from dkg.errors import Neo4jUnavailable
from dkg.settings import Neo4jSettings

log = logging.getLogger("directive_kg.db")


def open_driver(settings: Neo4jSettings, verify: bool = True) -> Driver:
    """A driver for NEO4J_URI with the configured credentials; Neo4jUnavailable when it cannot connect."""
    password = settings.password.get_secret_value() if settings.password else ""
    driver = GraphDatabase.driver(settings.bolt_uri, auth=(settings.user, password), connection_timeout=5.0,
                                  max_transaction_retry_time=settings.write_wait,
                                  connection_acquisition_timeout=settings.write_wait)
    if verify:
        try:
            driver.verify_connectivity()
        except AuthError as e:
            driver.close()
            raise Neo4jUnavailable(f"Neo4j at {settings.bolt_uri} refuses user {settings.user!r}: "
                                   "check NEO4J_PASSWORD in .env") from e
        except (ServiceUnavailable, OSError) as e:
            driver.close()
            raise Neo4jUnavailable(f"Neo4j does not answer at {settings.bolt_uri} "
                                   "(start it with `dkg neo4j start`, or set NEO4J_URI)") from e
    return driver


async def open_async_driver(settings: Neo4jSettings, wait: float = 5.0) -> AsyncDriver:
    """The API's driver (async, so one slow query does not hold up other requests). A request waits at most
    about `wait` seconds for Neo4j (connection, retries); the driver is returned even when Neo4j is down now
    (it connects when Neo4j is back), but wrong credentials stop the API at once."""
    password = settings.password.get_secret_value() if settings.password else ""
    driver = AsyncGraphDatabase.driver(settings.bolt_uri, auth=(settings.user, password),
                                       connection_timeout=min(5.0, wait), connection_acquisition_timeout=wait,
                                       max_transaction_retry_time=wait)
    try:
        await driver.verify_connectivity()
    except AuthError as e:
        await driver.close()
        raise Neo4jUnavailable(f"Neo4j at {settings.bolt_uri} refuses user {settings.user!r}: "
                               "check NEO4J_PASSWORD in .env") from e
    except (ServiceUnavailable, OSError):
        log.warning("Neo4j does not answer at %s yet; the API starts and answers 503 until it does",
                    settings.bolt_uri)
    return driver
