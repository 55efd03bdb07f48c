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


def test_a_job_is_running_until_its_result_reaches_the_gui_thread(qtbot):
    """A dialog waits for ``is_running()`` to end before it reads the result: the worker thread ending is not
    enough, the queued result must have arrived."""
    job = Job(lambda progress, cancelled: 42)
    got = []
    job.succeeded.connect(got.append)
    job.start()
    job._thread.wait()  # the work is done and its thread has ended; no event has been processed yet
    assert job.is_running() and got == []
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    assert not job.is_running() and got == [42]


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
def test_charts_disposed_during_an_import_do_not_crash_the_app(tmp_path):
    """The app's charts, made and thrown away while jobs allocate, in a child process: the report's chart
    renderers painted and closed (as the PDF export does), the window's chart redrawn all the while.

    Each chart is deleted by its owner (``ChartRenderer.close``), never left to the cyclic collector: with
    PySide6 6.11 and pyqtgraph 0.14, plot widgets freed by the collector after any Python thread has run crash
    the process now and then (SIGSEGV in pyqtgraph's ``GraphicsWidget.boundingRect`` on a freed wrapper, in
    8 runs of 10 of the old version of this test, with automatic collection off while the job ran), and in
    0 runs of 10 when each widget was deleted with ``deleteLater`` first (docs/testing.md, "The crash that came
    and went").
    """
    script = tmp_path / "charts_disposed.py"
    script.write_text(textwrap.dedent('''
        from datetime import date
        import numpy as np
        from PySide6.QtCore import QRectF, QSize
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtWidgets import QApplication
        from planner.domain import sample, verdict
        from planner.report.chart import ChartRenderer
        from planner.ui.chart.goal_plot import make_plot_widget
        from planner.ui.worker import Job

        app = QApplication([])
        today = date(2025, 11, 27)
        plan = sample.build(today)

        def work(progress, cancelled):
            for i in range(300_000):
                a = [i]
                a.append(a)

        live = make_plot_widget()
        live.show()
        curve = live.plot(np.random.rand(5000))
        image = QImage(700, 300, QImage.Format.Format_ARGB32)
        for _ in range(8):
            for goal, figures in plan.goals:
                chart = ChartRenderer(QSize(700, 300))
                painter = QPainter(image)
                chart.paint(painter, QRectF(0, 0, 700, 300), goal, figures, verdict.assess(goal, figures, today),
                            today)
                painter.end()
                chart.close()
                chart.cycle = chart  # even in a reference cycle: the widget is gone already
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


def test_a_closed_report_chart_deletes_its_plot_widget_at_once_it_reaches_the_event_loop(qtbot):
    """The export's charts are deleted by their owner, not left to the cyclic collector (see above)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QSize

    from planner.report.chart import ChartRenderer

    chart = ChartRenderer(QSize(400, 200))
    widget = chart.widget
    chart.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(widget)
