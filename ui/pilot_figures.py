"""Pilot review pages with tables: do views match, what changed, and how goals went."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from supportplan.i18n import _, ngettext
from supportplan.pilot.views import Goals, RatingAgreement, RatingChange
from supportplan.scales import GOAL_SCALE
from ui.charts import BarChart, number, whole
from ui.pilot_tabs import fill, share, table, wrapped


class ViewsPage(QWidget):
    """How often the person's own rating and the staff's view of an area are the same."""

    def __init__(self) -> None:
        super().__init__()
        self.summary = wrapped("", _("Summary"))
        self.table = table(
            [
                _("Part of life"),
                _("Both rated"),
                _("Same"),
                _("Same or one apart"),
                _("Person higher"),
                _("Staff higher"),
            ],
            _("Do views match, for each part of life"),
            _("How often the person and staff gave the same rating."),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                _(
                    "Each time both the person and staff rated a part of life, did they give it "
                    "the same number? The person's own rating is always the one in their plan."
                )
            )
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addStretch(1)

    def show_agreement(self, rows: Sequence[RatingAgreement]) -> None:
        pairs = sum(r.pairs for r in rows)
        same = sum(r.same for r in rows)
        near = sum(r.within_one for r in rows)
        self.summary.setText(
            _("Across all parts of life: the same {same}, the same or one apart {near}.").format(
                same=share(same, pairs), near=share(near, pairs)
            )
            if pairs
            else _("No part of life was rated by both the person and staff.")
        )
        fill(
            self.table,
            [
                (
                    _(r.area_title),
                    whole(r.pairs),
                    share(r.same, r.pairs),
                    share(r.within_one, r.pairs),
                    share(r.person_higher, r.pairs),
                    share(r.staff_higher, r.pairs),
                )
                for r in rows
            ],
        )


class ChangePage(QWidget):
    """Change in each area's rating, from each plan's first agreed version to its latest."""

    def __init__(self) -> None:
        super().__init__()
        headers = [
            _("Part of life"),
            _("Plans"),
            _("Average change"),
            _("Went up"),
            _("Same"),
            _("Went down"),
        ]
        self.person = table(
            headers,
            _("What changed, in the person's own rating"),
            _("For each part of life, how the person's own rating changed."),
        )
        self.staff = table(
            headers,
            _("What changed, in staff's view"),
            _("For each part of life, how the staff's rating changed."),
        )
        person_title = QLabel(_("The person's own rating"))
        person_title.setObjectName("sectionTitle")
        staff_title = QLabel(_("Staff's view"))
        staff_title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                _(
                    "From each plan's first agreed version to its latest agreed version. Only "
                    "plans agreed at least twice count. A change of +1 means one step better."
                )
            )
        )
        layout.addWidget(person_title)
        layout.addWidget(self.person)
        layout.addWidget(staff_title)
        layout.addWidget(self.staff)
        layout.addStretch(1)

    def show_change(self, person: Sequence[RatingChange], staff: Sequence[RatingChange]) -> None:
        for view, rows in ((self.person, person), (self.staff, staff)):
            fill(
                view,
                [
                    (
                        _(r.area_title),
                        whole(r.plans),
                        _signed(r.mean_change),
                        share(r.up, r.plans),
                        share(r.same, r.plans),
                        share(r.down, r.plans),
                    )
                    for r in rows
                ],
            )


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    return ("+" if value > 0 else "") + number(value, 2)


class GoalsPage(QWidget):
    """Goals looked at again in a review: how they went, and the goal score of each plan."""

    def __init__(self) -> None:
        super().__init__()
        self.summary = wrapped("", _("Goals in numbers"))
        self.score = wrapped("", _("Goal score"))
        self.score.setObjectName("sectionTitle")
        self.chart = BarChart()
        self.plans = table(
            [_("Plan code"), _("Goals rated"), _("As hoped or better"), _("Goal score")],
            _("Goal score of each plan"),
            _("Each plan by its code, the same code as in the saved file, lowest score first."),
        )
        self.plans.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.score)
        layout.addWidget(
            wrapped(
                _(
                    "The goal score puts every goal's rating together: 50 means the goals went "
                    "as hoped, more than 50 better than hoped, less than 50 not as well. "
                    "Most plans score between 40 and 60."
                )
            )
        )
        layout.addWidget(self.plans, 1)

    def show_goals(self, goals: Goals) -> None:
        looked = ngettext(
            "{n} goal was looked at again in a review.",
            "{n} goals were looked at again in a review.",
            goals.carried,
        ).format(n=whole(goals.carried))
        rated = _("{rated} rated; {met} went as hoped or better.").format(
            rated=whole(goals.rated), met=share(goals.met, goals.rated)
        )
        self.summary.setText(f"{looked} {rated}")
        self.chart.set_figures(
            _("How goals went"),
            [_(p.words) for p in GOAL_SCALE],
            list(goals.counts),
            ngettext("{n} goal rated", "{n} goals rated", goals.rated).format(n=whole(goals.rated)),
        )
        self.score.setText(
            ngettext(
                "Goal score across {n} plan: {score}",
                "Goal score across {n} plans: {score}",
                len(goals.plans),
            ).format(n=whole(len(goals.plans)), score=number(goals.mean_score, 1))
            if goals.mean_score is not None
            else _("No goal scores yet: goals are rated at a review.")
        )
        fill(
            self.plans,
            [
                (p.code, whole(p.rated), share(p.met, p.rated), number(p.score, 1))
                for p in goals.plans
            ],
            fit=False,
        )
