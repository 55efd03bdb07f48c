"""File > Export PDF summary from the window: progress, cancel, the offer to open it."""

from __future__ import annotations

import pypdf

from planner.ui.dialogs import ask


def test_export_all_goals_then_offer_to_open(sample_window, qtbot, tmp_path, monkeypatch):
    w = sample_window
    asked = []
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: True)
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: tmp_path / "summary")
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, yes: asked.append(text) or False)
    w.act_export_pdf.trigger()
    with qtbot.waitSignal(w.pdf_export.finished, timeout=60000) as done:
        pass
    assert done.args == [True]
    out = tmp_path / "summary.pdf"
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(out).pages).split())
    for goal in w.document.goals():
        assert goal.title in text
    assert "Open it now?" in asked[0]
    assert "Wrote the PDF summary" in w.statusBar().currentMessage()


def test_export_one_goal_on_letter(sample_window, qtbot, tmp_path, monkeypatch):
    w = sample_window
    goal = w.document.goals()[2]
    w.goal_list.select_goal(goal.id)

    def choose(dialog):
        assert dialog.goal_ids() is None  # every active goal by default, whichever goal is selected
        assert not dialog.list.isEnabled()
        dialog.some_goals.setChecked(True)
        assert dialog.goal_ids() == [goal.id]  # the selected goal is ticked, ready to export alone
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
        return True

    monkeypatch.setattr(ask, "run_dialog", choose)
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: tmp_path / "one.pdf")
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    w.act_export_pdf.trigger()
    with qtbot.waitSignal(w.pdf_export.finished, timeout=60000):
        pass
    reader = pypdf.PdfReader(tmp_path / "one.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "TikTok" in text and "Instagram followers" not in text.split("Overview")[-1]


def test_cancel_leaves_nothing(sample_window, qtbot, tmp_path, monkeypatch):
    w = sample_window
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: True)
    out = tmp_path / "pdf"
    out.mkdir()
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: out / "never.pdf")
    w.act_export_pdf.trigger()
    qtbot.waitUntil(lambda: w.pdf_export.page_count > 0, timeout=30000)  # mid-way through the pages
    w.pdf_export.cancel()
    assert list(out.iterdir()) == []
    assert "cancelled" in w.statusBar().currentMessage()


def test_a_plan_without_goals_says_so(window, tmp_path):
    assert window.open_path(tmp_path / "empty.sgplan", create=True)
    window.act_export_pdf.trigger()
    assert "no goals yet" in window.errors[-1][1]
