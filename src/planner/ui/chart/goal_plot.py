"""Drawing one goal into a pyqtgraph plot: the same code for the screen and the PDF.

The target line follows the KPI's kind (ramp, monthly steps, a staircase per
period) with its tolerance band, whose edge is drawn as the line the figures
must stay above (below, for a lower-is-better KPI); the figures are drawn per platform in the
platform's colour with their combined total; the forecast runs from the last
figure towards the deadline; a marker shows today; milestones and notes are
labelled; the plan's seasons are shaded with their names and effects, and the
owner's check-ins are marked with their confidence (the note on hover).  Large series are drawn with pyqtgraph's peak downsampling and
clipping to the view, so a million figures redraw as fast as a bare curve.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QCoreApplication, QDate, Qt  # noqa: E402
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainterPath  # noqa: E402
from PySide6.QtWidgets import QGraphicsPathItem, QSizePolicy  # noqa: E402

from planner.domain import catalog, seasons as seasons_, series, trajectory  # noqa: E402
from planner.domain.checkins import CheckIn  # noqa: E402
from planner.domain.goals import Goal, Observation  # noqa: E402
from planner.domain.catalog import Direction  # noqa: E402
from planner.domain.verdict import Assessment  # noqa: E402
from planner.ui.formatting import (  # noqa: E402
    calendar,
    fill,
    format_number,
    format_qdate,
    format_value,
    plain_tip,
    translated,
)
from planner.ui.review_view import checkin_line, effect_words  # noqa: E402
from planner.ui.style import (  # noqa: E402
    CHART_INK,
    CONFIDENCE_COLOURS,
    SEASON_COLOURS,
    EDGE_COLOUR,
    FORECAST_COLOUR,
    LABEL_FILL,
    MILESTONE_INK,
    PLATFORM_COLOURS,
    TARGET_COLOUR,
    TODAY_INK,
    TOTAL_COLOUR,
)

DAY = 86400.0
EPOCH = np.datetime64("1970-01-01", "D")
#: Above this many points a series is drawn as a line without symbols (symbols cost per point).
SYMBOL_LIMIT = 400
NOTE_LENGTH = 28
#: Notes closer in time than this share of the chart's span are stacked, so their labels do not overlap.
NOTE_CROWD = 0.12
#: Where "today" is nearer an edge of the chart than this share, its label moves inside the chart.
EDGE = 0.12
#: A note this near the bottom (top) of the values is labelled above (below) it, inside the chart.
EDGE_Y = 0.2


def to_x(day: date) -> float:
    """Seconds since 1970 at midnight UTC: what the date axis (utcOffset=0) reads."""
    return float((np.datetime64(day, "D") - EPOCH).astype(np.int64)) * DAY


_FIRST_X, _LAST_X = -62135596800.0 + 366 * DAY, 253402214400.0 - 366 * DAY  # 2 Jan 0001 .. 31 Dec 9998


def from_x(x: float) -> date:
    """The date at *x*, kept within what Python's dates can hold (a zoomed-out axis may go past them)."""
    x = min(max(x, _FIRST_X), _LAST_X)
    return date(1970, 1, 1) + timedelta(days=int(np.floor(x / DAY)))


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def dates_to_x(days: Sequence[date]) -> np.ndarray:
    """x of each date (by ordinal: numpy's own conversion of date objects is ten times slower)."""
    ordinals = np.fromiter((d.toordinal() for d in days), np.int64, len(days))
    return ((ordinals - _EPOCH_ORDINAL) * DAY).astype(np.float64)


class LocaleDateAxis(pg.DateAxisItem):
    """A date axis whose labels follow the user's locale (month names, digits, calendar)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph's name
        """pyqtgraph's ticks, with month and year ticks moved to where months and years begin in
        the user's calendar (a Jalali month starts on the 21st or so of a Gregorian one)."""
        minVal, maxVal = sorted((minVal, maxVal))  # an inverted axis (right to left) asks high to low
        minVal, maxVal = max(minVal, _FIRST_X), min(maxVal, _LAST_X)  # years 1 to 9999 only
        levels = super().tickValues(minVal, maxVal, size)
        cal = calendar()
        if cal.name() == "Gregorian":
            return levels
        out = []
        taken: set[float] = set()  # a month tick where a year tick already is would print twice
        for spacing, values in levels:
            if spacing >= 27 * DAY:
                months = 12 * max(1, round(spacing / (365.25 * DAY))) if spacing >= 330 * DAY else \
                    max(1, round(spacing / (30.44 * DAY)))
                values = [v for v in _calendar_starts(minVal, maxVal, months) if v not in taken]
            taken.update(values)
            out.append((spacing, values))
        return out

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        # like pyqtgraph's own levels: years label the major ticks, months and days the minor ones
        if spacing >= 330 * DAY:
            fmt = "yyyy"
        elif spacing >= 27 * DAY:
            fmt = "MMM"
        else:
            fmt = "d"
        out = []
        for v in values:
            d = from_x(v)
            out.append(format_qdate(QDate(d.year, d.month, d.day), fmt))
        return out


