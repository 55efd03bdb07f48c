"""The chart of the selected goal, and beside it the pace facts of its verdict.

Hovering shows the date, the value there and what the target line expected;
the mouse zooms and pans (pyqtgraph), Reset shows the whole goal again, and
the chart exports as PNG or SVG.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from planner.domain import series, trajectory
from planner.domain.goals import Goal
from planner.domain.verdict import Assessment
from planner.ui.chart.goal_plot import GoalPlot, Series, from_x, goal_series, make_plot_widget, platform_name
from planner.store import files
from planner.store.errors import PlanFileError
from planner.ui.dialogs import ask
from planner.ui.document import PlanDocument, rewire
from planner.ui.folders import Folders, Kind, documents
from planner.ui.formatting import fill, format_date, format_value
from planner.ui.icons import icon
from planner.ui.style import VERDICT_COLOURS
from planner.ui.review_view import change_lines, checkin_line
from planner.ui.verdict_view import pace_lines


class ChartPane(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.goal_id: int | None = None
        # per goal: its series and (per KPI) its total line, made once until its figures change
        self._cache: dict[int, list[Series]] = {}
        self.folders: Folders | None = None  # the window's: where file dialogs open
        self._totals: dict[tuple[int, str], list] = {}
        self._by_day: dict[int, dict] = {}
        self.widget = make_plot_widget(self)
        self.widget.setObjectName("goalChart")
        self.widget.setMinimumHeight(150)
        self.plot = GoalPlot(self.widget.getPlotItem())
        self.hover = QLabel(" ")
        self.hover.setObjectName("chartHover")
        self.hover.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(220)
        self.status.setMaximumWidth(300)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop)
        tools = QHBoxLayout()
        for name, tip, slot in (
            ("zoom-reset", self.tr("Show the whole goal (reset zoom)"), self.reset_zoom),
            ("export-chart", self.tr("Export the chart as PNG or SVG"), self.export_dialog),
        ):
            button = QToolButton()
            button.setObjectName(f"chart_{name.replace('-', '_')}")
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addWidget(self.hover, 1)
        left = QVBoxLayout()
        left.addLayout(tools)
        left.addWidget(self.widget, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        side = QScrollArea()  # the pace facts and the needed-by table may be taller than a short chart
        side.setObjectName("chartSide")
        side.setWidget(self.status)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(240)
        side.setMaximumWidth(320)
        layout.addWidget(side)
        self.widget.scene().sigMouseMoved.connect(self._mouse_moved)

    def set_document(self, document: PlanDocument | None) -> None:
        self.document = rewire(self.document, document, figuresChanged=self._figures_changed)
        self._cache.clear()
        self._totals.clear()
        self._by_day.clear()

    def _figures_changed(self, goal_id: int) -> None:
        self._cache.pop(goal_id, None)
        self._by_day.pop(goal_id, None)
        self._totals = {k: v for k, v in self._totals.items() if k[0] != goal_id}
        if goal_id == self.goal_id:
            self.refresh()

    def show_goal(self, goal_id: int | None, draw: bool = True) -> None:
        self.goal_id = goal_id
        if draw:
            self.refresh()

    def current(self) -> tuple[Goal, Assessment] | None:
        doc = self.document
        if doc is None or self.goal_id is None or not doc.has_goal(self.goal_id):
            return None
        goal = doc.goal(self.goal_id)
        return goal, doc.assessment(goal)

    def refresh(self) -> None:
        found = self.current()
        if found is None:
            self.plot.clear()
            return
        goal, state = found
        figures = self.document.observations(goal.id)
        if goal.id not in self._cache:
            self._cache[goal.id] = goal_series(figures)
        total = None
        if len(self._cache[goal.id]) > 1:
            if (goal.id, goal.kpi) not in self._totals:
                self._totals[(goal.id, goal.kpi)] = series.combined(goal, figures)
            total = self._totals[(goal.id, goal.kpi)]
        self.plot.draw(goal, figures, state, self.document.today(), cached=self._cache[goal.id], total=total,
                       checkins=self.document.checkins(goal.id))
        colour = VERDICT_COLOURS[state.verdict].name()
        self.status.setStyleSheet(f"QLabel {{ border-left: 4px solid {colour}; padding-left: 8px; }}")
        lines = pace_lines(goal, state) + [""] + change_lines(goal, self.document.period_change(goal))
        latest = self.document.checkins(goal.id)[-1:]
        if latest:
            lines += ["", fill(self.tr("Last check-in: %1"), checkin_line(latest[0]))]
        self.status.setText("\n".join(lines))

    def _mouse_moved(self, pos: QPointF) -> None:
        found = self.current()
        vb = self.widget.getPlotItem().vb
        if found is None or not vb.sceneBoundingRect().contains(pos):
            return
        goal, _ = found
        point = vb.mapSceneToView(pos)
        self.hover.setText(self.describe_point(goal, from_x(point.x() + 43200)))

    def describe_point(self, goal: Goal, day: date) -> str:
        """Hover text: the date, the figures recorded that day, and what the target line expects."""
        kpi = goal.kpi_def
        parts = [format_date(day)]
        if goal.id not in self._by_day:  # the pointer moves often: look figures up by day, not by scanning
            index: dict[date, list] = {}
            for obs in self.document.observations(goal.id):
                index.setdefault(obs.date, []).append(obs)
            self._by_day[goal.id] = index
        for obs in self._by_day[goal.id].get(day, []):
            platform = platform_name(obs.platform)
            parts.append(f"{platform}: {format_value(kpi, obs.value, goal.currency)}")
        parts.append(fill(self.tr("target line: %1"),
                          format_value(kpi, trajectory.expected(goal, day), goal.currency)))
        return "  ·  ".join(parts)

    def reset_zoom(self) -> None:
        """Show the whole goal again, and keep following it as figures come in."""
        item = self.widget.getPlotItem()
        item.enableAutoRange()
        item.vb.updateAutoRange()

    # -- export ------------------------------------------------------------
    def export_dialog(self) -> None:
        found = self.current()
        if found is None:
            return
        name = f"{found[0].title[:60]}.png"
        folder = self.folders.get(Kind.EXPORTS) if self.folders is not None else documents()
        path = ask.save_path(self, self.tr("Export chart"), self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
                             str(folder / name))
        if path is not None:
            if self.folders is not None:
                self.folders.remember(Kind.EXPORTS, path)
            try:
                self.export(path)
            except PlanFileError as exc:
                ask.error(self, self.tr("The chart was not exported"), str(exc))
            except OSError as exc:
                ask.error(self, self.tr("The chart was not exported"), f"{path}: {exc}")

    def export(self, path: Path) -> Path:
        """Write the chart as SVG (vectors) or PNG (twice the screen resolution), by the file's suffix.

        Written whole under a new name of our own, then put in place (never onto the plan, never
        through a planted link, with the user's permissions).
        """
        files.check_output(path, self.document.path if self.document else None)
        with files.NewFile(path) as new:
            self._render(path.suffix.lower() == ".svg", new.path)
            new.commit()
        return path

    def _render(self, svg: bool, path: Path) -> None:
        scene = self.widget.scene()
        source = QRectF(self.widget.rect())
        if svg:
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.widget.size())
            generator.setViewBox(source)
            generator.setTitle(self.current()[0].title if self.current() else "")
            painter = QPainter(generator)
            scene.render(painter, source, source)
            painter.end()
        else:
            image = QImage(self.widget.size() * 2, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(2)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scene.render(painter, source, source)
            painter.end()
            if not image.save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
        if not path.exists() or path.stat().st_size == 0:
            raise OSError(f"cannot write {path}")
