"""The review in words: what waits for figures, a period's change, a check-in, a season.

The overview's calm line, the check-in screen, the chart's side panel and the
PDF take their words from here, and every number from the domain's
formatting, so they say the same thing the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from planner.domain import change, units
from planner.domain.checkins import CONFIDENCE_WORDS, CheckIn
from planner.domain.goals import Goal
from planner.domain.periods import Span
from planner.domain.review import Ask, period_key
from planner.domain.seasons import Season, effect_word
from planner.ui.formatting import counted, fill, format_date, format_number, style, translated


def waiting_line(goals: Sequence[Goal], asks: Sequence[Ask | None]) -> str:
    """"3 goals wait for this week's figures; 1 of them late" ("" when none waits)."""
    due = [(g, a) for g, a in zip(goals, asks, strict=True) if a is not None and a.due]
    if not due:
        return ""
    kinds = {period_key(g) for g, _ in due}
    text = counted(f"waiting_{kinds.pop() if len(kinds) == 1 else 'period'}", len(due))
    late = sum(1 for _, a in due if a.late)
    return fill(QCoreApplication.translate("review", "%1; %2"), text, counted("late", late)) if late else text


def span_words(span: Span) -> str:
    """"9 Nov 2026 – 15 Nov 2026": a period, in the user's dates."""
    return fill(QCoreApplication.translate("review", "%1 – %2"), format_date(span.first), format_date(span.last))


def ask_words(goal: Goal, a: Ask) -> str:
    """What the check-in asks of a goal: the amount of a period, or the figure today."""
    if a.amount:
        return fill(QCoreApplication.translate("review", "The amount of %1"), span_words(a.span))
    return fill(QCoreApplication.translate("review", "The figure today, %1"), format_date(a.day))


def _delta(goal: Goal, compared: change.Compared) -> str:
    st = style()
    kpi = goal.kpi_def
    if compared.earlier is None:
        return QCoreApplication.translate("review", "no figure then")
    text = units.write(units.change(kpi, compared.delta, goal.currency), st)
    if compared.percent is not None:
        p = compared.percent
        signed = units.number(p, units.places(p, kind=units.Kind.SHARE), st, signed=True)
        text = fill(QCoreApplication.translate("review", "%1 (%2)"), text,
                    units.fill(st.lookup("units", units.PERCENT_TEMPLATE), signed))
    return text


def change_lines(goal: Goal, pc: change.PeriodChange | None) -> list[str]:
    """The last complete period against the one before and against the same period a year before."""
    if pc is None:
        return [QCoreApplication.translate("review", "Period over period: the last complete period has no figure "
                                                     "yet.")]
    kpi = goal.kpi_def
    week = period_key(goal) == "week"
    value = units.write(units.value(kpi, pc.value, goal.currency), style())
    head = fill(QCoreApplication.translate("review", "This week (%1): %2") if week else
                QCoreApplication.translate("review", "This month (%1): %2"), span_words(pc.span), value)
    return [head,
            fill(QCoreApplication.translate("review", "Against the week before: %1") if week else
                 QCoreApplication.translate("review", "Against the month before: %1"), _delta(goal, pc.previous)),
            fill(QCoreApplication.translate("review", "Against the same week a year before: %1") if week else
                 QCoreApplication.translate("review", "Against the same month a year before: %1"),
                 _delta(goal, pc.last_year))]


def confidence_label(n: int) -> str:
    """"4 – likely", in the user's language."""
    return translated("checkins", CONFIDENCE_WORDS[n])


def checkin_line(c: CheckIn) -> str:
    """"22/11/2026 · confidence 4 of 5 · ran an ad"."""
    parts = [format_date(c.date), fill(QCoreApplication.translate("review", "confidence %1 of %2"),
                                        format_number(c.confidence), format_number(5))]
    if c.note:
        parts.append(c.note)
    return QCoreApplication.translate("review", " · ").join(parts)


def effect_words(effect: float) -> str:
    """"×0.5 (slower)": a season's effect."""
    number = units.write(units.ratio(effect), style())
    return fill(QCoreApplication.translate("review", "×%1 (%2)"), number, translated("seasons", effect_word(effect)))


def season_line(season: Season) -> str:
    """"Ramadan: 8 Feb 2027 – 8 Mar 2027, ×0.5 (slower)"."""
    return fill(QCoreApplication.translate("review", "%1: %2, %3"), season.name,
                span_words(Span(season.start, season.end)), effect_words(season.effect))
