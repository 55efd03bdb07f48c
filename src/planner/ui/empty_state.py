"""What the window shows when there is nothing to show yet: it says what to do next.

The text sits in a column a readable number of characters wide, sized from
the font (so it grows with a larger font), centred in the space there is; a
window too small for it scrolls instead of cutting the text off.  (The old
layout gave the wrapping label an alignment in its layout, which makes Qt
size it for one line: the text was clipped at the top and bottom.)
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from planner.ui.icons import icon
from planner.ui.style import emphasize

#: The column's width, in average characters of the font: about a comfortable line of reading.
COLUMN_CHARACTERS = 66
#: The picture's size, in lines of the font.
PICTURE_LINES = 5


class EmptyState(QScrollArea):
    """First start (a plan with no goals), or no plan open at all."""

    primaryClicked = Signal()
    sampleClicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        self.heading.setObjectName("emptyHeading")
        emphasize(self.heading, 1.6)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.primary = QPushButton()
        self.primary.setObjectName("emptyPrimary")
        self.primary.setDefault(True)
        self.primary.clicked.connect(self.primaryClicked)
        self.sample = QPushButton(icon("sample-plan"), self.tr("Open the &sample plan"))
        self.sample.setObjectName("emptySample")
        self.sample.clicked.connect(self.sampleClicked)
        self.column = QWidget()
        self.column.setObjectName("emptyColumn")
        column = QVBoxLayout(self.column)
        column.setSpacing(self.fontMetrics().height() // 2 + 4)
        column.addWidget(self.picture)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        for button in (self.primary, self.sample):
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(button)
            row.addStretch()
            column.addLayout(row)
        inner = QWidget()
        across = QHBoxLayout()
        across.addStretch()
        across.addWidget(self.column, 100)
        across.addStretch()
        down = QVBoxLayout(inner)
        down.addStretch()
        down.addLayout(across)
        down.addStretch()
        self.setWidget(inner)
        self._size_from_font()
        self.show_no_goals()

    def _size_from_font(self) -> None:
        metrics = self.fontMetrics()
        self.column.setFixedWidth(metrics.averageCharWidth() * COLUMN_CHARACTERS)
        side = metrics.height() * PICTURE_LINES
        self.picture.setPixmap(icon("app").pixmap(QSize(side, side)))
        self.primary.setMinimumHeight(int(metrics.height() * 2.2))
        self._fit_text()

    def _fit_text(self) -> None:
        """Give the wrapped texts the height their lines need at the column's width (Qt's layouts size a
        wrapping label for a guessed width, and cut off the lines that do not fit)."""
        margins = self.column.layout().contentsMargins()
        width = self.column.maximumWidth() - margins.left() - margins.right()  # the column's fixed width
        for label in (self.heading, self.text):
            label.setMinimumHeight(max(0, label.heightForWidth(width)))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._size_from_font()

    def show_no_goals(self) -> None:
        self.heading.setText(self.tr("Create your first goal"))
        self.text.setText(self.tr(
            "Turn “I want more followers” into a goal you can reach: pick what you want, how you will "
            "measure it, on which platforms, and by when. Then enter your figures and see if you are on track."))
        self.primary.setText(self.tr("&Create your first goal"))
        self.primary.setIcon(icon("new-goal"))
        self._fit_text()

    def show_no_plan(self) -> None:
        self.heading.setText(self.tr("No plan is open"))
        self.text.setText(self.tr("Open a plan file, start a new one, or look around the sample plan."))
        self.primary.setText(self.tr("&Open a plan…"))
        self.primary.setIcon(icon("open-plan"))
        self._fit_text()
