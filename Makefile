# The two commands of the README: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    ?= $(VENV)/bin
P      ?=

.PHONY: run test lint lint-commands bench screenshot package clean venv

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; sys.exit("Biaozhu needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

$(VENV)/.installed-package: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(VENV)/.installed $(VENV)/.installed-test $@

venv: $(VENV)/.installed

## Start the app (on the demo project unless P=path/to/project.biaozhu).
run: $(VENV)/.installed
	$(PY) -m desktop_app gui $(P)

## Set up with the test extras, lint, and run the whole suite offscreen.
test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## The checkers, one command a line (add more in lint-commands): ruff, the import layers
## (import-linter), the core's types (mypy), the GitHub workflow (actionlint + shellcheck).
## The GitHub workflow runs `make lint-commands BIN=<its Python's scripts folder>` (no venv).
lint: $(VENV)/.installed-test
	@$(MAKE) --no-print-directory lint-commands BIN=$(BIN)

lint-commands:
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/actionlint -shellcheck=$(BIN)/shellcheck .github/workflows/build.yml

## Benchmarks on a synthetic corpus generated from the seeds; prints the figures.
bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

## PNG screenshots of the main window on the demo project (needs xvfb for a real screen).
screenshot: $(VENV)/.installed-test
	$(PY) -m bench.screenshot

## The standalone folder dist/Biaozhu/ (PyInstaller).
package: $(VENV)/.installed-package
	$(PY) packaging/build.py

clean:
	rm -rf build dist .pytest_cache
