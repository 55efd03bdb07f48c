"""A flow's figures per period: what an import stores for an amount per week or per month.

Exports give one figure a day, while a goal on "website visits per week" is drawn, judged and
compared period by period against a staircase whose steps are the goal's periods
(``planner.domain.periods``: weeks from the weekday it started on, months of 30 or 31 days).  A
daily figure stored as a figure of a weekly KPI is a seventh of what it means.  So an import stores,
for such a KPI, one figure per period and platform, dated on the period's last day:

- daily amounts (most exports) are added up, when the KPI's days add up (``catalog.Summing``: not
  reach), over complete periods only: a period with a day missing, or not over before today (today's
  figure is not final yet), is left out and said;
- a figure that covers a period already (a report over one week, the owner's weekly table) is stored
  as it is, on the last day of the goal's period that holds its date;
- a figure of the N days up to its date (Facebook's Weekly Total Reach) is taken on each period's
  last day, when N is the period's length.

A table of the owner's own does not say which it is: its dates do (one per period, spaced by it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np

from planner.domain import catalog, periods
from planner.domain.catalog import Period
from planner.domain.goals import Goal
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.periods import Span
from planner.exchange.importers import ImportSource, Note
from planner.exchange.messages import PERIOD_WORDS, Count, Counted, Day, KpiName, Msg, Phrase, PlatformName
from planner.exchange.messages import Span as Days
from planner.exchange.messages import listing

if TYPE_CHECKING:
    from planner.exchange.figures_import import Preview

#: Periods left out are said one by one up to this many; more in one line.
LISTED_LEFT_OUT = 4
#: The shortest and longest calendar month: a table of the owner's with one figure a month is spaced so.
MONTH_GAP = (28, 31)


class Mode(StrEnum):
    """How a file's figures become a flow's figures."""

    SUM = "sum"  # daily amounts, added up per period
    AS_IS = "as_is"  # one figure per period already
    WINDOW = "window"  # each figure covers the days up to it: the one on a period's last day is the period's


@dataclass
class Columns:
    """Figures as numpy columns: the row each came from, its day (ordinal), platform code and value."""

    rows: np.ndarray
    days: np.ndarray
    codes: np.ndarray
    values: np.ndarray

    def take(self, keep: np.ndarray) -> Columns:
        return Columns(self.rows[keep], self.days[keep], self.codes[keep], self.values[keep])


def _word(goal: Goal) -> Msg:
    return PERIOD_WORDS[Period.MONTH if periods.monthly(goal) else Period.WEEK]


def _plural_key(goal: Goal) -> str:
    return "months" if periods.monthly(goal) else "weeks"


def refusal(source: ImportSource, goal: Goal) -> Msg | None:
    """Why *source* cannot give figures of *goal*'s flow before it is read: daily figures of a KPI whose
    days do not add up, or figures over a window that is not the goal's period."""
    kpi = goal.kpi_def
    window = source.windows.get(kpi.id)
    if window is not None:
        if window != periods.length_days(goal):
            return Msg(QT_TRANSLATE_NOOP("import", "Each figure of {kpi} in this file covers the {days} up to its "
                                                   "date, and the goal counts per {period}: they do not fit."),
                       kpi=KpiName(kpi.id), days=Counted("days", window), period=_word(goal))
        return None
    if source.daily is True and not kpi.additive:
        return not_additive(source, goal)
    return None


def not_additive(source: ImportSource, goal: Goal) -> Msg:
    kpi = goal.kpi_def
    why = Phrase("catalog", kpi.summing.why if kpi.summing is not None else "")
    way = source.period_hints.get(kpi.id) or Msg(QT_TRANSLATE_NOOP(
        "import", "Import a file with one figure per {period}, each dated on the last day of its {period}, or type "
                  "each {period}'s figure in the figures table."), period=_word(goal))
    return Msg(QT_TRANSLATE_NOOP("import", "{kpi} cannot be added up from daily figures. {why} {way}"),
               kpi=KpiName(kpi.id), why=why, way=way)


