"""What the window shows when there is nothing to show yet: it says what to do next."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from planner.ui.icons import icon
from planner.ui.style import emphasize


class EmptyState(QWidget):
    """First start (a plan with no goals), or no plan open at all."""

    primaryClicked = Signal()
    sampleClicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setPixmap(icon("app").pixmap(QSize(96, 96)))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        self.heading.setObjectName("emptyHeading")
        emphasize(self.heading, 1.6)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(520)
        self.primary = QPushButton()
        self.primary.setObjectName("emptyPrimary")
        self.primary.setDefault(True)
        self.primary.setMinimumHeight(36)
        self.primary.clicked.connect(self.primaryClicked)
        self.sample = QPushButton(icon("sample-plan"), self.tr("Open the &sample plan"))
        self.sample.setObjectName("emptySample")
        self.sample.clicked.connect(self.sampleClicked)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for w in (self.picture, self.heading, self.text, self.primary, self.sample):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.show_no_goals()

    def show_no_goals(self) -> None:
        self.heading.setText(self.tr("Create your first goal"))
        self.text.setText(self.tr(
            "Turn “I want more followers” into a goal you can reach: pick what you want, how you will "
            "measure it, on which platforms, and by when. Then enter your figures and see if you are on track."))
        self.primary.setText(self.tr("&Create your first goal"))
        self.primary.setIcon(icon("new-goal"))

    def show_no_plan(self) -> None:
        self.heading.setText(self.tr("No plan is open"))
        self.text.setText(self.tr("Open a plan file, start a new one, or look around the sample plan."))
        self.primary.setText(self.tr("&Open a plan…"))
        self.primary.setIcon(icon("open-plan"))
