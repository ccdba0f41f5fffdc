# The two commands in the README: `make run` and `make test`. Everything else is a step they call.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint check messages install install-test demo benchmark

$(VENV)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test: $(VENV)/.runtime pyproject.toml
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.runtime
install-test: $(VENV)/.test

messages: install
	DEBUG=1 $(PY) manage.py compile_catalogues

# The site with demo data on the embedded SQLite database; safe to run again (keeps data).
run: messages
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py createcachetable
	DEBUG=1 $(PY) manage.py load_demo
	DEBUG=1 $(PY) manage.py load_demo_news
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

# The whole suite, browser tests included. DATABASE_URL=postgres://… runs it on PostgreSQL. One worker per core
# (each with its own test database): the suite waits on the database as much as on the processor.
TEST_WORKERS ?= auto
test: install-test messages
	$(PY) -m pytest -n $(TEST_WORKERS)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: install-test
	DJANGO_SETTINGS_MODULE=directory.test_settings $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=directory.test_settings $(PY) manage.py check
