"""Findings of the realism engine as a user reads them: severity, message, why, what to do.

One widget serves the wizard (inline on a page, and on the review page) and
the goal's Findings tab; with a suggested target it offers "Use this".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from planner.domain.realism import Finding, Severity, Suggestion
from planner.ui.bidi import text_direction
from planner.ui.formatting import arrow, style
from planner.ui.icons import icon

SEVERITY_COLOURS = {Severity.ERROR: "#c62828", Severity.WARNING: "#e65100", Severity.ADVICE: "#1565c0"}


def suggestion_texts(suggestion: Suggestion) -> tuple[str, str]:
    """The suggested target and what it is based on, in the user's language and digits."""
    return suggestion.texts(style())


def finding_texts(finding: Finding) -> tuple[str, str, str]:
    """The message, the why and the suggestion of *finding*, in the user's language and digits."""
    return finding.texts(style())


def severity_label(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return QCoreApplication.translate("findings", "Unrealistic")
    if severity is Severity.WARNING:
        return QCoreApplication.translate("findings", "Warning")
    return QCoreApplication.translate("findings", "Advice")


def _label(text: str, *, bold: bool = False, colour: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setLayoutDirection(text_direction(text))
    if bold or colour:
        label.setStyleSheet(("font-weight: 600;" if bold else "") + (f"color: {colour};" if colour else ""))
    return label


class FindingCard(QFrame):
    def __init__(self, finding: Finding, parent=None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName(f"finding_{finding.code}")
        colour = SEVERITY_COLOURS[finding.severity]
        self.setStyleSheet(f"FindingCard {{ border-left: 4px solid {colour}; background: palette(base); }}")
        message, why, suggestion = finding_texts(finding)
        picture = QLabel()
        picture.setPixmap(icon(f"severity-{finding.severity.value}").pixmap(QSize(20, 20)))
        picture.setToolTip(severity_label(finding.severity))
        text = QVBoxLayout()
        text.addWidget(_label(f"{severity_label(finding.severity)}: {message}", bold=True, colour=colour))
        if why:
            text.addWidget(_label(QCoreApplication.translate("findings", "Why: ") + why))
        if suggestion:
            text.addWidget(_label(f"{arrow()} {suggestion}"))
        row = QHBoxLayout(self)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.setAccessibleName(f"{severity_label(finding.severity)}: {message}")


class FindingsPanel(QWidget):
    """A list of findings, and a suggested target with a "Use this" button."""

    useSuggestion = Signal(float)

    def __init__(self, parent=None, *, say_when_empty: bool = False) -> None:
        super().__init__(parent)
        self.empty_text = QCoreApplication.translate(
            "findings", "✔ Nothing to warn about: this goal looks realistic.") if say_when_empty else ""
        self.findings: list[Finding] = []
        self.suggestion: Suggestion | None = None
        self.suggested_value: float | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.use_button: QPushButton | None = None

    def show_findings(self, findings: list[Finding], suggestion: Suggestion | None = None,
                      suggested_value: float | None = None) -> None:
        """Show *findings* (worst first); *suggested_value* is what "Use this" puts in the target."""
        self.findings, self.suggestion, self.suggested_value = findings, suggestion, suggested_value
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        self.use_button = None
        for finding in findings:
            self._layout.addWidget(FindingCard(finding))
        if not findings and self.empty_text:
            self._layout.addWidget(_label(self.empty_text, colour="#2e7d32"))
        if suggestion is not None:
            box = QFrame()
            box.setObjectName("suggestion")
            box.setStyleSheet("#suggestion { border: 1px solid #90caf9; border-radius: 4px; background: #e3f2fd; }")
            row = QHBoxLayout(box)
            text = QVBoxLayout()
            message, basis = suggestion_texts(suggestion)
            text.addWidget(_label(message, bold=True))
            text.addWidget(_label(QCoreApplication.translate("findings", "Based on: ") + basis))
            row.addLayout(text, 1)
            if suggested_value is not None:
                self.use_button = QPushButton(QCoreApplication.translate("findings", "&Use this"))
                self.use_button.setObjectName("useSuggestion")
                self.use_button.setToolTip(QCoreApplication.translate(
                    "findings", "Put the suggested target into the goal"))
                self.use_button.clicked.connect(lambda: self.useSuggestion.emit(self.suggested_value))
                row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignVCenter)
            self._layout.addWidget(box)


def scroll_column(*items: QWidget | QLayout) -> QScrollArea:
    """*items* stacked top to bottom in a frameless scroll area, pushed to the top."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    for item in items:
        if isinstance(item, QLayout):
            column.addLayout(item)
        else:
            column.addWidget(item)
    column.addStretch()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll
