# directive-kg — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION ?= 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
DKG := $(VENV)/bin/dkg
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install run test stop status lint clean-db schema score bench

# venv + locked packages + Neo4j jars; does nothing when all are there
install: $(VENV)/.installed .dkg/neo4j/lib/.complete .dkg/graphiql/.complete

$(UV):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

$(VENV)/.installed: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet
	@touch $@

.dkg/neo4j/lib/.complete: dkg/neo4j-server/pom.xml | $(VENV)/.installed
	$(DKG) neo4j install

# GraphiQL's assets, served by the API itself (closed networks have no CDN)
.dkg/graphiql/.complete: dkg/graphiql.py | $(VENV)/.installed
	$(DKG) install-graphiql
	@touch $@

# start Neo4j, load corpus/, validate, serve GraphQL on :8000 (Ctrl-C stops the API only)
run: install
	$(DKG) neo4j start
	$(DKG) load || echo "some files failed to load (see above); serving what loaded"
	$(DKG) validate --summary || echo "validation found problems (see above)"
	$(DKG) serve

# start (or reuse) Neo4j, then the whole test suite against it
test: install
	$(DKG) neo4j start
	$(VENV)/bin/pytest -q

# extraction quality: per-file table on the development set of real documents, then the sample corpus
score: install
	$(VENV)/bin/python tests/devset/score.py
	$(VENV)/bin/python tests/devset/score.py tests/gold/sample corpus

# every benchmark at 1×, 10×, 100× the corpus (validation also at 400×), one table of ratios written into
# BENCHMARKS.md (≈ 25 min, not a test)
bench: install
	$(DKG) neo4j start
	$(VENV)/bin/python benchmarks/run_all.py $(BENCH_ARGS)

stop:
	$(DKG) neo4j stop

status:
	$(DKG) neo4j status

lint:
	$(VENV)/bin/ruff check .
