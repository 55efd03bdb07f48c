"""Goals and the figures recorded against them.

A goal is SMART when it names one KPI (measurable), a baseline and a target on
given platforms (specific), why it matters and who it is for (relevant), and a
start and a deadline (time-bound); whether it is attainable is the realism
engine's question.  These classes hold a goal; ``problems()`` says what is
missing or contradictory, in words a user can act on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from planner.domain import catalog
from planner.domain.catalog import KpiKind, Unit
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.seasons import Season, effective_days


class Shape(StrEnum):
    """How the target line runs from the baseline to the target."""

    LINEAR = "linear"  # the same amount every day
    GROWTH = "growth"  # the same percentage every day (compound growth)


class Gender(StrEnum):
    ANY = "any"
    WOMEN = "women"
    MEN = "men"


class Income(StrEnum):
    ANY = "any"
    LOW = "low"
    MIDDLE = "middle"
    HIGH = "high"


class FamilyStage(StrEnum):
    ANY = "any"
    SINGLE = "single"
    COUPLE = "couple"
    YOUNG_CHILDREN = "young_children"
    OLDER_CHILDREN = "older_children"
    EMPTY_NEST = "empty_nest"


@dataclass(frozen=True)
class Audience:
    """Who the goal is for: the articles' planning questions."""

    age_min: int | None = None
    age_max: int | None = None
    gender: Gender = Gender.ANY
    income: Income = Income.ANY
    family_stage: FamilyStage = FamilyStage.ANY
    location: str = ""


@dataclass(frozen=True)
class GoalPlatform:
    """A platform the goal runs on, with its own share of baseline and target if given."""

    platform: str
    baseline: float | None = None
    target: float | None = None


@dataclass(frozen=True)
class Milestone:
    date: date
    value: float
    label: str = ""


# The dates a plan holds (goals, milestones, figures): the years the wizard's calendar has always
# offered.  Our own judgement: a social-media plan lives in this century; a wider range only lets
# typos in (0202 for 2020, 9999), and dates near the year 9999 overflow the date arithmetic of
# forecasts and charts.  Every entry point (wizard, figures table, paste, CSV and JSON import, the
# store) checks against these two.
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)

# The longest texts a plan holds, in characters.  Our own judgement: a title is one line in the goal
# list and a heading in the PDF (200 is two full heading lines); a statement is a paragraph; longer
# texts only come from mistakes (a pasted file) and make every view that shows them slow.
MAX_TITLE = 200
MAX_STATEMENT = 2000
MAX_BUSINESS_OBJECTIVE = 1000
MAX_LOCATION = 200
MAX_CURRENCY = 10
MAX_LABEL = 200  # a milestone's label
MAX_NOTE = 1000  # a figure's note
MAX_SOURCE = 200  # where a figure came from
MAX_BUSINESS_NAME = 200
# Figures one goal may hold.  One figure per platform and day over the whole date range is
# 36,890 days x (12 platforms + the total) = 479,570; the limit is just above, so it refuses no
# real plan, and the window is built to stay responsive with a goal this size.
MAX_FIGURES_PER_GOAL = 500_000
# Audience ages the wizard offers.
MIN_AGE, MAX_AGE = 0, 120


