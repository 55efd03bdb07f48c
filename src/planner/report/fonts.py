"""The report's own font: Vazirmatn (OFL), shipped in resources/fonts and embedded in every PDF.

One font for Arabic, Persian and Latin text, so a report looks the same on
any machine whatever fonts it has installed.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from planner.paths import resource

FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")


class FontMissingError(RuntimeError):
    pass


@cache
def report_family() -> str:
    """Register the shipped font files with Qt (once) and return their family name."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontMissingError(f"the report font cannot be loaded: {path}")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families[0]


def report_font(points: float, bold: bool = False) -> QFont:
    font = QFont(report_family())
    font.setPointSizeF(points)
    font.setBold(bold)
    # no hinting: glyph positions then depend on the font alone, not on the screen
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # Contextual alternates draw glyphs that no character maps to in the font's cmap; Qt's PDF
    # engine builds the text map (ToUnicode) from the cmap alone, so their letters could not be
    # searched or copied ("متابعي" lost its "ت").  Without them every glyph maps back; the
    # required Arabic forms and the lam-alef ligature (init, medi, fina, rlig) stay on.
    font.setFeature(QFont.Tag("calt"), 0)
    return font
