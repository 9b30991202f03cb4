"""Starting the desktop: fonts, look, language, the register, the sign-in, then the main window."""
from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from printing.layout import prepare_printing
from register.access import Permission
from register.opening import RegisterUnavailable, open_register
from register.pg_security import clock_warning
from ui.desktop import i18n
from ui.desktop.login import sign_in
from ui.desktop.main_window import MainWindow
from ui.desktop.whereabouts import WhereaboutsWindow
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
    try:
        register = open_register(db_url, profile=profile)
    except RegisterUnavailable as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Detention Register"),
                             QCoreApplication.translate("App", "The register could not be opened.\n\n%1")
                             .replace("%1", translate_message(str(error))))
        return EXIT_UNAVAILABLE
    skew = clock_warning(register.engine, register.clock.now())
    if skew:
        QMessageBox.warning(None, QCoreApplication.translate("App", "Detention Register"), translate_message(skew))
    try:
        actor = sign_in(register)
        if actor is None:
            return 0
        prepare_printing()
        # The whereabouts desk reads nothing of the register but the desk's answers.
        window = MainWindow(register, actor) if actor.may(Permission.READ) else WhereaboutsWindow(register, actor)
        window.show()
        # What start-up built (modules, Qt wrappers, catalogues) lives until exit: frozen, it is no longer
        # walked by every full garbage collection, which otherwise stalls a recorded event by 80-100 ms.
        gc.freeze()
        return app.exec()
    finally:
        register.close()
