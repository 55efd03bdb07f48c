"""The sample plan: a small bakery with six goals and six months of figures.

It shows a new owner what a plan looks like, and gives the tests and the
screenshots a realistic plan whose verdicts match its charts: one goal on
course, one off course, two ahead, one achieved, and one whose target is
unrealistic (a TikTok account asked to grow 100x in months).
Dates are relative to *today*, so the sample always looks current.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from collections.abc import Callable

from planner.domain import periods, trajectory
from planner.domain.catalog import Unit
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.goals import Audience, FamilyStage, Gender, Goal, GoalPlatform, Income, Observation, Shape

BUSINESS_NAME = QT_TRANSLATE_NOOP("sample", "Nour Bakery")
CURRENCY = "USD"


@dataclass(frozen=True)
class SamplePlan:
    business_name: str
    currency: str
    goals: list[tuple[Goal, list[Observation]]]


def _weekly(start: date, end: date, step: int = 7) -> list[date]:
    return [start + timedelta(days=d) for d in range(0, (end - start).days + 1, step)]


def _period_ends(goal: Goal, today: date) -> list[date]:
    """The last day of each of *goal*'s periods from its start that is over by *today*: where an amount per
    week or per month is dated (``periods``)."""
    return [span.last for span in periods.periods(goal, goal.start, periods.last_complete(goal, today).last)]


def _figures(
    goal: Goal, days: list[date], value, platform: str | None = None, notes: dict[int, str] | None = None
) -> list[Observation]:
    notes = notes or {}
    return [
        Observation(
            goal_id=0,
            date=d,
            value=round(value(i, d), 0 if goal.kpi_def.unit is Unit.COUNT else 2),
            platform=platform,
            source="sample",
            note=notes.get(i, ""),
        )
        for i, d in enumerate(days)
    ]


def ramadan_start(hijri_year: int) -> date:
    """1 Ramadan of *hijri_year* in the arithmetic (civil) Islamic calendar, as the app's Islamic calendar
    counts it (Reingold and Dershowitz, Calendrical Calculations: epoch R.D. 227015, 16 July 622).  Where
    the month begins with the sighted moon it may start a day or two later."""
    month, day = 9, 1
    return date.fromordinal(227015 - 1 + (hijri_year - 1) * 354 + (3 + 11 * hijri_year) // 30
                            + 29 * (month - 1) + month // 2 + day)


def _first_in_ramadan(days: list[date]) -> int | None:
    """The index of the first of *days* in the first week of a Ramadan, or None when none is."""
    for i, day in enumerate(days):
        year = round((day.year - 622) * 33 / 32)  # about the Hijri year of *day*
        for hijri in (year - 1, year, year + 1):
            start = ramadan_start(hijri)
            if start <= day < start + timedelta(days=7):
                return i
    return None


def _follower_notes(days: list[date], t: Callable[[str], str]) -> dict[int, str]:
    """The Instagram goal's notes: a Reels series started (for Ramadan when the figures cover its first
    week, else the morning bake's), and a collaboration."""
    ramadan = _first_in_ramadan(days)
    collaboration = 18 if ramadan != 18 else 20
    notes = {collaboration: t(QT_TRANSLATE_NOOP("sample", "Collaboration with a local food blogger"))}
    if ramadan is not None:
        notes[ramadan] = t(QT_TRANSLATE_NOOP("sample", "Ramadan Reels series started"))
    else:
        notes[9] = t(QT_TRANSLATE_NOOP("sample", "Reels of the morning bake started"))
    return notes


