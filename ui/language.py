"""The language staff see the app in: gettext, Qt's own words, dates, and right to left.

Qt's standard buttons and dialogs ("Save", "Cancel", "Yes") take their words from Qt's own
translations (qtbase_pl.qm and so on, shipped with PySide6). Qt has none for Welsh or Urdu, so
``StandardWords`` gives Qt those few words from our own catalogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from supportplan.i18n import N_, _, app_language, set_app_language
from supportplan.languages import is_right_to_left
from ui import fonts

if TYPE_CHECKING:
    from ui.main_window import MainWindow

QT_CONTEXTS = ("QPlatformTheme", "QDialogButtonBox", "QMessageBox")
QT_WORDS = frozenset(
    (
        N_("OK"),
        N_("Save"),
        N_("Cancel"),
        N_("Close"),
        N_("&Yes"),
        N_("&No"),
        N_("Yes to &All"),
        N_("N&o to All"),
        N_("Apply"),
        N_("Discard"),
        N_("Don't Save"),
        N_("Close without Saving"),
        N_("Help"),
        N_("Open"),
        N_("Reset"),
        N_("Restore Defaults"),
        N_("Abort"),
        N_("Retry"),
        N_("Ignore"),
        N_("Save All"),
    )
)
"""The words on Qt's standard buttons, as Qt writes them in English."""


class StandardWords(QTranslator):
    """Qt's standard button words from our own catalogs, for languages Qt has not translated."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "QGuiApplication" and source_text == "QT_LAYOUT_DIRECTION":
            return "RTL" if is_right_to_left(app_language()) else "LTR"
        if context in QT_CONTEXTS and source_text in QT_WORDS:
            words = _(source_text)
            if words != source_text:
                return words
        return None  # not ours: Qt asks its next translator, or keeps its English

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own translations for ``language`` (e.g. qtbase_pl.qm), or None if Qt has none."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if translator.load(QLocale(language), "qtbase", "_", folder):
        return translator
    return None


def apply(app: QApplication, language: str) -> None:
    """Show the app in ``language`` from now on: new windows and dialogs use it."""
    set_app_language(language)
    code = app_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        qt = qt_translator(code)
        for translator in (qt, StandardWords()):
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
    fonts.install(app)
    # Month names in date boxes ("23 Tachwedd 2026"), and the reading direction.
    QLocale.setDefault(QLocale("en_GB" if code in ("en", "pseudo") else code))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_right_to_left(code) else Qt.LayoutDirection.LeftToRight
    )


# -- choosing the language from the View menu ------------------------------------------------

_windows: list = []  # main windows made by a language change, kept alive while open


def add_menu(window: MainWindow, view_menu: QMenu) -> None:
    """View > Language: every language the app is translated into, named in its own words."""
    from PySide6.QtGui import QAction, QActionGroup

    from supportplan.languages import app_languages

    menu = view_menu.addMenu(_("&Language"))
    group = QActionGroup(window)
    current = app_language()
    for lang in app_languages():
        words = lang.own_name
        if not lang.whole_app:
            words += " — " + _("some screens in English")
        action = QAction(words, window, checkable=True)
        action.setChecked(lang.code == current)
        action.setData(lang.code)
        action.triggered.connect(lambda _checked=False, code=lang.code: switch(window, code))
        group.addAction(action)
        menu.addAction(action)
    window.language_actions = group


def switch(window: MainWindow, language: str) -> MainWindow | None:
    """Remember ``language`` for staff and show the window again in it, where it was.

    Words typed but not added yet are added first (as when closing), so nothing is lost.
    Returns the new window, or None if nothing changed.
    """
    from supportplan.errors import PlanTogetherError
    from ui.main_window import MainWindow
    from ui.messages import show_problem

    if language == app_language():
        return None
    person = window.person_page.person if window.pages.currentWidget() is not window.home else None
    workspace = window.workspace
    place = (workspace.doc.view.id, workspace.current_key()) if workspace else None
    if not window.close_workspace():
        return None
    try:
        window.book.settings.set("app_language", language)
    except PlanTogetherError as error:
        show_problem(window, str(error))
        return None
    apply(QApplication.instance(), language)
    new = MainWindow(window.book)
    new.setGeometry(window.geometry())
    if place is not None:
        new.open_workspace(*place)
    elif person is not None:
        new.show_person(person.id)
    if window.isMaximized():
        new.showMaximized()
    else:
        new.show()
    _windows.append(new)
    window.close()
    if window in _windows:
        _windows.remove(window)
    window.deleteLater()
    return new
