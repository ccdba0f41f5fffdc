"""The layout the code promises, checked: the shared core stays below the feature apps, and no import hides
inside a function to dodge a circle."""

import ast
from pathlib import Path

import pytest

DIRECTORY = Path(__file__).resolve().parent.parent / "directory"
FEATURE_APPS = {"organisations", "opportunities", "news"}
PROJECT = {"directory", *FEATURE_APPS}

# Imports that must wait for Django's app registry: an AppConfig.ready() runs once the models exist, and is
# where Django says to import them from. Nothing else in directory/ may import a project module in a function.
LAZY_ALLOWED = {
    ("directory/apps.py", "ready"),
    ("directory/portal/apps.py", "ready"),
}


def core_modules():
    """Everything in directory/ except the portal (the layer above the feature apps) and migrations."""
    for path in sorted(DIRECTORY.rglob("*.py")):
        parts = path.relative_to(DIRECTORY).parts
        if parts[0] in {"portal", "migrations"} or "migrations" in parts:
            continue
        yield path


def directory_modules():
    for path in sorted(DIRECTORY.rglob("*.py")):
        if "migrations" not in path.relative_to(DIRECTORY).parts:
            yield path


def imported(node):
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [node.module]
    return []


def name(path):
    return str(path.relative_to(DIRECTORY.parent))


@pytest.mark.parametrize("path", list(core_modules()), ids=name)
def test_the_shared_core_never_imports_a_feature_app(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    offending = [
        (node.lineno, module)
        for node in ast.walk(tree)
        for module in imported(node)
        if module.split(".")[0] in FEATURE_APPS
    ]
    assert offending == []


def test_the_portal_is_the_only_part_of_directory_left_out_of_the_check():
    checked = {name(path) for path in core_modules()}
    assert "directory/models.py" in checked
    assert "directory/moderation/editing.py" in checked
    assert "directory/accounts/services.py" in checked
    assert not any(path.startswith("directory/portal/") for path in checked)


@pytest.mark.parametrize("path", list(directory_modules()), ids=name)
def test_no_project_import_hides_inside_a_function(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    offending = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if (name(path), function.name) in LAZY_ALLOWED:
            continue
        for node in ast.walk(function):
            offending += [
                (node.lineno, function.name, module)
                for module in imported(node)
                if module.split(".")[0] in PROJECT
            ]
    assert offending == []


def test_a_feature_import_in_the_core_would_be_caught(tmp_path):
    sample = ast.parse("def f():\n    from organisations.models import Organisation\n")
    modules = [module for node in ast.walk(sample) for module in imported(node)]
    assert [m for m in modules if m.split(".")[0] in FEATURE_APPS] == ["organisations.models"]
