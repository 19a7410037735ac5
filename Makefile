# The two commands a newcomer needs: `make run` and `make test` (README.md).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup lint clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CareerOS needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,lint]" "tox>=4.11"
	@touch $@

setup: $(STAMP)

## Set up, migrate, create the demo account if absent, and serve with the in-process worker
## (a sandbox: sample contacts for new accounts, webhook endpoints on this machine allowed).
run: setup
	$(BIN)/careeros migrate
	$(BIN)/careeros demo
	$(BIN)/careeros serve --sample-contacts 2000 --allow-loopback-webhooks

## Set up and run everything: lint, the suite on SQLite, the suite on PostgreSQL.
test: setup
	$(BIN)/tox run -e lint,sqlite,postgres

lint: setup
	$(BIN)/tox run -e lint

clean:
	rm -rf $(VENV) .tox build .pytest_cache .ruff_cache
