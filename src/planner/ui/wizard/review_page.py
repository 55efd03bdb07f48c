"""Page 6: the goal as one sentence, its SMART checklist, and what the realism engine says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel

from planner.domain.realism import Severity, worst
from planner.ui.describe import goal_sentence
from planner.ui.findings_view import FindingsPanel, scroll_column
from planner.ui.wizard.base import GoalPage
from planner.ui.style import emphasize

#: Findings that speak to whether the goal is attainable (the A of SMART).
ATTAINABLE_CODES = frozenset({"own_pace", "benchmark_pace", "flow_pace", "rate_ceiling", "rate_limit", "rate_step",
                              "own_level", "cut_step", "cost_benchmark", "reach_share", "rate_over_100", "resources",
                              "workload", "posting_peers", "budget", "funnel", "off_track", "wrong_way",
                              "vanity_metric", "slow_response", "too_few_posts"})
TIME_CODES = frozenset({"deadline_past", "too_short", "too_long"})
SPECIFIC_CODES = frozenset({"vague_statement", "no_platform", "platform_fit", "kpi_definition"})
MARKS = {"ok": ("✔", "#2e7d32"), "warn": ("!", "#e65100"), "bad": ("✘", "#c62828")}


class ReviewPage(GoalPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Review your goal"))
        self.setSubTitle(self.tr("Read it as one sentence, check each SMART letter, and see what the figures "
                                 "say about it before you commit."))
        self.sentence = QLabel()
        self.sentence.setObjectName("sentence")
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        emphasize(self.sentence, 1.15)
        grid = QGridLayout()
        self.checks: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (letter, name) in enumerate((("S", self.tr("Specific")), ("M", self.tr("Measurable")),
                                              ("A", self.tr("Attainable")), ("R", self.tr("Relevant")),
                                              ("T", self.tr("Time-bound")))):
            mark, text = QLabel(), QLabel()
            mark.setObjectName(f"check{letter}")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(QLabel(f"<b>{letter}</b>"), row, 0)
            grid.addWidget(QLabel(name), row, 1)
            grid.addWidget(mark, row, 2)
            grid.addWidget(text, row, 3)
            self.checks[letter] = (mark, text)
        grid.setColumnStretch(3, 1)
        self.findings = FindingsPanel(say_when_empty=True)
        self.findings.setObjectName("reviewFindings")
        self.retarget_note = QLabel()
        self.retarget_note.setObjectName("retargetNote")
        self.retarget_note.setWordWrap(True)
        self.retarget_note.setStyleSheet("color: #8d4f00;")
        self.retarget_note.hide()
        self.body.addWidget(scroll_column(self.sentence, grid, self.retarget_note, self.findings))
        self.inline_findings.hide()

    def show_findings(self, findings: list) -> None:
        wiz = self.goal_wizard()
        goal = wiz.draft_goal()
        if goal is None:
            return
        self.sentence.setText(goal_sentence(goal))
        suggestion, value = wiz.suggestion(goal)
        self.findings.show_findings(findings, suggestion, value)

        def state(codes: frozenset[str]) -> str:
            severity = worst(f for f in findings if f.code in codes)
            return "bad" if severity is Severity.ERROR else "warn" if severity is not None else "ok"

        has_number = any(ch.isdigit() for ch in goal.statement)
        self._set("S", state(SPECIFIC_CODES),
                  self.tr("A statement with a number, on chosen platforms.") if has_number and goal.platforms
                  else self.tr("Name a number and the platforms in your statement."))
        self._set("M", "ok", self.tr("One KPI, a baseline and a target."))
        self._set("A", state(ATTAINABLE_CODES), self.tr("Compared with your own pace and published figures."))
        relevant = bool(goal.business_objective)
        self._set("R", "ok" if relevant else "warn",
                  self.tr("Linked to a business objective.") if relevant
                  else self.tr("Say which business objective it serves."))
        disagreement = wiz.timing_page.statement_problem()
        if disagreement:
            self._set("T", "bad" if state(TIME_CODES) == "bad" else "warn", disagreement)
        else:
            self._set("T", state(TIME_CODES), self.tr("A start and a deadline."))

    def say_retargeted(self, text: str) -> None:
        """After "Use this": what the owner should check (empty: nothing)."""
        self.retarget_note.setText(text)
        self.retarget_note.setVisible(bool(text))

    def _set(self, letter: str, state: str, text: str) -> None:
        mark, label = self.checks[letter]
        symbol, colour = MARKS[state]
        mark.setText(symbol)
        mark.setStyleSheet(f"color: {colour}; font-weight: 700; font-size: 14pt")
        mark.setToolTip({"ok": self.tr("fine"), "warn": self.tr("worth a look"),
                         "bad": self.tr("needs changing")}[state])
        label.setText(text)

    def state_of(self, letter: str) -> str:
        return {v[0]: k for k, v in MARKS.items()}[self.checks[letter][0].text()]
