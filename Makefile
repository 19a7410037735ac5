# The two commands a newcomer needs: `make run` and `make test` (README.md).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

NODE_STAMP := node_modules/.installed

.PHONY: run test setup browser lint clients docs clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CareerOS needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,lint]" "tox>=4.11"
	@touch $@

setup: $(STAMP)

# Node tools (package.json, locked): Redocly CLI and TypeScript. Without npm, outside CI, the
# suite skips the Redocly lint and the TypeScript journey and says so.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	elif [ "$$CI" = "true" ]; then \
		echo "npm is required under CI (Redocly lint, the TypeScript client)" >&2; exit 1; \
	else \
		echo "npm not found: the Redocly lint and the TypeScript journey will be skipped" >&2; \
	fi

# Debian's Chromium for the Swagger UI browser test (Playwright drives it and never downloads a
# browser). Installed under CI when absent; elsewhere, without it, that test is skipped and says so.
browser:
	@if [ -n "$$CAREEROS_CHROMIUM" ] || command -v chromium >/dev/null 2>&1; then \
		:; \
	elif [ "$$CI" = "true" ]; then \
		command -v apt-get >/dev/null 2>&1 || { echo "Chromium is required under CI; install it" >&2; exit 1; }; \
		sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		echo "installing Debian's chromium for the browser test"; \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends chromium >/dev/null \
		|| { $$sudo apt-get update -q >/dev/null \
		     && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends chromium >/dev/null; }; \
	else \
		echo "chromium not found: the Swagger UI browser test will be skipped (apt-get install chromium)" >&2; \
	fi

## Set up, migrate, create the demo account if absent, and serve with the in-process worker
## (a sandbox: sample contacts for new accounts, webhook endpoints on this machine allowed).
run: setup
	$(BIN)/careeros migrate
	$(BIN)/careeros demo
	$(BIN)/careeros serve --sample-contacts 2000 --allow-loopback-webhooks

## Set up and run everything: lint, the suite on SQLite (with the generated clients' journeys
## and the Redocly lint), the suite on PostgreSQL.
test: setup $(NODE_STAMP) browser
	$(BIN)/tox run -e lint,sqlite,postgres

## Generate the Python, TypeScript and Java clients into build/clients/ from openapi/careeros.yaml.
clients: setup $(NODE_STAMP)
	$(BIN)/python clients/generate.py

## Render the static API reference to build/docs/index.html (one self-contained file, no CDN).
docs: $(NODE_STAMP)
	node_modules/.bin/redocly build-docs openapi/careeros.yaml --inlineBundle --output build/docs/index.html

lint: setup
	$(BIN)/tox run -e lint

clean:
	rm -rf $(VENV) .tox build .pytest_cache .ruff_cache node_modules
