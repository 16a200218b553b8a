# The two set-up commands a fresh machine needs are `make demo` and `make test` (README).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-aisoc
DEMO_WAREHOUSE ?= .aisoc-demo

.PHONY: install demo test bench lint clean constraints

install: $(STAMP)

# torch goes first and pinned: that exact version is a CPU wheel already on these machines;
# letting the resolver pick one pulls a multi-GB CUDA build.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/aisoc ingest sample_logs/demo --warehouse $(DEMO_WAREHOUSE) --no-progress
	@echo
	@echo "Ingested the committed sample set into $(DEMO_WAREHOUSE)/ (events: Parquet under events/, runs and quarantine: state.duckdb)."
	@echo "Detections and the console arrive with later issues; until then the demo stops here."

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m bench.ingest

lint: $(STAMP)
	$(BIN)/lint-imports

# Refresh the pins from the current environment (run after changing dependencies).
constraints: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | sed -e 's/+cpu$$//' > constraints.txt

clean:
	rm -rf $(VENV) $(DEMO_WAREHOUSE) .pytest_cache
