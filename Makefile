# The two commands: `make demo` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint types pytest docs l10n law bench examples clean help

help:
	@echo "make demo   set up and run 'hdnd demo' on the built-in examples"
	@echo "make test   set up and run lint, types, tests (doctests, docs, examples) and the docs build"
	@echo "make bench  run the national-scale benchmark"

$(VENV)/.run-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.run-installed

demo: $(VENV)/.run-installed
	$(BIN)/hdnd demo

test: $(VENV)/.dev-installed
	$(MAKE) lint types pytest docs

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(VENV)/.dev-installed
	$(BIN)/mypy

pytest: $(VENV)/.dev-installed
	$(BIN)/pytest

docs: $(VENV)/.dev-installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir build/site

l10n: $(VENV)/.dev-installed
	$(BIN)/python scripts/l10n.py

law: $(VENV)/.dev-installed
	$(BIN)/python scripts/law_pages.py

examples: $(VENV)/.dev-installed
	$(BIN)/python scripts/make_examples.py

bench: $(VENV)/.dev-installed
	$(BIN)/python benchmarks/national.py

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache
