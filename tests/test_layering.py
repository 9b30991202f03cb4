"""The layering rule, enforced: `ui` -> `printing` -> `register` -> `models`, never back.

Every module's syntax tree is walked, so an import inside a function counts as much as one at the top.
No Qt below the UI (a service must run in a command-line station and a server without a display), and the
UI reaches the database only through `register/` (so access checks cannot be stepped around).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# package -> the top-level packages its modules must not import
FORBIDDEN = {
    "register": {"PySide6", "shiboken6"},
    "models": {"PySide6", "shiboken6"},
    "printing": {"PySide6", "shiboken6", "models"},
    "ui": {"models", "sqlalchemy"},
}


def imported_packages(source: str, module: str) -> list[tuple[int, str]]:
    """(line, top-level package) of every import in `source`; relative imports resolved against `module`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name.split(".")[0]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[:-node.level]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name.split(".")[0]))
    return found


def violations(package: str) -> list[str]:
    forbidden = FORBIDDEN[package]
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        relative = path.relative_to(ROOT)
        module = ".".join(relative.with_suffix("").parts)
        for line, imported in imported_packages(path.read_text(encoding="utf-8"), module):
            if imported in forbidden:
                found.append(f"{relative}:{line} imports {imported}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_layer_imports_what_it_must_not(package):
    assert violations(package) == []


def test_the_walk_sees_imports_anywhere_in_a_module():
    source = ("import os\n"
              "def later():\n"
              "    from PySide6.QtCore import QObject\n"
              "    from ..models.orm import Event\n"
              "    import sqlalchemy.orm\n")
    assert imported_packages(source, "printing.somewhere") == [(1, "os"), (3, "PySide6"), (4, "models"),
                                                             (5, "sqlalchemy")]
