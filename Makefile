# Two commands do everything: `make run` starts Briefpack on the bundled
# library, `make test` runs the whole test suite. Each creates .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench dist clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefpack-gui

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# pandoc is the export benchmark's baseline (Debian package, installed when missing and possible)
bench: $(STAMP)
	command -v pandoc >/dev/null || (command -v apt-get >/dev/null && apt-get install -y -qq pandoc) || true
	nice -n 10 $(BIN)/python benchmarks/export_bench.py --runs 5

# The self-contained app for this machine (Linux: dist/briefpack/, a .tar.gz and a .deb);
# docs/PACKAGING.md. PyInstaller is installed into .venv the first time.
$(VENV)/.dist-installed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	touch $@

dist: $(VENV)/.dist-installed
	$(BIN)/python packaging/build_dist.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info
