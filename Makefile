# Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test bench soak lint package clean i18n install-desktop uninstall-desktop

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/peerjournal gui

test: $(TEST_STAMP)
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/run.py

# A compressed day in the real window (SOAK_SECONDS, default 480; SOAK_LOCK_EVERY rounds
# between locks, none by default): memory, widgets and lost records. See benchmarks/soak.py.
soak: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/soak.py

lint: $(TEST_STAMP)
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/ruff check peerjournal tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

# The Spanish catalog: lupdate + lrelease after changing window strings (the .ts and .qm
# are both kept in git; tests/gui/test_i18n.py fails when the .qm is out of date).
i18n: $(STAMP)
	$(BIN)/python tools/update_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info

package: $(TEST_STAMP)
	$(BIN)/python tools/update_translations.py --release
	$(BIN)/pip install -q 'pyinstaller>=6.6'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/peerjournal.spec
	$(BIN)/python tools/package_smoke.py

# The window as Orca reads it, through AT-SPI under Xvfb in a D-Bus session of its own:
# interactive nodes without a name, the person page heading. The SYSTEM python reads
# AT-SPI (python3-pyatspi); skipped with a message without xvfb / at-spi2-core / pyatspi.
.PHONY: a11y
SYSTEM_PY ?= /usr/bin/python3
a11y: $(TEST_STAMP)
	$(SYSTEM_PY) tools/a11y_atspi.py

# The desktop entry, AppStream metainfo and hicolor icons, for this user (XDG data folder).
install-desktop: $(STAMP)
	$(BIN)/python tools/desktop_entry.py install

uninstall-desktop: $(STAMP)
	$(BIN)/python tools/desktop_entry.py uninstall
