"""The report's own fonts: Vazirmatn and Noto Emoji (OFL), shipped in resources/fonts and embedded in every PDF.

One font for Arabic, Persian and Latin text, so a report looks the same on
any machine whatever fonts it has installed; emoji and symbols that it lacks
come from a monochrome emoji font (outlines, so they stay text that can be
searched and copied, and print in grayscale), never from whatever the machine
has or a blank.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from planner.paths import resource

FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
EMOJI_FILE = "NotoEmoji-Regular.ttf"


class FontMissingError(RuntimeError):
    pass


#: Pictographs that default to colour (emoji) presentation, an optional colour selector after each (U+FE0F);
#: not the skin tones (U+1F3FB-1F3FF) and flag letters (U+1F1E6-1F1FF), which modify or pair with others.
_PICTOGRAPH = re.compile("([\u231a-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001f1e5\U0001f200-\U0001f3fa"
                         "\U0001f400-\U0001faff])\ufe0f?")
TEXT_STYLE = "\ufe0e"  # variation selector 15: "show the character before me as text"


def text_presentation(text: str) -> str:
    """*text* with every pictograph asked to show as text (VS15), so it prints from the shipped monochrome font.

    Qt sends an emoji in colour presentation to the system's colour emoji font,
    whatever the font's families say; the PDF then holds a picture that no one
    can search or copy, or a blank where the machine has no such font.  The
    selector itself is invisible and is not extracted.
    """
    return _PICTOGRAPH.sub(lambda m: m.group(1) + TEXT_STYLE, text)


def _register(name: str) -> list[str]:
    path = resource("fonts", name)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        raise FontMissingError(f"the report font cannot be loaded: {path}")
    return QFontDatabase.applicationFontFamilies(font_id)


@cache
def report_family() -> str:
    """Register the shipped text font files with Qt (once) and return their family name."""
    families: list[str] = []
    for name in FONT_FILES:
        families.extend(_register(name))
    return families[0]


@cache
def emoji_family() -> str:
    """Register the shipped emoji font with Qt (once) and return its family name."""
    return _register(EMOJI_FILE)[0]


def report_font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    # Qt takes each character from the first family that has it: the emoji font only where Vazirmatn has none
    font.setFamilies([report_family(), emoji_family()])
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