def date_problems(day: date) -> list[str]:
    """Why *day* cannot be in a plan (empty when it can)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        return [QT_TRANSLATE_NOOP("problems", "must be between 2000-01-01 and 2100-12-31")]
    return []


def text_problems(text: str, limit: int) -> list[str]:
    """Why *text* cannot be stored in a field of at most *limit* characters (empty when it can)."""
    if len(text) > limit:
        return [f"is longer than {limit:,} characters"]
    return []


@dataclass(frozen=True)
class Goal:
    title: str
    objective: str
    kpi: str
    baseline: float
    target: float
    start: date
    deadline: date
    platforms: tuple[GoalPlatform, ...] = ()
    statement: str = ""
    shape: Shape = Shape.LINEAR
    business_objective: str = ""
    audience: Audience = field(default_factory=Audience)
    budget: float | None = None
    currency: str = ""
    hours_per_week: float | None = None
    milestones: tuple[Milestone, ...] = ()
    archived: bool = False
    #: followers (or subscribers) when the goal was set: the account's size, for KPIs judged by size band
    follower_count: float | None = None
    #: the KPI's definition changed since the goal was made (a plan from before "ctr" meant organic link CTR):
    #: the owner has to confirm it once, in the goal's edit
    kpi_to_confirm: bool = False
    id: int | None = None
    created: datetime | None = None
    modified: datetime | None = None
    #: the plan's seasons: they bend the target line and the forecast (``seasons``); not stored with the
    #: goal but with the plan, and given to every goal the plan holds when it is read
    seasons: tuple[Season, ...] = ()

    @property
    def kpi_def(self) -> catalog.Kpi:
        return catalog.kpi(self.kpi)

    @property
    def platform_ids(self) -> tuple[str, ...]:
        return tuple(p.platform for p in self.platforms)

    @property
    def days(self) -> int:
        return (self.deadline - self.start).days

    @property
    def active_days(self) -> float:
        """Days from the start to the deadline counted in effective time: each season's days weighted by
        its effect (a pause counts none).  What a pace over the whole goal is measured against."""
        return effective_days(self.seasons, self.start, self.deadline)

    def with_id(self, goal_id: int) -> Goal:
        return replace(self, id=goal_id)

    def problems(self) -> list[tuple[str, str]]:
        """(field, message) for every field that makes this goal unusable.

        These are hard errors (the goal cannot be stored or drawn); whether a
        valid goal is wise is for the realism engine to say.
        """
        out: list[tuple[str, str]] = []
        if not self.title.strip():
            out.append(("title", "the title is empty"))
        for name, limit in (("title", MAX_TITLE), ("statement", MAX_STATEMENT),
                            ("business_objective", MAX_BUSINESS_OBJECTIVE), ("currency", MAX_CURRENCY)):
            out.extend((name, f"the {name.replace('_', ' ')} {m}") for m in text_problems(getattr(self, name), limit))
        out.extend(("audience", f"the location {m}") for m in text_problems(self.audience.location, MAX_LOCATION))
        for name in ("start", "deadline"):
            out.extend((name, f"the {name} date {m}") for m in date_problems(getattr(self, name)))
        if not catalog.is_objective(self.objective):
            out.append(("objective", f"unknown objective {self.objective!r}"))
        if not catalog.is_kpi(self.kpi):
            out.append(("kpi", f"unknown KPI {self.kpi!r}"))
            return out
        kpi = self.kpi_def
        values = [(n, m) for n in ("baseline", "target") for m in value_problems(kpi, getattr(self, n))]
        out.extend(values)
        if not values and self.target == self.baseline:
            out.append(("target", "the target is the same as the baseline"))
        elif not values and not kpi.better(self.target, self.baseline):
            word = "lower" if kpi.direction is catalog.Direction.DOWN else "higher"
            out.append(("target", f"the target must be {word} than the baseline for {kpi.id}"))
        if self.deadline <= self.start:
            out.append(("deadline", "the deadline must be after the start date"))
        seen: set[str] = set()
        for gp in self.platforms:
            if not catalog.is_platform(gp.platform):
                out.append(("platforms", f"unknown platform {gp.platform!r}"))
            elif gp.platform in seen:
                out.append(("platforms", f"platform {gp.platform!r} is listed twice"))
            seen.add(gp.platform)
            for name in ("baseline", "target"):
                v = getattr(gp, name)
                if v is not None:
                    out.extend((f"platforms.{gp.platform}.{name}", m) for m in value_problems(kpi, v))
        if self.shape is Shape.GROWTH and kpi.kind is KpiKind.TOTAL and self.baseline <= 0:
            out.append(("shape", "steady percentage growth needs a baseline above zero"))
        if self.budget is not None and (not math.isfinite(self.budget) or self.budget < 0):
            out.append(("budget", "the budget must be a positive number"))
        if self.hours_per_week is not None and not 0 <= self.hours_per_week <= 168:
            out.append(("hours_per_week", "hours per week must be between 0 and 168"))
        if self.follower_count is not None and (not math.isfinite(self.follower_count)
                                                or not 0 <= self.follower_count <= MAX_VALUE):
            out.append(("follower_count", "the follower count must be a number from 0 up"))
        a = self.audience
        for age in (a.age_min, a.age_max):
            if age is not None and not MIN_AGE <= age <= MAX_AGE:
                out.append(("audience", f"an age must be from {MIN_AGE} to {MAX_AGE} years"))
        if a.age_min is not None and a.age_max is not None and a.age_min > a.age_max:
            out.append(("audience", "the youngest age is above the oldest"))
        for m in self.milestones:
            if not self.start <= m.date <= self.deadline:
                out.append(("milestones", f"milestone {m.date.isoformat()} is outside the goal's dates"))
            out.extend(("milestones", f"the label of milestone {m.date.isoformat()} {p}")
                       for p in text_problems(m.label, MAX_LABEL))
            out.extend(("milestones", f"milestone {m.date.isoformat()}: the value {p}")
                       for p in value_problems(kpi, m.value))
        return out


#: No social-media figure comes near this (it is 125 times the world's population); above it,
#: sums and fits of the figures lose their precision or overflow.
MAX_VALUE = 1e12


def value_problems(kpi: catalog.Kpi, value: float) -> list[str]:
    """Why *value* cannot be a figure of *kpi* (empty when it can)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        return [QT_TRANSLATE_NOOP("problems", "must be a finite number")]
    if value < 0 and not kpi.signed:
        return [QT_TRANSLATE_NOOP("problems", "cannot be negative")]
    if value > MAX_VALUE:
        return [QT_TRANSLATE_NOOP("problems", "is too large to be a real figure")]
    if kpi.unit is Unit.PERCENT and value > 100:
        return [QT_TRANSLATE_NOOP("problems", "a percentage cannot be over 100")]
    if value > kpi.ceiling:
        return [QT_TRANSLATE_NOOP("problems", "a star rating cannot be over 5")]
    return []


