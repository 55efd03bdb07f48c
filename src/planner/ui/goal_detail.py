"""The selected goal: its header (title, verdict, SMART sentence) and tabs.

The chart sits on top and the tabs below it hold the goal's figures, its
findings and its SMART details; each tab is its own widget that takes the
document and follows the goal shown here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.domain import catalog, realism
from planner.domain.catalog import Direction
from planner.domain.goals import Goal, audience_label
from planner.ui.bidi import text_direction
from planner.ui.chart.chart_pane import ChartPane
from planner.ui.commands import EditGoal
from planner.ui.describe import goal_sentence, platform_names, shape_text
from planner.ui.dialogs.retarget_dialog import RetargetDialog
from planner.ui.document import PlanDocument, rewire
from planner.ui.findings_view import FindingsPanel, scroll_column
from planner.ui.formatting import arrow, fill, format_date, format_hours, format_money, format_number, format_value, \
    translated
from planner.ui.icons import icon
from planner.ui.observations_table import FiguresTab
from planner.ui.style import VERDICT_COLOURS, emphasize
from planner.ui.verdict_view import headline


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that shows user text literally: never as HTML, whatever it looks like."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SmartDetails(QScrollArea):
    """Every SMART field of a goal, read-only, in a form."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.form = QFormLayout(inner)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setWidget(inner)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (
            ("statement", self.tr("Specific: the goal")),
            ("kpi", self.tr("Measurable: KPI")),
            ("numbers", fill(self.tr("Baseline %1 target"), arrow())),
            ("platforms", self.tr("Platforms")),
            ("objective", self.tr("Objective")),
            ("business", self.tr("Relevant: serves")),
            ("audience", self.tr("Audience")),
            ("budget", self.tr("Budget")),
            ("hours", self.tr("Time per week")),
            ("dates", self.tr("Time-bound")),
            ("shape", self.tr("Target line")),
            ("milestones", self.tr("Milestones")),
        ):
            label = plain_label()
            label.setObjectName(f"detail_{key}")
            self.fields[key] = label
            self.form.addRow(caption, label)

    def show_goal(self, goal: Goal) -> None:
        kpi = goal.kpi_def
        objective = catalog.objective(goal.objective)
        direction = self.tr("higher is better") if kpi.direction is Direction.UP else self.tr("lower is better")
        a = goal.audience
        ages = (f"{a.age_min}–{a.age_max}" if a.age_min is not None and a.age_max is not None
                else self.tr("any age"))
        audience = [ages] + [translated("audience", audience_label(v)) for v in (a.gender, a.income, a.family_stage)]
        if a.location:
            audience.append(a.location)
        values = {
            "statement": goal.statement or self.tr("(no statement)"),
            "kpi": f"{translated('catalog', kpi.name)} ({direction})",
            "numbers": f"{format_value(kpi, goal.baseline, goal.currency)} {arrow()} "
                       f"{format_value(kpi, goal.target, goal.currency)}",
            "platforms": platform_names(goal),
            "objective": f"{translated('catalog', objective.name)}: {translated('catalog', objective.summary)}",
            "business": goal.business_objective or self.tr("(not said)"),
            "audience": QCoreApplication.translate("describe", ", ").join(audience),
            "budget": (format_money(goal.budget, goal.currency) if goal.budget is not None else self.tr("(not said)")),
            "hours": (format_hours(goal.hours_per_week) if goal.hours_per_week is not None else self.tr("(not said)")),
            "dates": f"{format_date(goal.start, long=True)} {arrow()} {format_date(goal.deadline, long=True)}",
            "shape": shape_text(goal),
            "milestones": "\n".join(f"{format_date(m.date)}: {format_value(kpi, m.value, goal.currency)} "
                                    f"{m.label}".strip() for m in goal.milestones) or self.tr("(none)"),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
            self.fields[key].setLayoutDirection(text_direction(text, self.layoutDirection()))


class GoalDetail(QWidget):
    """Header, chart and tabs for one goal."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: PlanDocument | None = None
        self.goal_id: int | None = None
        self.title = plain_label()
        self.title.setObjectName("goalTitle")
        emphasize(self.title, 1.35)
        self.verdict = plain_label()
        self.verdict.setObjectName("goalVerdict")
        self.sentence = plain_label()
        self.sentence.setObjectName("goalSentence")
        self.chart = ChartPane()
        self.figures = FiguresTab()
        self.details = SmartDetails()
        self.findings = FindingsPanel(say_when_empty=True)
        self.findings.setObjectName("goalFindings")
        self.findings.useSuggestion.connect(self._use_suggestion)
        findings_scroll = scroll_column(self.findings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.figures, icon("figures"), self.tr("Figu&res"))
        self.tabs.addTab(findings_scroll, icon("findings"), self.tr("Fi&ndings"))
        self.tabs.addTab(self.details, icon("details"), self.tr("SMART &details"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.verdict)
        layout.addWidget(self.sentence)
        layout.addWidget(self.splitter, 1)

    def set_document(self, document: PlanDocument | None) -> None:
        self.document = rewire(self.document, document, goalsChanged=self.refresh)
        self.chart.set_document(document)
        self.figures.set_document(document)

    def show_goal(self, goal_id: int | None) -> None:
        self.goal_id = goal_id
        self.chart.show_goal(goal_id, draw=False)  # refresh() below draws it, once
        self.figures.show_goal(goal_id)
        self.refresh()

    def refresh(self) -> None:
        doc = self.document
        if doc is None or self.goal_id is None or not doc.has_goal(self.goal_id):
            return
        goal = doc.goal(self.goal_id)
        state = doc.assessment(goal)
        self.title.setText(goal.title + (self.tr(" (archived)") if goal.archived else ""))
        self.title.setLayoutDirection(text_direction(goal.title, self.layoutDirection()))
        self.verdict.setText(f"●  {headline(state)}")
        self.verdict.setStyleSheet(f"color: {VERDICT_COLOURS[state.verdict].name()}; font-weight: 600")
        self.sentence.setText(goal_sentence(goal))
        self.details.show_goal(goal)
        findings = doc.findings(goal)
        suggestion = doc.suggestion(goal)
        self.findings.show_findings(findings, suggestion, suggestion.value if suggestion and not doc.read_only
                                    else None)
        worst = realism.worst(findings)
        self.tabs.setTabText(1, fill(self.tr("Fi&ndings (%1)"), format_number(len(findings))) if findings
                             else self.tr("Fi&ndings"))
        self.tabs.setTabIcon(1, icon(f"severity-{worst.value}") if worst else icon("findings"))
        self.chart.refresh()

    def _use_suggestion(self, value: float) -> None:
        """"Use this" on the Findings tab: the suggested target, with the title, statement and milestones
        following it (RetargetDialog shows the changes first); one undo step."""
        doc = self.document
        if doc is None or self.goal_id is None or doc.read_only:
            return
        before = doc.goal(self.goal_id)
        after = RetargetDialog.ask(self, before, value)
        if after is not None and after != before:
            text = fill(self.tr("Use the target %1 for “%2”"), format_value(before.kpi_def, value, before.currency),
                        after.title)
            doc.undo_stack.push(EditGoal(doc, before, after, text))
