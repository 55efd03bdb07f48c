"""Every goal at a glance, as cards: what the right side shows when no goal is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goals import Goal
from planner.domain.verdict import Assessment
from planner.ui.bidi import text_direction
from planner.ui.document import PlanDocument, rewire
from planner.ui.formatting import fill, format_value, percent, text, translated
from planner.ui.review_view import waiting_line
from planner.ui.style import VERDICT_COLOURS, emphasize


class GoalCard(QFrame):
    activated = Signal(int)

    def __init__(self, goal: Goal, state: Assessment, parent=None) -> None:
        super().__init__(parent)
        self.goal_id = goal.id
        self.setObjectName("goalCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        colour = VERDICT_COLOURS[state.verdict].name()
        self.setStyleSheet(f"#goalCard {{ border: 1px solid #cfd8dc; border-top: 4px solid {colour};"
                           " border-radius: 6px; background: palette(base); }"
                           "#goalCard:focus { border-color: palette(highlight); }")
        title = QLabel(goal.title)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setLayoutDirection(text_direction(goal.title, self.layoutDirection()))
        emphasize(title)
        label = translated("verdict", state.label)
        verdict = QLabel(label)
        verdict.setObjectName("cardVerdict")
        verdict.setStyleSheet(f"color: {colour}; font-weight: 600")
        sentence = QLabel(text(state.sentence))
        sentence.setObjectName("cardSentence")
        sentence.setTextFormat(Qt.TextFormat.PlainText)
        sentence.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(int(max(0, min(100, state.percent or 0))))
        bar.setFormat(fill(self.tr("%1 of the way"), percent(state.percent)) if state.percent is not None
                      else "–")
        kpi = goal.kpi_def
        numbers = QLabel(fill(self.tr("%1: %2 (target %3)"), translated("catalog", kpi.name),
                              format_value(kpi, state.current, goal.currency) if state.current is not None
                              else "–", format_value(kpi, goal.target, goal.currency)))
        numbers.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (title, verdict, sentence, bar, numbers):
            layout.addWidget(w)
        self.setAccessibleName(f"{goal.title}, {label}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.goal_id is not None:
            self.activated.emit(self.goal_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.goal_id is not None:
            self.activated.emit(self.goal_id)
            return
        super().keyPressEvent(event)


class Overview(QScrollArea):
    """Every goal as a card, under a calm line saying which goals wait for figures (never a dialog)."""

    goalActivated = Signal(int)
    checkInRequested = Signal()
    COLUMNS = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document: PlanDocument | None = None
        self.cards: list[GoalCard] = []

    def set_document(self, document: PlanDocument | None) -> None:
        self.document = rewire(self.document, document, goalsChanged=self.refresh)
        self.refresh()

    def refresh(self) -> None:
        inner = QWidget()
        outer = QVBoxLayout(inner)
        heading = QLabel(self.tr("All goals"))
        emphasize(heading, 1.35)
        outer.addWidget(heading)
        goals = self.document.goals(include_archived=False) if self.document else []
        waiting = waiting_line(goals, [self.document.review(g) for g in goals]) if goals else ""
        self.waiting = QLabel(waiting)
        self.waiting.setObjectName("waitingLine")
        self.waiting.setWordWrap(True)
        self.check_in = QPushButton(self.tr("&Check in…"))
        self.check_in.setObjectName("overviewCheckIn")
        self.check_in.setToolTip(self.tr("This period's figures, your confidence and a note, goal by goal (Ctrl+K)"))
        self.check_in.clicked.connect(self.checkInRequested)
        self.check_in.setEnabled(not self.document.read_only if self.document else False)
        line = QHBoxLayout()
        line.addWidget(self.waiting, 1)
        line.addWidget(self.check_in)
        self.waiting.setVisible(bool(waiting))
        self.check_in.setVisible(bool(waiting))
        outer.addLayout(line)
        grid = QGridLayout()
        outer.addLayout(grid)
        outer.addStretch()
        self.cards = []
        for i, goal in enumerate(goals):
            card = GoalCard(goal, self.document.assessment(goal))
            card.activated.connect(self.goalActivated)
            grid.addWidget(card, i // self.COLUMNS, i % self.COLUMNS)
            self.cards.append(card)
        self.setWidget(inner)
