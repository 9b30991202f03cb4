"""Starting the desktop: fonts, look, language, the register, the sign-in, then the main window."""
from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from printing.layout import prepare_printing
from register.access import Permission
from register.opening import RegisterUnavailable, default_url, open_register, resolve_url
from register.pg_security import clock_warning
from ui.desktop import i18n
from register.accounts import has_accounts, needs_account_login
from ui.desktop.first_run import first_run
from ui.desktop.about import application_icon
from ui.desktop.collector import GuiThreadCollector
from ui.desktop.login import sign_in
from ui.desktop.main_window import MainWindow
from ui.desktop.whereabouts import WhereaboutsWindow
from ui.desktop.messages import fault_sentence, translate_message
from ui.desktop.settings import APPLICATION, ORGANISATION, Settings
from ui.desktop.style import apply_style, install_fonts, wants_dark
from ui.desktop.texts import tr_args
from ui.logbook import LOGGER, log_unexpected, start_logging
from ui.metadata import DESKTOP_ENTRY

EXIT_UNAVAILABLE = 3  # contract section 1: the register (or here, the desktop) could not be used


def no_display() -> bool:
    """True on a Unix machine with no X11 or Wayland display and no platform chosen: Qt would abort there."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(db_url: str | None, profile: str) -> int:
    """Run the desktop until its window closes; 3 when there is no display or the register cannot be opened."""
    if no_display() and not QApplication.instance():
        print("detention-register: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
              "start it from a desktop session, or use the commands listed by 'detention-register --help'",
              file=sys.stderr)
        return EXIT_UNAVAILABLE
    start_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.garbage_collector = GuiThreadCollector(app)  # collections in the GUI thread only, for the whole run
    sys.excepthook = report_unexpected
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ENTRY)  # Wayland finds the icon and name through packaging/*.desktop
    install_fonts(app)
    settings = Settings()
    apply_style(app, wants_dark(settings.dark))
    i18n.install(settings.language or i18n.system_language())
    url = resolve_url(db_url)
    try:
        # The user's own default register is made on first start, so a newcomer needs no terminal (the first
        # administrator and facility are then asked for); a register named by URL must already exist.
        register = open_register(url, profile=profile, create=url == default_url(), upgrade_shared=False)
    except RegisterUnavailable as error:
        if not needs_account_login(url, error):
            LOGGER.warning("the desktop could not open the register: %s", error)
            QMessageBox.critical(None, QCoreApplication.translate("App", "Detention Register"),
                                 tr_args(QCoreApplication.translate("App", "The register could not be opened.\n\n%1"),
                                         translate_message(error)))
            return EXIT_UNAVAILABLE
        register = None  # a station of a shared register holds no password: the account's login connects
    try:
        prepared = False
        while True:  # until the window closes other than by signing out
            if register is not None and not has_accounts(register):
                actor = first_run(register)
                signed = None if actor is None else (register, actor)
            else:
                LOGGER.info("the sign-in window opens")
                signed = sign_in(register, url=url, profile=profile)
            if signed is None:
                return 0
            working, actor = signed
            skew = clock_warning(working.engine, working.clock.now())
            if skew:
                QMessageBox.warning(None, QCoreApplication.translate("App", "Detention Register"),
                                    translate_message(skew))
            if not prepared:
                prepare_printing()
            # The whereabouts desk reads nothing of the register but the desk's answers.
            window = (MainWindow(working, actor) if actor.may(Permission.READ)
                      else WhereaboutsWindow(working, actor))
            window.show()
            if not prepared:
                # What start-up built (modules, Qt wrappers, catalogues) lives until exit: frozen, it is no longer
                # walked by every full garbage collection, which otherwise stalls a recorded event by 80-100 ms.
                gc.freeze()
                prepared = True
            status = app.exec()
            window.deleteLater()
            if working is not register:
                working.close()
            if not window.signed_out:
                return status
    finally:
        if register is not None:
            register.close()


def report_unexpected(error_type, error, traceback) -> None:
    """sys.excepthook of the desktop: an exception escaping a Qt slot is logged with its traceback and shown
    as a plain dialog naming the log, instead of being printed to a console the officer never sees."""
    if not issubclass(error_type, Exception):  # Ctrl+C in the starting terminal: leave quietly
        QCoreApplication.exit(130)
        return
    error.__traceback__ = traceback
    window = QApplication.activeWindow()
    working = window or next((w for w in QApplication.topLevelWidgets() if getattr(w, "register", None)), None)
    fault = fault_sentence(error, working)
    if fault is not None:  # the database, its server or its disk failed mid-session: say which, as the register does
        LOGGER.warning("the register failed in the middle of the session: %s", fault,
                       exc_info=(error_type, error, traceback))
        QMessageBox.critical(window, QCoreApplication.translate("App", "Detention Register"), fault)
        return
    path = log_unexpected(error, "running the desktop")
    if path is None:
        text = QCoreApplication.translate("App", "An unexpected error occurred. Check that what you were doing was "
                                                 "recorded before you continue.\n\nThe details could not be "
                                                 "written to a log file.")
    else:
        text = tr_args(QCoreApplication.translate("App", "An unexpected error occurred. Check that what you were "
                                                         "doing was recorded before you continue.\n\nThe details "
                                                         "were written to:\n%1\nGive this file to your "
                                                         "administrator."), path)
    QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("App", "Detention Register"), text)
