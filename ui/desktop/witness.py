"""The witness's desk in the desktop of a prosecutor or a monitor: the look at the register at each sign-in, the
alarm when the register's history no longer extends what this desk saw, and "Verify a printout or an export".

What was seen is kept in the witness's own file (register/witness.py), never in the register; the register only
supplies proofs, which are checked here, in the background (ui/desktop/background.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QMainWindow,
                               QMenu, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from register import printout
from register.checkpoint import CheckpointError, parse_notes
from register.interchange import BadExport, verify_lines
from register.witness import WITNESS_ROLES, Departure, Observation, WitnessResult, store_for, witness
from register.timeutil import format_local
from ui.desktop.background import BackgroundOp
from ui.desktop.messages import translate_message
from ui.desktop.texts import Retranslating, tr_args

KINDS = {"event": QT_TRANSLATE_NOOP("Witness", "event"), "custody": QT_TRANSLATE_NOOP("Witness", "custody"),
         "person": QT_TRANSLATE_NOOP("Witness", "person"), "facility": QT_TRANSLATE_NOOP("Witness", "facility")}
ALARM_STYLE = "background: #b00020; color: white; font-weight: bold; padding: 8px; font-size: 11pt;"


def _kind(kind: str | None) -> str:
    return QCoreApplication.translate("Witness", KINDS[kind]) if kind in KINDS else (kind or "")


def _esc(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def departure_text(departure: Departure, timezone: str) -> str:
    """The alarm in words: the first size that departs, when it was seen, and what still agrees."""
    if departure.key_changed:
        return tr_args(QCoreApplication.translate(
            "Witness", "The register now signs its checkpoints with a key this desk never saw it use (at %1 "
                       "entries): it may have been rebuilt from a copy."), departure.register_size)
    text = tr_args(QCoreApplication.translate(
        "Witness", "The register's history is no longer an extension of what this desk saw: its first %1 "
                   "entries, seen on %2, are not the history it shows now (%3 entries). Someone changed, "
                   "removed or re-hashed records the register had."),
                   departure.first_size, format_local(departure.first_seen_at, timezone), departure.register_size)
    if departure.agreed_size:
        text += " " + tr_args(QCoreApplication.translate(
            "Witness", "Its first %1 entries still agree with what this desk saw."), departure.agreed_size)
    return text


class AlarmBanner(Retranslating, QFrame):
    """The persistent alarm above every tab; it cannot be closed, and comes back at every start."""

    def __init__(self, timezone: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.timezone = timezone
        self.departure: Departure | None = None
        self.setStyleSheet(ALARM_STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("witness-alarm")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.setVisible(False)

    def show_departure(self, departure: Departure) -> None:
        self.departure = departure
        self.retranslate()
        self.setVisible(True)

    def retranslate(self) -> None:
        if self.departure is not None:
            self.label.setText(tr_args(self.tr("ALARM: %1"), departure_text(self.departure, self.timezone)))


@dataclass(frozen=True)
class Outcome:
    """What a check of a printout or an export found, for the dialog to say."""
    unreadable: str | None = None  # the text or file is not evidence of this register at all (said why)
    signed: bool = True
    problems: tuple[str, ...] = ()  # sentences, already translated
    looked: WitnessResult | None = None
    custody: str | None = None
    size: int | None = None
    records: int = 0


class VerifyEvidenceDialog(Retranslating, QDialog):
    """Open a one-custody export, or scan/type a printed timeline's QR text; see whether it is intact and part of
    the register as this desk witnessed it, or exactly what does not match."""

    def __init__(self, desk: WitnessDesk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.operation: BackgroundOp | None = None
        self.outcome: Outcome | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.qr_text = QPlainTextEdit()
        self.qr_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_text)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_export)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setObjectName("verify-result")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.qr_text, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a printout or an export"))
        self.intro.setText(self.tr("Scan the QR code of a printed timeline into the box below (a scanner types it "
                                   "in), or type its text; or open a one-custody export file. The check uses the "
                                   "register's proofs and what this desk has witnessed, never the register's word. "
                                   "A long timeline carries several numbered codes: scan every one of them, in any "
                                   "order."))
        self.qr_text.setPlaceholderText(self.tr("The QR code's text: the register's signed checkpoint and the list "
                                                "of printed records"))
        self.check_button.setText(self.tr("Check the QR text"))
        self.open_button.setText(self.tr("Open an export file…"))
        if self.outcome is not None:
            self._show(self.outcome)

    @Slot()
    def check_text(self) -> None:
        text = self.qr_text.toPlainText()
        service, store, now = self.desk.service, self.desk.store, self.desk.service.now()

        def work(job):
            try:
                evidence = printout.parse(text)
            except CheckpointError as error:
                return Outcome(unreadable=tr_args(QCoreApplication.translate(
                    "Witness", "This is not the text of a printed timeline's QR code: %1."), translate_message(error)))
            check = service.witness.check_printout(evidence)
            if not check.signed:
                return Outcome(signed=False, custody=check.custody, size=check.observation.size)
            looked = witness(store, service.witness, now, check.observation, "printout")
            problems = [_record_problem(r, first=index == 0) for index, r in enumerate(check.differing)]
            if looked.departure is not None:
                problems.append(departure_text(looked.departure, self.desk.timezone))
            return Outcome(problems=tuple(problems), looked=looked, custody=check.custody,
                           size=check.observation.size, records=len(check.records))

        self._run(work)

    @Slot()
    def choose_export(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an export file"), "",
                                              self.tr("Exports (*.jsonl *.json *.txt);;All files (*)"))
        if path:
            self.check_export(Path(path))

    def check_export(self, path: Path) -> BackgroundOp:
        service, store, now = self.desk.service, self.desk.store, self.desk.service.now()

        def work(job):
            try:
                with path.open(encoding="utf-8") as handle:
                    verdict = verify_lines(handle)
                with path.open(encoding="utf-8") as handle:
                    header = json.loads(handle.readline())
            except (BadExport, UnicodeDecodeError, ValueError) as error:
                return Outcome(unreadable=tr_args(QCoreApplication.translate(
                    "Witness", "The file is not an export of the register: %1."), translate_message(error)))
            problems = [translate_message(finding.problem) for finding in verdict.findings]
            if not problems and not verdict.intact:
                problems.append(translate_message(verdict.problem))
            note = header.get("checkpoint") if isinstance(header, dict) else None
            if not note:
                return Outcome(problems=tuple(problems), records=verdict.checked)
            signed = parse_notes(note)[0]
            if not service.witness.signed_by_register([signed.note]):
                return Outcome(signed=False, custody=header.get("custody"), size=signed.checkpoint.size)
            looked = witness(store, service.witness, now,
                             Observation(signed.checkpoint.size, signed.checkpoint.root, note), "export")
            if looked.departure is not None:
                problems.append(departure_text(looked.departure, self.desk.timezone))
            return Outcome(problems=tuple(problems), looked=looked, custody=header.get("custody"),
                           size=signed.checkpoint.size, records=verdict.checked)

        return self._run(work)

    def _run(self, work) -> BackgroundOp:
        self.result.setText(self.tr("Checking…"))
        self.result.setStyleSheet("")
        self.operation = BackgroundOp(self, work, title=self.tr("Verify a printout or an export"),
                                      success=self._checked).run()
        return self.operation

    def _checked(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._show(outcome)
        if outcome.looked is not None and outcome.looked.departure is not None:
            self.desk.raise_alarm(outcome.looked.departure)

    def _show(self, outcome: Outcome) -> None:
        if outcome.unreadable:
            self._say(False, _esc(outcome.unreadable))
        elif not outcome.signed:
            self._say(False, _esc(self.tr("It is not signed by this register's key: it was not printed or exported "
                                          "from this register, or its code or header was altered.")))
        elif outcome.problems:
            items = "".join(f"<li>{_esc(problem)}</li>" for problem in outcome.problems)
            heading = self.tr("It does not match the register:")
            self._say(False, f"{_esc(heading)}<ul>{items}</ul>")
        else:
            when = format_local(outcome.looked.first_seen, self.desk.timezone) if outcome.looked else None
            text = (tr_args(self.tr("Intact and part of the register as witnessed on %1."), when) if when
                    else self.tr("Intact: every record matches its hash and the chain links them."))
            if outcome.custody:
                text += " " + tr_args(self.tr("Custody %1, %2 records, checkpoint of %3 entries."), outcome.custody,
                                      outcome.records, outcome.size)
            self._say(True, _esc(text))

    def _say(self, good: bool, html: str) -> None:
        colour = "#1b5e20" if good else "#b00020"
        self.result.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 11pt;")
        self.result.setText(html)


def _record_problem(record, first: bool) -> str:
    """One printed record the register holds otherwise. A chain hash covers the hash before it, so after the
    first changed record every later one differs too: only the first is said to be changed for certain."""
    if record.printed is None:
        return tr_args(QCoreApplication.translate(
            "Witness", "The register holds %1 %2 (chain No. %3) of this custody, which the printout does not list."),
            _kind(record.kind), record.record_id, record.seq)
    if record.held is None:
        return tr_args(QCoreApplication.translate(
            "Witness", "Chain No. %1 of the printout is no longer in the register."), record.seq)
    if first:
        return tr_args(QCoreApplication.translate("Witness", "Chain No. %1 (%2 %3) is not the record the printout "
                                                  "shows (hash %4…): it was changed after printing."),
                       record.seq, _kind(record.kind), record.record_id, record.printed)
    return tr_args(QCoreApplication.translate("Witness", "Chain No. %1 (%2 %3) no longer carries the printed hash "
                                              "(%4…): a record before it was changed, or this one was."),
                   record.seq, _kind(record.kind), record.record_id, record.printed)


class WitnessDesk(QObject):
    """The witness's part of the main window: the banner, the sign-in look, the verify action."""

    def __init__(self, window: QMainWindow, service, url: str):
        super().__init__(window)
        self.window, self.service = window, service
        self.store = store_for(url)
        self.timezone = service.profile.timezone
        self.look_operation: BackgroundOp | None = None
        self.alarm_box: QMessageBox | None = None
        self.dialog: VerifyEvidenceDialog | None = None
        self.banner = AlarmBanner(self.timezone)
        content = window.takeCentralWidget()
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(content, 1)
        window.setCentralWidget(holder)
        self.verify_action = QAction(window)
        self.verify_action.triggered.connect(self.verify_evidence)
        window.installEventFilter(self)
        self.retranslate()
        kept = self.store.alarm()
        if kept is not None:
            self.banner.show_departure(kept)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.verify_action.setText(QCoreApplication.translate("Witness", "Verify a printout or an export…"))

    def look(self) -> BackgroundOp:
        """Each sign-in: fetch the register's current tree head and check it extends everything kept."""
        service, store, now = self.service, self.store, self.service.now()
        self.look_operation = BackgroundOp(self.window, lambda job: witness(store, service.witness, now),
                                           title=QCoreApplication.translate(
                                               "Witness", "Check the register against what this desk witnessed"),
                                           success=self._looked).run()
        return self.look_operation

    def _looked(self, result: WitnessResult) -> None:
        if result.departure is not None:
            self.raise_alarm(result.departure)
        elif result.alarm is not None:
            self.banner.show_departure(result.alarm)

    def raise_alarm(self, departure: Departure) -> None:
        """The loud part: a modal message over the window, and the banner that stays."""
        self.banner.show_departure(self.store.alarm() or departure)
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("Witness", "The register's history was rewritten"),
                          departure_text(departure, self.timezone), QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(tr_args(QCoreApplication.translate(
            "Witness", "The register's own chain check may still say it is intact: whoever rewrites history "
                       "recomputes every hash. Do not rely on the register's records up to that size. Keep this "
                       "computer's witness file, %1, and report this to the prosecutor's office and the national "
                       "preventive mechanism."), str(self.store.path)))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.alarm_box = box
        box.open()

    @Slot()
    def verify_evidence(self) -> VerifyEvidenceDialog:
        if self.dialog is None:
            self.dialog = VerifyEvidenceDialog(self, self.window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog


def attach_witness(window: QMainWindow, service, url: str, menu: QMenu, before: QAction) -> WitnessDesk | None:
    """For a prosecutor or a monitor: the banner, the verify action in `menu` (before `before`), and the
    sign-in look."""
    if service.actor.role not in WITNESS_ROLES:
        return None
    desk = WitnessDesk(window, service, url)
    menu.insertAction(before, desk.verify_action)
    desk.look()
    return desk
