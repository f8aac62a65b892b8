# Everything starts from a bare Python: the first target that needs tools creates .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install generate check-generated check-changelog test lint demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,sandbox]'
	bash .ci/servers
	touch $(STAMP)

install: $(STAMP)

## Regenerate generated/ from spec/ and templates/ (writes nothing else).
generate: $(STAMP)
	$(BIN)/python -m generator

## Fail when generated/ differs from what `make generate` produces.
check-generated: $(STAMP)
	$(BIN)/python -m generator --check

## Fail when the public API lost or changed a name since the last release (the newest v* tag,
## else the last commit on the date of CHANGELOG.md's newest version) and CHANGELOG.md's
## [Unreleased] section does not name it.
check-changelog: $(STAMP)
	$(BIN)/python -m generator diff --check-changelog CHANGELOG.md

## The whole suite, after the drift and changelog checks.
test: check-generated check-changelog
	$(BIN)/python -m pytest -n auto

lint: $(STAMP)
	$(BIN)/ruff check generator src tests examples benchmarks
	$(BIN)/ruff format --check generator src tests examples benchmarks
	$(BIN)/mypy --python-version 3.11 generator
	$(BIN)/mypy src/mpesa

## The end-to-end demo against the local Daraja sandbox.
demo: $(STAMP)
	$(BIN)/python -m generator --check
	$(BIN)/python examples/demo.py

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
