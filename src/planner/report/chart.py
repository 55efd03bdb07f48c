"""A goal's chart in the PDF: the screen's GoalPlot, rendered as vectors.

One hidden plot widget is reused for every goal.  Rendering its scene into
the PDF painter (the writer at 96 dpi, see DESIGN.md "Pitfalls") keeps lines
and text as vectors, with the axis text where pyqtgraph put it; symbols are
drawn as paths rather than from pyqtgraph's pixmap cache, so no image is
embedded.  Every text item is switched to the report's font, so the chart's
text is embedded too.

The legend is the report's own, drawn over the plot in as many rows as the
chart's width needs: pyqtgraph's is one row that made the plot wider than the
chart (its right end, the deadline included, was cut off), and building it
for every goal cost more than drawing the curves.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsTextItem

from planner.domain.checkins import CheckIn
from planner.domain.goals import Goal, Observation
from planner.domain.verdict import Assessment
from planner.report.fonts import report_font
from planner.ui.chart.goal_plot import GoalPlot, make_plot_widget

CHART_POINTS = 8.0
#: In the PDF's narrower chart a series with more points than this is a line: symbols would run together.
SYMBOL_LIMIT = 60
#: A legend entry: the line's sample, the gap after it, the space between entries, a row's height.
SAMPLE, SAMPLE_GAP, ENTRY_GAP, LEGEND_ROW = 22.0, 5.0, 14.0, 15.0
INK = "#37474f"


class ChartRenderer:
    def __init__(self, size: QSize, rtl: bool = False) -> None:
        self.size, self.rtl = size, rtl
        self.widget = make_plot_widget()
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.widget.resize(size)
        self.widget.show()  # lays the plot out at its size; nothing appears on screen
        item = self.widget.getPlotItem()
        self.plot = GoalPlot(item)
        self.plot.symbol_limit = SYMBOL_LIMIT
        item.layout.removeItem(self.plot.legend)  # the report draws its own (see the module's docstring)
        self.plot.legend.hide()
        item.legend = None  # PlotItem.addItem then adds no entries to it
        self.font = report_font(CHART_POINTS)
        self.bold = report_font(CHART_POINTS, bold=True)
        for name in ("left", "right", "bottom"):
            item.getAxis(name).setStyle(tickFont=self.font, autoExpandTextSpace=False)
        # the date axis as high as the report's font needs, whatever the window's font is
        item.getAxis("bottom").setHeight(math.ceil(QFontMetricsF(self.font).height()) + 12)

    def paint(self, painter: QPainter, target: QRectF, goal: Goal, observations: Sequence[Observation],
              state: Assessment, today: date, checkins: Sequence[CheckIn] = ()) -> None:
        self.plot.draw(goal, observations, state, today, checkins=checkins)
        entries = self._entries()
        legend = self._legend_rows(entries, target.width()) * LEGEND_ROW
        height = round(target.height() - legend)
        if self.widget.height() != height:
            self.widget.resize(self.size.width(), height)
        scene = self.widget.scene()
        for item in scene.items():
            if isinstance(item, (pg.ScatterPlotItem, pg.PlotDataItem)):  # a PlotDataItem passes it on
                item.opts["useCache"] = False  # symbols as paths: the cache paints them as little images
            elif isinstance(item, QGraphicsTextItem):
                item.setFont(self.bold if item.font().bold() else self.font)
        self._settle()
        self._paint_legend(painter, QRectF(target.left(), target.top(), target.width(), legend), entries)
        painter.save()
        plot = QRectF(target.left(), target.top() + legend, target.width(), height)
        painter.setClipRect(plot)  # nothing of the chart (a long note's label) strays onto the text beside it
        scene.render(painter, plot, QRectF(self.widget.rect()))
        painter.restore()

    # ------------------------------------------------------------ the legend

    def _entries(self) -> list[tuple[object, str]]:
        """The named lines and series, in the order the chart drew them."""
        return [(item, item.name()) for item in self.widget.getPlotItem().listDataItems() if item.name()]

    def _widths(self, entries: Sequence[tuple[object, str]]) -> list[float]:
        metrics = QFontMetricsF(self.font)
        return [SAMPLE + SAMPLE_GAP + metrics.horizontalAdvance(name) for _, name in entries]

    def _legend_rows(self, entries: Sequence[tuple[object, str]], width: float) -> int:
        return len(_rows(self._widths(entries), width)) if entries else 0

    def _paint_legend(self, painter: QPainter, rect: QRectF, entries: Sequence[tuple[object, str]]) -> None:
        if not entries:
            return
        painter.save()
        painter.setFont(self.font)
        option = QTextOption(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
                             | (Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft))
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        widths = self._widths(entries)
        for row, indices in enumerate(_rows(widths, rect.width())):
            x = 0.0
            top = rect.top() + row * LEGEND_ROW
            for i in indices:
                item, name = entries[i]
                # reading order: from the start side, the sample before its name
                left = rect.right() - x - widths[i] if self.rtl else rect.left() + x
                sample_left = left + widths[i] - SAMPLE if self.rtl else left
                text_left = left if self.rtl else left + SAMPLE + SAMPLE_GAP
                self._sample(painter, item, QRectF(sample_left, top, SAMPLE, LEGEND_ROW))
                painter.setPen(QPen(pg.mkColor(INK)))
                painter.drawText(QRectF(text_left, top, widths[i] - SAMPLE - SAMPLE_GAP, LEGEND_ROW), name, option)
                x += widths[i] + ENTRY_GAP
        painter.restore()

    @staticmethod
    def _sample(painter: QPainter, item: object, rect: QRectF) -> None:
        """The item's line across *rect*, with its symbol in the middle when it has one (like pyqtgraph's)."""
        opts = item.opts
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(opts["pen"]))
        middle = rect.center().y()
        painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))
        symbol = opts.get("symbol")
        if symbol is not None and isinstance(item, pg.PlotDataItem):
            scatter = item.scatter.opts
            painter.translate(rect.center())
            drawSymbol(painter, symbol, scatter["size"], pg.mkPen(scatter["pen"]), pg.mkBrush(scatter["brush"]))
        painter.restore()

    def _settle(self) -> None:
        """Size the value axis to this goal's tick text before the one real paint.

        pyqtgraph learns its tick labels' width while painting and widens the
        axis for the next paint; a PDF gets only one, so the tick text would
        run under the axis label.  Measuring the axis' own tick strings is
        cheaper than a trial paint.  (The bottom axis' height depends on the
        font alone.)
        """
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # at this goal's height (its legend's)
        self.widget.scene().prepareForPaint()  # the view ranges, hence the ticks
        axis = self.widget.getPlotItem().getAxis(self.plot.value_axis)
        low, high = axis.range
        metrics = QFontMetricsF(axis.style["tickFont"])
        strings = [text for spacing, values in axis.tickValues(low, high, axis.geometry().height())
                   for text in axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)]
        width = math.ceil(max((metrics.horizontalAdvance(text) for text in strings), default=0.0))
        if width != axis.style["tickTextWidth"]:
            axis.setStyle(tickTextWidth=width)
        # only the layout requests posted (a new width, a new height): other events would paint the hidden widget
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def close(self) -> None:
        self.plot.clear()
        self.widget.close()
        self.widget.deleteLater()


def _rows(widths: Sequence[float], width: float) -> list[list[int]]:
    """Entries (by index) in rows no wider than *width*: as many to a row as fit, in order."""
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, w in enumerate(widths):
        if rows[-1] and used + ENTRY_GAP + w > width:
            rows.append([])
            used = 0.0
        used += (ENTRY_GAP if rows[-1] else 0.0) + w
        rows[-1].append(i)
    return rows
