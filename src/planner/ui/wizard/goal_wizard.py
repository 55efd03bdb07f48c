"""The goal wizard: six pages that turn a wish into a SMART goal.

Pages load in ``initializePage``, refuse bad input in ``isComplete`` with an
inline message, and only the wizard's caller writes (through an undo
command) once the user presses Finish: the wizard never touches the plan.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyle, QWidget, QWizard

from planner.domain import realism
from planner.domain.goals import Goal
from planner.domain.realism import Finding, Suggestion
from planner.domain.retarget import retarget
from planner.ui.document import PlanDocument
from planner.ui.formatting import fill, format_value, translated
from planner.ui.icons import icon
from planner.ui.wizard.base import GoalPage
from planner.ui.wizard.measure_page import MeasurePage
from planner.ui.wizard.objective_page import ObjectivePage
from planner.ui.wizard.platforms_page import PlatformsPage
from planner.ui.wizard.relevant_page import RelevantPage
from planner.ui.wizard.review_page import ReviewPage
from planner.ui.wizard.timing_page import TimingPage


class GoalWizard(QWizard):
    def __init__(self, document: PlanDocument, goal: Goal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.original = goal
        self.setObjectName("goalWizard")
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        self.setWindowIcon(icon("new-goal"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, goal is not None)
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           self.tr("Sa&ve changes") if goal else self.tr("&Create goal"))
        self.setMinimumSize(QSize(760, 560))
        self._arrows()
        self.objective_page = ObjectivePage()
        self.measure_page = MeasurePage()
        self.platforms_page = PlatformsPage()
        self.relevant_page = RelevantPage()
        self.timing_page = TimingPage()
        self.review_page = ReviewPage()
        self.pages = (self.objective_page, self.measure_page, self.platforms_page, self.relevant_page,
                      self.timing_page, self.review_page)
        for page in self.pages:
            self.addPage(page)
            page.setFinalPage(goal is not None)  # editing: Finish from any page
        self.review_page.findings.useSuggestion.connect(self.use_suggested_target)
        self._loading = True
        today = document.today()
        self.timing_page.set_dates(today, today + timedelta(days=91))
        self.relevant_page.currency.setText(document.meta().currency)
        if goal is not None:
            self._load(goal)
        self._loading = False

    def _arrows(self) -> None:
        """Back and Next with arrows that point the way the pages go: right to left in Arabic and Persian.

        Qt's own "< Back" and "Next >" kept their arrows pointing left to right in a right-to-left
        wizard; the standard arrow icons follow the layout direction instead.
        """
        back, forward = QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton
        self.setButtonText(back, self.tr("&Back"))
        self.setButtonText(forward, self.tr("&Next"))
        style = self.style()
        self.button(back).setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack, None, self))
        next_button = self.button(forward)
        next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward, None, self))
        # the arrow after the word, as in "Next >": a button draws its icon first in its own direction
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        next_button.setLayoutDirection(Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft)

    # -- loading -----------------------------------------------------------
    def _load(self, goal: Goal) -> None:
        self.objective_page.select_objective(goal.objective)
        self.measure_page.initializePage()
        self.measure_page.title_edit.setText(goal.title)
        self.measure_page.statement.setPlainText(goal.statement)
        self.measure_page.select_kpi(goal.kpi)
        self.measure_page.baseline.set_value(goal.baseline)
        self.measure_page.target.set_value(goal.target)
        self.measure_page.followers.set_value(goal.follower_count)
        self.platforms_page.set_shares(goal.platforms)
        r = self.relevant_page
        r.business.setText(goal.business_objective)
        r.set_audience(goal.audience)
        r.budget.set_value(goal.budget)
        r.currency.setText(goal.currency)
        r.hours.set_value(goal.hours_per_week)
        t = self.timing_page
        t.set_dates(goal.start, goal.deadline)
        (t.growth if goal.shape.value == "growth" else t.linear).setChecked(True)
        for m in goal.milestones:
            t.add_milestone(m)

    def template_changed(self) -> None:
        """An example was chosen on the first page: fill the other pages from it."""
        template = self.objective_page.chosen_template()
        if template is None or self._loading:
            return
        m = self.measure_page
        m.initializePage()
        m.title_edit.setText(translated("templates", template.title))
        m.statement.setPlainText(translated("templates", template.statement))
        m.select_kpi(template.kpi)
        baseline = m.baseline.value()
        if baseline:
            m.target.set_value(round(baseline * template.factor, 2))
        self.platforms_page.set_checked(template.platforms)
        start = self.document.today()
        self.timing_page.set_dates(start, start + timedelta(days=template.days))
        (self.timing_page.growth if template.shape.value == "growth" else self.timing_page.linear).setChecked(True)

    def latest_value(self, kpi_id: str) -> float | None:
        if self.original is not None and self.original.kpi == kpi_id:
            own = self.document.observations(self.original.id or -1)
            if own:
                return None  # editing: the goal's baseline is its own, keep it
        return self.document.latest_value(kpi_id)

    # -- the draft ---------------------------------------------------------
    def fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        for page in self.pages:
            page.contribute(fields)
        return fields

    def draft_goal(self) -> Goal | None:
        """The goal as the pages now describe it, or None while a required field is missing."""
        f = self.fields()
        if not f.get("objective") or not f.get("kpi") or f.get("baseline") is None or f.get("target") is None \
                or f.get("start") is None or f.get("deadline") is None:
            return None
        keep: dict[str, Any] = {"seasons": tuple(self.document.seasons())}  # the plan's: they bend the line
        if self.original is not None:
            keep |= {"id": self.original.id, "archived": self.original.archived, "created": self.original.created,
                     # the KPI's new definition is said until the owner saves the goal with it (result_goal)
                     "kpi_to_confirm": self.original.kpi_to_confirm and f["kpi"] == self.original.kpi}
        return Goal(**f, **keep)

    def observations(self) -> list:
        return self.document.observations(self.original.id) if self.original and self.original.id else []

    def findings(self, goal: Goal) -> list[Finding]:
        return realism.check(goal, self.observations(), self.document.today(),
                             plan=self.document.goals(include_archived=False))

    def suggestion(self, goal: Goal) -> tuple[Suggestion | None, float | None]:
        """A target the goal reaches by its deadline, and the value "Use this" puts in the target."""
        s = realism.suggest_target(goal, self.observations(), self.document.today())
        return s, s.value if s else None

    def draft_changed(self, page: GoalPage | None = None) -> None:
        """Refresh the findings shown on *page*, the current page and the review page.

        Cheap enough to run on every keystroke: the engine is plain arithmetic.
        """
        if self._loading:
            return
        goal = self.draft_goal()
        if goal is None or goal.problems():
            findings: list[Finding] = []
        else:
            findings = self.findings(goal)
        for shown in {page or self.currentPage(), self.currentPage(), self.review_page}:
            if shown is not None:
                shown.show_findings(findings)

    def use_suggested_target(self, value: float) -> None:
        """"Use this" on the review page: the target, and the title, statement, platform targets and
        milestones that follow it (``retarget``); the pages show the result and Back edits it."""
        draft = self.draft_goal()
        if draft is None:
            return
        change = retarget(draft, value)
        after = change.after
        self._loading = True
        m = self.measure_page
        m.title_edit.setText(after.title)
        m.statement.setPlainText(after.statement)
        m.target.set_value(value)
        self.platforms_page.set_shares(after.platforms)
        self.timing_page.milestones.setRowCount(0)
        for milestone in after.milestones:
            self.timing_page.add_milestone(milestone)
        self._loading = False
        old = format_value(draft.kpi_def, draft.target, draft.currency)
        missing = [name for name, found in ((self.tr("the title"), change.title_found),
                                            (self.tr("the statement"), change.statement_found or
                                             not draft.statement.strip())) if not found]
        self.review_page.say_retargeted(
            fill(self.tr("Check the wording on the second page: %1 did not write the old target, %2."),
                 self.tr(" and ").join(missing), old) if missing else "")
        self.draft_changed()

    def accept(self) -> None:
        """Finish: refuse while any page (also one not shown since) has a problem, and say where."""
        for page in self.pages:
            problem = page.problem()
            if problem:
                self.currentPage().message.say(fill(self.tr("“%1”: %2"), page.title(), problem))
                return
        super().accept()

    def result_goal(self) -> Goal:
        goal = self.draft_goal()
        assert goal is not None, "Finish is only enabled on a complete goal"
        return replace(goal, title=goal.title.strip(), kpi_to_confirm=False)  # saved: its KPI is confirmed
