"""Input widgets the wizard pages share: locale-aware numbers and an inline message."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit

from planner.domain.numbers import NumberError, parse_number
from planner.ui.formatting import fill, format_number


class NumberEdit(QLineEdit):
    """A line edit for a number typed the user's way (their locale, any digits).

    ``value()`` is None when empty; ``problem()`` says why the text is not a number.
    """

    valueChanged = Signal()

    def __init__(self, parent=None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(self.valueChanged)

    def _parse(self) -> float | None:
        text = self.text().strip()
        if not text:
            return None
        locale = QLocale()
        return parse_number(text, locale.decimalPoint(), locale.groupSeparator())

    def value(self) -> float | None:
        try:
            return self._parse()
        except NumberError:
            return None

    def problem(self) -> str:
        try:
            self._parse()
        except NumberError:
            return fill(self.tr("“%1” is not a number"), self.text().strip())
        return ""

    def set_value(self, value: float | None, places: int | None = None) -> None:
        if value is None:
            self.clear()
            return
        if places is None:
            places = 0 if float(value).is_integer() else 2
        self.setText(format_number(value, places))


class InlineMessage(QLabel):
    """The line under a page saying why Next is disabled."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.setAccessibleName(self.tr("Problem"))

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
