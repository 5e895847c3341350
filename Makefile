# Two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
COMPILED := $(VENV)/.compiled
SOURCES := $(wildcard timeline/*.py timeline/temporal/*.py)
STORE ?= .timeline
PORT ?= 8501

.PHONY: run test install store bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The hot modules compiled with mypyc. Asked again whenever a source changed, it compiles only when
# one of its modules did. Without a C compiler the build fails with a message, and everything runs
# as plain Python, only slower.
$(COMPILED): $(STAMP) $(SOURCES)
	$(BIN)/timeline compile || echo "timeline: not compiled; running as plain Python"
	touch $(COMPILED)

install: $(STAMP) $(COMPILED)

$(STORE)/events.parquet: | $(STAMP) $(COMPILED)
	$(BIN)/timeline extract seeds --store $(STORE)

store: $(STORE)/events.parquet

run: install store
	$(BIN)/streamlit run dashboard.py --server.port $(PORT) --server.headless true

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m benchmarks.temporal
	$(BIN)/python -m benchmarks.actors
	$(BIN)/python -m benchmarks.events
	$(BIN)/python -m benchmarks.pipeline
	$(BIN)/python -m benchmarks.dashboard

clean:
	rm -rf $(VENV) $(STORE)
