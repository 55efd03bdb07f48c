"""Long work off the GUI thread, with progress and cancel.

``Job`` runs a function on its own QThread; the function receives
``progress(fraction)`` and ``cancelled()``; the job reports back with
signals, so the window stays responsive and Cancel takes effect at the
function's next check.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class _Runner(QObject):
    progressed = Signal(int)  # per mille
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.cancel = cancel
        self._last = -1

    def _progress(self, fraction: float) -> None:
        step = int(fraction * 1000)
        if step != self._last:  # a signal per per-mille step, not per row
            self._last = step
            self.progressed.emit(step)

    def run(self) -> None:
        try:
            result = self.work(self._progress, self.cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - reported to the user; the traceback goes to stderr
            if not self.cancel.is_set():
                traceback.print_exc()
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """One run of *work* on a worker thread; ``finished`` comes last, whatever happened."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._runner = _Runner(work, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._succeeded)
        self._runner.failed.connect(self._failed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _succeeded(self, result: object) -> None:
        self._stop()
        self.succeeded.emit(result)
        self.finished.emit()

    def _failed(self, message: str) -> None:
        self._stop()
        self.failed.emit(message)
        self.finished.emit()

    def wait(self) -> None:
        """Block until the thread is done (closing the window mid-job)."""
        self._cancel.set()
        self._thread.quit()
        self._thread.wait()