def mode(source: ImportSource, goal: Goal, cols: Columns) -> Mode | None:
    """How *source*'s figures are read for *goal*'s flow; None when a table of the owner's cannot tell
    (one date per platform)."""
    if goal.kpi_def.id in source.windows:
        return Mode.WINDOW
    if source.daily is True:
        return Mode.SUM
    if source.daily is False:
        return Mode.AS_IS
    spaced, series = True, 0
    for code in np.unique(cols.codes).tolist():
        days = np.unique(cols.days[cols.codes == code])
        if len(days) < 2:
            continue
        series += 1
        spaced = spaced and _one_per_period(goal, np.diff(days))
    if series == 0:
        return None
    return Mode.AS_IS if spaced else Mode.SUM


def _one_per_period(goal: Goal, gaps: np.ndarray) -> bool:
    """True when every gap between a series' dates is a whole number of the KPI's periods: whole weeks, or
    months of a calendar's 28 to 31 days."""
    if periods.monthly(goal):
        months = np.maximum(np.rint(gaps / periods.length_days(goal)), 1)
        return bool(((gaps >= MONTH_GAP[0] * months) & (gaps <= MONTH_GAP[1] * months)).all())
    step = round(periods.length_days(goal))
    return bool((gaps % step == 0).all())


def index_of(goal: Goal, days: np.ndarray) -> np.ndarray:
    """``periods.index`` of every day (ordinals): asked once per distinct day."""
    unique, inverse = np.unique(days, return_inverse=True)
    k = np.fromiter((periods.index(goal, date.fromordinal(d)) for d in unique.tolist()), np.int64, len(unique))
    return k[inverse.reshape(-1)]


def gather(preview: Preview, goal: Goal, today: date, cols: Columns, names: list[str | None],
           left_out_days: set[int], undated: int) -> Columns:
    """The figures *goal* stores from the daily (or per-period) figures *cols* read from the file.

    *left_out_days* are days (ordinals) that had a row left out; *undated* counts rows left out whose date
    could not be read.  Notes and the periods left out go to *preview*; a refusal to ``preview.problem``.
    """
    source = preview.source
    how = mode(source, goal, cols)
    if how is None:
        preview.problem = Msg(QT_TRANSLATE_NOOP("import", "The table has one date for each platform: it cannot "
                                                          "show whether its figures are a day's amounts or a "
                                                          "{period}'s. Type them in the figures table, dated on "
                                                          "the last day of their {period}."),
                              period=_word(goal))
        return cols.take(np.zeros(len(cols.values), bool))
    if how is Mode.SUM and not goal.kpi_def.additive:
        preview.problem = not_additive(source, goal)
        return cols.take(np.zeros(len(cols.values), bool))
    if how is Mode.SUM:
        result = _sums(preview, goal, today, cols, names, left_out_days, undated)
    elif how is Mode.WINDOW:
        result = _windows(preview, goal, today, cols)
    else:
        result = _as_is(preview, goal, today, cols, names)
    if len(cols.values) and not len(result.values):
        preview.problem = _none_complete(goal, today, how)
    return result


def _none_complete(goal: Goal, today: date, how: Mode) -> Msg:
    """Why figures were read but none is a period's: every period of them is cut short or not over."""
    if how is Mode.SUM:
        return Msg(QT_TRANSLATE_NOOP("import", "No {period} of the goal is whole in this file, so there is no "
                                               "{period}'s total to store (the notes say what each one lacks). "
                                               "Export a date range that holds at least one whole {period} of the "
                                               "goal, such as {span}."),
                   period=_word(goal), span=_latest(goal, today))
    return Msg(QT_TRANSLATE_NOOP("import", "None of the figures in this file is the figure of a {period} of the "
                                           "goal that is over (the notes say why). Import again once a {period} "
                                           "is over, or export one that is, such as {span}."),
               period=_word(goal), span=_latest(goal, today))


def _latest(goal: Goal, today: date) -> Days:
    """The latest of *goal*'s periods that is over before *today* (today's figures are not final yet)."""
    span = periods.last_complete(goal, today - timedelta(days=1))
    return Days(span.first, span.last)