class LocaleNumberAxis(pg.AxisItem):
    """A value axis whose numbers are written the user's way (Arabic-Indic or Persian digits)."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        places = max(0, -int(np.floor(np.log10(spacing * scale)))) if spacing * scale > 0 else 0
        return [format_number(v * scale, places) for v in values]


def _calendar_starts(low: float, high: float, step_months: int) -> list[float]:
    """x of the first day of every *step_months*-th month of the user's calendar in [low, high]."""
    cal = calendar()
    first = from_x(low)
    parts = cal.partsFromDate(QDate(first.year, first.month, first.day))
    year, month = parts.year, parts.month
    out: list[float] = []
    while True:
        q = cal.dateFromParts(year, month, 1)
        if not q.isValid() or not 1 <= q.year() <= 9998:
            return out
        x = to_x(date(q.year(), q.month(), q.day()))
        if x > high:
            return out
        index = year * 12 + month - 1
        if x >= low and index % step_months == 0:
            out.append(x)
        month += 1
        if month > cal.monthsInYear(year):
            year, month = year + 1, 1


@dataclass
class Series:
    """One platform's figures as arrays, ready to draw (and cached between redraws)."""

    platform: str | None
    x: np.ndarray
    y: np.ndarray
    notes: list[tuple[date, float, str]] = field(default_factory=list)


def goal_series(observations: Sequence[Observation]) -> list[Series]:
    """Figures per platform as numpy arrays, in one pass (a goal may hold 500,000).

    *observations* come oldest first, as the document and the repository give them.
    """
    days: dict[str | None, list[int]] = {}
    values: dict[str | None, list[float]] = {}
    notes: dict[str | None, list[tuple[date, float, str]]] = {}
    for o in observations:
        platform = o.platform
        if platform not in days:
            days[platform], values[platform], notes[platform] = [], [], []
        days[platform].append(o.date.toordinal())
        values[platform].append(o.value)
        if o.note:
            notes[platform].append((o.date, o.value, o.note))
    return [Series(p, ((np.array(days[p], np.int64) - _EPOCH_ORDINAL) * DAY).astype(np.float64),
                   np.array(values[p], np.float64), notes[p]) for p in days]



def platform_name(platform: str | None) -> str:
    if platform is None:
        return QCoreApplication.translate("chart", "All platforms")
    return translated("catalog", catalog.platform(platform).name)


