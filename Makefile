# Two commands matter: `make run` (a fresh machine to the running app) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Quiet: no warnings (a machine's own pip configuration can add dozens), no version nag, no root-user
# advice, no progress bars; errors still print.
PIP_QUIET := --quiet --quiet --disable-pip-version-check --no-input --progress-bar off --root-user-action ignore

.PHONY: run test system-packages translations screenshots printouts bench bench-load dist clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install $(PIP_QUIET) --upgrade pip
	$(BIN)/pip install $(PIP_QUIET) -e '.[test,bench,dist]'
	touch $(INSTALLED)

system-packages:
	bash scripts/system-packages.sh

translations: $(INSTALLED)
	$(BIN)/python -m ui.desktop.i18n_build

run: system-packages $(INSTALLED) translations
	$(BIN)/detention-register demo --if-empty
	$(BIN)/detention-register gui

test: system-packages $(INSTALLED) translations
	$(BIN)/python -m pytest -p no:cacheprovider

# Every picture in docs/: each script shows one part of the desktop (scripts/screens.py is their shared set-up).
screenshots: $(INSTALLED) translations
	for script in scripts/screenshots*.py scripts/guide_screenshots.py; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

printouts: system-packages $(INSTALLED)
	$(BIN)/python scripts/printouts.py

# `make bench` measures the national register (over an hour on 2 cores); a run of minutes:
# make bench BENCH_ARGS="--size tiny --sizes ''"
BENCH_ARGS ?=
bench: $(INSTALLED)
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

# Concurrent station processes on a throw-away PostgreSQL server: make bench-load LOAD_ARGS="--stations 50"
LOAD_ARGS ?= --stations 20 --seconds 40
bench-load: $(INSTALLED)
	$(BIN)/python -m benchmarks.load $(LOAD_ARGS)

# One folder with the program and everything it loads; runs where no Python is installed (docs/packaging.md).
dist: $(INSTALLED) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/detention-register.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
