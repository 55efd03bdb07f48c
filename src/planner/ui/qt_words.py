"""Words of Qt's own dialogs that Qt's Arabic and Persian translations (qtbase_ar, qtbase_fa) miss.

Qt 6.11 gave the file dialog's labels mnemonics ("Look in:" became "&Look in:") and its translations
still carry the old words, so a Persian file dialog said "Look in:" and "Files of type:" in English.
The app's own translations carry them (context, source and disambiguation exactly as Qt asks for
them); Qt looks in the app's translator after its own.  tests/ui/test_window.py checks that the file
dialog still asks for these words, so a Qt that renames them again is noticed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> dict[str, str]:
    """Each word as Qt's widgets ask for it, with its translation in the language installed now."""
    return {
        "&Look in:": QCoreApplication.translate("QFileDialog", "&Look in:"),
        "Files of &type:": QCoreApplication.translate("QFileDialog", "Files of &type:"),
        "Folder": QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    }
