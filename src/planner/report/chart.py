"""A goal's chart in the PDF: the screen's GoalPlot, rendered as vectors.

One hidden plot widget is reused for every goal.  Rendering its scene into
the PDF painter (the writer at 96 dpi, see DESIGN.md "Pitfalls") keeps lines
and text as vectors, with the axis text where pyqtgraph put it; symbols are
drawn as paths rather than from pyqtgraph's pixmap cache, so no image is
embedded.  Every text
item is switched to the report's font, so the chart's text is embedded too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsTextItem

from planner.domain.checkins import CheckIn
from planner.domain.goals import Goal, Observation
from planner.domain.verdict import Assessment
from planner.report.fonts import report_font
from planner.ui.chart.goal_plot import GoalPlot, make_plot_widget

CHART_POINTS = 8.0


class ChartRenderer:
    def __init__(self, size: QSize) -> None:
        self.widget = make_plot_widget()
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.widget.resize(size)
        self.widget.show()  # lays the plot out at its size; nothing appears on screen
        self.plot = GoalPlot(self.widget.getPlotItem())
        font = report_font(CHART_POINTS)
        for name in ("left", "bottom"):
            self.widget.getPlotItem().getAxis(name).setStyle(tickFont=font, autoExpandTextSpace=False)

    def paint(self, painter: QPainter, target: QRectF, goal: Goal, observations: Sequence[Observation],
              state: Assessment, today: date, checkins: Sequence[CheckIn] = ()) -> None:
        self.plot.draw(goal, observations, state, today, checkins=checkins)
        scene = self.widget.scene()
        for item in scene.items():
            if isinstance(item, (pg.ScatterPlotItem, pg.PlotDataItem)):  # a PlotDataItem passes it on
                item.opts["useCache"] = False  # symbols as paths: the cache paints them as little images
            elif isinstance(item, QGraphicsTextItem):
                size = item.font().pointSizeF()
                font = report_font(size if size > 0 else CHART_POINTS)
                font.setBold(item.font().bold())
                item.setFont(font)
        self._settle()
        scene.render(painter, target, QRectF(self.widget.rect()))

    def _settle(self) -> None:
        """Size the left axis to this goal's tick text before the one real paint.

        pyqtgraph learns its tick labels' width while painting and widens the
        axis for the next paint; a PDF gets only one, so the tick text would
        run under the axis label.  Measuring the axis' own tick strings is
        cheaper than a trial paint.  (The bottom axis' height depends on the
        font alone.)
        """
        self.widget.scene().prepareForPaint()  # the view ranges, hence the ticks
        axis = self.widget.getPlotItem().getAxis("left")
        low, high = axis.range
        metrics = QFontMetricsF(axis.style["tickFont"])
        strings = [text for spacing, values in axis.tickValues(low, high, axis.geometry().height())
                   for text in axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing)]
        width = math.ceil(max((metrics.horizontalAdvance(text) for text in strings), default=0.0))
        if width != axis.style["tickTextWidth"]:
            axis.setStyle(tickTextWidth=width)
            # only the layout requests the new width posted: other events would paint the hidden widget
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def close(self) -> None:
        self.plot.clear()
        self.widget.close()
        self.widget.deleteLater()
