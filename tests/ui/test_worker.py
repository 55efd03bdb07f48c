"""Long work on a worker thread (planner.ui.worker.Job): results, and Qt objects destroyed only on the GUI thread."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading

import pytest

from planner.ui.worker import Job


def cyclic_garbage(n: int) -> None:
    """What a reader does to the collector: many small container objects (here each in a cycle)."""
    for i in range(n):
        a = [i]
        a.append(a)


def test_a_job_returns_its_result_from_another_thread(qtbot):
    job = Job(lambda progress, cancelled: threading.get_ident())
    with qtbot.waitSignal(job.succeeded, timeout=20_000) as result:
        job.start()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20_000)
    assert result.args[0] != threading.get_ident()


def test_the_garbage_collector_never_runs_on_a_worker(qtbot):
    """The collector frees the Qt objects that became garbage; it must do so on the GUI thread (see worker.py)."""
    collections: list[int] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(threading.get_ident())

    def work(progress, cancelled) -> int:
        cyclic_garbage(300_000)  # passes the first generation's threshold (700) hundreds of times
        return threading.get_ident()

    assert gc.isenabled()
    gc.callbacks.append(note)
    try:
        job = Job(work)
        with qtbot.waitSignal(job.succeeded, timeout=60_000) as result:
            job.start()
        qtbot.waitUntil(lambda: not job.is_running(), timeout=20_000)
    finally:
        gc.callbacks.remove(note)
    worker = result.args[0]
    assert worker not in collections
    assert threading.get_ident() in collections, "the GUI thread collected nothing while the job ran"
    assert gc.isenabled(), "automatic collection stays off after the job"


@pytest.mark.slow
def test_charts_that_become_garbage_during_an_import_do_not_crash_the_app(tmp_path):
    """The crash itself, in a child process: plot widgets left in reference cycles while jobs allocate.

    Before the collector was kept off the workers this died with SIGSEGV in 3 runs of 3 (after Qt's
    "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread").
    """
    script = tmp_path / "charts_garbage.py"
    script.write_text(textwrap.dedent('''
        import numpy as np, pyqtgraph as pg
        from PySide6.QtWidgets import QApplication
        from planner.ui.worker import Job

        app = QApplication([])

        def work(progress, cancelled):
            for i in range(300_000):
                a = [i]
                a.append(a)

        live = pg.PlotWidget()
        live.show()
        curve = live.plot(np.random.rand(5000))
        for _ in range(12):
            for _ in range(5):
                w = pg.PlotWidget()
                w.addItem(pg.PlotDataItem(np.arange(2000.0), np.random.rand(2000)))
                w.addItem(pg.TextItem("label"))
                w.grab()
                w.cycle = w  # only the cyclic collector can free it
            done = []
            job = Job(work)
            job.finished.connect(lambda: done.append(1))
            job.start()
            while not done:
                curve.setData(np.random.rand(5000))
                live.repaint()
                app.processEvents()
        print("done")
    '''), encoding="utf-8")
    child = subprocess.run([sys.executable, "-X", "faulthandler", str(script)], capture_output=True, text=True,
                           timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                             "PYQTGRAPH_QT_LIB": "PySide6"})
    assert child.returncode == 0, child.stderr[-3000:]
    assert child.stdout.strip() == "done"
    assert "from a different thread" not in child.stderr