# ----------------------------------------------------------------------------- daily amounts added up


@dataclass
class _LeftOut:
    """A period whose figures are left out (for some platforms), and why."""

    span: Span
    running: bool = False  # not over before today
    days: int = 0  # days of it the file has: the most of any platform when running, else the fewest
    spoilt: date | None = None  # a day of it that had a row left out


def _sums(preview: Preview, goal: Goal, today: date, cols: Columns, names: list[str | None],
          left_out_days: set[int], undated: int) -> Columns:
    source = preview.source
    if len(cols.values) == 0:
        return cols
    k = index_of(goal, cols.days)
    codes = sorted(set(cols.codes.tolist()))
    # (platform, period) groups: the sum, the days and the first row of each
    base = int(k.min())
    width = len(names) + 1
    key = (k - base) * width + cols.codes
    groups, inverse = np.unique(key, return_inverse=True)
    sums = np.bincount(inverse, weights=cols.values, minlength=len(groups))
    counts = np.bincount(inverse, minlength=len(groups))
    first_rows = np.full(len(groups), np.iinfo(np.int64).max, np.int64)
    np.minimum.at(first_rows, inverse, cols.rows)
    found = {int(g): (float(s), int(c), int(r)) for g, s, c, r in zip(groups.tolist(), sums.tolist(),
                                                                      counts.tolist(), first_rows.tolist())}
    # which periods are asked about: those the figures fall in, and with zero_days every period of the
    # days the file covers (a period without a row had none)
    covered: Span | None = None
    wanted = {int(g) // width + base for g in groups.tolist()}
    if source.zero_days:
        first, last = (source.covers if source.covers is not None else
                       (date.fromordinal(int(cols.days.min())), date.fromordinal(int(cols.days.max()))))
        covered = Span(first, last)
        wanted |= {periods.index(goal, s.first) for s in periods.periods(goal, first, last)}
    bad = {periods.index(goal, date.fromordinal(d)): d for d in sorted(left_out_days, reverse=True)}
    out_rows, out_days, out_codes, out_values = [], [], [], []
    left: dict[int, _LeftOut] = {}
    added = 0
    for n in sorted(wanted):
        span = _span(goal, n)
        for code in codes:
            value, days, row = found.get((n - base) * width + code, (0.0, 0, 0))
            if covered is not None:
                days = max(0, (min(span.last, covered.last) - max(span.first, covered.first)).days + 1)
            if days == 0:
                continue  # a platform with nothing in this period: not one of its periods
            problem = None
            if span.last >= today:
                problem = _LeftOut(span, running=True, days=days)
            elif n in bad:
                problem = _LeftOut(span, spoilt=date.fromordinal(bad[n]))
            elif days < span.days:
                problem = _LeftOut(span, days=days)
            if problem is not None:
                _merge(left, n, problem)
                continue
            added += int(found.get((n - base) * width + code, (0.0, 0, 0))[1])
            out_rows.append(row)
            out_days.append(span.last.toordinal())
            out_codes.append(code)
            out_values.append(value)
    result = Columns(np.array(out_rows, np.int64), np.array(out_days, np.int64), np.array(out_codes, np.int64),
                     np.array(out_values, np.float64))
    if len(result.values):
        platforms = listing(PlatformName(p) for p in sorted({names[c] for c in result.codes.tolist()},
                                                            key=_catalog_order))
        preview.note(Note(_summary(goal, added, len(set(result.days.tolist())), platforms)))
    if source.generic:
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "The dates of this table are not one {period} apart, so "
                                                          "its figures are taken as each day's amount and added "
                                                          "up. If each is already a {period}'s total, give them "
                                                          "dates one {period} apart (the last day of each)."),
                              period=_word(goal))))
    if undated and source.zero_days:
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "{rows} without a readable date are left out: the "
                                                          "{period} they belong to may be short by their figures."),
                              rows=Counted("rows", undated), period=_word(goal)), warning=True))
    _say_left_out(preview, goal, left)
    return result


