"""A new target for a goal, with the rest of the goal following it.

"Use this" (a suggested target) must not leave a goal that says one thing in
its title, another in its statement and a third in its target, nor milestones
above the new target.  ``retarget`` returns the goal with the new target and:

- every number in the title and the statement that equals the old target
  (written with any digits the owner uses, Latin, Arabic-Indic or Persian, and
  any group separator) rewritten to the new target in the same script and
  marks; ``title_found`` / ``statement_found`` say whether there was one (when
  not, the window asks the owner to check the wording);
- milestones beyond the new target rescaled to keep their place on the way
  from the baseline to the target (or dropped, when the owner prefers);
- the platforms' own targets rescaled the same way.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from planner.domain.catalog import Kpi, KpiKind, Unit
from planner.domain.goals import Goal, GoalPlatform, Milestone

_DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_GROUPS = ",\u066c\u00a0\u202f"  # comma, Arabic thousands separator, no-break spaces
_DECIMALS = ".\u066b"  # point, Arabic decimal separator
_NUMBER = re.compile(
    rf"(?<![0-9\u0660-\u0669\u06f0-\u06f9{_GROUPS}{_DECIMALS}])"
    rf"{_DIGIT}{{1,3}}(?:[{_GROUPS}]{_DIGIT}{{3}})+(?:[{_DECIMALS}]{_DIGIT}+)?(?!{_DIGIT})"
    rf"|(?<![0-9\u0660-\u0669\u06f0-\u06f9{_GROUPS}{_DECIMALS}]){_DIGIT}+(?:[{_DECIMALS}]{_DIGIT}+)?(?!{_DIGIT})")
_ZEROS = {"0": "0", "\u0660": "\u0660", "\u06f0": "\u06f0"}


class MilestoneRule(StrEnum):
    RESCALE = "rescale"  # keep each milestone's place on the way from the baseline to the target
    DROP = "drop"


@dataclass(frozen=True)
class Retarget:
    before: Goal
    after: Goal
    title_found: bool  # the old target was written in the title (and is now the new one)
    statement_found: bool
    rescaled: tuple[tuple[Milestone, Milestone], ...] = ()  # (before, after)
    dropped: tuple[Milestone, ...] = ()

    @property
    def beyond(self) -> tuple[Milestone, ...]:
        """The milestones that were beyond the new target."""
        return tuple(m for m, _ in self.rescaled) + self.dropped


def retarget(goal: Goal, target: float, rule: MilestoneRule = MilestoneRule.RESCALE) -> Retarget:
    """*goal* with *target* as its target, its words, milestones and platform targets following."""
    kpi = goal.kpi_def
    title, title_found = replace_number(goal.title, goal.target, target)
    statement, statement_found = replace_number(goal.statement, goal.target, target)
    span_before = goal.target - goal.baseline
    factor = (target - goal.baseline) / span_before if span_before else 1.0
    kept: list[Milestone] = []
    rescaled: list[tuple[Milestone, Milestone]] = []
    dropped: list[Milestone] = []
    for m in goal.milestones:
        if not kpi.better(m.value, target):
            kept.append(m)
        elif rule is MilestoneRule.DROP:
            dropped.append(m)
        else:
            value = _tidy(kpi, goal.baseline + (m.value - goal.baseline) * factor)
            if kpi.better(value, target):
                value = target
            new = replace(m, value=value)
            kept.append(new)
            rescaled.append((m, new))
    platforms = _platforms(goal, factor, target)
    after = replace(goal, target=target, title=title, statement=statement, milestones=tuple(kept),
                    platforms=platforms)
    return Retarget(goal, after, title_found, statement_found, tuple(rescaled), tuple(dropped))


def _platforms(goal: Goal, factor: float, target: float) -> tuple[GoalPlatform, ...]:
    """The platforms with their own targets rescaled; when they added up to the old target (a total or a
    flow, not a rate), the last one takes the rounding so that they add up to the new one."""
    out = [_platform(gp, goal, factor, target) for gp in goal.platforms]
    own = [gp.target for gp in goal.platforms]
    if (out and all(t is not None for t in own) and goal.kpi_def.kind is not KpiKind.RATE
            and math.isclose(sum(own), goal.target)):  # type: ignore[arg-type]
        rest = sum(gp.target for gp in out[:-1])  # type: ignore[misc]
        out[-1] = replace(out[-1], target=round(target - rest, 10))
    return tuple(out)


def _platform(gp: GoalPlatform, goal: Goal, factor: float, target: float) -> GoalPlatform:
    if gp.target is None:
        return gp
    kpi = goal.kpi_def
    if gp.baseline is not None:
        return replace(gp, target=_tidy(kpi, gp.baseline + (gp.target - gp.baseline) * factor))
    return replace(gp, target=_tidy(kpi, gp.target * target / goal.target) if goal.target else gp.target)


def _tidy(kpi: Kpi, value: float) -> float:
    """A rescaled value as an owner would write it: whole for counts, two decimals otherwise."""
    return float(round(value)) if kpi.unit is Unit.COUNT else round(value, 2)


def read_number(text: str) -> float:
    """The value of a number matched in a text (any digits; groups and decimal marks as _NUMBER allows)."""
    latin = "".join(str(int(ch)) if ch.isdecimal() else ch for ch in text)
    for mark in _GROUPS:
        latin = latin.replace(mark, "")
    return float(latin.replace("\u066b", "."))


def replace_number(text: str, old: float, new: float) -> tuple[str, bool]:
    """*text* with every number equal to *old* written as *new*, in the same digits and marks; and
    whether there was one."""
    found = False

    def swap(m: re.Match[str]) -> str:
        nonlocal found
        written = m.group(0)
        if not math.isclose(read_number(written), old, rel_tol=1e-9, abs_tol=1e-9):
            return written
        found = True
        return write_like(new, written)

    return _NUMBER.sub(swap, text), found


def write_like(value: float, sample: str) -> str:
    """*value* written the way *sample* (a number from the owner's text) is: its digits, its group mark
    (or none), its decimal mark."""
    zero = next((_ZEROS[chr(ord(ch) - int(ch))] for ch in sample if ch.isdecimal()), "0")
    group = next((ch for ch in sample if ch in _GROUPS), "")
    decimal = next((ch for ch in sample if ch in _DECIMALS), "." if zero == "0" else "\u066b")
    places = 0
    while places < 4 and not math.isclose(round(value, places), value, rel_tol=0, abs_tol=1e-9):
        places += 1
    text = f"{value:,.{places}f}" if group else f"{value:.{places}f}"
    marks = {",": group, ".": decimal} | {str(d): chr(ord(zero) + d) for d in range(10)}
    return "".join(marks.get(ch, ch) for ch in text)
