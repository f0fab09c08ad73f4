"""Five big faces with words, for rating an area or saying how a goal went."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QToolButton

from supportplan.i18n import N_, _
from supportplan.scales import ScalePoint
from ui.access import named
from ui.flow_box import FlowBox
from ui.pictures import icon


def two_lines(words: str) -> str:
    """Long words for a face go on two lines, split at the space nearest the middle."""
    if len(words) <= 12 or " " not in words:
        return words
    middle = len(words) // 2
    spaces = [i for i, c in enumerate(words) if c == " "]
    split = min(spaces, key=lambda i: abs(i - middle))
    return words[:split] + "\n" + words[split + 1 :]


class RatingFaces(FlowBox):
    """Click or tap a face (or Tab to it and press Space). ``chosen`` says which, or None."""

    chosen = Signal(object)  # int, or None when the chosen face is pressed again

    def __init__(
        self,
        scale: tuple[ScalePoint, ...],
        whose: str,
        picture_size: int = 56,
        translate: Callable[[str], str] = _,
    ) -> None:
        super().__init__()
        self._value: int | None = None
        self.buttons: dict[int, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        for point in scale:
            words = translate(point.words)
            button = named(
                QToolButton(),
                words,
                translate(N_("{whose}: choose this face if it is {words}.")).format(
                    whose=whose, words=words.lower()
                ),
            )
            button.setObjectName("face")
            button.setText(two_lines(words))
            button.setIcon(icon(point.face, picture_size * 2))
            button.setIconSize(QSize(picture_size, picture_size))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setCheckable(True)
            # Wide enough for the words in bold (a chosen face), so choosing never clips them.
            bold = QFont(button.font())
            bold.setBold(True)
            widest = max(
                QFontMetrics(bold).horizontalAdvance(part) for part in two_lines(words).split("\n")
            )
            button.setMinimumWidth(max(widest + 36, picture_size + 36))
            button.clicked.connect(lambda _checked=False, v=point.value: self._clicked(v))
            self._group.addButton(button)
            self.buttons[point.value] = button
            self.add(button)
        self._picture_size = picture_size
        self._fit()

    def _fit(self) -> None:
        """All faces the same size, wide enough for their words in bold (a chosen face)."""
        biggest = QSize()
        for button in self.buttons.values():
            button.setMinimumSize(0, 0)
            button.setMaximumSize(16777215, 16777215)
            bold = QFont(button.font())
            bold.setBold(True)
            widest = max(
                QFontMetrics(bold).horizontalAdvance(part) for part in button.text().split("\n")
            )
            size = button.sizeHint().expandedTo(QSize(max(widest, self._picture_size) + 36, 0))
            biggest = biggest.expandedTo(size)
        for button in self.buttons.values():
            button.setFixedSize(biggest)

    def changeEvent(self, event: QEvent) -> None:
        # A style sheet (the person's big screen) can change the font after the faces are made.
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.PolishRequest,
        ):
            self._fit()
        super().changeEvent(event)

    def showEvent(self, event: QEvent) -> None:
        for button in self.buttons.values():
            button.ensurePolished()
        self._fit()
        super().showEvent(event)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value
        for point, button in self.buttons.items():
            button.setChecked(point == value)

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only or button.isChecked())

    def _clicked(self, value: int) -> None:
        new = None if value == self._value else value
        self.set_value(new)
        self.chosen.emit(new)