def _span(goal: Goal, n: int) -> Span:
    """Period *n* of *goal* (0 starts on its start date)."""
    return periods.nth(goal, n)


def _ends(goal: Goal, k: np.ndarray) -> np.ndarray:
    """The last day (ordinal) of each period *k* (``periods.nth``): asked once per distinct period."""
    unique, inverse = np.unique(k, return_inverse=True)
    last = np.fromiter((periods.nth(goal, n).last.toordinal() for n in unique.tolist()), np.int64, len(unique))
    return last[inverse.reshape(-1)]


def _catalog_order(platform: str | None) -> int:
    """Platforms in the catalog's order (figures for all platforms last)."""
    ids = [p.id for p in catalog.PLATFORMS]
    return ids.index(platform) if platform in ids else len(ids)


def _merge(left: dict[int, _LeftOut], n: int, problem: _LeftOut) -> None:
    """One line per period: a period not over says the most days any platform has so far; a past one the
    fewest (the platform that makes it incomplete) or the day that spoilt it."""
    known = left.get(n)
    if known is None:
        left[n] = problem
    elif problem.running:
        known.days = max(known.days, problem.days)
    elif problem.spoilt is not None:
        known.spoilt = known.spoilt or problem.spoilt
    else:
        known.days = min(known.days, problem.days)


def _summary(goal: Goal, added: int, spans: int, platforms: object) -> Msg:
    """"212 daily figures added up into 30 weeks for Facebook": each platform's apart."""
    if periods.monthly(goal):
        return Msg(QT_TRANSLATE_NOOP("import", "{figures} added up into {periods} for {platforms}: each is the total "
                                               "of one of the goal's months (30 or 31 days, counted from its start "
                                               "on {start}) and is dated on the month's last day."),
                   figures=Counted("daily_figures", added), periods=Counted("months", spans), platforms=platforms,
                   start=Day(goal.start, long=True))
    return Msg(QT_TRANSLATE_NOOP("import", "{figures} added up into {periods} for {platforms}: each is the total of "
                                           "one of the goal's weeks (seven days from the weekday of its start, "
                                           "{start}) and is dated on the week's last day."),
               figures=Counted("daily_figures", added), periods=Counted("weeks", spans), platforms=platforms,
               start=Day(goal.start, long=True))


def _say_left_out(preview: Preview, goal: Goal, left: dict[int, _LeftOut]) -> None:
    """Each period left out and why, the many incomplete ones of a patchy file in one line."""
    word = _word(goal)
    incomplete = [p for _, p in sorted(left.items()) if not p.running and p.spoilt is None]
    listed = incomplete if len(incomplete) <= LISTED_LEFT_OUT else []
    for _, p in sorted(left.items()):
        span = Days(p.span.first, p.span.last)
        if p.running:
            preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "The {period} of {span} is not complete ({days} of "
                                                              "{total}): left out; import again after {last}."),
                                  period=word, span=span, days=Count(p.days), total=Counted("days", p.span.days),
                                  last=Day(p.span.last, long=True))))
        elif p.spoilt is not None:
            preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "The {period} of {span} is left out: a row of {day} "
                                                              "was left out (see the rows left out), so its total "
                                                              "would be incomplete."),
                                  period=word, span=span, day=Day(p.spoilt, long=True)), warning=True))
        elif p in listed:
            preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "The {period} of {span} is not complete ({days} of "
                                                              "{total} in the file): left out."),
                                  period=word, span=span, days=Count(p.days), total=Counted("days", p.span.days))))
    if incomplete and not listed:
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "{periods} are not complete (days are missing) and are "
                                                          "left out, the first {first}, the last {last}."),
                              periods=Counted(_plural_key(goal), len(incomplete)),
                              first=Days(incomplete[0].span.first, incomplete[0].span.last),
                              last=Days(incomplete[-1].span.first, incomplete[-1].span.last))))


# ----------------------------------------------------------------------------- figures of whole periods


