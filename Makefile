# The two set-up commands a fresh machine needs are `make demo` and `make test` (README).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-aisoc
DEMO_WAREHOUSE ?= .aisoc-demo
CONSOLE_HOST ?= 127.0.0.1
CONSOLE_PORT ?= 8501

.PHONY: install demo test test-fast bench lint clean constraints browser

install: $(STAMP)

# torch goes first and pinned: that exact version is a CPU wheel already on these machines;
# letting the resolver pick one pulls a multi-GB CUDA build.
# The sigma-cli shim goes in as plain files: sigma-cli only finds backends on disk.
$(STAMP): pyproject.toml constraints.txt detections/sigma_cli/pyproject.toml detections/sigma_cli/sigma/backends/polars/__init__.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall ./detections/sigma_cli
	touch $(STAMP)

# The demo set's shared logs carry tenant fields; each tenant's AWS and Kubernetes logs do not,
# so they are ingested per tenant folder with --tenant, as a deployment would.
DEMO_SET := sample_logs/demo/logs
DEMO_TENANTS := acme-bank globex-insurance initech-pay

demo: $(STAMP)
	$(BIN)/aisoc ingest $(DEMO_SET)/shared --warehouse $(DEMO_WAREHOUSE) --no-progress
	for tenant in $(DEMO_TENANTS); do \
	  $(BIN)/aisoc ingest $(DEMO_SET)/$$tenant --tenant $$tenant --warehouse $(DEMO_WAREHOUSE) --no-progress || exit 1; \
	done
	@echo
	@echo "Hunting with the packaged Sigma rule pack (detections/rules/):"
	$(BIN)/aisoc hunt --warehouse $(DEMO_WAREHOUSE)
	@echo
	@echo "Running every detector (Sigma, classifier, MiniLM similarity, leakage, behaviour) as a detection job:"
	$(BIN)/aisoc detect --warehouse $(DEMO_WAREHOUSE)
	$(BIN)/aisoc alerts list --warehouse $(DEMO_WAREHOUSE) --severity high
	@echo
	@echo "Ingested the committed sample set (sample_logs/demo, attacks listed in labels.jsonl) into $(DEMO_WAREHOUSE)/"
	@echo "and raised its alerts. Try: $(BIN)/aisoc alerts list --warehouse $(DEMO_WAREHOUSE) --format jsonl"
	@echo
	@# A fresh password on every run; the demo user is an admin of every tenant.
	@password=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(15))'); \
	printf '%s\n' "$$password" | $(BIN)/aisoc user add demo --role admin --tenant '*' --password-stdin \
	  --warehouse $(DEMO_WAREHOUSE) || exit 1; \
	echo "Console: http://$(CONSOLE_HOST):$(CONSOLE_PORT)   user: demo   password: $$password   (Ctrl-C stops it)"; \
	exec $(BIN)/aisoc console --warehouse $(DEMO_WAREHOUSE) --host $(CONSOLE_HOST) --port $(CONSOLE_PORT)

# The browser tests drive Debian's Chromium through the playwright package (never
# `playwright install`, which downloads a browser of its own). They find it where this does:
# $AISOC_CHROMIUM when set (ingest/kernel/settings.py), else Debian's path; `make CHROMIUM=...`
# reaches the tests too.
AISOC_CHROMIUM ?= /usr/bin/chromium
CHROMIUM ?= $(or $(AISOC_CHROMIUM),/usr/bin/chromium)
export AISOC_CHROMIUM := $(CHROMIUM)

browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; fi; }

test: $(STAMP) browser
	$(BIN)/python -m pytest

# The inner loop: no browser, no test that starts a program (marked in tests/conftest.py), no slow one.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser and not slow and not subprocess" -q

bench: $(STAMP)
	$(BIN)/python -m bench.ingest
	$(BIN)/python -m bench.rules
	$(BIN)/python -m bench.detectors
	$(BIN)/python -m bench.detect
	$(BIN)/python -m bench.console
	$(BIN)/python -m bench.cases
	$(BIN)/python -m bench.cli

# Checks as code: lint and format (ruff), the import contracts, types (mypy, see pyproject.toml).
TYPECHECK := build/typecheck
PACKAGES  := ingest detections analytics ui playbooks sample_logs

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	mkdir -p $(TYPECHECK)/aisoc
	for p in $(PACKAGES); do ln -sfn ../../../$$p $(TYPECHECK)/aisoc/$$p; done
	# An empty stub makes aisoc a regular package to mypy only: under a namespace parent mypy
	# takes a data folder (playbooks/library/) for the module beside it (library.py), mypy#13663.
	touch $(TYPECHECK)/aisoc/__init__.pyi
	cd $(TYPECHECK) && ../../$(BIN)/mypy --config-file ../../pyproject.toml \
	  --python-executable ../../$(BIN)/python $(foreach p,$(PACKAGES),-p aisoc.$(p))

# Refresh the pins from the current environment (run after changing dependencies).
constraints: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable --exclude aisoc-sigma-polars | sed -e 's/+cpu$$//' > constraints.txt

clean:
	rm -rf $(VENV) $(DEMO_WAREHOUSE) .pytest_cache