def build(today: date, seed: int = 7, translate: Callable[[str], str] = lambda text: text) -> SamplePlan:
    """The sample plan; *translate* gives its words in the user's language (marked "sample")."""
    t = translate
    rnd = random.Random(seed)
    audience = Audience(
        age_min=22,
        age_max=45,
        gender=Gender.ANY,
        income=Income.MIDDLE,
        family_stage=FamilyStage.YOUNG_CHILDREN,
        location=t(QT_TRANSLATE_NOOP("sample", "Amman")),
    )
    six_months_ago = today - timedelta(days=182)
    goals: list[tuple[Goal, list[Observation]]] = []

    followers = Goal(
        title=t(QT_TRANSLATE_NOOP("sample", "Grow Instagram followers to 1,900")),
        statement=t(
            QT_TRANSLATE_NOOP(
                "sample",
                "Grow our Instagram followers from 1,200 to 1,900 by posting Reels of the morning bake "
                "four times a week, within ten months.",
            )
        ),
        objective="awareness",
        kpi="followers",
        baseline=1200,
        target=1900,
        start=six_months_ago,
        deadline=six_months_ago + timedelta(days=304),
        platforms=(GoalPlatform("instagram"),),
        shape=Shape.LINEAR,
        business_objective=t(QT_TRANSLATE_NOOP("sample", "Be the bakery people in the neighbourhood think of first")),
        audience=audience,
        budget=300,
        currency=CURRENCY,
        hours_per_week=4,
    )
    days = _weekly(six_months_ago, today)
    goals.append(
        (
            followers,
            _figures(
                followers,
                days,
                lambda i, d: trajectory.expected(followers, d) * (1 + rnd.uniform(-0.015, 0.02)) + 3 * max(0, i - 18),
                "instagram",
                _follower_notes(days, t),
            ),
        )
    )

    visits = Goal(
        title=t(QT_TRANSLATE_NOOP("sample", "Website visits from social: 200 a week")),
        statement=t(
            QT_TRANSLATE_NOOP(
                "sample",
                "Bring 200 visits a week from Facebook and Instagram to our order page within eight months, up "
                "from 80.",
            )
        ),
        objective="traffic",
        kpi="website_visits",
        baseline=80,
        target=200,
        start=six_months_ago,
        deadline=today + timedelta(days=60),
        platforms=(GoalPlatform("facebook", 50, 110), GoalPlatform("instagram", 30, 90)),
        business_objective=t(QT_TRANSLATE_NOOP("sample", "Take more pre-orders online")),
        audience=audience,
        budget=150,
        currency=CURRENCY,
        hours_per_week=3,
    )
    goals.append(
        (
            visits,
            _figures(
                visits,
                _period_ends(visits, today),
                lambda i, d: 50 + i * 0.9 + rnd.uniform(-4, 4),
                "facebook",
                {12: t(QT_TRANSLATE_NOOP("sample", "Boosted a post: 40 USD"))},
            )
            + _figures(visits, _period_ends(visits, today), lambda i, d: 30 + i * 0.6 + rnd.uniform(-3, 3), "instagram"),
        )
    )

    tiktok = Goal(
        title=t(QT_TRANSLATE_NOOP("sample", "TikTok: 50,000 followers in four months")),
        statement=t(
            QT_TRANSLATE_NOOP("sample", "Reach 50,000 TikTok followers in four months with behind-the-counter videos.")
        ),
        objective="awareness",
        kpi="followers",
        baseline=300,
        target=50_000,
        start=today - timedelta(days=60),
        deadline=today + timedelta(days=60),
        platforms=(GoalPlatform("tiktok"),),
        shape=Shape.GROWTH,
        business_objective=t(QT_TRANSLATE_NOOP("sample", "Become known beyond our neighbourhood")),
        audience=audience,
        budget=0,
        currency=CURRENCY,
        hours_per_week=1,
    )
    goals.append(
        (
            tiktok,
            _figures(tiktok, _weekly(tiktok.start, today), lambda i, d: 300 + 26 * i + rnd.randint(0, 8), "tiktok"),
        )
    )

    engagement = Goal(
        title=t(QT_TRANSLATE_NOOP("sample", "Facebook: 5% of people reached engage")),
        statement=t(
            QT_TRANSLATE_NOOP(
                "sample",
                "Raise the share of people reached on our Facebook page who like, comment or share from 3.5% "
                "to 5% in six months by asking a question in every post.",
            )
        ),
        objective="engagement",
        kpi="engagement_rate_reach",
        baseline=3.5,
        target=5.0,
        start=six_months_ago + timedelta(days=30),
        deadline=today + timedelta(days=30),
        platforms=(GoalPlatform("facebook"),),
        business_objective=t(QT_TRANSLATE_NOOP("sample", "Regulars who talk about us")),
        audience=audience,
        budget=0,
        currency=CURRENCY,
        hours_per_week=2,
    )
    goals.append(
        (
            engagement,
            _figures(
                engagement,
                _weekly(engagement.start, today, 14),
                lambda i, d: trajectory.expected(engagement, d) + 0.15 + rnd.uniform(-0.1, 0.1),
                "facebook",
            ),
        )
    )

    service = Goal(
        title=t(QT_TRANSLATE_NOOP("sample", "Answer messages within 4 hours")),
        statement=t(
            QT_TRANSLATE_NOOP(
                "sample",
                "Cut our first response time on Facebook and X messages from 12 hours to 4 hours within five months.",
            )
        ),
        objective="service",
        kpi="response_time_hours",
        baseline=12,
        target=4,
        start=six_months_ago,
        deadline=six_months_ago + timedelta(days=150),
        platforms=(GoalPlatform("facebook"), GoalPlatform("x")),
        business_objective=t(QT_TRANSLATE_NOOP("sample", "Customers get answers before they give up")),
        audience=audience,
        currency=CURRENCY,
        hours_per_week=3,
    )
    goals.append(
        (
            service,
            _figures(
                service,
                _weekly(six_months_ago, today, 14),
                lambda i, d: max(3.5, 12 - i + rnd.uniform(-0.4, 0.4)),
            ),
        )
    )

    leads = Goal(
        title=t(QT_TRANSLATE_NOOP("sample", "40 catering leads a month from Facebook")),
        statement=t(
            QT_TRANSLATE_NOOP(
                "sample",
                "Collect 40 catering enquiries a month through the Facebook lead form within nine months, up "
                "from 15.",
            )
        ),
        objective="leads",
        kpi="leads",
        baseline=15,
        target=40,
        start=six_months_ago,
        deadline=today + timedelta(days=90),
        platforms=(GoalPlatform("facebook"),),
        business_objective=t(QT_TRANSLATE_NOOP("sample", "Grow the catering side of the business")),
        audience=Audience(
            age_min=25, age_max=55, income=Income.MIDDLE, location=t(QT_TRANSLATE_NOOP("sample", "Amman"))
        ),
        budget=600,
        currency=CURRENCY,
        hours_per_week=2,
    )
    goals.append(
        (
            leads,
            _figures(
                leads,
                _period_ends(leads, today),
                lambda i, d: 15 + 3.5 * i + rnd.randint(-2, 2),
                "facebook",
                {3: t(QT_TRANSLATE_NOOP("sample", "Lead form ad: 100 USD"))},
            ),
        )
    )
    return SamplePlan(t(BUSINESS_NAME), CURRENCY, goals)
