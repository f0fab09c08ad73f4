"""Where the person's screen shows: full screen on another display, or the laptop's Together view."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QVBoxLayout, QWidget

from supportplan.i18n import _
from ui.entry_list import button
from ui.person_screen import PersonScreen
from ui.plan_document import PlanDocument


def other_screens(widget: QWidget) -> list[QScreen]:
    """Displays other than the one staff are using: a second monitor, a projector, a tablet."""
    mine = widget.screen()
    return [s for s in QGuiApplication.screens() if s is not mine]


class TogetherView(QWidget):
    """One laptop turned to the person: their big screen with a slim staff toolbar above it."""

    back_to_staff = Signal()

    def __init__(self, doc: PlanDocument) -> None:
        super().__init__()
        self.person_screen = PersonScreen(doc, self)
        self.back_button = button(
            _("Back to the staff view"), _("Leave the Together view. Nothing is lost.")
        )
        self.back_button.clicked.connect(self.back_to_staff)
        self.pause_button = button(
            _("Pause screen"), _("Hide the plan at once and show a calm picture.")
        )
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause)
        self.undo_button = button(_("Undo"), _("Undo the last change."))
        self.undo_button.clicked.connect(doc.undo_stack.undo)
        bar = QHBoxLayout()
        for widget in (self.back_button, self.pause_button, self.undo_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.person_screen, 1)

    def _pause(self, paused: bool) -> None:
        self.person_screen.pause(paused)
        self.pause_button.setText(_("Show the screen again") if paused else _("Pause screen"))


class SharedScreen(QObject):
    """Opens, pauses and closes the person's screen for one open plan."""

    together_wanted = Signal()
    changed = Signal()

    def __init__(self, doc: PlanDocument, staff_window: QWidget) -> None:
        super().__init__(staff_window)
        self.doc = doc
        self.staff_window = staff_window
        self.window: PersonScreen | None = None

    def open(self) -> None:
        """On another display if there is one (asking which, if several); else Together view."""
        screens = other_screens(self.staff_window)
        if not screens:
            self.together_wanted.emit()
            return
        screen = screens[0]
        if len(screens) > 1:
            names = [f"{s.name()} ({s.size().width()}×{s.size().height()})" for s in screens]
            chosen, ok = QInputDialog.getItem(
                self.staff_window,
                _("The person's screen"),
                _("Which screen is the person's?"),
                names,
                0,
                False,
            )
            if not ok:
                return
            screen = screens[names.index(chosen)]
        self.show_on(screen)

    def show_on(self, screen: QScreen) -> PersonScreen:
        self.close()
        self.window = PersonScreen(self.doc)
        self.window.closed.connect(self._closed)
        self.window.setScreen(screen)
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        self.changed.emit()
        return self.window

    def pause(self, paused: bool) -> None:
        if self.window is not None:
            self.window.pause(paused)

    def close(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.close()
            window.deleteLater()
            self.changed.emit()

    def _closed(self) -> None:
        self.window = None
        self.changed.emit()
