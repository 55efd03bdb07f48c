"""Goal > Check in: one screen for the week's review, keyboard first.

Every goal that waits for figures (``review.ask``) gets a block: its verdict,
its last figure, where the target line is today, the change of its last
period, then an entry for the figure asked for on each of its platforms, how
confident the owner is (1 to 5) and a one-line note.  Tab goes from entry to
entry, Enter saves, and a column pasted from a spreadsheet (one value a line)
fills the figure entries from the one pasted into, downwards.  Saving writes
the figures and the check-in records as one undo step (``CheckInGoals``).
Every typed value is read exactly (any digits, the locale's marks) or refused
with a message naming the goal and the platform; then nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.domain import series, trajectory
from planner.domain.checkins import HIGHEST, LOWEST, MAX_CHECKIN_NOTE, CheckIn
from planner.domain.goals import Goal, Observation, value_problems
from planner.domain.numbers import NumberError, parse_number
from planner.domain.review import Ask
from planner.ui.bidi import text_direction
from planner.ui.chart.goal_plot import platform_name
from planner.ui.commands import CheckInGoals
from planner.ui.document import PlanDocument
from planner.ui.formatting import counted, fill, format_date, format_value, text, translated
from planner.ui.review_view import ask_words, change_lines, confidence_label, waiting_line
from planner.ui.style import VERDICT_COLOURS, emphasize


class FigureEdit(QLineEdit):
    """A figure entry; Ctrl+V of several lines (a column copied from a spreadsheet) asks to fill downwards."""

    columnPasted = Signal(list)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Paste):
            lines = [line.split("\t")[0].strip() for line in
                     QGuiApplication.clipboard().text().replace("\r\n", "\n").replace("\r", "\n").split("\n")]
            while lines and not lines[-1]:
                lines.pop()
            if len(lines) > 1:
                self.columnPasted.emit(lines)
                return
        super().keyPressEvent(event)


@dataclass
class Entry:
    goal: Goal
    ask: Ask
    figures: dict[str | None, FigureEdit]
    confidence: QComboBox
    note: QLineEdit


class CheckInDialog(QDialog):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None, *, every_goal: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.setWindowTitle(self.tr("Check in"))
        self.document = document
        self.entries: list[Entry] = []
        self.summary = QLabel()
        self.summary.setObjectName("checkInSummary")
        self.summary.setWordWrap(True)
        emphasize(self.summary, 1.1)
        self.every = QCheckBox(self.tr("Show &every goal, not only those waiting for figures"))
        self.every.setObjectName("everyGoal")
        self.every.setChecked(every_goal)
        self.every.toggled.connect(self._build)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.message = QLabel()
        self.message.setObjectName("checkInMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter in any entry saves
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.every)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self._build()

    # -- building ------------------------------------------------------------
    def _goals(self) -> list[tuple[Goal, Ask]]:
        out = []
        for goal in self.document.goals(include_archived=False):
            asked = self.document.review(goal)
            if asked is not None and (asked.due or self.every.isChecked()):
                out.append((goal, asked))
        return sorted(out, key=lambda ga: (not ga[1].due, not ga[1].late))  # late first, then due, then the rest

    def _build(self) -> None:
        goals = self.document.goals(include_archived=False)
        waiting = waiting_line(goals, [self.document.review(g) for g in goals])
        self.summary.setText(waiting or self.tr("No goal waits for figures: every goal is up to date."))
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.entries = []
        for goal, asked in self._goals():
            column.addWidget(self._block(goal, asked))
        if not self.entries:
            empty = QLabel(self.tr("Nothing to check in. Tick “Show every goal” to update a goal anyway."))
            empty.setWordWrap(True)
            column.addWidget(empty)
        column.addStretch()
        self.area.setWidget(inner)
        self._chain_tab_order()
        first = self.first_entry()
        if first is not None:
            first.setFocus()

    def _block(self, goal: Goal, asked: Ask) -> QGroupBox:
        doc = self.document
        box = QGroupBox(goal.title)
        box.setObjectName(f"checkIn_{goal.id}")
        box.setLayoutDirection(self.layoutDirection())
        state = doc.assessment(goal)
        kpi = goal.kpi_def
        grid = QGridLayout(box)
        verdict = QLabel(fill(self.tr("%1 · %2"), translated("verdict", state.label), text(state.sentence)))
        verdict.setWordWrap(True)
        verdict.setStyleSheet(f"color: {VERDICT_COLOURS[state.verdict].name()};")
        grid.addWidget(verdict, 0, 0, 1, 4)
        points = series.combined(goal, doc.observations(goal.id))
        latest = (fill(self.tr("Last figure: %1 on %2"), format_value(kpi, points[-1][1], goal.currency),
                       format_date(points[-1][0])) if points else self.tr("No figure yet"))
        line = fill(self.tr("Target line today: %1"),
                    format_value(kpi, trajectory.expected(goal, doc.today()), goal.currency))
        status = (self.tr("late") if asked.late else self.tr("due") if asked.due else self.tr("up to date"))
        facts = QLabel(fill(self.tr("%1 · %2 · %3"), latest, line, status))
        facts.setObjectName(f"facts_{goal.id}")
        facts.setWordWrap(True)
        grid.addWidget(facts, 1, 0, 1, 4)
        change = QLabel("\n".join(change_lines(goal, doc.period_change(goal))))
        change.setObjectName(f"change_{goal.id}")
        change.setStyleSheet("color: #546e7a;")
        change.setWordWrap(True)
        grid.addWidget(change, 2, 0, 1, 4)
        grid.addWidget(QLabel(ask_words(goal, asked)), 3, 0, 1, 4)
        figures: dict[str | None, FigureEdit] = {}
        platforms: list[str | None] = list(goal.platform_ids) or [None]
        existing = {(o.platform, o.date): o.value for o in doc.observations(goal.id)}
        row = 4
        for platform in platforms:
            edit = FigureEdit()
            edit.setObjectName(f"figure_{goal.id}_{platform or 'all'}")
            name = platform_name(platform)
            edit.setAccessibleName(fill(self.tr("%1: figure on %2"), goal.title, name))
            if (platform, asked.day) in existing:
                edit.setPlaceholderText(fill(self.tr("now %1"), format_value(kpi, existing[(platform, asked.day)],
                                                                            goal.currency)))
            edit.columnPasted.connect(lambda lines, e=edit: self.paste_column(e, lines))
            label = QLabel(fill(self.tr("%1:"), name))
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            figures[platform] = edit
            row += 1
        confidence = QComboBox()
        confidence.setObjectName(f"confidence_{goal.id}")
        confidence.setAccessibleName(fill(self.tr("%1: confidence"), goal.title))
        confidence.addItem(self.tr("– not said"), None)
        for n in range(LOWEST, HIGHEST + 1):
            confidence.addItem(confidence_label(n), n)
        note = QLineEdit()
        note.setObjectName(f"note_{goal.id}")
        note.setMaxLength(MAX_CHECKIN_NOTE)
        note.setPlaceholderText(self.tr("One line: what happened (“Ramadan series started”, “ran an ad”)"))
        note.setAccessibleName(fill(self.tr("%1: note"), goal.title))
        note.textChanged.connect(lambda t, e=note: e.setLayoutDirection(text_direction(t, self.layoutDirection())))
        confidence_label_ = QLabel(self.tr("Confidence:"))
        confidence_label_.setBuddy(confidence)
        note_label = QLabel(self.tr("Note:"))
        note_label.setBuddy(note)
        grid.addWidget(confidence_label_, 4, 2)
        grid.addWidget(confidence, 4, 3)
        grid.addWidget(note_label, row, 0)
        grid.addWidget(note, row, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.entries.append(Entry(goal, asked, figures, confidence, note))
        return box

    def _chain_tab_order(self) -> None:
        """Tab runs through each goal's figures, its confidence and its note, then the next goal."""
        chain: list[QWidget] = [self.every]
        for e in self.entries:
            chain += [*e.figures.values(), e.confidence, e.note]
        chain.append(self.save_button)
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def figure_edits(self) -> list[FigureEdit]:
        return [edit for e in self.entries for edit in e.figures.values()]

    def first_entry(self) -> FigureEdit | None:
        edits = self.figure_edits()
        return edits[0] if edits else None

    # -- pasting a column ----------------------------------------------------
    def paste_column(self, edit: FigureEdit, lines: list[str]) -> None:
        """Fill *edit* and the figure entries after it with *lines*, one each (an empty line skips one)."""
        edits = self.figure_edits()
        start = edits.index(edit)
        for target, value in zip(edits[start:], lines, strict=False):
            if value:
                target.setText(value)
        left = len(lines) - len(edits[start:])
        self.message.setText(fill(self.tr("%1 did not fit: there are fewer entries below."),
                                  counted("figures", left)) if left > 0 else "")

    # -- saving --------------------------------------------------------------
    def _read(self) -> tuple[list[Observation], list[CheckIn]] | None:
        locale = QLocale()
        observations: list[Observation] = []
        checkins: list[CheckIn] = []
        for e in self.entries:
            for platform, edit in e.figures.items():
                raw = edit.text().strip()
                if not raw:
                    continue
                try:
                    value = parse_number(raw, locale.decimalPoint(), locale.groupSeparator())
                except NumberError:
                    return self._refuse(edit, fill(self.tr("%1, %2: “%3” is not a number."), e.goal.title,
                                                   platform_name(platform), raw))
                problems = value_problems(e.goal.kpi_def, value)
                if problems:
                    return self._refuse(edit, fill(self.tr("%1, %2: the value %3 %4."), e.goal.title,
                                                   platform_name(platform), raw, translated("problems", problems[0])))
                observations.append(Observation(e.goal.id, e.ask.day, value, platform, source="check-in"))
            confidence = e.confidence.currentData()
            note = " ".join(e.note.text().split())
            if note and confidence is None:
                return self._refuse(e.confidence, fill(self.tr("%1: choose how confident you are, to keep the note."),
                                                       e.goal.title))
            if confidence is not None:
                checkins.append(CheckIn(e.goal.id, self.document.today(), confidence, note))
        return observations, checkins

    def _refuse(self, widget: QWidget, message: str) -> None:
        self.message.setText(message)
        self.message.setStyleSheet("color: #b71c1c;")
        widget.setFocus()
        return None

    def save(self) -> None:
        read = self._read()
        if read is None:
            return
        observations, checkins = read
        if not observations and not checkins:
            self._refuse(self.first_entry() or self.every, self.tr("Nothing to save: type a figure or choose a "
                                                                   "confidence first."))
            return
        self.command = CheckInGoals(self.document, observations, checkins)
        self.document.undo_stack.push(self.command)
        self.accept()
