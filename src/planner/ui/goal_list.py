"""The goal list: one row per goal with its platforms, progress and verdict.

``GoalListModel`` is a plain item model over the document's goals, after a
first "All goals" row that leads back to the overview; ``GoalFilterModel``
hides archived goals and filters by verdict; the delegate draws each row as a
small card.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import realism
from planner.domain.goals import Goal
from planner.domain.verdict import Assessment, Verdict
from planner.ui.bidi import text_direction
from planner.ui.document import PlanDocument, rewire
from planner.ui.formatting import arrow, fill, format_number, format_value, percent, plain_tip, text, translated
from planner.ui.findings_view import finding_texts, severity_label
from planner.ui.icons import icon, platform_icon
from planner.ui.review_view import ask_words
from planner.ui.style import VERDICT_COLOURS

GoalRole = Qt.ItemDataRole.UserRole + 1
AssessmentRole = Qt.ItemDataRole.UserRole + 2
VerdictRole = Qt.ItemDataRole.UserRole + 3
GoalIdRole = Qt.ItemDataRole.UserRole + 4
SeverityRole = Qt.ItemDataRole.UserRole + 5
AllGoalsRole = Qt.ItemDataRole.UserRole + 6  # on the "All goals" row: how many goals it stands for
ReviewRole = Qt.ItemDataRole.UserRole + 7  # what a check-in asks of the goal (review.Ask), or None
LATE_INK = QColor("#e65100")


class GoalListModel(QAbstractListModel):
    def __init__(self, document: PlanDocument | None = None, parent=None) -> None:
        super().__init__(parent)
        self._document: PlanDocument | None = None
        self._rows: list[tuple[Goal, Assessment, list, object]] = []
        self.set_document(document)

    def set_document(self, document: PlanDocument | None) -> None:
        self._document = rewire(self._document, document, goalsChanged=self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        doc = self._document
        self._rows = [(g, doc.assessment(g), doc.findings(g), doc.review(g)) for g in doc.goals()] if doc else []
        self.endResetModel()

    def row_of(self, goal_id: int) -> int:
        for i, (g, _, _, _) in enumerate(self._rows):
            if g.id == goal_id:
                return i + 1
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._rows else len(self._rows) + 1  # no goals: no "All goals"

    def _all_goals(self, role: int):
        """The first row: every goal at a glance (the overview)."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("All goals")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Every goal at a glance (Alt+Home)")
        if role == AllGoalsRole:
            return len([g for g, _, _, _ in self._rows if not g.archived])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        if index.row() == 0:
            return self._all_goals(role)
        goal, state, findings, asked = self._rows[index.row() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return goal.title
        if role == Qt.ItemDataRole.ToolTipRole:
            kpi = goal.kpi_def
            current = format_value(kpi, state.current, goal.currency) if state.current is not None else "–"
            lines = [goal.title, f"{translated('catalog', kpi.name)}: {current} {arrow()} "
                                 f"{format_value(kpi, goal.target, goal.currency)}",
                     f"{translated('verdict', state.label)}: {text(state.sentence)}"]
            if findings:
                lines.append(f"{severity_label(findings[0].severity)}: {finding_texts(findings[0])[0]}")
            if asked is not None and asked.due:
                lines.append(fill(self.tr("Figures late: %1") if asked.late else self.tr("Waits for figures: %1"),
                                  ask_words(goal, asked)))
            return plain_tip("\n".join(lines))  # a title is text, never markup
        if role == Qt.ItemDataRole.AccessibleTextRole:
            done = f", {percent(state.percent)}" if state.percent is not None else ""
            late = f", {self.tr('figures late')}" if asked is not None and asked.late else ""
            return f"{goal.title}, {translated('verdict', state.label)}{done}{late}"
        if role == GoalRole:
            return goal
        if role == GoalIdRole:
            return goal.id
        if role == AssessmentRole:
            return state
        if role == ReviewRole:
            return asked
        if role == VerdictRole:
            return state.verdict.value
        if role == SeverityRole:
            worst = realism.worst(findings)
            return worst.value if worst else None
        return None


class GoalFilterModel(QSortFilterProxyModel):
    """Shows the goals with the chosen verdict (all when None), archived ones only on request."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._verdict: Verdict | None = None
        self._show_archived = False

    def set_verdict(self, verdict: Verdict | None) -> None:
        self.beginFilterChange()
        self._verdict = verdict
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        goal: Goal | None = index.data(GoalRole)
        if goal is None:  # the "All goals" row
            return True
        if goal.archived and not self._show_archived:
            return False
        return self._verdict is None or index.data(VerdictRole) == self._verdict.value


class GoalDelegate(QStyledItemDelegate):
    """Draws a goal as: title, platform icons, a progress bar and a verdict chip."""

    PADDING = 8
    ICON = 16

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        line = option.fontMetrics.height()
        if index.data(GoalRole) is None:  # the "All goals" row: one line
            return QSize(240, self.PADDING * 2 + line + 4)
        lines = len(self._title_lines(option, index))  # a long title takes a second line
        return QSize(240, self.PADDING * 3 + line * (1 + lines) + 8)

    def _title_lines(self, option: QStyleOptionViewItem, index) -> list[str]:
        goal: Goal = index.data(GoalRole)
        state: Assessment = index.data(AssessmentRole)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        width = option.widget.viewport().width() if option.widget is not None else option.rect.width()
        width -= 2 * self.PADDING + 4
        mark = self.ICON + 4 if index.data(SeverityRole) else 0
        chip = option.fontMetrics.horizontalAdvance(translated("verdict", state.label)) + 14 + 6
        return self.title_lines(metrics, goal.title, width - chip - mark, width - mark)

    @staticmethod
    def title_lines(metrics: QFontMetrics, title: str, first: int, second: int) -> list[str]:
        """A title on one line, or two: the words that fit the first line (beside the status), then the rest,
        cut in the middle if it is still too long, so that two goals whose titles start alike ("Grow Instagram
        followers in Amman to 1,900", "... to 5,000") still differ by their ends."""
        if metrics.horizontalAdvance(title) <= first:
            return [title]
        words = title.split(" ")
        head = ""
        for i in range(len(words), 0, -1):
            candidate = " ".join(words[:i])
            if metrics.horizontalAdvance(candidate) <= first:
                head = candidate
                rest = " ".join(words[i:])
                break
        else:  # one long word: cut it where the line ends
            cut = max(1, len(metrics.elidedText(title, Qt.TextElideMode.ElideNone, first)))
            while cut > 1 and metrics.horizontalAdvance(title[:cut]) > first:
                cut -= 1
            head, rest = title[:cut], title[cut:]
        return [head, metrics.elidedText(rest, Qt.TextElideMode.ElideMiddle, max(0, second))]

    def _paint_all_goals(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        style = option.widget.style() if option.widget else None
        painter.save()
        if style:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        r = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        x = r.right() - self.ICON if rtl else r.left()
        icon("overview").paint(painter, QRect(x, r.top() + (r.height() - self.ICON) // 2, self.ICON, self.ICON))
        text_rect = r.adjusted(0 if rtl else self.ICON + 6, 0, -(self.ICON + 6) if rtl else 0, 0)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(text_rect, int(align), index.data(Qt.ItemDataRole.DisplayRole))
        painter.setFont(option.font)
        n = index.data(AllGoalsRole) or 0
        count = self.tr("one goal") if n == 1 else fill(self.tr("%1 goals"), format_number(n))
        end = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
        painter.drawText(text_rect, int(end), count)
        painter.restore()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        goal: Goal | None = index.data(GoalRole)
        if goal is None:
            self._paint_all_goals(painter, option, index)
            return
        state: Assessment = index.data(AssessmentRole)
        style = option.widget.style() if option.widget else None
        painter.save()
        if style:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        r = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        fm = option.fontMetrics
        line = fm.height()

        # verdict chip at the trailing end of the first line
        label = translated("verdict", state.label)
        bold = QFont(option.font)
        bold.setBold(True)
        chip_w = fm.horizontalAdvance(label) + 14
        chip = QRect(r.left() if rtl else r.right() - chip_w, r.top(), chip_w, line + 2)
        colour = VERDICT_COLOURS[state.verdict]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor("white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)

        # the worst finding's severity, then the title in its own script's direction, elided
        severity = index.data(SeverityRole)
        mark = self.ICON + 4 if severity else 0
        if severity:
            x = r.right() - self.ICON if rtl else r.left()
            icon(f"severity-{severity}").paint(painter, QRect(x, r.top() + (line + 2 - self.ICON) // 2,
                                                              self.ICON, self.ICON))
        title_rect = QRect(r.left() + (chip_w + 6 if rtl else mark), r.top(), r.width() - chip_w - 6 - mark, line + 2)
        painter.setFont(bold)
        painter.setPen(text_colour if not goal.archived else QColor("#888888"))
        option_text = QTextOption(Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))
        option_text.setTextDirection(text_direction(goal.title, option.direction))
        option_text.setWrapMode(QTextOption.WrapMode.NoWrap)
        lines = self._title_lines(option, index)
        painter.drawText(title_rect, lines[0], option_text)
        if len(lines) > 1:
            painter.drawText(QRect(r.left() + (0 if rtl else mark), r.top() + line + 2, r.width() - mark, line),
                             lines[1], option_text)
        painter.setFont(option.font)

        # next line: platform icons, then the progress bar
        y = r.top() + line * len(lines) + self.PADDING
        x = r.right() - self.ICON if rtl else r.left()
        for pid in goal.platform_ids:
            platform_icon(pid).paint(painter, QRect(x, y, self.ICON, self.ICON))
            x += -(self.ICON + 4) if rtl else self.ICON + 4
        asked = index.data(ReviewRole)
        if asked is not None and asked.late:  # figures late: a word in orange before the bar
            word = self.tr("late")
            width = fm.horizontalAdvance(word) + 6
            painter.setPen(LATE_INK)
            painter.setFont(bold)
            late_rect = QRect(x - width + self.ICON if rtl else x + 4, y, width, self.ICON)
            painter.drawText(late_rect, int(Qt.AlignmentFlag.AlignCenter), word)
            painter.setFont(option.font)
            x += -width if rtl else width
        bar_left = r.left() if rtl else x + 4
        bar_right = x - 4 + self.ICON if rtl else r.right()
        pct = max(0.0, min(100.0, state.percent or 0.0))
        bar = QRect(bar_left, y + self.ICON // 2 - 4, max(10, bar_right - bar_left - 44), 8)
        if rtl:
            bar.moveLeft(bar_left + 44)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e0e0e0"))
        painter.drawRoundedRect(bar, 4, 4)
        filled = QRect(bar)
        filled.setWidth(int(bar.width() * pct / 100))
        if rtl:
            filled.moveRight(bar.right())
        painter.setBrush(colour)
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(text_colour)
        pct_rect = QRect(r.left() if rtl else bar.right() + 4, y, 40, self.ICON)
        painter.drawText(pct_rect, Qt.AlignmentFlag.AlignCenter,
                         percent(state.percent) if state.percent is not None else "–")
        painter.restore()


class GoalListPanel(QWidget):
    """The left side of the window: a verdict filter over the list of goals."""

    goalSelected = Signal(object)  # the goal's id, or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = GoalListModel(parent=self)
        self.proxy = GoalFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show goals"))
        self.filter.addItem(self.tr("Any status"), None)
        for verdict in Verdict:
            self.filter.addItem(translated("verdict", verdict.label), verdict.value)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.archived = QCheckBox(self.tr("Archived"))
        self.archived.setToolTip(self.tr("Show archived goals too"))
        self.archived.toggled.connect(self.proxy.set_show_archived)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(GoalDelegate(self.view))
        self.view.setUniformItemSizes(False)  # the "All goals" row is one line, a goal two or three
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # a wider list: titles take fewer lines
        self.view.setAccessibleName(self.tr("Goals"))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        label = self.title_label = QLabel(self.tr("Goa&ls"))
        label.setBuddy(self.view)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addStretch()
        top.addWidget(self.filter)
        top.addWidget(self.archived)
        layout = QVBoxLayout(self)
        # room at the window's edge, on either side (a layout's margins are not mirrored in right to left)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self._kept: int | None = None

    def set_document(self, document: PlanDocument | None) -> None:
        self.model.set_document(document)

    def show_everything(self, *, archived: bool = False) -> None:
        """Clear the status filter (and show archived goals when asked), so any goal can be selected."""
        self.filter.setCurrentIndex(0)
        if archived:
            self.archived.setChecked(True)

    def _filter_changed(self) -> None:
        value = self.filter.currentData()
        self.proxy.set_verdict(Verdict(value) if value else None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.goalSelected.emit(current.data(GoalIdRole) if current.isValid() else None)

    def _remember(self) -> None:
        self._kept = self.current_goal_id()

    def _restore(self) -> None:
        if self._kept is None or not self.select_goal(self._kept):
            self.select_goal(None)

    def current_goal_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(GoalIdRole) if index.isValid() else None

    def select_goal(self, goal_id: int | None) -> bool:
        """Select the goal with this id (None clears the selection); False when it is not shown."""
        if goal_id is None:  # the "All goals" row
            first = self.proxy.index(0, 0)
            if first.isValid() and self.view.currentIndex() != first:
                self.view.setCurrentIndex(first)  # emits goalSelected(None) through currentChanged
            else:
                self.view.setCurrentIndex(first)
                self.goalSelected.emit(None)
            return True
        row = self.model.row_of(goal_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        return True
