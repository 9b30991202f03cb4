"""The property inventory typed as rows of items: what the officer types is what the register keeps,
and a bad quantity is refused next to the items, naming the row."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import OFFICER
from tests.ui.test_event_form import open_dialog
from ui.desktop.item_list import ItemListEdit


def test_an_inventory_typed_row_by_row_is_recorded_item_by_item(qtbot, small_register):
    service = small_register.as_user(OFFICER)
    dialog = open_dialog(qtbot, service, "C-1", "property_inventory")
    items = dialog.form.editors["items"]
    assert isinstance(items, ItemListEdit)
    qtbot.keyClicks(dialog.form.editors["officer"], "Sgt. Abenova")
    dialog.form.editors["signed_by_detainee"].setChecked(True)
    items.add_button.click()
    items.set_cell(0, "description", "Phone Samsung")
    items.add_button.click()
    items.set_cell(1, "description", "Keys")
    items.set_cell(1, "quantity", "3")
    qtbot.keyClicks(dialog.form.editors["cash_amount"], "12500")
    with qtbot.waitSignal(dialog.recorded):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    inventory = service.reports.timeline("C-1", log=False).events[-1]
    assert inventory.get("items") == [{"description": "Phone Samsung"}, {"description": "Keys", "quantity": 3}]
    assert inventory.get("cash_amount") == 12500


def test_a_quantity_that_is_not_a_number_is_refused_naming_the_row(qtbot, small_register):
    service = small_register.as_user(OFFICER)
    dialog = open_dialog(qtbot, service, "C-1", "property_inventory")
    qtbot.keyClicks(dialog.form.editors["officer"], "Sgt. Abenova")
    items = dialog.form.editors["items"]
    items.add_button.click()
    items.set_cell(0, "description", "Keys")
    items.set_cell(0, "quantity", "three")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "item 1" in dialog.form.errors.labels["items"].text()
