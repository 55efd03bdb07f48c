# Social Goal Planner: `make run` starts the app, `make test` runs every test.
# Both create .venv and install what they need on first use (Python 3.11+ and make are all it takes).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench mutation screenshots i18n benchmarks-doc clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Social Goal Planner needs Python 3.11 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/planner

# Two workers: the suite uses both cores of a small machine (pytest-xdist); TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2
test: $(STAMP)
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

# Mutation testing (not part of CI: a package takes tens of minutes): the score per module, see docs/testing.md.
# make mutation MODULES=planner.domain.forecast JOBS=2
MODULES ?= planner.domain planner.store planner.exchange
JOBS ?= 1
$(VENV)/.mutation-tools: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,mutation]'
	@touch $@

mutation: $(VENV)/.mutation-tools
	$(PY) tools/mutation.py --jobs $(JOBS) $(MODULES)

screenshots: $(STAMP)
	for lang in en ar fa; do xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py docs/screenshots $$lang; done

# Translations: collect the strings into the .ts files, then compile them to the .qm files the app loads.
# English needs only its plural forms ("1 day", "2 days"): planner_en.ts holds just those.
TS := resources/translations/planner_ar.ts resources/translations/planner_fa.ts
TS_EN := resources/translations/planner_en.ts
i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find src/planner -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly $$(find src/planner -name '*.py' | sort) -ts $(TS_EN)
	$(VENV)/bin/pyside6-lrelease $(TS) $(TS_EN)

# docs/benchmarks.md from the benchmark table and the rulebook (a test fails when it is stale)
benchmarks-doc: $(STAMP)
	$(PY) tools/benchmarks_doc.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

include packaging/Makefile.fragment
