"""The plan workspace: a side list of sections and one page per section, for an hour at a time."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from supportplan.book import PlanBook
from supportplan.i18n import _, format_date
from supportplan.services.views import VersionView
from ui import plain_words
from ui.about_me_page import AboutMePage
from ui.access import named
from ui.agree_page import AgreePage
from ui.area_page import AreaPage
from ui.entry_list import button
from ui.feedback_page import FeedbackPage
from ui.flow_box import FlowBox
from ui.messages import guarded
from ui.pictures import icon
from ui.plan_document import PlanDocument
from ui.shared_screen import SharedScreen

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


class Workspace(QWidget):
    back = Signal()
    review_started = Signal(uuid.UUID)
    together_wanted = Signal()

    def __init__(self, book: PlanBook, version_id: uuid.UUID) -> None:
        super().__init__()
        self.doc = PlanDocument(book, version_id, self)
        self.last = self._last_version()
        view = self.doc.view
        line = self.fontMetrics().height()
        # Hard words are looked for in the plan's language when there is a list for it.
        own_words = book.settings.get("plain_words")
        plain_words.use(plain_words.load(own_words, view.person.needs.language))

        self.back_button = button(
            _("Back to {name}").format(name=view.person.preferred_name),
            _("Go back to this person's page. Everything is saved."),
        )
        self.back_button.clicked.connect(self.leave)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.saved = QLabel(_("Everything is saved"))
        self.saved.setObjectName("saved")
        self.saved.setAccessibleName(_("Saving"))
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        stack = self.doc.undo_stack
        self.undo_action = stack.createUndoAction(self, _("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, _("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = button(_("Undo"), _("Undo the last change (Ctrl+Z)."))
        self.redo_button = button(_("Redo"), _("Do again what was undone (Ctrl+Shift+Z)."))
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        self.print_button = button(
            _("Print my plan"),
            _("See the plan as it will print, then print it or save it as a PDF."),
        )
        self.print_button.clicked.connect(self.print_plan)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        # The title has a row of its own: long names and languages longer than English
        # then wrap across the whole width, not in a narrow gap between buttons.
        head = QVBoxLayout()
        head.addLayout(buttons)
        head.addWidget(self.title)

        self.screen_bar = self._screen_bar(view.person.preferred_name)

        self.agreed_banner = QLabel()
        self.agreed_banner.setObjectName("needsFlag")
        self.agreed_banner.setWordWrap(True)
        self.agreed_banner.setAccessibleName(_("This plan is agreed"))

        self.sections = named(
            QListWidget(),
            _("Parts of the plan"),
            _("Choose a part of the plan to work on. Use the arrow keys to move."),
        )
        self.sections.setIconSize(QSize(line * 2, line * 2))
        self.pages = QStackedWidget()
        self.page_of: dict[str, QWidget] = {}
        self._add_section("about_me", _("About me"), "about_me", AboutMePage(self.doc))
        for area in view.template.areas:
            self._add_section(area.key, _(area.title), area.picture_key, AreaPage(self.doc, area))
        agree = AgreePage(self.doc)
        agree.start_review.connect(self.start_review)
        self._add_section("agree", _("Agree"), "agree", agree)
        self._add_section("feedback", _("How did today go?"), "listen", FeedbackPage(self.doc))
        self.sections.currentRowChanged.connect(self._section_chosen)
        # As wide as the longest section name, at any text size, so no name is cut off.
        widest = max(
            self.sections.fontMetrics().horizontalAdvance(self.sections.item(i).text())
            for i in range(self.sections.count())
        )
        self.sections.setFixedWidth(widest + line * 2 + 48)
        self._stale: set[str] = set(self.page_of)

        body = QHBoxLayout()
        body.addWidget(self.sections)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.screen_bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.agreed_banner)
        layout.addLayout(body, 1)

        self.doc.changed.connect(self._changed)
        self.doc.section_shown.connect(self.show_section)
        self.doc.saved.connect(self._saved)
        self.doc.failed.connect(self._failed)
        self._show_header(view)
        self.sections.setCurrentRow(0)

    def _screen_bar(self, name: str) -> FlowBox:
        """Staff controls for the person's own screen."""
        self.shared = SharedScreen(self.doc, self)
        self.shared.together_wanted.connect(self.together_wanted)
        self.shared.changed.connect(self._screen_changed)
        self.screen_button = button(
            _("Show {name}'s screen").format(name=name),
            _(
                "Show the plan in big words on a second screen, or turn this laptop to the Together view."
            ),
        )
        self.screen_button.clicked.connect(self._toggle_screen)
        self.pause_button = button(
            _("Pause screen"), _("Hide the plan on the person's screen at once.")
        )
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause)
        settings = self.doc.book.settings
        self.can_move = named(
            QCheckBox(_("{name} can move between parts").format(name=name)),
            _("The person can move between parts"),
            _("Tick to let the person go to other parts of the plan from their screen."),
        )
        self.can_move.setChecked(settings.get("person_can_move"))
        self.can_move.toggled.connect(lambda on: self._setting("person_can_move", on))
        self.share_view = named(
            QCheckBox(_("Show the staff view on their screen")),
            _("Show the staff view on their screen"),
            _("Tick to share how staff rated each part. Not shared unless you tick."),
        )
        self.share_view.setChecked(settings.get("share_staff_rating"))
        self.share_view.toggled.connect(lambda on: self._setting("share_staff_rating", on))
        bar = FlowBox()
        for widget in (
            self.print_button,
            self.screen_button,
            self.pause_button,
            self.can_move,
            self.share_view,
        ):
            bar.addWidget(widget)
        self.pause_button.setEnabled(False)
        return bar

    def _toggle_screen(self) -> None:
        if self.shared.window is not None:
            self.shared.close()
        else:
            self.shared.open()

    def _screen_changed(self) -> None:
        name = self.doc.view.person.preferred_name
        open_ = self.shared.window is not None
        self.screen_button.setText(
            _("Close {name}'s screen").format(name=name)
            if open_
            else _("Show {name}'s screen").format(name=name)
        )
        self.pause_button.setEnabled(open_)
        if not open_:
            self.pause_button.setChecked(False)

    def _pause(self, paused: bool) -> None:
        self.shared.pause(paused)
        self.pause_button.setText(_("Show the screen again") if paused else _("Pause screen"))

    def _setting(self, key: str, value: bool) -> None:
        guarded(self, lambda: self.doc.book.settings.set(key, value))
        screen = self.shared.window
        if screen is not None:
            if key == "person_can_move":
                screen.set_can_move(value)
            else:
                screen.set_share_staff_view(value)

    def _add_section(self, key: str, title: str, picture: str, page: QWidget) -> None:
        item = QListWidgetItem(icon(picture), title)
        item.setData(SECTION_ROLE, key)
        self.sections.addItem(item)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setAccessibleName(title)
        self.pages.addWidget(scroll)
        self.page_of[key] = page

    def _last_version(self) -> VersionView | None:
        """The version this one reviews, to show last time's faces beside this time's."""
        summary = self.doc.view.summary
        if summary.number == 1:
            return None
        for plan in self.doc.book.plans.plans_for(self.doc.view.person.id):
            if plan.id == summary.plan_id:
                earlier = [v for v in plan.versions if v.number < summary.number]
                return self.doc.book.plans.get(earlier[-1].id) if earlier else None
        return None

    # -- moving between sections -----------------------------------------------------------

    def current_key(self) -> str:
        item = self.sections.currentItem()
        return item.data(SECTION_ROLE) if item else "about_me"

    def show_section(self, key: str) -> None:
        for row in range(self.sections.count()):
            if self.sections.item(row).data(SECTION_ROLE) == key:
                self.sections.setCurrentRow(row)
                return

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = self.sections.item(row).data(SECTION_ROLE)
        self.pages.setCurrentIndex(row)
        self.doc.show_section(key)
        if key in self._stale:
            self._refresh(key)

    def _refresh(self, key: str) -> None:
        self.page_of[key].show_version(self.doc.view, self.last)
        self._stale.discard(key)

    # -- after every edit ------------------------------------------------------------------

    def _changed(self, view: VersionView) -> None:
        self._stale = set(self.page_of)
        self._refresh(self.current_key())
        self._show_header(view)

    def _show_header(self, view: VersionView) -> None:
        person = view.person.preferred_name
        summary = view.summary
        kind = _("first plan") if summary.number == 1 else _("review")
        self.title.setText(
            _("{name}'s plan — version {n}, {kind}").format(
                name=person, n=summary.number, kind=kind
            )
        )
        self.agreed_banner.setVisible(not view.editable)
        if not view.editable:
            self.agreed_banner.setText(
                _(
                    "This plan was agreed on {date}. It cannot be changed. To change it, start a review from the Agree page."
                ).format(date=format_date(summary.agreed_at))
            )
            self.undo_button.hide()
            self.redo_button.hide()
            self.saved.hide()

    def _saved(self, when) -> None:
        self.problem.hide()
        self.saved.setText(_("Saved {time}").format(time=when.strftime("%H:%M")))

    def _failed(self, message: str) -> None:
        self.problem.setText(_("Not saved: {why}").format(why=message))
        self.problem.show()
        self.saved.setText(_("Not saved"))

    # -- leaving ---------------------------------------------------------------------------

    def save_typing(self) -> bool:
        """Add anything typed but not yet added, so nothing is lost. False if some failed."""
        ok = True
        for page in self.page_of.values():
            for waiting in page.pending():
                ok = waiting.add() and ok
        return ok

    def print_plan(self) -> None:
        from ui.print_preview import PrintPreviewDialog  # reportlab loads only when printing

        self.save_typing()
        PrintPreviewDialog(self.doc.book, self.doc.view.id, self).exec()

    def leave(self) -> None:
        if self.save_typing():
            self.shared.close()
            self.back.emit()

    def start_review(self) -> None:
        view = self.doc.view
        self.save_typing()
        if view.summary.reviewed:
            return
        new = guarded(self, lambda: self.doc.book.plans.start_review(view.summary.plan_id))
        if new is not None:
            self.review_started.emit(new.id)
