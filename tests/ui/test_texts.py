"""Shared texts of the desktop: placeholders filled in one pass, widgets that follow the language."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from register.access import Actor
from tests.core.lines import line
from tests.ui.conftest import OFFICER
from ui.desktop import i18n
from ui.desktop.event_form import EventDialog
from ui.desktop.texts import Retranslating, tr_args


def test_placeholders_are_filled_in_one_pass():
    assert tr_args("%1 — custody %2", "Ali %2 Khan", "C-9") == "Ali %2 Khan — custody C-9"
    assert tr_args("%2 before %1", "first", "second") == "second before first"
    assert tr_args("Row %1 (%2): %3", 3, "A", "B %1") == "Row 3 (A): B %1"
    assert tr_args("%1 of %3", "one") == "one of %3"  # a marker without its value stays as written


def test_a_name_with_a_placeholder_in_it_is_shown_as_typed(qtbot, opened):
    operator = opened.as_user(Actor.without_accounts())
    operator.records.import_lines([
        line(record="facility", id="F-1", name="ИВС Алматы", kind="ivs", designated=True, timezone="Asia/Almaty"),
        line(record="person", id="P-9", full_name="Ali %2 Khan", birth_date="1990-03-01", sex="male",
             citizenship="KZ", languages=["kk"]),
        line(record="custody", id="C-9", person="P-9", procedural_status="suspect", grounds="theft",
             ordering_authority="investigator"),
        line(record="event", id="E-91", custody="C-9", type="apprehension", at="2026-01-05T10:00:00Z",
             recorded_at="2026-01-05T10:00:00Z", recorded_by="sgt.kasymov", place="Abai St",
             officers=["sgt.kasymov"], reason="caught in the act"),
    ])
    dialog = EventDialog(opened.as_user(OFFICER), "C-9")
    qtbot.addWidget(dialog)
    assert "Ali %2 Khan — custody C-9" in dialog.header.text()


class _Greeting(Retranslating, QWidget):
    def __init__(self):
        super().__init__()
        self.label = QLabel(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(i18n.current_language())


def test_a_retranslating_widget_sets_its_texts_again_when_the_language_changes(qtbot):
    widget = _Greeting()
    qtbot.addWidget(widget)
    assert widget.label.text() == "en"
    i18n.install("kk")
    qtbot.waitUntil(lambda: widget.label.text() == "kk")  # Qt posts LanguageChange


def test_the_desktop_has_one_of_each_shared_part():
    """No chained `.replace("%1", ...)`, no pasted LanguageChange handler, no table model of its own."""
    import ast
    import re
    from pathlib import Path

    desktop = Path(i18n.__file__).parent
    copies = []
    for path in sorted(desktop.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        copies += [f"{path.stem}: .replace of a placeholder" for _ in re.finditer(r"\.replace\(\s*[\"']%\d", text)]
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef) and node.name == "changeEvent" and path.stem != "texts":
                copies.append(f"{path.stem}: changeEvent (use texts.Retranslating)")
            if isinstance(node, ast.ClassDef) and path.stem != "tables" and any(
                    getattr(base, "id", "") == "QAbstractTableModel" for base in node.bases):
                copies.append(f"{path.stem}: {node.name} (derive from tables.RowsTableModel)")
    assert copies == []
