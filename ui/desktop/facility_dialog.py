"""Adding a facility from the desktop (administrators), instead of importing a file.

The values are read into the same record the importer reads (`parse_facility`),
so the desktop and a facility list accept exactly the same facilities. Every
refusal is shown next to its field and nothing is written.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from register.domain import Facility
from register.errors import BadInput, Problem, Rejected
from register.records import parse_facility
from register.service import Services
from register.timeutil import InstantError, zone
from register.vocabulary import FACILITY_KINDS
from ui.desktop.fields import (
    ChoiceCombo, ErrorLabel, FieldErrors, labelled, mark_required, submit, utc_offset, with_error,
)

KIND_LABELS = {
    "police_station": QT_TRANSLATE_NOOP("FacilityDialog", "Police station"),
    "ivs": QT_TRANSLATE_NOOP("FacilityDialog", "Temporary detention facility (IVS)"),
    "sizo": QT_TRANSLATE_NOOP("FacilityDialog", "Pre-trial detention centre (SIZO)"),
    "special_holding_centre": QT_TRANSLATE_NOOP("FacilityDialog", "Special holding centre"),
    "holding_processing_centre": QT_TRANSLATE_NOOP("FacilityDialog", "Reception and distribution centre"),
    "nsc_facility": QT_TRANSLATE_NOOP("FacilityDialog", "National Security Committee facility"),
    "hospital": QT_TRANSLATE_NOOP("FacilityDialog", "Hospital"),
    "court": QT_TRANSLATE_NOOP("FacilityDialog", "Court"),
    "vehicle": QT_TRANSLATE_NOOP("FacilityDialog", "Vehicle"),
    "other": QT_TRANSLATE_NOOP("FacilityDialog", "Other"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("FacilityDialog", KIND_LABELS[kind])


class FacilityDialog(QDialog):
    """One new facility; `added` carries its id once the register has written it."""

    added = Signal(str)

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Add a facility"))
        self.id_edit = QLineEdit(self)
        self.id_edit.setPlaceholderText(self.tr("e.g. IVS-ALM-01, as in the national facility list"))
        self.name_edit = QLineEdit(self)
        self.kind_box = ChoiceCombo([(kind, kind_label(kind)) for kind in FACILITY_KINDS], parent=self)
        # Deliberately no default: a wrong "yes" would silence the irregular-place alert.
        self.designated_box = ChoiceCombo([("yes", self.tr("Yes, an official place of detention")),
                                           ("no", self.tr("No"))], blank=self.tr("— choose —"), parent=self)
        self.designated_warning = QLabel(self.tr("Not a designated place: every custody held here raises an "
                                                 "alert (irregular place of detention)."), self)
        self.designated_warning.setWordWrap(True)
        self.designated_warning.setStyleSheet("font-weight: bold;")
        self.designated_warning.hide()
        self.zone_box = QComboBox(self)
        self.zone_box.setEditable(True)
        self.zone_box.addItems(service.profile.zones)  # the jurisdiction's zones; any other may be typed
        self.zone_box.setToolTip(self.tr("An IANA time zone; another one may be typed, e.g. Europe/Moscow"))
        self.offset_label = QLabel(self)
        self.region_edit = QLineEdit(self)
        self.agency_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)  # for relatives asking the whereabouts desk
        self.telephone_edit = QLineEdit(self)

        general = ErrorLabel(self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        rows = (("id", self.tr("Facility &id"), True, self.id_edit),
                ("name", self.tr("&Name"), True, self.name_edit),
                ("kind", self.tr("&Kind"), True, self.kind_box),
                ("designated", self.tr("&Designated place of detention"), True, self.designated_box),
                ("timezone", self.tr("&Time zone"), True, self.zone_box),
                ("region", self.tr("&Region"), False, self.region_edit),
                ("agency", self.tr("&Agency"), False, self.agency_edit),
                ("address", self.tr("Addr&ess"), False, self.address_edit),
                ("telephone", self.tr("Tele&phone"), False, self.telephone_edit))
        for field, label, required, widget in rows:
            box, error = with_error(widget)
            if field == "designated":
                box.layout().addWidget(self.designated_warning)
            if field == "timezone":
                box.layout().addWidget(self.offset_label)
            form.addRow(labelled(QLabel(mark_required(label, required), self), widget), box)
            self.errors.add(field, error, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.designated_box.currentIndexChanged.connect(self._show_designation)
        self.zone_box.currentTextChanged.connect(self._show_offset)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._show_offset()
        self.id_edit.setFocus()

    def record(self) -> dict:
        """The values as a facility record of the interchange format (blank optional fields left out)."""
        designated = self.designated_box.value()
        return {"id": self.id_edit.text().strip(), "name": self.name_edit.text().strip(),
                "kind": self.kind_box.value(), "designated": None if designated is None else designated == "yes",
                "timezone": self.zone_box.currentText().strip(),
                "region": self.region_edit.text().strip() or None, "agency": self.agency_edit.text().strip() or None,
                "address": self.address_edit.text().strip() or None,
                "telephone": self.telephone_edit.text().strip() or None}

    def _problems(self, record: dict) -> list[Problem]:
        """What the desktop can say in the officer's language before asking the register."""
        ref = record["id"] or "facility"
        problems = []
        if record["designated"] is None:
            problems.append(Problem(ref, self.tr("Say whether this is a designated place of detention."),
                                    "designated"))
        try:
            zone(record["timezone"])
        except InstantError:
            problems.append(Problem(ref, self.tr("Not a known IANA time zone; choose one of the list or type e.g. "
                                                 "Asia/Almaty."), "timezone"))
        if record["id"] and self.service.board.facility(record["id"]) is not None:
            problems.append(Problem(ref, self.tr("A facility with this id is already in the register."), "id"))
        return problems

    @Slot()
    def submit(self) -> None:
        record = self.record()
        added: list[Facility] = []

        def write() -> None:
            problems = self._problems(record)
            if problems:
                raise Rejected(problems)
            try:
                facility = parse_facility(record)
            except BadInput as error:
                raise Rejected([Problem.of(record["id"], error)]) from None
            self.service.records.add_facility(facility)
            added.append(facility)

        if submit(write, self.errors.show, self.errors.show_general):
            self.added.emit(added[0].id)
            self.accept()

    @Slot()
    def _show_designation(self) -> None:
        self.designated_warning.setVisible(self.designated_box.value() == "no")

    @Slot()
    def _show_offset(self) -> None:
        try:
            self.offset_label.setText(utc_offset(self.service.now(), self.zone_box.currentText().strip()))
        except InstantError:
            self.offset_label.clear()
