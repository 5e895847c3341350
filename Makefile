# Two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
STORE ?= .timeline
PORT ?= 8501

.PHONY: run test install store bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

$(STORE)/events.parquet: | $(STAMP)
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
