"""Agree: read the plan back, note what the person does not agree with, and agree it together."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from supportplan.i18n import N_, _, format_date, translator
from supportplan.model.kinds import AgreedHow
from supportplan.read_back import read_back
from supportplan.services.plans import add_months
from supportplan.services.views import VersionView
from ui.access import named
from ui.entry_list import button
from ui.pictures import pixmap
from ui.plan_document import PlanDocument
from ui.signature_pad import SignaturePad
from ui.text_box import TextBox

HOW_WORDS = {
    AgreedHow.SIGNATURE: N_("signed"),
    AgreedHow.TICK: N_("ticked to agree"),
    AgreedHow.ADVOCATE: N_("agreed by someone on their behalf"),
    AgreedHow.NOT_AGREED: N_("did not agree"),
}


def plan_as_html(view: VersionView) -> str:
    parts = read_back(view, translator(view.person.needs.language))
    out = []
    for part in parts:
        out.append(f"<h3>{html.escape(part.heading)}</h3><ul>")
        for sentence in part.sentences:
            if sentence.endswith(":"):  # a list's own heading, e.g. "What's good:"
                out.append(f"</ul><p><b>{html.escape(sentence[:-1])}</b></p><ul>")
            else:
                out.append(f"<li>{html.escape(sentence)}</li>")
        out.append("</ul>")
    return "".join(out) or "<p>" + html.escape(_("Nothing is written in this plan yet.")) + "</p>"


class AgreePage(QWidget):
    start_review = Signal()

    def __init__(self, doc: PlanDocument) -> None:
        super().__init__()
        self._doc = doc
        name = doc.view.person.preferred_name
        line = self.fontMetrics().height()
        picture = QLabel()
        picture.setPixmap(pixmap("agree", line * 5))
        title = QLabel(_("Agree the plan"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            _("Read the plan together. Then {name} says if they agree.").format(name=name)
        )
        intro.setObjectName("question")
        intro.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.plan_text = QLabel()
        self.plan_text.setObjectName("readBack")
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextFormat(Qt.TextFormat.RichText)
        self.plan_text.setAccessibleName(_("The plan, read back"))

        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.plan_text)
        self.form = self._agree_form(name)
        self.record = QLabel()
        self.record.setWordWrap(True)
        self.record.setAccessibleName(_("How the plan was agreed"))
        self.signature = QLabel()
        self.signature.setAccessibleName(_("Signature"))
        self.review_button = button(
            _("Start a review"), _("Start a new version of the plan, to see what has changed.")
        )
        self.review_button.clicked.connect(self.start_review)
        self.layout_.addWidget(self.form)
        self.layout_.addWidget(self.record)
        self.layout_.addWidget(self.signature)
        self.layout_.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)

    def _agree_form(self, name: str) -> QWidget:
        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        disagree_title = QLabel(_("Things I don't agree with"))
        disagree_title.setObjectName("sectionTitle")
        disagree_title.setWordWrap(True)
        self.disagreements = named(
            QListWidget(),
            _("Things I don't agree with"),
            _("Each thing the person does not agree with. They are printed in the plan."),
        )
        self.disagreements.setMaximumHeight(self.fontMetrics().height() * 8)
        self.disagree_box = TextBox(
            _("Something I don't agree with"),
            _("For example: I do not agree that I need help with money."),
            lines=2,
        )
        self.disagree_box.done.connect(self._add_disagreement)
        add = button(
            _("Add to the list"), _("Add this to the things the person does not agree with.")
        )
        add.clicked.connect(self._add_disagreement)
        remove = button(_("Take off the list"), _("Take the chosen line off the list."))
        remove.clicked.connect(lambda: self.disagreements.takeItem(self.disagreements.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)

        how_title = QLabel(_("How does {name} agree?").format(name=name))
        how_title.setObjectName("sectionTitle")
        how_title.setWordWrap(True)
        self.how = QButtonGroup(self)
        self.sign = self._choice(
            _("Sign my name"), _("The person signs in the box."), AgreedHow.SIGNATURE
        )
        self.tick = self._choice(
            _("Tick: I agree with my plan"), _("The person agrees with a tick."), AgreedHow.TICK
        )
        self.advocate = self._choice(
            _("Someone agrees for me"),
            _("An advocate or a person chosen by them agrees on their behalf."),
            AgreedHow.ADVOCATE,
        )
        self.not_agreed = self._choice(
            _("I do not agree"),
            _("The person does not agree with the plan. Write why."),
            AgreedHow.NOT_AGREED,
        )
        self.sign.setChecked(True)
        self.pad = SignaturePad()
        clear = button(_("Clear"), _("Rub out the signature and start again."))
        clear.clicked.connect(self.pad.clear)
        self.advocate_name = named(QLineEdit(), _("Who is agreeing for them"), _("Their name."))
        self.advocate_role = named(
            QLineEdit(), _("Who they are"), _("For example: advocate, sister.")
        )
        self.advocate_reason = TextBox(
            _("Why they agree for the person"),
            _("For example: Rhys finds signing hard and asked Gwen to agree."),
            lines=2,
        )
        self.reason = TextBox(_("Why the person does not agree"), _("In their words."), lines=2)
        advocate_form = QFormLayout()
        advocate_form.addRow(_("Who is agreeing for them"), self.advocate_name)
        advocate_form.addRow(_("Who they are"), self.advocate_role)
        advocate_form.addRow(_("Why"), self.advocate_reason)
        self.advocate_box = QWidget()
        self.advocate_box.setLayout(advocate_form)

        self.staff_agrees = named(
            QCheckBox(_("I agree, as staff: {name}").format(name=self._doc.staff_name())),
            _("Staff agree"),
            _("Tick to agree the plan as the staff member."),
        )
        self.review_due = named(
            QDateEdit(), _("Next review"), _("The day to look at the plan again.")
        )
        self.review_due.setCalendarPopup(True)
        self.review_due.setDisplayFormat("d MMMM yyyy")
        self.review_due.setMinimumDate(QDate.currentDate().addDays(1))
        due = add_months(date.today(), self._doc.book.settings.get("review_months"))
        self.review_due.setDate(QDate(due.year, due.month, due.day))
        self.agree_button = button(
            _("Agree the plan"), _("Save the agreement. After this the plan cannot be changed.")
        )
        self.agree_button.setObjectName("addButton")
        self.agree_button.clicked.connect(self.agree)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        layout.addWidget(disagree_title)
        layout.addWidget(self.disagreements)
        layout.addWidget(self.disagree_box)
        layout.addLayout(row)
        layout.addWidget(how_title)
        layout.addWidget(self.sign)
        layout.addWidget(self.pad)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.tick)
        layout.addWidget(self.advocate)
        layout.addWidget(self.advocate_box)
        layout.addWidget(self.not_agreed)
        layout.addWidget(self.reason)
        layout.addWidget(self.staff_agrees)
        review_row = QFormLayout()
        review_row.addRow(_("Next review"), self.review_due)
        layout.addLayout(review_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.agree_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.how.buttonToggled.connect(lambda *_args: self._show_choice())
        self._show_choice()
        return form

    def _choice(self, text: str, description: str, how: AgreedHow) -> QRadioButton:
        radio = named(QRadioButton(text), text, description)
        radio.setProperty("how", how.value)
        self.how.addButton(radio)
        return radio

    def _show_choice(self) -> None:
        self.pad.setVisible(self.sign.isChecked())
        self.advocate_box.setVisible(self.advocate.isChecked())
        self.reason.setVisible(self.not_agreed.isChecked())

    def _add_disagreement(self) -> None:
        words = self.disagree_box.text().strip()
        if words:
            self.disagreements.addItem(words)
            self.disagree_box.clear()

    def chosen_how(self) -> AgreedHow:
        return AgreedHow(self.how.checkedButton().property("how"))

    def ready(self) -> bool:
        """Everything needed to agree is there; if not, say what is missing."""
        if self.chosen_how() is AgreedHow.SIGNATURE and self.pad.is_empty():
            return self._problem(_("Please sign in the box first."))
        if not self.staff_agrees.isChecked():
            return self._problem(_("Please tick that you agree, as staff."))
        return True

    def agree(self) -> bool:
        if not self.ready():
            return False
        answer = QMessageBox.question(
            self,
            _("Agree the plan"),
            _(
                "After this the plan cannot be changed. To change it later, start a review. Agree now?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.agree_now()

    def agree_now(self) -> bool:
        """Save the agreement without asking "are you sure" (``agree`` asks first)."""
        if not self.ready():
            return False
        self._add_disagreement()
        how = self.chosen_how()
        when = self.review_due.date()
        disagreements = tuple(
            self.disagreements.item(i).text() for i in range(self.disagreements.count())
        )
        ok = self._doc.attempt(
            lambda: self._doc.book.plans.agree(
                self._doc.view.id,
                how,
                signature_png=self.pad.png() if how is AgreedHow.SIGNATURE else None,
                advocate_name=self.advocate_name.text(),
                advocate_role=self.advocate_role.text(),
                advocate_reason=self.advocate_reason.text(),
                not_agreed_reason=self.reason.text(),
                disagreements=disagreements,
                review_due=date(when.year(), when.month(), when.day()),
            )
        )
        if ok:
            # An agreed version cannot be undone into a draft; older undo steps no longer apply.
            self._doc.undo_stack.clear()
        return ok

    def _problem(self, message: str) -> bool:
        self.problem.setText(message)
        self.problem.show()
        return False

    def show_version(self, view: VersionView, last: VersionView | None = None) -> None:
        self.plan_text.setText(plan_as_html(view))
        agreement = view.agreement
        self.form.setVisible(view.editable)
        self.record.setVisible(agreement is not None)
        self.signature.setVisible(False)
        self.review_button.setVisible(agreement is not None and not view.summary.reviewed)
        if agreement is None:
            return
        lines = [
            _("On {date}, {name} {how}.").format(
                date=format_date(agreement.agreed_at),
                name=view.person.preferred_name,
                how=_(HOW_WORDS[agreement.how]),
            )
        ]
        if agreement.how is AgreedHow.ADVOCATE:
            lines.append(
                _("{who} ({role}) agreed for them, because: {why}").format(
                    who=agreement.advocate_name,
                    role=agreement.advocate_role,
                    why=agreement.advocate_reason,
                )
            )
        if agreement.how is AgreedHow.NOT_AGREED:
            lines.append(_("Why: {why}").format(why=agreement.not_agreed_reason))
        if agreement.staff_name:
            lines.append(_("Staff who agreed: {name}").format(name=agreement.staff_name))
        if view.disagreements:
            lines.append(_("Things I don't agree with:"))
            lines += [f"• {e.text}" for e in view.disagreements]
        if view.summary.review_due:
            lines.append(_("Next review: {date}").format(date=format_date(view.summary.review_due)))
        self.record.setText("\n".join(lines))
        if agreement.has_signature:
            image = QImage.fromData(self._doc.book.plans.signature(view.id) or b"")
            if not image.isNull():
                self.signature.setPixmap(QPixmap.fromImage(image))
                self.signature.setVisible(True)

    def pending(self) -> list:
        return []