def _as_is(preview: Preview, goal: Goal, today: date, cols: Columns, names: list[str | None]) -> Columns:
    """Figures that each cover a period: on the last day of the goal's period that holds their date."""
    n = len(cols.values)
    k = index_of(goal, cols.days)
    ends = _ends(goal, k)
    keep = np.ones(n, bool)
    # two figures in one of the goal's periods (a calendar month and the goal's 30-day one): neither is its figure
    key = k * (len(names) + 1) + cols.codes
    order = np.argsort(key, kind="stable")
    twice = np.zeros(n, bool)
    same = key[order[1:]] == key[order[:-1]]
    twice[order[1:][same]] = True
    twice[order[:-1][same]] = True
    for i in np.flatnonzero(twice).tolist():
        keep[i] = False
    clashes = sorted({int(k[i]) for i in np.flatnonzero(twice).tolist()})
    for c in clashes:
        span = _span(goal, c)
        inside = sorted({int(d) for d in cols.days[(k == c) & twice].tolist()})
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "{days} are in the same {period} of the goal, {span}: "
                                                          "neither is its figure, so both are left out."),
                              days=listing(Day(date.fromordinal(d)) for d in inside), period=_word(goal),
                              span=Days(span.first, span.last)), warning=True))
    running = keep & (ends >= today.toordinal())  # today's figures are not final yet
    for end in sorted(set(ends[running].tolist())):
        span = periods.period(goal, date.fromordinal(end))
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "A figure of the {period} of {span} is left out: that "
                                                          "{period} of the goal is not over; import again after "
                                                          "{last}."),
                              period=_word(goal), span=Days(span.first, span.last), last=Day(span.last, long=True))))
    keep &= ~running
    moved = keep & (ends != cols.days)
    result = Columns(cols.rows[keep], ends[keep], cols.codes[keep], cols.values[keep])
    if len(result.values) and moved.any():
        i = int(np.flatnonzero(moved)[0])
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "{figures}, one per {period}: stored as they are, each "
                                                          "on the last day of the goal's {period} that holds its "
                                                          "date ({day} is stored on {end})."),
                              figures=Counted("figures", len(result.values)), period=_word(goal),
                              day=Day(date.fromordinal(int(cols.days[i]))), end=Day(date.fromordinal(int(ends[i]))))))
    elif len(result.values):
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "{figures}, one per {period}, each on the last day of a "
                                                          "{period} of the goal: stored as they are."),
                              figures=Counted("figures", len(result.values)), period=_word(goal))))
    return result


def _windows(preview: Preview, goal: Goal, today: date, cols: Columns) -> Columns:
    """Figures over the N days up to their date, N the period's length: the one on each period's last day."""
    n = len(cols.values)
    k = index_of(goal, cols.days)
    ends = _ends(goal, k)
    keep = (cols.days == ends) & (cols.days < today.toordinal())
    result = cols.take(keep)
    kept = set(zip(k[keep].tolist(), cols.codes[keep].tolist()))
    missing = sorted({int(i) for i, c in zip(k.tolist(), cols.codes.tolist()) if (i, c) not in kept})
    label = preview.source.recipe(goal.kpi)
    if len(result.values):
        preview.note(Note(Msg(QT_TRANSLATE_NOOP("import", "{recipe}: each day's figure counts the people of the "
                                                          "{days} up to it, so the figure on the last day of each "
                                                          "{period} of the goal is stored: {periods} from "
                                                          "{figures}."),
                              recipe=label or "", days=Counted("days", round(periods.length_days(goal))),
                              period=_word(goal), periods=Counted(_plural_key(goal), len(result.values)),
                              figures=Counted("daily_figures", n))))
    for i in missing:
        span = _span(goal, i)
        if span.last >= today:
            text = QT_TRANSLATE_NOOP("import", "The {period} of {span} is not over: left out; import again after "
                                               "{last}.")
        else:
            text = QT_TRANSLATE_NOOP("import", "The {period} of {span} is left out: the file has no figure for "
                                               "{last}, its last day.")
        preview.note(Note(Msg(text, period=_word(goal), span=Days(span.first, span.last),
                              last=Day(span.last, long=True))))
    return result

