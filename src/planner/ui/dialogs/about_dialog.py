"""Help > About: what the app is, where the plan is, its licence and the third-party notices.

The licence texts are the shipped files themselves (resources/licenses/, the fonts' and icons'
notes), so what the dialog shows is what the app carries.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.paths import licence_file, resource


def licence_texts() -> list[tuple[str, Path]]:
    """Every licence text the app ships, named as the notices name it: its own first, then the others."""
    others = sorted(resource("licenses").glob("*.txt"), key=lambda p: p.name.lower())
    return [("LICENSE", licence_file()), *((p.name, p) for p in others),
            ("fonts/LICENSE-Vazirmatn.txt", resource("fonts", "LICENSE-Vazirmatn.txt")),
            ("icons/LICENSES.md", resource("icons", "LICENSES.md"))]


class AboutDialog(QDialog):
    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Social Goal Planner"))
        self.resize(820, 600)

        about = QLabel(summary)
        about.setObjectName("aboutSummary")
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about.setAlignment(Qt.AlignmentFlag.AlignTop)
        licence_note = QLabel(self.tr(
            "Social Goal Planner is free software: you can redistribute it and/or modify it under the terms of "
            "the GNU General Public License, version 3 or any later version. It comes with no warranty."))
        licence_note.setWordWrap(True)
        first = QWidget()
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(about)
        first_layout.addWidget(licence_note)
        first_layout.addStretch(1)

        self.notices = QTextBrowser()
        self.notices.setObjectName("thirdPartyNotices")
        self.notices.setOpenExternalLinks(False)  # the app never goes online; the addresses stay readable
        self.notices.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the notices and texts are in English
        self.notices.setMarkdown(resource("licenses", "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8"))

        self.texts = QListWidget()
        self.texts.setObjectName("licenceTexts")
        self.text = QPlainTextEdit()
        self.text.setObjectName("licenceText")
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        for name, path in licence_texts():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.texts.addItem(item)
        self.texts.currentItemChanged.connect(self._show_text)
        texts = QWidget()
        texts_layout = QHBoxLayout(texts)
        texts_layout.addWidget(self.texts, 1)
        texts_layout.addWidget(self.text, 3)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(first, self.tr("&About"))
        self.tabs.addTab(self.notices, self.tr("&Third-party software"))
        self.tabs.addTab(texts, self.tr("&Licence texts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.texts.setCurrentRow(0)

    def _show_text(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.text.setPlainText(Path(item.data(Qt.ItemDataRole.UserRole)).read_text(encoding="utf-8"))
