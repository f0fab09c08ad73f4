"""Goals looked back on at reviews: how many were rated, how many went as hoped, and the score."""

from __future__ import annotations

from statistics import fmean

from sqlalchemy import Subquery, case, func, select
from sqlalchemy.orm import Session

from supportplan.model import Goal
from supportplan.pilot.attainment import AS_HOPED, t_score
from supportplan.pilot.views import Goals, PlanGoalScore
from supportplan.scales import SCALE_MAX, SCALE_MIN


def goals(session: Session, scope: Subquery) -> Goals:
    """Goals carried into a review inside the filter (so they could be asked how they went).

    The sums and counts are made in SQL, per plan; only the T-score of each plan's sum is
    worked out here, and the mean of those scores.
    """
    carried = (
        select(Goal.attainment, scope.c.plan_id)
        .join(scope, scope.c.version_id == Goal.version_id)
        .where(Goal.carried_from_id.is_not(None))
        .subquery("carried")
    )
    total_carried = session.scalar(select(func.count()).select_from(carried)) or 0
    spread = dict(
        session.execute(
            select(carried.c.attainment, func.count())
            .where(carried.c.attainment.is_not(None))
            .group_by(carried.c.attainment)
        ).all()
    )
    met = case((carried.c.attainment >= AS_HOPED, 1), else_=0)
    per_plan = session.execute(
        select(
            carried.c.plan_id,
            func.count(),
            func.sum(met),
            func.sum(carried.c.attainment - AS_HOPED),
        )
        .where(carried.c.attainment.is_not(None))
        .group_by(carried.c.plan_id)
    ).all()
    plans = sorted(
        (
            PlanGoalScore(plan_id, int(n), int(hit), int(total), t_score(int(total), int(n)))
            for plan_id, n, hit, total in per_plan
        ),
        key=lambda p: (p.score, str(p.plan_id)),
    )
    counts = tuple(int(spread.get(v, 0)) for v in range(SCALE_MIN, SCALE_MAX + 1))
    return Goals(
        carried=int(total_carried),
        rated=sum(counts),
        met=sum(counts[AS_HOPED - SCALE_MIN :]),
        counts=counts,
        plans=tuple(plans),
        mean_score=fmean(p.score for p in plans) if plans else None,
    )
