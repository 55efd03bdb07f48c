"""Import figures: recognise the file, preview what will happen, then write it in one go.

The preview says what the file is, which column each figure comes from, how
per-post rows were rolled into days, what may make the figures wrong, and every
row left out with why (many alike in one line).  Figures of a platform the goal
is not on are never imported silently: the owner adds the platform to the goal
(one undo step with the import) or leaves them out.  A followers goal can take
a file of daily follower changes with one count the owner types.

Reading and writing run on a worker thread with a progress bar and Cancel;
nothing touches the plan until Import is pressed, and the write is one
transaction (its own connection, on the worker), so Cancel or a failure
leaves the plan exactly as it was.  A successful import is one undo step.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import catalog
from planner.domain.goals import Goal
from planner.exchange import figures_import, importers
from planner.exchange.importers import GenericMapping, ImportFileError, ImportSource, Msg
from planner.store import plan_file
from planner.store.repository import OnDuplicate, Repository
from planner.ui.chart.goal_plot import platform_name
from planner.ui.commands import ImportFigures
from planner.ui.document import PlanDocument
from planner.ui.formatting import fill, format_date, format_number, format_value, to_qdate, translated
from planner.ui.import_texts import text
from planner.ui.wizard.fields import NumberEdit
from planner.ui.wizard.timing_page import date_edit
from planner.ui.worker import Job

#: Date formats a home-made table may use, each shown by an example.
DATE_FORMATS = (("%Y-%m-%d", "2026-03-31"), ("%d/%m/%Y", "31/03/2026"), ("%m/%d/%Y", "03/31/2026"),
                ("%d.%m.%Y", "31.03.2026"), ("%d-%m-%Y", "31-03-2026"))
_WARNING = "#e65100"
_ERROR = "#b71c1c"


class ImportDialog(QDialog):
    def __init__(self, document: PlanDocument, goal: Goal, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.goal = goal
        self.path = path
        self.source: ImportSource | None = None
        self.preview: figures_import.Preview | None = None
        self.job: Job | None = None
        self.command: ImportFigures | None = None
        self.anchor: figures_import.Anchor | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(fill(self.tr("Import figures into “%1”"), goal.title))
        self.resize(820, 680)

        self.recognised = _plain("")
        self.recognised.setObjectName("recognised")
        self.recipe = _plain("")
        self.recipe.setObjectName("recipe")
        self.platform = QComboBox()
        self.platform.setObjectName("importPlatform")
        self.platform.addItem(platform_name(None), None)
        for pid in goal.platform_ids or tuple(p.id for p in catalog.PLATFORMS):
            self.platform.addItem(platform_name(pid), pid)
        if len(goal.platform_ids) == 1:
            self.platform.setCurrentIndex(1)
        self.platform_label = QLabel(self.tr("Figures without a platform are for:"))

        self.mapping_box = QGroupBox(self.tr("Your own table: which columns hold what?"))
        self.date_column, self.value_column, self.date_format = QComboBox(), QComboBox(), QComboBox()
        self.date_column.setObjectName("dateColumn")
        self.value_column.setObjectName("valueColumn")
        self.date_format.setObjectName("dateFormat")
        self.date_format.addItem(self.tr("Detect"), "")
        for fmt, example in DATE_FORMATS:
            self.date_format.addItem(example, fmt)
        reread = QPushButton(self.tr("&Read with these columns"))
        reread.setObjectName("reread")
        reread.clicked.connect(self.read_with_mapping)
        mapping = QFormLayout(self.mapping_box)
        mapping.addRow(self.tr("&Date column:"), self.date_column)
        mapping.addRow(self.tr("&Value column:"), self.value_column)
        mapping.addRow(self.tr("Date &format:"), self.date_format)
        mapping.addRow("", reread)
        self.mapping_box.hide()

        self.rebuild_box = QGroupBox(self.tr("Daily changes: rebuild the follower totals"))
        self.rebuild_box.setObjectName("rebuildBox")
        self.total = NumberEdit(placeholder=self.tr("e.g. 1,240"))
        self.total.setObjectName("totalCount")
        self.total_day = date_edit("totalDay")
        self.total_day.setDate(to_qdate(document.today()))
        self.rebuild_button = QPushButton(self.tr("Re&build"))
        self.rebuild_button.setObjectName("rebuild")
        self.rebuild_button.setEnabled(False)
        self.rebuild_button.clicked.connect(self.rebuild)
        self.total.valueChanged.connect(
            lambda: self.rebuild_button.setEnabled(self.total.value() is not None and self.total.value() >= 0))
        self.total.returnPressed.connect(self.rebuild)
        explain = _plain(self.tr("This file has the day's change in followers, not how many you have. Type how many "
                                 "followers you had on one day, and the totals of the other days are worked out from "
                                 "the changes."))
        counts = QHBoxLayout()
        counts.addWidget(QLabel(self.tr("&Followers:")))
        counts.itemAt(0).widget().setBuddy(self.total)
        counts.addWidget(self.total, 1)
        counts.addWidget(QLabel(self.tr("on")))
        counts.addWidget(self.total_day)
        counts.addWidget(self.rebuild_button)
        box = QVBoxLayout(self.rebuild_box)
        box.addWidget(explain)
        box.addLayout(counts)
        self.rebuild_box.hide()

        self.summary = _plain("")
        self.summary.setObjectName("importSummary")
        self.notes = _plain("")
        self.notes.setObjectName("importNotes")
        self.notes.hide()

        self.foreign_box = QGroupBox(self.tr("Figures of a platform this goal is not on"))
        self.foreign_box.setObjectName("foreignBox")
        self.foreign_text = _plain("")
        self.add_platform = QRadioButton()
        self.add_platform.setObjectName("addPlatform")
        self.skip_others = QRadioButton(self.tr("&Leave those figures out"))
        self.skip_others.setObjectName("skipOthers")
        foreign_group = QButtonGroup(self)
        foreign_group.addButton(self.add_platform)
        foreign_group.addButton(self.skip_others)
        foreign_group.buttonToggled.connect(self._update_import_button)
        box = QVBoxLayout(self.foreign_box)
        box.addWidget(self.foreign_text)
        box.addWidget(self.add_platform)
        box.addWidget(self.skip_others)
        self.foreign_box.hide()

        self.sample = QTableWidget(0, 4)
        self.sample.setObjectName("importSample")
        self.sample.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Date"), self.tr("Platform"),
                                               self.tr("Value")])
        self.sample.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sample.verticalHeader().hide()
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rejected = QListWidget()
        self.rejected.setObjectName("importRejected")
        self.rejected.setWordWrap(True)
        self.skip = QRadioButton(self.tr("&Keep the figures already in the plan"))
        self.skip.setObjectName("skipDuplicates")
        self.replace = QRadioButton(self.tr("&Replace them with the file's figures"))
        self.replace.setObjectName("replaceDuplicates")
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.skip)
        group.addButton(self.replace)
        self.duplicates_box = QGroupBox(self.tr("Days that already have a figure"))
        dup = QVBoxLayout(self.duplicates_box)
        dup.addWidget(self.skip)
        dup.addWidget(self.replace)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_write)
        self.cancel_button.clicked.connect(self.cancel)

        top = QFormLayout()
        top.addRow(self.tr("File:"), _plain(str(path)))
        top.addRow(self.tr("Recognised as:"), self.recognised)
        top.addRow(self.tr("Figures from:"), self.recipe)
        top.addRow(self.platform_label, self.platform)
        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("First rows understood:")))
        left.addWidget(self.sample)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Rows left out, and why:")))
        right.addWidget(self.rejected)
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.rebuild_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.foreign_box)
        layout.addLayout(lists, 1)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.platform.currentIndexChanged.connect(self.start_read)
        self.recognise(None)

    # -- recognising -----------------------------------------------------------
    def recognise(self, mapping: GenericMapping | None) -> None:
        try:
            self.source = importers.open_source(self.path, mapping=mapping)
        except ImportFileError as exc:
            self.source = None
            self.recognised.setText(self.tr("Not recognised"))
            self._fail(fill(self.tr("%1: %2. Nothing will be imported."), self.path.name, text(exc.problem)))
            return
        source = self.source
        platform = fill(self.tr("%1 — %2"), text(source.layout), platform_name(source.platform)) \
            if source.platform else text(source.layout)
        self.recognised.setText(platform)
        if source.platform is not None:
            index = self.platform.findData(source.platform)
            if index >= 0:
                self.platform.blockSignals(True)
                self.platform.setCurrentIndex(index)
                self.platform.blockSignals(False)
        own_platforms = source.platform is None and not source.mixed
        self.platform.setVisible(own_platforms)
        self.platform_label.setVisible(own_platforms)
        if source.generic and self.date_column.count() == 0:
            for combo in (self.date_column, self.value_column):
                combo.addItems(list(source.columns))
            self.value_column.setCurrentIndex(min(1, self.value_column.count() - 1))
        self.mapping_box.setVisible(source.generic)
        kpi = self.goal.kpi
        changes = kpi == "followers" and kpi not in source.metrics and "new_followers" in source.metrics \
            and not source.gross_follows
        self.rebuild_box.setVisible(changes)
        if kpi not in source.metrics:
            if changes:
                self.recipe.setText(text(source.recipe("new_followers") or Msg("")))
                self.summary.setStyleSheet("")
                self.summary.setText(self.tr("Type a follower count and press Rebuild to see the totals."))
                self.import_button.setEnabled(False)
                return
            why = text(source.missing(kpi))
            if source.generic:
                why = fill(self.tr("%1 Choose them above, then press Read with these columns."), why)
            self._fail(why)
            return
        self.recipe.setText(text(source.recipe(kpi) or Msg("")))
        self.start_read()

    def read_with_mapping(self) -> None:
        self.recognise(GenericMapping(self.date_column.currentText(), self.value_column.currentText(),
                                      self.date_format.currentData() or None, self.platform.currentData()))

    def rebuild(self) -> None:
        """Rebuild follower totals from the file's daily changes and the count typed."""
        count = self.total.value()
        if count is None or count < 0:
            self._fail(self.total.problem() or self.tr("Type how many followers you had on that day."))
            return
        day = self.total_day.date()
        self.anchor = figures_import.Anchor(count, date(day.year(), day.month(), day.day()))
        self.start_read()

    def _fail(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.setStyleSheet(f"color: {_ERROR}; font-weight: 600;")
        self.import_button.setEnabled(False)

    # -- reading ---------------------------------------------------------------
    def start_read(self) -> None:
        source, kpi = self.source, self.goal.kpi
        if source is None or self._busy():
            return
        if kpi not in source.metrics and (self.anchor is None or not self.rebuild_box.isVisible()):
            return
        platform, anchor = self.platform.currentData(), self.anchor
        existing = {(o.platform, o.date) for o in self.document.observations(self.goal.id)}
        today, platforms = self.document.today(), self.goal.platform_ids

        def work(progress, cancelled):
            try:
                return figures_import.read(source, kpi, platform=platform, existing=existing, today=today,
                                           goal_platforms=platforms, anchor=anchor, progress=progress,
                                           cancelled=cancelled)
            except ImportFileError as exc:  # said in the user's language, not as a failure
                return exc

        self._run(work, self._read_done, self.tr("Reading…"))

    def _read_done(self, preview: figures_import.Preview | ImportFileError) -> None:
        if isinstance(preview, ImportFileError):
            self._fail(fill(self.tr("%1: %2. Nothing will be imported."), self.path.name, text(preview.problem)))
            return
        self.preview = preview
        kpi = self.goal.kpi_def
        if preview.rebuilt and preview.recipe is not None:
            self.recipe.setText(text(preview.recipe))
        self.sample.setRowCount(len(preview.sample))
        for row, f in enumerate(preview.sample):
            for col, shown in enumerate((format_number(f.row), format_date(f.date), platform_name(f.platform),
                                         format_value(kpi, f.value, self.goal.currency))):
                self.sample.setItem(row, col, QTableWidgetItem(shown))
        self._show_left_out(preview)
        self._show_notes(preview)
        self.duplicates_box.setEnabled(preview.duplicates > 0)
        self._show_foreign(preview)
        if preview.problem is not None:
            self._fail(fill(self.tr("%1 Nothing will be imported."), text(preview.problem)))
            return
        if preview.count == 0:
            self._fail(fill(self.tr("No figure could be read (%1 rows left out). Nothing will be imported."),
                            format_number(preview.rejected_total)))
            return
        self.summary.setStyleSheet("")
        self.summary.setText(fill(
            self.tr("%1 figures of %2 understood, from %3 to %4. %5 rows left out. %6 days already have a figure."),
            format_number(preview.count), translated("catalog", kpi.name), format_date(preview.first),
            format_date(preview.last), format_number(preview.rejected_total), format_number(preview.duplicates)))
        self._update_import_button()

    def _show_left_out(self, preview: figures_import.Preview) -> None:
        self.rejected.clear()
        for line in figures_import.skipped_lines(preview):
            item = QListWidgetItem(text(line))
            item.setForeground(QColor("#616161"))
            self.rejected.addItem(item)
        for line in figures_import.rejected_lines(preview):
            self.rejected.addItem(text(line))

    def _show_notes(self, preview: figures_import.Preview) -> None:
        lines = [("⚠ " if n.warning else "• ") + text(n.message) for n in preview.notes]
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))
        warned = any(n.warning for n in preview.notes)
        self.notes.setStyleSheet(f"color: {_WARNING};" if warned else "")

    def _show_foreign(self, preview: figures_import.Preview) -> None:
        self.foreign_box.setVisible(bool(preview.foreign))
        if not preview.foreign:
            return
        theirs = QCoreApplication.translate("describe", ", ").join(platform_name(p) for p in preview.foreign)
        self.foreign_text.setText(text(figures_import.foreign_problem(preview, self.goal)))
        self.add_platform.setText(fill(self.tr("&Add %1 to this goal (undone with the import)"), theirs))
        self.add_platform.setEnabled(not self.document.read_only)

    def _update_import_button(self, *_: object) -> None:
        preview = self.preview
        ready = (preview is not None and preview.count > 0 and preview.problem is None and not self._busy()
                 and not self.document.read_only)
        if ready and preview.foreign:
            ready = self.add_platform.isChecked() or (self.skip_others.isChecked()
                                                      and preview.count > sum(preview.foreign.values()))
        self.import_button.setEnabled(bool(ready))

    # -- writing ---------------------------------------------------------------
    def _others(self) -> figures_import.Others:
        if self.preview is None or not self.preview.foreign:
            return figures_import.Others.REFUSE
        return figures_import.Others.ADD if self.add_platform.isChecked() else figures_import.Others.SKIP

    def start_write(self) -> None:
        if self.preview is None or self._busy() or not self.import_button.isEnabled():
            return
        preview, goal_id, path = self.preview, self.goal.id, self.document.path
        on_duplicate = OnDuplicate.REPLACE if self.replace.isChecked() else OnDuplicate.SKIP
        others = self._others()
        stamp = datetime.now()

        def work(progress, cancelled):
            # the worker's own connection (SQLite's are per thread), under the window's lock
            pf = plan_file.open_plan(path, exclusive=False)
            try:
                return figures_import.write(Repository(pf.db), goal_id, preview, on_duplicate, stamp, progress,
                                            cancelled, others=others)
            finally:
                pf.close()

        self._pending = (on_duplicate, stamp, others)
        self._run(work, self._write_done, self.tr("Importing…"))

    def _write_done(self, result: tuple[int, list]) -> None:
        written, replaced = result
        on_duplicate, stamp, others = self._pending
        added = others is figures_import.Others.ADD
        self.command = ImportFigures(self.document, self.goal.id, self.preview, on_duplicate, stamp, written,
                                     replaced, others, self.goal if added else None)
        self.document.undo_stack.push(self.command)
        self.accept()

    # -- the worker ------------------------------------------------------------
    def _busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def _run(self, work, done, label: str) -> None:
        self.import_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setFormat(label)
        self.progress.show()
        job = Job(work, self)
        job.progressed.connect(self.progress.setValue)
        job.succeeded.connect(done)
        job.failed.connect(self._job_failed)
        job.finished.connect(self.progress.hide)
        self.job = job
        job.start()

    def _job_failed(self, message: str) -> None:
        if self.job is not None and self.job.cancelled:
            self.summary.setStyleSheet("")
            self.summary.setText(self.tr("Cancelled. The plan was not changed."))
            return
        self._fail(fill(self.tr("The import failed: %1. The plan was not changed."), message))

    def cancel(self) -> None:
        """Cancel the running step (nothing is written), or close the dialog."""
        if self._busy():
            self.job.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self._busy():
            self.job.wait()
        super().reject()


def _plain(shown: str) -> QLabel:
    label = QLabel(shown)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
