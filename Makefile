# Social Goal Planner: `make run` starts the app, `make test` runs every test.
# Both create .venv and install what they need on first use (Python 3.11+ and make are all it takes).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshots i18n benchmarks-doc clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Social Goal Planner needs Python 3.11 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/planner

test: $(STAMP)
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

screenshots: $(STAMP)
	for lang in en ar fa; do xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots $$lang; done

# Translations: collect the strings into the .ts files, then compile them to the .qm files the app loads.
TS := resources/translations/planner_ar.ts resources/translations/planner_fa.ts
i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find src/planner -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS)

# docs/benchmarks.md from the benchmark table and the rulebook (a test fails when it is stale)
benchmarks-doc: $(STAMP)
	$(PY) tools/benchmarks_doc.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

include packaging/Makefile.fragment
