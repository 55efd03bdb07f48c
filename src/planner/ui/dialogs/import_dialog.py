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

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
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
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain import catalog, periods
from planner.domain.goals import Goal
from planner.exchange import figures_import, import_lines, importers
from planner.exchange.importers import GenericMapping, ImportFileError, ImportSource, Msg
from planner.store import plan_file
from planner.store.repository import OnDuplicate, Repository
from planner.ui.chart.goal_plot import platform_name
from planner.ui.commands import ImportFigures
from planner.ui.document import PlanDocument
from planner.ui.formatting import counted, fill, format_date, format_number, format_value, translated
from planner.ui.import_texts import text
from planner.ui.dialogs.import_panels import MappingBox, OthersBox, RebuildBox
from planner.ui.worker import Job

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

        self.mapping_box = MappingBox()
        self.mapping_box.requested.connect(self.recognise)
        self.date_column, self.value_column = self.mapping_box.date_column, self.mapping_box.value_column
        self.date_format = self.mapping_box.date_format

        self.rebuild_box = RebuildBox(document.today())
        self.rebuild_box.requested.connect(self.rebuild)
        self.rebuild_box.hide()

        self.summary = _plain("")
        self.summary.setObjectName("importSummary")
        self.notes = _plain("")
        self.notes.setObjectName("importNotes")
        self.notes.hide()
        self.warnings = _plain("")
        self.warnings.setObjectName("importWarnings")
        self.warnings.setStyleSheet(f"color: {_WARNING};")
        self.warnings.hide()

        self.others = OthersBox()
        self.others.changed.connect(self._update_import_button)

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
        self.duplicates_box = QGroupBox(self.tr("Periods that already have a figure")
                                        if periods.counts_in_periods(goal) else
                                        self.tr("Days that already have a figure"))
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
        layout.addWidget(self.warnings)
        layout.addWidget(self.others)
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
        if source.generic:
            self.mapping_box.offer(source.columns)
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
        self.mapping_box.submit(self.platform.currentData())

    def rebuild(self, anchor: figures_import.Anchor) -> None:
        """Rebuild follower totals from the file's daily changes and the count typed."""
        self.anchor = anchor
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
        today, platforms, goal = self.document.today(), self.goal.platform_ids, self.goal

        def work(progress, cancelled):
            try:
                return figures_import.read(source, kpi, platform=platform, existing=existing, today=today,
                                           goal=goal, goal_platforms=platforms, anchor=anchor, progress=progress,
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
            row_shown = format_number(f.row) if f.row else "—"  # a period of no rows (no visits that week)
            for col, shown in enumerate((row_shown, format_date(f.date), platform_name(f.platform),
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
            self._fail(fill(self.tr("No figure could be read (%1 left out). Nothing will be imported."),
                            counted("rows", preview.rejected_total)))
            return
        self.summary.setStyleSheet("")
        summary = (self.tr("%1 of %2, one per period, from %3 to %4; %5 left out; periods that already have a "
                           "figure: %6.") if periods.counts_in_periods(self.goal) else
                   self.tr("%1 of %2 understood, from %3 to %4; %5 left out; days that already have a figure: %6."))
        self.summary.setText(fill(
            summary, counted("figures", preview.count), translated("catalog", kpi.name), format_date(preview.first),
            format_date(preview.last), counted("rows", preview.rejected_total), format_number(preview.duplicates)))
        self._update_import_button()

    def _show_left_out(self, preview: figures_import.Preview) -> None:
        self.rejected.clear()
        for line in import_lines.skipped_lines(preview):
            item = QListWidgetItem(text(line))
            item.setForeground(QColor("#616161"))
            self.rejected.addItem(item)
        for line in import_lines.rejected_lines(preview):
            self.rejected.addItem(text(line))

    def _show_notes(self, preview: figures_import.Preview) -> None:
        """How the figures were read, and (apart, in orange) what may make them wrong."""
        for label, warning, mark in ((self.notes, False, "• "), (self.warnings, True, "⚠ ")):
            lines = [mark + text(n.message) for n in preview.notes if n.warning is warning]
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))

    def _show_foreign(self, preview: figures_import.Preview) -> None:
        explanation = text(import_lines.foreign_problem(preview, self.goal)) if preview.foreign else ""
        self.others.show_for(list(preview.foreign), explanation, not self.document.read_only)

    def _update_import_button(self, *_: object) -> None:
        preview = self.preview
        ready = (preview is not None and preview.count > 0 and preview.problem is None and not self._busy()
                 and not self.document.read_only)
        if ready and preview.foreign:
            choice = self.others.choice()
            ready = choice is figures_import.Others.ADD or (choice is figures_import.Others.SKIP
                                                            and preview.count > sum(preview.foreign.values()))
        self.import_button.setEnabled(bool(ready))

    # -- writing ---------------------------------------------------------------
    def _others(self) -> figures_import.Others:
        if self.preview is None or not self.preview.foreign:
            return figures_import.Others.REFUSE
        return self.others.choice() or figures_import.Others.REFUSE

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
