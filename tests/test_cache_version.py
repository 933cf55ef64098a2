"""The response cache reads the data version for every request, sharing reads between requests that arrive
together — and never giving a request a version read before it arrived (the rest of the cache is tested over
HTTP against the real Neo4j in test_api_http.py)."""

from __future__ import annotations

import asyncio

from graph_api.cache import DataVersionReader


def test_requests_share_reads_but_never_get_one_that_started_before_they_arrived():
    async def scenario() -> tuple[list[int], int]:
        version = {"now": 1}
        reads = {"n": 0}
        started = asyncio.Event()
        release = asyncio.Event()

        async def fetch(scope) -> int:
            reads["n"] += 1
            seen = version["now"]  # what the database holds when the read starts
            started.set()
            await release.wait()
            return seen

        reader = DataVersionReader(fetch)
        early = [asyncio.create_task(reader.read({})) for _ in range(20)]  # arrive together: one read
        await started.wait()
        version["now"] = 2  # a load commits while that read is running …
        late = [asyncio.create_task(reader.read({})) for _ in range(20)]  # … and these arrive after it
        await asyncio.sleep(0)
        release.set()
        got = await asyncio.gather(*early, *late)
        return got, reads["n"]

    got, reads = asyncio.run(scenario())
    assert got[:20] == [1] * 20  # they arrived before the load: either version is right, the read's is 1
    assert got[20:] == [2] * 20  # they arrived after it: they must see it
    assert reads == 2  # forty requests, two reads


def test_a_read_that_fails_lets_the_requests_go_on_uncached():
    async def scenario():
        async def fetch(scope):
            raise RuntimeError("Neo4j went away")

        reader = DataVersionReader(fetch)
        return await asyncio.wait_for(asyncio.gather(*(reader.read({}) for _ in range(5))), timeout=5)

    assert asyncio.run(scenario()) == [None] * 5
