"""Exporting the PDF summary from the window: page by page on the event loop, with Cancel.

The report is drawn with the same widgets as the screen, so it is made on the
GUI thread; a zero-interval timer takes one step of the report's generator
at a time (a goal's layout or a page), so the window repaints and Cancel is
seen between steps.  Cancel closes the generator, which removes its
temporary file: nothing half-written is left behind.  Success is announced
only when the generator ran to its end and the file is there, complete:
any error in a step (not only the expected ones) is a failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner.report.pdf_report import PageNumber
from planner.ui import preferences
from planner.ui.formatting import fill, format_number


class PdfExport(QObject):
    finished = Signal(bool)  # True when the PDF is complete, False when cancelled or failed
    failed = Signal(str)

    def __init__(self, pages: Iterator[PageNumber], out: Path, parent: QWidget, language: str = "") -> None:
        super().__init__(parent)
        self.pages = pages
        self.language = language  # the report's, when it is not the window's
        self.out = out
        self.page_count = 0
        self.last_page = 0
        self.error = ""  # why the export failed ("" when it did not, or was cancelled)
        self.progress = QProgressDialog(self.tr("Preparing the PDF…"), self.tr("Cancel"), 0, 0, parent)
        self.progress.setObjectName("pdfProgress")
        self.progress.setWindowTitle(self.tr("Export PDF summary"))
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)

    def start(self) -> None:
        self.timer.start()

    def _step(self) -> None:
        try:
            with preferences.speaking(QCoreApplication.instance(), self.language):
                page = next(self.pages)
        except StopIteration:
            complete = self.out.is_file() and self.page_count > 0 and self.last_page == self.page_count
            if not complete:
                self._fail(self.tr("the PDF file was not written"))
            self._done(complete)
            return
        except Exception as exc:  # noqa: BLE001 - whatever went wrong, the PDF is not there: say so
            self._fail(str(exc) or type(exc).__name__)
            self._done(False)
            return
        self.last_page = int(page)
        if page.total:
            self.progress.setMaximum(page.total)
            self.progress.setValue(page)
            self.progress.setLabelText(fill(self.tr("Page %1 of %2"), format_number(page),
                                            format_number(page.total)))
            self.page_count = page.total

    def _fail(self, message: str) -> None:
        self.error = message
        self.failed.emit(message)

    def cancel(self) -> None:
        if self.timer.isActive():
            self.pages.close()
            self._done(False)

    def _done(self, complete: bool) -> None:
        self.timer.stop()
        self.progress.reset()
        self.progress.hide()
        self.finished.emit(complete)
