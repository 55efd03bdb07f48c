"""Import figures: recognise the file, preview what will happen, then write it in one go.

Reading and writing run on a worker thread with a progress bar and Cancel;
nothing touches the plan until Import is pressed, and the write is one
transaction (its own connection, on the worker), so Cancel or a failure
leaves the plan exactly as it was.  A successful import is one undo step.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from planner.exchange.importers import GenericMapping, ImportFileError, ImportSource
from planner.store import plan_file
from planner.store.repository import OnDuplicate, Repository
from planner.ui.chart.goal_plot import platform_name
from planner.ui.commands import ImportFigures
from planner.ui.document import PlanDocument
from planner.ui.formatting import counted, fill, format_date, format_number, format_value, translated
from planner.ui.worker import Job

#: Date formats a home-made table may use, each shown by an example.
DATE_FORMATS = (("%Y-%m-%d", "2026-03-31"), ("%d/%m/%Y", "31/03/2026"), ("%m/%d/%Y", "03/31/2026"),
                ("%d.%m.%Y", "31.03.2026"), ("%d-%m-%Y", "31-03-2026"))


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
        self.setObjectName("importDialog")
        self.setWindowTitle(fill(self.tr("Import figures into “%1”"), goal.title))
        self.resize(760, 620)

        self.recognised = QLabel()
        self.recognised.setObjectName("recognised")
        self.recognised.setWordWrap(True)
        self.recognised.setTextFormat(Qt.TextFormat.PlainText)
        self.platform = QComboBox()
        self.platform.setObjectName("importPlatform")
        self.platform.addItem(platform_name(None), None)
        for pid in goal.platform_ids or tuple(p.id for p in catalog.PLATFORMS):
            self.platform.addItem(platform_name(pid), pid)
        if len(goal.platform_ids) == 1:
            self.platform.setCurrentIndex(1)
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

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.sample = QTableWidget(0, 4)
        self.sample.setObjectName("importSample")
        self.sample.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Date"), self.tr("Platform"),
                                               self.tr("Value")])
        self.sample.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sample.verticalHeader().hide()
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rejected = QListWidget()
        self.rejected.setObjectName("importRejected")
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
        top.addRow(self.tr("Figures without a platform are for:"), self.platform)
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
        layout.addWidget(self.summary)
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
            self._fail(fill(self.tr("%1: %2. Nothing will be imported."), self.path.name, exc.problem))
            return
        platform = f" ({platform_name(self.source.platform)})" if self.source.platform else ""
        self.recognised.setText(self.source.layout + platform)
        if self.source.platform is not None:
            index = self.platform.findData(self.source.platform)
            if index >= 0:
                self.platform.blockSignals(True)
                self.platform.setCurrentIndex(index)
                self.platform.blockSignals(False)
        generic = self.source.layout.startswith("Generic")
        if generic and self.date_column.count() == 0:
            for combo in (self.date_column, self.value_column):
                combo.addItems(list(self.source.columns))
            self.value_column.setCurrentIndex(min(1, self.value_column.count() - 1))
        self.mapping_box.setVisible(generic)
        if self.goal.kpi not in self.source.metrics:
            has = QCoreApplication.translate("describe", ", ").join(translated("catalog", catalog.kpi(k).name) for k in self.source.metrics if catalog.is_kpi(k))
            self._fail(fill(self.tr("This file has no figures of %1 (%2). It has: %3. %4"),
                            translated("catalog", self.goal.kpi_def.name), self.goal.kpi,
                            has or self.tr("nothing this goal can use"),
                            self.tr("Choose the date and value columns above.") if generic else self.source.note))
            return
        self.start_read()

    def read_with_mapping(self) -> None:
        self.recognise(GenericMapping(self.date_column.currentText(), self.value_column.currentText(),
                                 self.date_format.currentData() or None, self.platform.currentData()))

    def _fail(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.import_button.setEnabled(False)

    # -- reading ---------------------------------------------------------------
    def start_read(self) -> None:
        if self.source is None or self.goal.kpi not in self.source.metrics or self._busy():
            return
        source, kpi, platform = self.source, self.goal.kpi, self.platform.currentData()
        existing = {(o.platform, o.date) for o in self.document.observations(self.goal.id)}
        today = self.document.today()
        self._run(lambda progress, cancelled: figures_import.read(
            source, kpi, platform=platform, existing=existing, today=today, progress=progress, cancelled=cancelled),
            self._read_done, self.tr("Reading…"))

    def _read_done(self, preview: figures_import.Preview) -> None:
        self.preview = preview
        kpi = self.goal.kpi_def
        self.sample.setRowCount(len(preview.sample))
        for row, f in enumerate(preview.sample):
            for col, text in enumerate((format_number(f.line), format_date(f.date), platform_name(f.platform),
                                        format_value(kpi, f.value, self.goal.currency))):
                self.sample.setItem(row, col, QTableWidgetItem(text))
        self.rejected.clear()
        self.rejected.addItems([str(r) for r in preview.rejected])
        if preview.rejected_total > len(preview.rejected):
            self.rejected.addItem(fill(self.tr("… and %1 more"),
                                       format_number(preview.rejected_total - len(preview.rejected))))
        self.duplicates_box.setEnabled(preview.duplicates > 0)
        if preview.count == 0:
            self._fail(fill(self.tr("No figure could be read (%1 left out). Nothing will be imported."),
                            counted("rows", preview.rejected_total)))
            return
        self.summary.setStyleSheet("")
        self.summary.setText(fill(
            self.tr("%1 understood, from %2 to %3; %4 left out; days that already have a figure: %5."),
            counted("figures", preview.count), format_date(preview.first), format_date(preview.last),
            counted("rows", preview.rejected_total), format_number(preview.duplicates)))
        self.import_button.setEnabled(not self.document.read_only)

    # -- writing ---------------------------------------------------------------
    def start_write(self) -> None:
        if self.preview is None or self._busy():
            return
        preview, goal_id, path = self.preview, self.goal.id, self.document.path
        on_duplicate = OnDuplicate.REPLACE if self.replace.isChecked() else OnDuplicate.SKIP
        stamp = datetime.now()

        def work(progress, cancelled):
            # the worker's own connection (SQLite's are per thread), under the window's lock
            pf = plan_file.open_plan(path, exclusive=False)
            try:
                written, replaced = figures_import.write(Repository(pf.db), goal_id, preview, on_duplicate, stamp,
                                                         progress, cancelled)
            finally:
                pf.close()
            return written, replaced

        self._pending = (on_duplicate, stamp)
        self._run(work, self._write_done, self.tr("Importing…"))

    def _write_done(self, result: tuple[int, list]) -> None:
        written, replaced = result
        on_duplicate, stamp = self._pending
        self.command = ImportFigures(self.document, self.goal.id, self.preview, on_duplicate, stamp, written,
                                     replaced)
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


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
