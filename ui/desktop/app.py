"""Starting the desktop: fonts, look, language, the register, the sign-in, then the main window."""
from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from printing.layout import prepare_printing
from register.opening import RegisterUnavailable, open_register, resolve_url
from register.pg_security import clock_warning
from ui.desktop import i18n
from register.accounts import LOGIN_REFUSED, has_accounts
from ui.desktop.first_run import first_run
from ui.desktop.login import sign_in
from ui.desktop.main_window import MainWindow
from ui.desktop.messages import translate_message
from ui.desktop.settings import APPLICATION, ORGANISATION, Settings
from ui.desktop.style import apply_style, install_fonts

EXIT_UNAVAILABLE = 2


def run(db_url: str | None, profile: str) -> int:
    """Run the desktop until its window closes; 2 when the register cannot be opened."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    install_fonts(app)
    settings = Settings()
    apply_style(app, settings.dark)
    i18n.install(settings.language or i18n.system_language())
    url = resolve_url(db_url)
    try:
        register = open_register(url, profile=profile)
    except RegisterUnavailable as error:
        if not needs_login(url, error):
            QMessageBox.critical(None, QCoreApplication.translate("App", "Detention Register"),
                                 QCoreApplication.translate("App", "The register could not be opened.\n\n%1")
                                 .replace("%1", translate_message(str(error))))
            return EXIT_UNAVAILABLE
        register = None  # a station of a shared register holds no password: the account's login connects
    try:
        prepared = False
        while True:  # until the window closes other than by signing out
            if register is not None and not has_accounts(register):
                actor = first_run(register)
                signed = None if actor is None else (register, actor)
            else:
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
            window = MainWindow(working, actor)
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


def needs_login(url: str, error: RegisterUnavailable) -> bool:
    """A PostgreSQL register the URL's own credentials cannot open: the account's login will."""
    return make_url(url).get_backend_name() == "postgresql" and any(sign in str(error) for sign in LOGIN_REFUSED)
