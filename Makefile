# The two commands a newcomer needs: `make run` and `make test` (README.md).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

NODE_STAMP := node_modules/.installed
CORPUS_STAMP := bench/corpus/node_modules/.installed

.PHONY: run test setup browser corpus-tools bench-corpus bench-tools bench-http lint clients docs clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CareerOS needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,lint,bench]" "tox>=4.11"
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

# The JSON Resume themes the resume corpus renders with (bench/corpus/package.json, locked).
# Without their install scripts: a few themes depend on PDF printers (html-pdf, puppeteer) whose
# scripts download a browser from the internet; the corpus prints with Debian's Chromium.
$(CORPUS_STAMP): bench/corpus/package.json bench/corpus/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd bench/corpus && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch node_modules/.installed; \
	elif [ "$$CI" = "true" ]; then \
		echo "npm is required under CI (the resume corpus's themes)" >&2; exit 1; \
	else \
		echo "npm not found: the resume layouts from npm themes will be skipped" >&2; \
	fi

# What the resume layouts are typeset with: TeX Live (moderncv, europecv, europasscv and its soul,
# paracol, currvita and fontawesome5), poppler's pdftotext (the ground truth's reference text) and CJK fonts for the
# printed themes. Installed under CI when absent; elsewhere the layouts without them are skipped.
CORPUS_PACKAGES := texlive-latex-extra texlive-fonts-extra texlive-fonts-recommended texlive-plain-generic lmodern poppler-utils fonts-noto-cjk libreoffice-writer-nogui wkhtmltopdf
## wrk, the load generator of bench/http_api.py (Debian's package; the twins come with the bench extra).
bench-tools: setup
	@command -v wrk >/dev/null 2>&1 || { \
		command -v apt-get >/dev/null 2>&1 || { echo "install wrk (https://github.com/wg/wrk)" >&2; exit 1; }; \
		sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends wrk >/dev/null \
		|| { $$sudo apt-get update -q >/dev/null \
		     && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends wrk >/dev/null; }; }

## CareerOS against a FastAPI and a Starlette twin, printed as JSON (bench/http_api.py).
bench-http: bench-tools
	$(BIN)/python bench/http_api.py

corpus-tools: $(CORPUS_STAMP)
	@missing=""; \
	command -v pdflatex >/dev/null 2>&1 && kpsewhich moderncv.cls fontawesome5.sty currvita.sty soul.sty >/dev/null 2>&1 \
		&& [ "$$(kpsewhich moderncv.cls fontawesome5.sty currvita.sty soul.sty | wc -l)" = 4 ] || missing="TeX Live"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing pdftotext"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing LibreOffice"; \
	command -v wkhtmltopdf >/dev/null 2>&1 || missing="$$missing wkhtmltopdf"; \
	if [ -z "$$missing" ]; then \
		:; \
	elif [ "$$CI" = "true" ]; then \
		command -v apt-get >/dev/null 2>&1 || { echo "$$missing required under CI; install $(CORPUS_PACKAGES)" >&2; exit 1; }; \
		sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		echo "installing $(CORPUS_PACKAGES) for the resume layouts"; \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $(CORPUS_PACKAGES) >/dev/null \
		|| { $$sudo apt-get update -q >/dev/null \
		     && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -q --no-install-recommends $(CORPUS_PACKAGES) >/dev/null; }; \
	else \
		echo "$$missing not found: those resume layouts will be skipped (apt-get install $(CORPUS_PACKAGES))" >&2; \
	fi

## Build the resume corpus (build/corpus, a few hundred files) and score the parser on it.
bench-corpus: setup browser corpus-tools
	$(BIN)/python bench/corpus/build.py --out build/corpus
	$(BIN)/python bench/resume_accuracy.py --corpus build/corpus

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
test: setup $(NODE_STAMP) browser corpus-tools
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
	rm -rf $(VENV) .tox build .pytest_cache .ruff_cache node_modules bench/corpus/node_modules