class GoalPlot:
    """Owns the items of one goal in a PlotItem; ``items`` names them for tests and the PDF."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.items: dict[str, object] = {}
        self._line_for: Goal | None = None
        self._line: tuple[np.ndarray, np.ndarray] = (np.zeros(0), np.zeros(0))
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setMenuEnabled(False)
        # the legend is a row above the plot, where the title would be: it never covers a line
        self.legend = pg.LegendItem(labelTextSize="9pt", labelTextColor=CHART_INK, colCount=8, horSpacing=14)
        # only as wide as its entries, at the reading side: each swatch stays beside its own name
        self.legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        plot.layout.removeItem(plot.titleLabel)
        plot.titleLabel.hide()
        plot.layout.addItem(self.legend, 0, 1)
        plot.legend = self.legend  # where pyqtgraph's PlotDataItem(name=...) puts its entry

    def clear(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self.items = {}
        self._span = (0.0, 1.0)

    def draw(self, goal: Goal, observations: Sequence[Observation], state: Assessment, today: date,
             cached: list[Series] | None = None, total: list[tuple[date, float]] | None = None,
             checkins: Sequence[CheckIn] = ()) -> None:
        self.clear()
        # time runs in the reader's direction: right to left in Arabic and Persian, values on the right
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.plot.invertX(rtl)
        self.value_axis = "right" if rtl else "left"
        self.plot.showAxis(self.value_axis)
        self.plot.hideAxis("left" if rtl else "right")
        self.plot.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        kpi = goal.kpi_def
        self._target(goal)
        drawn = cached if cached is not None else goal_series(observations)
        for s in drawn:
            self._figures(s)
        if len(drawn) > 1:
            total = series.combined(goal, observations) if total is None else total
            if total:
                curve = pg.PlotDataItem(dates_to_x([d for d, _ in total]), np.array([v for _, v in total]),
                                        pen=pg.mkPen(TOTAL_COLOUR, width=2.5),
                                        name=QCoreApplication.translate("chart", "Total"))
                self.plot.addItem(curve)
                self._fast(curve, len(total))
                self.items["total"] = curve
        self._forecast(goal, state)
        self._milestones(goal)
        # the chart's span in time, today included: where labels have room (notes, today)
        xs = [to_x(goal.start), to_x(goal.deadline), to_x(today)] + [float(s.x[0]) for s in drawn if len(s.x)] \
            + [float(s.x[-1]) for s in drawn if len(s.x)]
        forecast = self.items.get("forecast")
        if forecast is not None:
            xs.append(float(forecast.getData()[0][-1]))
        self._span = (min(xs), max(xs))
        self._notes(drawn)
        self._seasons(goal)
        self._checkins(goal, observations, checkins)
        self._today(today)
        unit = {catalog.Unit.PERCENT: "%", catalog.Unit.HOURS: QCoreApplication.translate("chart", "hours")}
        self.plot.setLabel(self.value_axis, translated("catalog", kpi.name) + (f" ({unit[kpi.unit]})" if kpi.unit in unit else ""))
        self.plot.enableAutoRange()

    @staticmethod
    def _fast(item: pg.PlotDataItem, n: int) -> None:
        """Peak downsampling and clipping for long series; only once the item is in the plot
        (before that, pyqtgraph's clipping looks up the view on the widget and fails)."""
        if n > SYMBOL_LIMIT:
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)

    def _target(self, goal: Goal) -> None:
        if self._line_for != goal:  # the line only changes with the goal: not at every redraw
            points = trajectory.line(goal)
            self._line = (dates_to_x([d for d, _ in points]), np.array([v for _, v in points]))
            self._line_for = goal
        x, y = self._line
        tol = trajectory.TOLERANCE * np.abs(y - goal.baseline)  # trajectory.tolerance_at, for every point
        pen = pg.mkPen(TARGET_COLOUR, width=2, style=Qt.PenStyle.DashLine)
        target = pg.PlotDataItem(x, y, pen=pen, name=QCoreApplication.translate("chart", "Target line"))
        band = band_item(x, y - tol, y + tol, pg.mkBrush(84, 110, 122, 40))
        up = goal.kpi_def.direction is Direction.UP
        edge = pg.PlotDataItem(x, y - tol if up else y + tol, pen=pg.mkPen(EDGE_COLOUR, width=1.4),
                               name=QCoreApplication.translate("chart", "Stay above") if up
                               else QCoreApplication.translate("chart", "Stay below"))
        for item in (band, target, edge):
            self.plot.addItem(item)
        end = pg.ScatterPlotItem([to_x(goal.deadline)], [goal.target], symbol="star", size=16,
                                 brush=pg.mkBrush(TARGET_COLOUR), pen=pg.mkPen("w"))
        self.plot.addItem(end)
        self.items.update(target=target, band=band, edge=edge, target_end=end)

    def _figures(self, s: Series) -> None:
        colour = PLATFORM_COLOURS.get(s.platform or "", TOTAL_COLOUR)
        many = len(s.x) > SYMBOL_LIMIT
        curve = pg.PlotDataItem(
            s.x, s.y, pen=pg.mkPen(colour, width=1.6), name=platform_name(s.platform),
            symbol=None if many else "o", symbolSize=6, symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen("w"))
        self.plot.addItem(curve)
        self._fast(curve, len(s.x))
        self.items[f"figures:{s.platform or 'all'}"] = curve

    def _forecast(self, goal: Goal, state: Assessment) -> None:
        fc = state.forecast
        if fc is None or not fc.ok or fc.last_date is None:
            return
        until = max(goal.deadline, fc.reaches_on or goal.deadline)
        until = min(until, goal.deadline + timedelta(days=max(30, goal.days // 2)))
        points = fc.points(until, start=fc.last_date)
        if len(points) < 2:
            return
        x = dates_to_x([d for d, _ in points])
        y = np.array([v for _, v in points])
        lows, highs = zip(*(fc.interval(d) for d, _ in points), strict=True)
        band = band_item(x, np.array(lows), np.array(highs), pg.mkBrush(142, 36, 170, 30))
        line = pg.PlotDataItem(x, y, pen=pg.mkPen(FORECAST_COLOUR, width=2, style=Qt.PenStyle.DotLine),
                               name=QCoreApplication.translate("chart", "Forecast"))
        for item in (band, line):
            self.plot.addItem(item)
        self.items.update(forecast=line, forecast_band=band)

    def _milestones(self, goal: Goal) -> None:
        if not goal.milestones:
            return
        kpi = goal.kpi_def
        spots = pg.ScatterPlotItem([to_x(m.date) for m in goal.milestones], [m.value for m in goal.milestones],
                                   symbol="d", size=12, brush=pg.mkBrush("#ffb300"), pen=pg.mkPen("#6d4c41"))
        self.plot.addItem(spots)
        self.items["milestones"] = spots
        for m in goal.milestones:
            label = pg.TextItem(f"{m.label or ''} {format_value(kpi, m.value, goal.currency)}".strip(),
                                color=MILESTONE_INK, anchor=(0.5, 1.4), fill=pg.mkBrush(LABEL_FILL))
            label.setPos(to_x(m.date), m.value)
            self.plot.addItem(label)

    def _notes(self, drawn: list[Series]) -> None:
        notes = [n for s in drawn for n in s.notes]
        if not notes:
            return
        font = QFont()
        font.setPointSizeF(8)
        marks = pg.ScatterPlotItem([to_x(d) for d, _, _ in notes], [v for _, v, _ in notes], symbol="t1",
                                   size=11, brush=pg.mkBrush("#37474f"), pen=pg.mkPen("w"))
        self.plot.addItem(marks)
        self.items["notes"] = marks
        labels = []
        low, high = self._span
        values = [float(v) for s in drawn for v in s.y] + [float(v) for v in self._line[1]]
        low_y, high_y = (min(values), max(values)) if values else (0.0, 0.0)
        crowd = NOTE_CROWD * (high - low)
        placed: list[tuple[float, bool, int]] = []  # (x, above, level) of the labels so far
        for day, value, note in sorted(notes):
            text = note if len(note) <= NOTE_LENGTH else note[: NOTE_LENGTH - 1] + "…"
            x = to_x(day)
            # on the side of the point the line leaves free: under a rising line, over a falling one; but
            # not off the chart: near its bottom a label goes over, near its top under
            above = not _rising(drawn, day, value)
            if low_y < high_y:
                share = (value - low_y) / (high_y - low_y)
                above = True if share < EDGE_Y else False if share > 1 - EDGE_Y else above
            level = sum(1 for px, pa, _ in placed if pa == above and abs(px - x) < crowd)
            placed.append((x, above, level))
            lift = 1.5 + 1.2 * level  # stacked one label height further out per crowded neighbour
            # the label runs away from the point towards the future, whichever way time runs
            label = pg.TextItem(text, color=CHART_INK, fill=pg.mkBrush(LABEL_FILL), border=pg.mkPen("#b0bec5"),
                                anchor=(1 if self.value_axis == "right" else 0, lift if above else 1 - lift))
            label.setFont(font)
            label.setToolTip(plain_tip(note))
            label.setPos(x, value)
            self.plot.addItem(label)
            labels.append(label)
        self.items["note_labels"] = labels

    def _seasons(self, goal: Goal) -> None:
        """The seasons over the chart's span, shaded (a pause grey, a slower season sand, a faster one green),
        each named with its effect at the top."""
        low, high = self._span
        shown = seasons_.within(goal.seasons, from_x(low), from_x(high))
        regions = []
        for n, season in enumerate(shown):
            colour = SEASON_COLOURS[0 if season.effect == 0 else 1 if season.effect < 1 else 2]
            region = pg.LinearRegionItem(values=(to_x(season.start), to_x(season.end + timedelta(days=1))),
                                         movable=False, brush=pg.mkBrush(colour), pen=pg.mkPen(None))
            region.setZValue(-20)
            for line in region.lines:
                line.setPen(pg.mkPen(None))
            label = fill(QCoreApplication.translate("chart", "%1 %2"), season.name, effect_words(season.effect))
            pg.InfLineLabel(region.lines[0], text=label, position=0.93 - 0.09 * (n % 2), color=CHART_INK,  # neighbours staggered
                            anchors=[(0, 0), (0, 0)] if self.value_axis == "left" else [(1, 0), (1, 0)])
            self.plot.addItem(region, ignoreBounds=True)
            regions.append(region)
        if regions:
            self.items["seasons"] = regions

    def _checkins(self, goal: Goal, observations: Sequence[Observation], checkins: Sequence[CheckIn]) -> None:
        """A check-in is a round mark with its confidence (1 to 5) on the figures (or the target line, before
        any figure), coloured from red (1) to green (5); its note shows on hover."""
        if not checkins:
            return
        points = series.combined(goal, observations)
        xs, ys, brushes = [], [], []
        for c in checkins:
            before = [v for d, v in points if d <= c.date]
            y = before[-1] if before else trajectory.expected(goal, c.date)
            xs.append(to_x(c.date))
            ys.append(y)
            brushes.append(pg.mkBrush(CONFIDENCE_COLOURS[c.confidence]))
        marks = pg.ScatterPlotItem(xs, ys, symbol="o", size=20, brush=brushes, pen=pg.mkPen("w", width=1.5))
        marks.setZValue(5)
        self.plot.addItem(marks)
        labels = []
        font = QFont()
        font.setPointSizeF(8)
        font.setBold(True)
        for x, y, c in zip(xs, ys, checkins, strict=True):
            number = pg.TextItem(format_number(c.confidence), color="w", anchor=(0.5, 0.5))
            number.setFont(font)
            number.setPos(x, y)
            number.setZValue(6)
            number.setToolTip(plain_tip(fill(QCoreApplication.translate("chart", "Check-in: %1"), checkin_line(c))))
            self.plot.addItem(number)
            labels.append(number)
        self.items["checkins"] = marks
        self.items["checkin_labels"] = labels

    def _today(self, today: date) -> None:
        low, high = self._span
        share = (to_x(today) - low) / (high - low) if high > low else 0.5
        if self.value_axis == "right":  # time runs right to left: the screen's sides swap
            share = 1 - share
        # centred on the line, or beside it on the chart's side when the line is near an edge
        across = 1.0 if share > 1 - EDGE else 0.0 if share < EDGE else 0.5
        line = TodayLine(to_x(today), angle=90, pen=pg.mkPen(TODAY_INK, width=1, style=Qt.PenStyle.DashLine),
                               label=QCoreApplication.translate("chart", "today"),
                               labelOpts={"position": 0.98, "color": TODAY_INK, "fill": pg.mkBrush(LABEL_FILL),
                                          "anchors": [(across, 0), (across, 0)]})
        self.plot.addItem(line)
        self.items["today"] = line


class TodayLine(pg.InfiniteLine):
    """The today line, counted in the chart's range: a goal whose deadline has passed still shows today."""

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802 - pyqtgraph's name
        # in the line's own coordinates: the vertical line is rotated by 90 degrees, so its own second axis
        # is the chart's time axis (pyqtgraph swaps them back); its origin is today
        return (0.0, 0.0) if axis == 1 else None


def _rising(drawn: list[Series], day: date, value: float) -> bool:
    """Whether the series holding the point (*day*, *value*) rises through it (from the point before to
    the point after it)."""
    x = to_x(day)
    for s in drawn:
        hits = np.nonzero((s.x == x) & (s.y == value))[0]
        if len(hits):
            i = int(hits[0])
            before = s.y[max(0, i - 1)]
            after = s.y[min(len(s.y) - 1, i + 1)]
            return bool(after >= before)
    return True


class BandItem(QGraphicsPathItem):
    """A filled band between two lines: one path, drawn in one go (FillBetweenItem rebuilds its
    path from two curves on every change, which costs more than the million-point curve)."""

    def __init__(self, path: QPainterPath, brush) -> None:
        super().__init__(path)
        self.setBrush(brush)
        self.setPen(pg.mkPen(None))

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):  # noqa: N802 - pyqtgraph's name
        rect = self.path().boundingRect()
        return (rect.left(), rect.right()) if axis == 0 else (rect.top(), rect.bottom())


def band_item(x: np.ndarray, low: np.ndarray, high: np.ndarray, brush) -> BandItem:
    xs = np.concatenate([x, x[::-1]])
    ys = np.concatenate([high, low[::-1]])
    path = pg.arrayToQPath(xs, ys, connect="all")
    path.closeSubpath()
    return BandItem(path, brush)


def make_plot_widget(parent=None) -> pg.PlotWidget:
    widget = pg.PlotWidget(parent, axisItems={"bottom": LocaleDateAxis(), "left": LocaleNumberAxis("left"),
                                              "right": LocaleNumberAxis("right")}, background="w")
    # pyqtgraph lays out its axes for left-to-right only (mirrored, the tick labels vanish);
    # time runs right to left through GoalPlot's inverted x axis instead
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    widget.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    # room for the tallest glyphs of the app font (Arabic-script fonts are taller than pyqtgraph assumes)
    bottom = widget.getPlotItem().getAxis("bottom")
    bottom.setHeight(QFontMetrics(QGuiApplication.font()).height() + 16)
    for side in ("left", "right", "bottom"):
        widget.getPlotItem().getAxis(side).setPen(pg.mkPen("#455a64"))
        widget.getPlotItem().getAxis(side).setTextPen(pg.mkPen("#263238"))
    return widget

