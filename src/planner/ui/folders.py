"""Where file dialogs open: the Documents folder at first, then the last folder used for that kind of file.

Plans, PDF summaries, exports (JSON, chart images), imported figures and pictures (a logo) each
remember their own folder (QSettings), so a PDF never lands in the app's
hidden data folder just because the plan lives there.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


class Kind(StrEnum):
    PLANS = "plans"
    PDFS = "pdfs"
    EXPORTS = "exports"
    FIGURES = "figures"
    PICTURES = "pictures"


def documents() -> Path:
    """The user's Documents folder (their home folder where there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class Folders:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def get(self, kind: Kind) -> Path:
        """The last folder a file of *kind* was chosen in, while it exists; else Documents."""
        saved = self.settings.value(f"folders/{kind.value}")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        return documents()

    def remember(self, kind: Kind, chosen: Path) -> None:
        """Remember the folder of a file the user just chose for *kind*."""
        self.settings.setValue(f"folders/{kind.value}", str(chosen.parent))
