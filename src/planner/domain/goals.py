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

    @property
    def kpi_def(self) -> catalog.Kpi:
        return catalog.kpi(self.kpi)

    @property
    def platform_ids(self) -> tuple[str, ...]:
        return tuple(p.platform for p in self.platforms)

    @property
    def days(self) -> int:
        return (self.deadline - self.start).days

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
        if a.age_min is not None and a.age_max is not None and a.age_min > a.age_max:
            out.append(("audience", "the youngest age is above the oldest"))
        for m in self.milestones:
            if not self.start <= m.date <= self.deadline:
                out.append(("milestones", f"milestone {m.date.isoformat()} is outside the goal's dates"))
        return out


#: No social-media figure comes near this (it is 125 times the world's population); above it,
#: sums and fits of the figures lose their precision or overflow.
MAX_VALUE = 1e12


def value_problems(kpi: catalog.Kpi, value: float) -> list[str]:
    """Why *value* cannot be a figure of *kpi* (empty when it can)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        return [QT_TRANSLATE_NOOP("problems", "must be a finite number")]
    if value < 0:
        return [QT_TRANSLATE_NOOP("problems", "cannot be negative")]
    if value > MAX_VALUE:
        return [QT_TRANSLATE_NOOP("problems", "is too large to be a real figure")]
    if kpi.unit is Unit.PERCENT and value > 100:
        return [QT_TRANSLATE_NOOP("problems", "a percentage cannot be over 100")]
    if value > kpi.ceiling:
        return [QT_TRANSLATE_NOOP("problems", "a star rating cannot be over 5")]
    return []


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
