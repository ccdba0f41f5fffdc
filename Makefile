# The two commands in the README: `make run` and `make test`. Everything else is a step they call.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The project is an application, not a library: installing "." installs its dependencies and nothing else.
PIP := $(PY) -m pip install --quiet --disable-pip-version-check

.PHONY: run test lint check messages install install-test

$(VENV)/.runtime: pyproject.toml
	@echo "--- creating the virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	@echo "--- installing the site's dependencies (a minute on a fresh machine)"
	$(PIP) --upgrade pip
	$(PIP) .
	@touch $@

$(VENV)/.test: $(VENV)/.runtime pyproject.toml
	@echo "--- installing the test tools"
	$(PIP) ".[test]"
	@touch $@

install: $(VENV)/.runtime
install-test: $(VENV)/.test

messages: install
	@echo "--- compiling the translation catalogues"
	@DEBUG=1 $(PY) manage.py compile_catalogues

# The site with demo data on the embedded SQLite database; safe to run again (keeps data).
run: messages
	@echo "--- migrating the database (data/directory.sqlite3)"
	@DEBUG=1 $(PY) manage.py migrate --noinput
	@DEBUG=1 $(PY) manage.py createcachetable
	@echo "--- loading the demo data"
	@DEBUG=1 $(PY) manage.py load_demo
	@DEBUG=1 $(PY) manage.py load_demo_news
	@echo "--- serving http://127.0.0.1:8000/ (Ctrl-C stops)"
	@DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

# The whole suite, browser tests included. DATABASE_URL=postgres://… runs it on PostgreSQL. One worker per core
# (each with its own test database): the suite waits on the database as much as on the processor. Progress is
# shown as a percentage; the ten slowest tests are listed at the end. Modules that build their data once keep their
# tests on one worker (--dist loadgroup, tests/conftest.py's built_for_module).
TEST_WORKERS ?= auto
test: install-test messages
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup --durations=10 $(PYTEST_ARGS)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: install-test
	DJANGO_SETTINGS_MODULE=directory.test_settings $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=directory.test_settings $(PY) manage.py check
