"""The main window: home, a person's page, and (later) the plan workspace, one at a time."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supportplan import __version__
from supportplan.book import PlanBook
from supportplan.i18n import _
from ui import language, plain_words, safety, theme
from ui.home import HomePage
from ui.messages import guarded
from ui.person_dialog import PersonDialog
from ui.person_page import PersonPage
from ui.pilot_review import PilotReviewWindow
from ui.questions_dialog import QuestionsDialog
from ui.safety import unlocked_warning
from ui.shared_screen import TogetherView
from ui.wording_dialog import WordingDialog
from ui.workspace import Workspace

TEXT_SIZES = (100, 125, 150, 175, 200)


class MainWindow(QMainWindow):
    def __init__(self, book: PlanBook) -> None:
        super().__init__()
        self.book = book
        self.setWindowTitle(_("Plan Together"))
        self.setAccessibleName(_("Plan Together"))
        self.resize(1100, 760)

        self.home = HomePage(book)
        self.person_page = PersonPage(book)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
        self.pages.addWidget(self.person_page)

        self.home.person_chosen.connect(self.show_person)
        self.home.add_person.connect(self.add_person)
        self.person_page.back.connect(self.show_home)
        self.person_page.changed.connect(self.home.refresh)
        self.person_page.open_version.connect(self.open_workspace)
        self.workspace: Workspace | None = None
        self.together: TogetherView | None = None

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        if book.demo or book.settings.get("demo_book"):
            banner = QLabel(
                _(
                    "Practice plan book: everyone here is made up. Do not write about real people here."
                )
                + (" " + _("It is not locked with a password.") if not book.encrypted else "")
            )
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            banner.setAccessibleName(_("Practice plan book"))
            layout.addWidget(banner)
        elif not book.encrypted:
            banner = QLabel(unlocked_warning())
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            banner.setAccessibleName(_("This plan book is not locked"))
            layout.addWidget(banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._menus()
        safety.install(self)
        staff = book.staff.current()
        if staff:
            self.statusBar().showMessage(_("Signed in as {name}").format(name=staff.name))
        self.home.refresh()
        self.home.search.setFocus()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("&File"))
        self._action(file_menu, _("&Add a person…"), self.add_person, QKeySequence.StandardKey.New)
        self._action(file_menu, _("&Bring in a plan file…"), self.import_plan_file)
        self.export_action = self._action(
            file_menu, _("&Save this person's plans to a file…"), self.export_person
        )
        self._action(file_menu, _("&Print plans due for review…"), self.print_due_plans)
        file_menu.addSeparator()
        self._action(
            file_menu, _("&Close Plan Together"), self.close, QKeySequence.StandardKey.Quit
        )
        self._view_menu()
        group_menu = self.menuBar().addMenu(_("&Working group"))
        self._action(group_menu, _("&Pilot review across all plans…"), self.show_pilot_review)
        group_menu.addSeparator()
        self._action(
            group_menu, _("The plan's &questions…"), lambda: WordingDialog(self.book, self).exec()
        )
        self._action(
            group_menu,
            _("Questions &after a session…"),
            lambda: QuestionsDialog(self.book, self).exec(),
        )
        help_menu = self.menuBar().addMenu(_("&Help"))
        self._action(help_menu, _("&About Plan Together"), self.about)
        self.export_action.setEnabled(False)

    def _view_menu(self) -> None:
        view_menu = self.menuBar().addMenu(_("&View"))
        sizes = view_menu.addMenu(_("&Text size"))
        group = QActionGroup(self)
        current = self.book.settings.get("text_scale")
        for scale in TEXT_SIZES:
            action = QAction(f"{scale}%", self, checkable=True)
            action.setChecked(scale == current)
            action.triggered.connect(lambda _checked=False, s=scale: self.set_look(text_scale=s))
            group.addAction(action)
            sizes.addAction(action)
        self.contrast_action = QAction(_("&High contrast"), self, checkable=True)
        self.contrast_action.setChecked(self.book.settings.get("high_contrast"))
        self.contrast_action.triggered.connect(lambda checked: self.set_look(high_contrast=checked))
        view_menu.addAction(self.contrast_action)
        language.add_menu(self, view_menu)
        self._action(view_menu, _("Our own &plain words…"), self.edit_plain_words)

    def set_look(self, **changes: object) -> None:
        """Change text size or contrast for the whole app, and remember it."""
        for key, value in changes.items():
            guarded(self, lambda k=key, v=value: self.book.settings.set(k, v))
        settings = self.book.settings.all()
        theme.apply(QApplication.instance(), settings["text_scale"], settings["high_contrast"])
        if self.workspace is not None:
            # Pictures are sized from the text, so the pages are made again at the new size.
            self.open_workspace(self.workspace.doc.view.id, self.workspace.current_key())

    def edit_plain_words(self) -> None:
        """The organisation's own hard words, marked in every box as staff type."""
        from ui.plain_words_dialog import PlainWordsDialog

        if PlainWordsDialog(self.book, self).exec():
            person = self.workspace.doc.view.person if self.workspace else None
            own = self.book.settings.get("plain_words")
            plain_words.use(plain_words.load(own, person.needs.language if person else None))

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- pages -----------------------------------------------------------------------------

    def show_home(self) -> None:
        self.pages.setCurrentWidget(self.home)
        self.export_action.setEnabled(False)
        self.home.refresh()
        self.home.search.setFocus()

    def show_person(self, person_id: uuid.UUID) -> None:
        if self.person_page.show_person(person_id):
            self.pages.setCurrentWidget(self.person_page)
            self.export_action.setEnabled(True)
            self.person_page.tree.setFocus()

    def open_workspace(self, version_id: uuid.UUID, section: str | None = None) -> None:
        workspace = guarded(self, lambda: Workspace(self.book, version_id))
        if workspace is None:
            return
        self.close_workspace()
        self.workspace = workspace
        workspace.back.connect(self.leave_workspace)
        workspace.review_started.connect(self.open_workspace)
        workspace.together_wanted.connect(self.show_together_view)
        self.pages.addWidget(workspace)
        self.pages.setCurrentWidget(workspace)
        if section:
            workspace.show_section(section)
        workspace.sections.setFocus()

    def show_together_view(self) -> None:
        """Turn this laptop to the person: their big screen, with a slim staff toolbar."""
        if self.workspace is None:
            return
        self.together = TogetherView(self.workspace.doc)
        self.together.back_to_staff.connect(self.end_together_view)
        self.pages.addWidget(self.together)
        self.pages.setCurrentWidget(self.together)
        self.together.person_screen.setFocus()

    def end_together_view(self) -> None:
        if self.together is not None:
            self.pages.removeWidget(self.together)
            self.together.deleteLater()
            self.together = None
        if self.workspace is not None:
            self.pages.setCurrentWidget(self.workspace)

    def close_workspace(self) -> bool:
        if self.workspace is None:
            return True
        if not self.workspace.save_typing():
            return False
        self.end_together_view()
        self.workspace.shared.close()
        self.pages.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.workspace = None
        return True

    def leave_workspace(self) -> None:
        person_id = self.workspace.doc.view.person.id if self.workspace else None
        if self.close_workspace() and person_id:
            self.show_person(person_id)

    def closeEvent(self, event) -> None:
        """Typed words not yet added are added before closing; nothing is lost."""
        if self.workspace is not None and not self.workspace.save_typing():
            event.ignore()
            return
        event.accept()

    def add_person(self) -> None:
        dialog = PersonDialog(
            self,
            save=lambda values: self.book.people.add(**values, photo=dialog.photo),
        )
        if dialog.exec() and dialog.saved is not None:
            self.home.refresh()
            self.show_person(dialog.saved.id)

    # -- files -----------------------------------------------------------------------------

    def import_plan_file(self) -> None:
        from supportplan.exchange.importing import import_file  # not needed to start: load late

        name, _filter = QFileDialog.getOpenFileName(
            self, _("Bring in a plan file"), "", _("Plan files (*.json);;All files (*)")
        )
        if not name:
            return
        report = guarded(self, lambda: import_file(self.book, Path(name)))
        if report is None:
            return
        if report.changed_anything:
            message = _("{name}'s plans are here now.").format(name=report.preferred_name)
        else:
            message = _("Everything in this file was already here. Nothing was added.")
        QMessageBox.information(self, _("Plan Together"), message)
        self.show_person(report.person_id)

    def export_person(self) -> None:
        from supportplan.exchange.export import export_person

        person = self.person_page.person
        if person is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            _("Save plans to a file"),
            f"plan-{person.id.hex[:8]}.json",
            _("Plan files (*.json)"),
        )
        if name and guarded(self, lambda: export_person(self.book, person.id, Path(name))):
            self.statusBar().showMessage(_("Saved to {file}").format(file=name), 8000)

    def show_pilot_review(self) -> None:
        self.pilot_review = PilotReviewWindow(self.book, self)
        self.pilot_review.show()

    def print_due_plans(self) -> None:
        from ui.batch_print import BatchPrintDialog

        dialog = BatchPrintDialog(self.book, self)
        dialog.exec()
        dialog.deleteLater()

    def about(self) -> None:
        from supportplan.printing.credits import credits_text

        QMessageBox.about(
            self,
            _("About Plan Together"),
            _(
                "Plan Together {version}\n\nWrite a support plan together, keep it safe, and print it in easy read."
            ).format(version=__version__)
            + "\n\n"
            + "\n\n".join(credits_text(_)),
        )
