"""The duty officer's window: the board at home, search, custody timelines in tabs, and the tools of the role.

Menus, toolbar and shortcuts follow Qt conventions (Ctrl+N new intake, Ctrl+F
filter, Ctrl+P print the custody in front); the status bar always says which
register is open, whether its chain verifies, and who is signed in.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget, QTabWidget, QWidget

from printing.timeline_pdf import write_timeline_pdf
from register.access import Actor, Permission
from register.chain import VerificationStopped
from register.opening import database_name
from register.service import OpenedRegister
from register.services.board import BoardQuery
from ui.desktop import i18n
from ui.desktop.about import AboutDialog, application_icon
from ui.desktop.admin import AccountsView
from ui.desktop.alerts import AlertInbox
from ui.desktop.complaints import ComplaintsView
from ui.desktop.confidential_flags import ConfidentialFlagsView
from ui.desktop.board import BoardView
from ui.desktop.background import BackgroundOp, Cancelled, describe, stop_operations_of
from ui.desktop.facility_dialog import FacilityDialog
from ui.desktop.first_steps import FirstStepsPanel
from ui.desktop.held_list import HeldListView
from ui.desktop.intake import IntakeWizard
from ui.desktop.group_action import GroupActionDialog, rows_of
from ui.desktop.mass_intake import MassIntakeDialog
from ui.desktop.messages import translate_message
from ui.desktop.reports import ReportsView
from ui.desktop.saving import save_pdf
from ui.desktop.search import SearchView
from ui.desktop.session_menu import SessionControls
from ui.desktop.settings import Settings
from ui.desktop.style import apply_style, wants_dark
from ui.desktop.texts import Retranslating, tr_args
from ui.desktop.ticker import Ticker
from ui.desktop.timeline_view import TimelineView
from ui.desktop.user_guide import guide_action_text, make_guide_action
from ui.desktop.whereabouts import WhereaboutsView
from ui.desktop.witness import attach_witness

BOARD_REFRESH_MS = 60_000
RECORD_EVENT_SHORTCUT = "Ctrl+Shift+E"
MASS_INTAKE_SHORTCUT = "Ctrl+Shift+M"
PREFERRED_SIZE = (1440, 900)
FRAME_ALLOWANCE = 48  # pixels of title bar and borders the window manager adds around the window
ROLE_NAMES = {
    "duty_officer": QT_TRANSLATE_NOOP("MainWindow", "duty officer"),
    "investigator": QT_TRANSLATE_NOOP("MainWindow", "investigator"),
    "medical": QT_TRANSLATE_NOOP("MainWindow", "medical staff"),
    "prosecutor": QT_TRANSLATE_NOOP("MainWindow", "prosecutor"),
    "monitor": QT_TRANSLATE_NOOP("MainWindow", "monitor"),
    "registrar": QT_TRANSLATE_NOOP("MainWindow", "registrar"),
    "admin": QT_TRANSLATE_NOOP("MainWindow", "administrator"),
    "inquiry_desk": QT_TRANSLATE_NOOP("MainWindow", "whereabouts desk"),
    "system": QT_TRANSLATE_NOOP("MainWindow", "station operator"),
}


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, register: OpenedRegister, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowIcon(application_icon())
        self.register = register
        self.actor = actor
        self.service = register.as_user(actor)
        self.settings = Settings()
        self.ticker = Ticker(register.clock, self)

        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.board = BoardView(self.service, self.ticker.now)
        self.board.open_custody.connect(self.open_custody)
        self.first_steps = FirstStepsPanel(actor)
        self.first_steps.intake_requested.connect(self.new_intake)
        self.first_steps.facility_requested.connect(self.new_facility)
        self.home = QStackedWidget()
        self.home.addWidget(self.board)
        self.home.addWidget(self.first_steps)
        self.search = SearchView(self.service)
        self.search.open_custody.connect(self.open_custody)
        self.tabs.addTab(self.home, "")
        self.tabs.addTab(self.search, "")
        self.alerts: AlertInbox | None = None
        if actor.may(Permission.REVIEW_ALERTS):
            self.alerts = AlertInbox(self.service)
            self.alerts.open_custody.connect(self.open_custody)
            self.tabs.addTab(self.alerts, "")
        self.complaints: ComplaintsView | None = None
        if actor.may(Permission.COMPLAINTS):
            self.complaints = ComplaintsView(self.service)
            self.complaints.open_custody.connect(self.open_custody)
            self.tabs.addTab(self.complaints, "")
        self.flags: ConfidentialFlagsView | None = None
        if actor.may(Permission.CONFIDENTIAL):
            self.flags = ConfidentialFlagsView(self.service)
            self.tabs.addTab(self.flags, "")
        self.whereabouts: WhereaboutsView | None = None
        if actor.may(Permission.INQUIRE):
            self.whereabouts = WhereaboutsView(self.service)
            self.tabs.addTab(self.whereabouts, "")
        self.held_list: HeldListView | None = None
        self.reports: ReportsView | None = None
        if actor.may(Permission.PRINT):
            self.held_list = HeldListView(self.service)
            self.reports = ReportsView(self.service)
            self.tabs.addTab(self.held_list, "")
            self.tabs.addTab(self.reports, "")
        self.accounts_view: AccountsView | None = None
        if actor.may(Permission.MANAGE_ACCOUNTS):
            self.accounts_view = AccountsView(self.service)
            self.tabs.addTab(self.accounts_view, "")
        for index in range(self.tabs.count()):  # the fixed tabs stay; timelines can be closed
            self.tabs.tabBar().setTabButton(index, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)

        self.database_label, self.chain_label, self.user_label = QLabel(), QLabel(), QLabel()
        for label in (self.database_label, self.chain_label, self.user_label):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self._chain_verdict = None
        self._chain_failure: str | None = None
        self._chain_head: int | None = None  # the chain's head now, read with the board: the count moves with it
        self.chain_check: BackgroundOp | None = None  # the projection refresh, then the check of the chain
        self.board_refresh: BackgroundOp | None = None
        self._refresh_again = False

        self._create_actions()
        self._create_menus()
        self.witness_desk = attach_witness(self, self.service, register.url, self.register_menu, self.verify_action)
        self.tabs.currentChanged.connect(self._update_actions)
        self.ticker.ticked.connect(self._tick)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(BOARD_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.board.reload_facilities(self.settings.facility or None)
        self._show_home()
        self._restore_layout()
        self.retranslate()
        self.ticker.start()
        self._refresh_timer.start()
        self.verify_chain()

    # ------------------------------------------------------------ actions and menus

    def _create_actions(self) -> None:
        self.signed_out = False  # set when the user signs out: the desktop shows the sign-in again
        self.session_controls = SessionControls(self.register, self.actor, self.settings, self)
        self.session_controls.sign_out_requested.connect(self.sign_out)
        records = self.actor.may(Permission.RECORD_EVENTS)
        self.intake_action = QAction(self)
        self.intake_action.setShortcut(QKeySequence.StandardKey.New)
        self.intake_action.triggered.connect(self.new_intake)
        self.intake_action.setVisible(records)
        self.mass_intake_action = QAction(self)
        self.mass_intake_action.setShortcut(QKeySequence(MASS_INTAKE_SHORTCUT))
        self.mass_intake_action.triggered.connect(self.mass_intake)
        self.mass_intake_action.setVisible(records)
        self.group_action = QAction(self)
        self.group_action.triggered.connect(lambda: self.open_group_action(self.board.selected_rows()))
        self.group_action.setVisible(records)
        self.record_action = QAction(self)
        self.record_action.setShortcut(QKeySequence(RECORD_EVENT_SHORTCUT))
        self.record_action.triggered.connect(self.record_event)
        self.record_action.setVisible(records or self.actor.may(Permission.RECORD_MEDICAL))
        self.facility_action = QAction(self)
        self.facility_action.triggered.connect(self.new_facility)
        self.facility_action.setVisible(self.actor.may(Permission.MANAGE_FACILITIES))
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_timeline)
        self.print_action.setVisible(self.actor.may(Permission.PRINT))
        self.filter_action = QAction(self)
        self.filter_action.setShortcut(QKeySequence.StandardKey.Find)
        self.filter_action.triggered.connect(self.focus_filter)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.verify_action = QAction(self)
        self.verify_action.triggered.connect(self.verify_chain)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.dark_action = QAction(self)
        self.dark_action.setCheckable(True)
        self.dark_action.setChecked(wants_dark(self.settings.dark))
        self._scheme_connection = QGuiApplication.styleHints().colorSchemeChanged.connect(self._follow_system_scheme)
        self.dark_action.toggled.connect(self.set_dark)
        self.guide_action = make_guide_action(self)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            action = QAction(i18n.LANGUAGE_NAMES[code], self.language_group)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _=False, lang=code: self.set_language(lang))
            self.language_actions[code] = action

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.register_menu = bar.addMenu("")
        for action in (self.intake_action, self.mass_intake_action, self.record_action, self.group_action,
                       self.print_action, None, self.facility_action, self.verify_action, None,
                       *self.session_controls.actions(), None, self.quit_action):
            self.register_menu.addSeparator() if action is None else self.register_menu.addAction(action)
        self.view_menu = bar.addMenu("")
        for action in (self.filter_action, self.search_action, self.refresh_action, None, self.dark_action):
            self.view_menu.addSeparator() if action is None else self.view_menu.addAction(action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.guide_action, self.about_action, self.about_qt_action])
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.intake_action, self.print_action, self.filter_action, self.refresh_action):
            self.toolbar.addAction(action)

    @Slot()
    def _update_actions(self) -> None:
        self.print_action.setEnabled(self.current_custody() is not None)

    # ------------------------------------------------------------ what is in front

    def current_custody(self) -> str | None:
        """The custody Ctrl+P prints: the open timeline, else the row selected on the board or in search."""
        widget = self.tabs.currentWidget()
        if isinstance(widget, TimelineView):
            return widget.custody_id
        if widget is self.home and self.home.currentWidget() is self.board:
            return self.board.current_custody()
        if widget is self.search:
            return self.search.current_custody()
        return None

    def timeline_tabs(self) -> list[TimelineView]:
        return [w for w in map(self.tabs.widget, range(self.tabs.count())) if isinstance(w, TimelineView)]

    @Slot(str)
    @Slot(str, str)
    def open_custody(self, custody_id: str, highlight_rule: str | None = None) -> TimelineView:
        """Show a custody's timeline, in its existing tab if it has one."""
        for view in self.timeline_tabs():
            if view.custody_id == custody_id and view.highlight_rule == highlight_rule:
                self.tabs.setCurrentWidget(view)
                return view
        view = TimelineView(self.service, custody_id, highlight_rule)
        view.set_now(self.ticker.now)
        view.changed.connect(self.on_recorded)
        index = self.tabs.addTab(view, view.title())
        self.tabs.setTabToolTip(index, custody_id)
        self.tabs.setCurrentIndex(index)
        return view

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, TimelineView):
            self.tabs.removeTab(index)
            widget.deleteLater()

    def _show_home(self, empty: bool | None = None) -> None:
        if empty is None:
            empty = self.service.board.count(BoardQuery(held_only=False)) == 0
        self.home.setCurrentWidget(self.first_steps if empty else self.board)
        self._update_actions()

    # ------------------------------------------------------------ commands

    @Slot()
    def focus_filter(self) -> None:
        self.tabs.setCurrentWidget(self.home)
        if self.home.currentWidget() is self.board:
            self.board.focus_filter()

    @Slot()
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.focus_search()

    @Slot()
    def sign_out(self) -> None:
        self.signed_out = True
        self.close()

    @Slot()
    def refresh(self) -> None:
        if not self.session_controls.account_valid():
            return
        self.board.reload_facilities()
        self.refresh_board()
        for view in self.timeline_tabs():
            view.refresh()

    @Slot(str)
    def on_recorded(self, custody_id: str) -> None:
        """After any write: the board, search results and that custody's open timelines show it."""
        self.board.reload_facilities()
        self.refresh_board()
        self.search.model.refresh()
        for view in self.timeline_tabs():
            if view.custody_id == custody_id:
                view.refresh()

    def refresh_board(self) -> None:
        """Read the board again in the thread pool (a national board is heavy); asked for while a refresh is
        under way, another follows it, so a write made meanwhile is shown."""
        if self.board_refresh is not None and self.board_refresh.running:
            self._refresh_again = True
            return
        read_rows, service = self.board.model.reader(), self.service

        def work(job):
            return read_rows(), service.board.count(BoardQuery(held_only=False)) == 0, service.chain.head().seq

        self.board_refresh = BackgroundOp(self, work, title=self.tr("Refresh the board"),
                                          success=self._board_read).run()

    def _board_read(self, answer) -> None:
        rows, empty, self._chain_head = answer
        self.board.model.show_rows(rows)
        self._show_home(empty)
        self._show_chain()
        if self._refresh_again:
            self._refresh_again = False
            QTimer.singleShot(0, self.refresh_board)

    @Slot()
    def new_intake(self) -> None:
        wizard = IntakeWizard(self.service, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.recorded.connect(self.on_recorded)
        wizard.recorded.connect(self.open_custody)
        wizard.open()

    @Slot()
    def mass_intake(self) -> None:
        dialog = MassIntakeDialog(self.service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self.on_recorded)
        dialog.confirmed.connect(self._mass_intake_confirmed)
        dialog.open()

    def _mass_intake_confirmed(self, summary) -> None:
        """The board shows only the people just registered; the summary leads on to their group action."""
        self.board.show_only(tuple(summary.numbers()))
        summary.group_action.connect(lambda numbers: self.open_group_action(rows_of(self.service, numbers)))

    def open_group_action(self, rows) -> None:
        """One event for the chosen people (board rows selected, or the people of one mass intake)."""
        if not rows:
            self._tell(QMessageBox.Icon.Information, self.tr("Select the people on the board first (Shift or "
                                                             "Ctrl with a click, or Shift with the arrows)."))
            return
        self.group_dialog = GroupActionDialog(self.service, rows, parent=self)
        self.group_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.group_dialog.recorded.connect(self.on_recorded)
        self.group_dialog.open()

    @Slot()
    def record_event(self) -> None:
        """Ctrl+Shift+E: an event of the custody in front (the open timeline, or the one chosen on the board)."""
        custody_id = self.current_custody()
        if custody_id is not None:
            self.open_custody(custody_id).record_event()

    @Slot()
    def new_facility(self) -> None:
        dialog = FacilityDialog(self.service, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self.on_facility_added)
        dialog.open()

    @Slot(str)
    def on_facility_added(self, facility_id: str) -> None:
        """The new facility can be picked at once on the board and in search."""
        self.board.reload_facilities()
        self.search.reload_facilities()
        self.statusBar().showMessage(tr_args(self.tr("Facility %1 added to the register"), facility_id), 10_000)

    @Slot()
    def print_timeline(self) -> None:
        custody_id = self.current_custody()
        if custody_id is None:
            return
        reports, lang = self.service.reports, i18n.current_language()
        save_pdf(self, self.tr("Save the timeline as PDF"), f"timeline-{custody_id}.pdf",
                 lambda path: write_timeline_pdf(reports.timeline_report(custody_id), lang, path),
                 lambda path: self.statusBar().showMessage(
                     tr_args(self.tr("Timeline of custody %1 written to %2"), custody_id, path), 10_000))

    @Slot()
    def verify_chain(self) -> None:
        """Check the chain in the thread pool (minutes on a national register); the status bar says so until
        the verdict. First the board is judged again if the rule profile changed since it was judged."""
        if self.chain_check is not None and self.chain_check.running:
            return
        self._chain_verdict, self._chain_failure = None, None
        service = self.service
        self.chain_check = BackgroundOp(self, lambda job: service.maintenance.refresh_stale_projection(),
                                        title=self.tr("Judge the board again"), success=self._projection_checked,
                                        failure=self.show_chain_failure).run()
        self._show_chain()

    def _projection_checked(self, custodies: int | None) -> None:
        if custodies is not None:
            self.projection_refreshed(custodies)
        service = self.service

        def verify(job):
            try:
                return service.chain.verify(keep_going=job.keep_going,
                                            progress=lambda _stage, done, total: job.report(done, total or 0))
            except VerificationStopped:
                raise Cancelled from None

        self.chain_check = BackgroundOp(self, verify, title=self.tr("Verify the chain"), success=self.show_verdict,
                                        failure=self.show_chain_failure)
        self.chain_check.progressed.connect(self._chain_progressed)
        self.chain_check.run()

    def _chain_progressed(self, done: int, total: int) -> None:
        """A national register takes minutes: the status bar counts the records checked, as the terminal does."""
        if total and self.chain_check is not None and self.chain_check.running:
            self.chain_label.setText(tr_args(self.tr("Checking the chain: %1 of %2 records…"), done, total))

    def show_verdict(self, verdict) -> None:
        self._chain_verdict = verdict
        self._show_chain()

    def projection_refreshed(self, custodies: int) -> None:
        """The rule profile changed since the board was last judged: say so, and show the new verdicts."""
        self.statusBar().showMessage(self.tr("The rule profile has changed: %n custodies judged again", "", custodies),
                                     15_000)
        self.refresh()

    def show_chain_failure(self, error: BaseException) -> None:
        self._chain_failure = describe(error, self)
        self._show_chain()

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        """A message that does not block the window (and so never blocks a test)."""
        box = QMessageBox(icon, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot(bool)
    @Slot(Qt.ColorScheme)
    def _follow_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        """Until the user picks a theme, the window follows the system's light or dark scheme as it changes."""
        if self.settings.dark is None:
            dark = wants_dark(None, scheme)
            apply_style(QApplication.instance(), dark)
            self.dark_action.blockSignals(True)  # following is not choosing: nothing is remembered
            self.dark_action.setChecked(dark)
            self.dark_action.blockSignals(False)

    def set_dark(self, dark: bool) -> None:
        self.settings.dark = dark
        apply_style(QApplication.instance(), dark)

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        i18n.install(lang)
        self.language_actions[lang].setChecked(True)

    @Slot()
    def about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------ live time

    def _tick(self, now: datetime) -> None:
        self.board.set_now(now)
        for view in self.timeline_tabs():
            view.set_now(now)

    # ------------------------------------------------------------ texts

    def _show_chain(self) -> None:
        verdict = self._chain_verdict
        if self.chain_check is not None and self.chain_check.running:
            self.chain_label.setText(self.tr("Checking the chain…"))
            self.chain_label.setStyleSheet("")
        elif self._chain_failure is not None:
            self.chain_label.setText(tr_args(self.tr("Chain not checked: %1"), self._chain_failure))
            self.chain_label.setStyleSheet("")
        elif verdict is None:
            self.chain_label.setText(self.tr("Chain: not checked yet"))
            self.chain_label.setStyleSheet("")
        elif verdict.intact:
            written_since = max(0, (self._chain_head or 0) - verdict.head_seq)
            if written_since:
                self.chain_label.setText(tr_args(self.tr("Chain: %1 records, %2 of them verified"),
                                                 verdict.checked + written_since, verdict.checked))
            else:
                self.chain_label.setText(tr_args(self.tr("Chain verified: %1 records"), verdict.checked))
            self.chain_label.setStyleSheet("")
        else:
            self.chain_label.setText(tr_args(self.tr("CHAIN BROKEN: %1"), translate_message(verdict.problem or "")))
            self.chain_label.setStyleSheet("QLabel { background: #c62828; color: #ffffff; font-weight: bold; }")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Detention Register"))
        self.register_menu.setTitle(self.tr("&Register"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.intake_action.setText(self.tr("&New intake…"))
        self.mass_intake_action.setText(self.tr("&Mass intake…"))
        self.group_action.setText(self.tr("&Group action for the selected people…"))
        self.record_action.setText(self.tr("Record an &event…"))
        self.print_action.setText(self.tr("&Print timeline…"))
        self.facility_action.setText(self.tr("Add a &facility…"))
        self.filter_action.setText(self.tr("&Filter the board"))
        self.search_action.setText(self.tr("&Search the register"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.verify_action.setText(self.tr("&Verify the chain"))
        self.quit_action.setText(self.tr("&Quit"))
        self.dark_action.setText(self.tr("&Dark theme"))
        self.guide_action.setText(guide_action_text())
        self.about_action.setText(self.tr("&About Detention Register"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.tabs.setTabText(self.tabs.indexOf(self.home), self.tr("Custody board"))
        self.tabs.setTabText(self.tabs.indexOf(self.search), self.tr("Search"))
        if self.alerts is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.alerts), self.tr("Alerts"))
        for view in (self.complaints, self.flags):
            if view is not None:
                self.tabs.setTabText(self.tabs.indexOf(view), view.title())
        if self.whereabouts is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.whereabouts), self.tr("Whereabouts"))
        if self.held_list is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.held_list), self.tr("Who is held"))
        if self.reports is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.reports), self.tr("Reports"))
        if self.accounts_view is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.accounts_view), self.tr("Accounts"))
        self.session_controls.retranslate()
        self.database_label.setText(tr_args(self.tr("Register: %1"), database_name(self.register.url)))
        role = QCoreApplication.translate("MainWindow", ROLE_NAMES.get(self.actor.role, self.actor.role))
        self.user_label.setText(tr_args(self.tr("Signed in: %1 (%2)"), self.actor.full_name or self.actor.username,
                                        role))
        self._show_chain()

    # ------------------------------------------------------------ layout memory

    def _restore_layout(self) -> None:
        if not self.restoreGeometry(self.settings.geometry()):
            self._fit_first_window()
        self.restoreState(self.settings.window_state())
        # Keys renamed when the badge and document columns came: an older state would size the wrong columns
        self.board.table.horizontalHeader().restoreState(self.settings.header_state("board-columns"))
        self.board.fit_badge_column()  # the remembered width may be of another language
        self.search.table.horizontalHeader().restoreState(self.settings.header_state("search-results"))

    def _fit_first_window(self) -> None:
        """The first window fills at most the screen's free area less room for its frame (at 1366x768 a
        fixed 1440x900 pushed the status bar off the screen), centred there."""
        free = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(PREFERRED_SIZE[0], free.width() - FRAME_ALLOWANCE),
                    min(PREFERRED_SIZE[1], free.height() - FRAME_ALLOWANCE))
        self.move(free.center() - self.rect().center())

    def save_layout(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.save_header_state("board-columns", self.board.table.horizontalHeader().saveState())
        self.settings.save_header_state("search-results", self.search.table.horizontalHeader().saveState())
        self.settings.facility = self.board.facility.currentData() or ""
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session_controls.stop()
        self.ticker.stop()
        stop_operations_of(self)  # the register closes after the window: no work of ours may still use it
        self._refresh_timer.stop()
        if self._scheme_connection is not None:  # a closed window no longer restyles the application
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._scheme_connection)
            self._scheme_connection = None
        self.save_layout()
        super().closeEvent(event)