def observation_problems(kpi: catalog.Kpi, obs: Observation) -> list[tuple[str, str]]:
    """(field, message) for every reason *obs* cannot be one of a goal's figures of *kpi*."""
    out = [("date", f"the date {obs.date.isoformat()} {m}") for m in date_problems(obs.date)]
    out.extend(("value", f"the value {m}") for m in value_problems(kpi, obs.value))
    if obs.platform is not None and not catalog.is_platform(obs.platform):
        out.append(("platform", f"unknown platform {obs.platform!r}"))
    out.extend(("note", f"the note {m}") for m in text_problems(obs.note, MAX_NOTE))
    out.extend(("source", f"the source {m}") for m in text_problems(obs.source, MAX_SOURCE))
    return out


@dataclass(frozen=True)
class Observation:
    """One figure on one date: the goal's KPI as measured, on one platform or in total.

    ``platform`` None means the figure covers all of the goal's platforms.
    """

    goal_id: int
    date: date
    value: float
    platform: str | None = None
    source: str = "manual"
    note: str = ""
    imported_at: datetime | None = None
    id: int | None = None


_AUDIENCE_LABELS: dict[tuple[type, str], str] = {
    (Gender, "any"): QT_TRANSLATE_NOOP("audience", "any gender"),
    (Gender, "women"): QT_TRANSLATE_NOOP("audience", "women"),
    (Gender, "men"): QT_TRANSLATE_NOOP("audience", "men"),
    (Income, "any"): QT_TRANSLATE_NOOP("audience", "any income"),
    (Income, "low"): QT_TRANSLATE_NOOP("audience", "lower income"),
    (Income, "middle"): QT_TRANSLATE_NOOP("audience", "middle income"),
    (Income, "high"): QT_TRANSLATE_NOOP("audience", "higher income"),
    (FamilyStage, "any"): QT_TRANSLATE_NOOP("audience", "any family situation"),
    (FamilyStage, "single"): QT_TRANSLATE_NOOP("audience", "single"),
    (FamilyStage, "couple"): QT_TRANSLATE_NOOP("audience", "couples without children"),
    (FamilyStage, "young_children"): QT_TRANSLATE_NOOP("audience", "families with young children"),
    (FamilyStage, "older_children"): QT_TRANSLATE_NOOP("audience", "families with teenagers"),
    (FamilyStage, "empty_nest"): QT_TRANSLATE_NOOP("audience", "children grown up"),
}


def audience_label(value: Gender | Income | FamilyStage) -> str:
    """What the wizard, the detail pane and the PDF call an audience choice (English; context "audience").

    Keyed by the enum's type too: Gender.ANY, Income.ANY and FamilyStage.ANY are all "any".
    """
    return _AUDIENCE_LABELS[(type(value), value.value)]
