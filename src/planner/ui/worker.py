"""Long work off the GUI thread, with progress and cancel.

``Job`` runs a function on its own QThread; the function receives
``progress(fraction)`` and ``cancelled()``; the job reports back with
signals, so the window stays responsive and Cancel takes effect at the
function's next check.

While a job runs, Python's cyclic garbage collector runs on the GUI thread
only (see ``_GuiThreadCollector``).
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class _GuiThreadCollector:
    """Keeps the cyclic garbage collector off the workers: it runs on the GUI thread while any job runs.

    Python collects in whichever thread happens to allocate when the collector's counts pass their
    thresholds.  A worker reading a million rows is usually that thread, so it would destroy whatever
    Qt objects had become garbage meanwhile (a closed chart, a report's plot widgets, a dialog): their
    timers stopped and their scene items removed outside the GUI thread, while the GUI thread paints.
    That crashed the suite now and then with a segmentation fault during an import (Qt warns
    "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread" first).  So from the
    first job's start to the last job's end automatic collection is off, and a timer on the GUI thread
    collects the young generations when their counts pass the thresholds, as the collector itself would.
    The oldest generation waits for the jobs to end (the collector's own rules then decide when): a full
    collection of the whole heap on the GUI thread stalled the window for tens of milliseconds during a
    1,000,000-row import (bench/bench_responsiveness.py).
    """

    INTERVAL_MS = 100

    def __init__(self) -> None:
        self.jobs = 0
        self.was_enabled = True
        self.timer: QTimer | None = None

    def job_started(self) -> None:
        if self.jobs == 0:
            if self.timer is None:
                self.timer = QTimer()
                self.timer.setInterval(self.INTERVAL_MS)
                self.timer.timeout.connect(self.collect)
            self.was_enabled = gc.isenabled()
            gc.disable()
            self.timer.start()
        self.jobs += 1

    def job_ended(self) -> None:
        self.jobs -= 1
        if self.jobs == 0:
            assert self.timer is not None
            self.timer.stop()
            if self.was_enabled:
                gc.enable()

    @staticmethod
    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for g in range(2):  # generations 0 and 1: see the class's note
            if counts[g] > thresholds[g]:
                generation = g
            else:
                break
        if generation >= 0:
            gc.collect(generation)


_collector = _GuiThreadCollector()


class _WorkThread(QThread):
    """The thread that runs the work; its signals, emitted from ``run``, reach the GUI thread queued.

    No QObject lives in the worker thread: an object moved there (the usual worker object) would outlive its
    thread and be deleted from another one.  This object itself lives in the GUI thread, as its parent Job."""

    progressed = Signal(int)  # per mille
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work, cancel: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
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
        self._holds_collector = False
        self._cancel = threading.Event()
        self._thread = _WorkThread(work, self._cancel, self)
        self._thread.progressed.connect(self.progressed)
        self._thread.succeeded.connect(self._succeeded)
        self._thread.failed.connect(self._failed)

    def start(self) -> None:
        _collector.job_started()  # before the thread exists: it never allocates with the collector on
        self._holds_collector = True
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """From ``start`` until the result reaches the GUI thread (the thread itself ends before that)."""
        return self._holds_collector

    def _stop(self) -> None:
        self._thread.wait()
        if self._holds_collector:  # the thread has ended: the collector may run anywhere again
            self._holds_collector = False
            _collector.job_ended()

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
        self._stop()
