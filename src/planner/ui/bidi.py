"""Which way a piece of user text runs, from its first strong character.

A goal title in Arabic inside an English window (or the reverse) must be
aligned and ordered by its own script, not by the window's direction.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt


def text_direction(text: str, default: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
                   ) -> Qt.LayoutDirection:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default
