"""Help > About: the summary, the licence and every third-party notice, in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from planner.ui.dialogs import ask
from planner.ui.dialogs.about_dialog import AboutDialog, licence_texts

ROOT = Path(__file__).resolve().parents[2]


def test_help_about_opens_the_dialog_with_the_plan_and_the_notices(sample_window, monkeypatch):
    shown: list[QDialog] = []
    monkeypatch.setattr(ask, "run_dialog", lambda dialog: shown.append(dialog) or False)
    sample_window.act_about.trigger()
    (dialog,) = shown
    assert isinstance(dialog, AboutDialog)
    summary = dialog.findChild(type(dialog.tabs.widget(0).layout().itemAt(0).widget()), "aboutSummary").text()
    assert str(sample_window.document.path) in summary
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["&About", "&Third-party software", "&Licence texts"]
    notices = dialog.notices.toPlainText()
    for name in ("PySide6", "pyqtgraph", "NumPy", "sqlite-utils", "python-calamine", "charset-normalizer",
                 "Vazirmatn", "simple-icons"):
        assert name in notices, name
    dialog.deleteLater()


def test_every_licence_text_can_be_read_in_the_dialog(qtbot, qt_settings):
    dialog = AboutDialog("Social Goal Planner")
    qtbot.addWidget(dialog)
    names = [dialog.texts.item(i).text() for i in range(dialog.texts.count())]
    assert names[0] == "LICENSE"
    assert {"LGPL-3.0.txt", "Apache-2.0.txt", "CC0-1.0.txt", "pyqtgraph.txt", "numpy.txt",
            "fonts/LICENSE-Vazirmatn.txt", "icons/LICENSES.md"} <= set(names)
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()  # the first, shown on opening
    dialog.texts.setCurrentRow(names.index("fonts/LICENSE-Vazirmatn.txt"))
    assert "SIL Open Font License" in dialog.text.toPlainText()
    dialog.texts.setCurrentRow(names.index("LGPL-3.0.txt"))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    assert [name for name, _ in licence_texts()] == names and all(p.is_file() for _, p in licence_texts())


def test_the_dialog_speaks_persian(qtbot, qapp):
    from planner.ui import preferences

    preferences.apply(qapp, preferences.Preferences(language="fa"))
    try:
        dialog = AboutDialog("")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "دربارهٔ Social Goal Planner"
        assert dialog.tabs.tabText(1) == "نرم‌افزارهای &دیگران"
    finally:
        preferences.apply(qapp, preferences.Preferences(language="en"))
