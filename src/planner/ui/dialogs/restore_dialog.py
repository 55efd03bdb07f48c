"""File > Restore from backup: the plan's rotating backups, newest first, with their dates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.store import backups
from planner.ui.formatting import fill, format_date, format_number


class RestoreDialog(QDialog):
    def __init__(self, plan: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(520, 360)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        reasons = {"open": self.tr("when the plan was opened"), "before-restore": self.tr("before a restore"),
                   "before-upgrade": self.tr("before the plan was updated to a new format"),
                   "damaged": self.tr("the damaged plan, kept as it was")}
        for b in backups.listing(plan):
            reason = reasons.get(b.reason, b.reason)
            try:
                size = format_number(b.path.stat().st_size / 1024, 0)
            except OSError:  # removed meanwhile
                continue
            item = QListWidgetItem(fill(self.tr("%1 %2 — %3 (%4 KB)"), format_date(b.taken.date(), long=True),
                                        b.taken.strftime("%H:%M:%S"), reason, size))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        explain = QLabel(fill(self.tr(
            "The plan keeps a copy of itself each time it is opened after a change: the last %1, one a day for "
            "%2 days and one a week for %3 weeks. Restoring replaces the plan with the copy you choose; the plan "
            "as it is now is kept as a backup too."), format_number(backups.KEEP_CHANGES),
            format_number(backups.KEEP_DAYS), format_number(backups.KEEP_WEEKS)))
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        if self.list.count() == 0:
            layout.addWidget(QLabel(self.tr("This plan has no backups yet.")))
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None
