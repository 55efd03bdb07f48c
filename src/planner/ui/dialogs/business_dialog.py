"""Plan > Business details: who the plan is for, as its reports show it.

The name, logo, currency, brand colour and the language reports are written
in are stored in the plan (one undoable step).  A logo is scaled down to at
most 512 pixels a side and kept as a PNG, so any picture the owner has (a
photo of the shop sign, a JPEG from the printer) fits in the plan file.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.goals import MAX_BUSINESS_NAME, MAX_CURRENCY
from planner.store.repository import MAX_LOGO_BYTES, MAX_LOGO_SIDE, PlanMeta
from planner.ui.formatting import fill, format_number
from planner.ui.preferences import LANGUAGES

#: A picture file larger than this is not read at all (a logo is small; this is a photo or not a picture).
MAX_PICTURE_FILE = 30 * 1024 * 1024
#: Currencies offered (the owner may type any other): ISO 4217 codes common where the app is used.
CURRENCIES = ("USD", "EUR", "GBP", "JOD", "SAR", "AED", "EGP", "IQD", "KWD", "QAR", "LBP", "MAD", "IRR", "TRY")
PREVIEW = QSize(96, 96)


class LogoError(ValueError):
    """A picture that cannot be the logo; the message says why."""


def logo_from_file(path: Path) -> bytes:
    """The picture at *path* as the plan keeps it: a PNG of at most 512 px a side; LogoError if it cannot be."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LogoError(fill(QCoreApplication.translate("BusinessDialog", "%1 cannot be read (%2)."), path.name, exc.strerror or "")) from None
    if size > MAX_PICTURE_FILE:
        raise LogoError(fill(QCoreApplication.translate("BusinessDialog", "%1 is %2 MB: choose a picture under %3 MB."), path.name,
                             format_number(size // 2**20), format_number(MAX_PICTURE_FILE // 2**20)))
    reader = QImageReader(str(path))
    image = reader.read()
    if image.isNull():
        raise LogoError(fill(QCoreApplication.translate("BusinessDialog", "%1 is not a picture this app can read (PNG, JPEG, BMP, GIF …)."),
                             path.name))
    return logo_png(image)


def logo_png(image: QImage) -> bytes:
    """*image* scaled down (never up) to fit 512 x 512 px, as PNG bytes; LogoError if still too large."""
    if image.width() > MAX_LOGO_SIDE or image.height() > MAX_LOGO_SIDE:
        image = image.scaled(MAX_LOGO_SIDE, MAX_LOGO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    png = bytes(data.data())
    if len(png) > MAX_LOGO_BYTES:
        raise LogoError(fill(QCoreApplication.translate("BusinessDialog", "The picture is still %1 KB as a 512-pixel PNG; the plan keeps logos "
                                               "up to %2 KB. A simpler picture (fewer colours, a plain "
                                               "background) will fit."), format_number(len(png) // 1024),
                             format_number(MAX_LOGO_BYTES // 1024)))
    return png


class BusinessDialog(QDialog):
    """Edits a copy of the plan's details; ``chosen()`` is what to store when accepted."""

    def __init__(self, meta: PlanMeta, parent: QWidget | None = None, *, choose_file=None) -> None:
        super().__init__(parent)
        self.setObjectName("businessDialog")
        self.setWindowTitle(self.tr("Business details"))
        self.meta = meta
        self._logo = meta.logo_png
        self._colour = meta.brand_colour
        self.choose_file = choose_file  # () -> Path | None: the window's file dialog
        self.name = QLineEdit(meta.business_name)
        self.name.setObjectName("businessName")
        self.name.setMaxLength(MAX_BUSINESS_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Nour Bakery"))
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { border: 1px solid #b0bec5; background: white; }")
        self.choose_logo = QPushButton(self.tr("C&hoose a picture…"))
        self.choose_logo.setObjectName("chooseLogo")
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remo&ve"))
        self.remove_logo.setObjectName("removeLogo")
        self.remove_logo.clicked.connect(lambda: self.set_logo(b""))
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.lineEdit().setMaxLength(MAX_CURRENCY)
        self.currency.setCurrentText(meta.currency)
        self.colour_button = QPushButton()
        self.colour_button.setObjectName("brandColour")
        self.colour_button.clicked.connect(self._choose_colour)
        self.no_colour = QPushButton(self.tr("N&one"))
        self.no_colour.setObjectName("noColour")
        self.no_colour.clicked.connect(lambda: self.set_colour(""))
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code, (_, native) in LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(meta.language)))
        self.message = QLabel()
        self.message.setObjectName("businessMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.hide()

        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch()
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addWidget(self.no_colour)
        colour_row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Business &name:"), self.name)
        logo_label = QLabel(self.tr("&Logo:"))
        logo_label.setBuddy(self.choose_logo)
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("&Currency:"), self.currency)
        colour_label = QLabel(self.tr("Bran&d colour:"))
        colour_label.setBuddy(self.colour_button)
        form.addRow(colour_label, colour_row)
        form.addRow(self.tr("&Reports in:"), self.language)
        note = QLabel(self.tr("The PDF summary shows your name and logo on its cover, in your colour, in the "
                              "language chosen here. The currency is offered for new goals."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.set_logo(self._logo)
        self.set_colour(self._colour)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    # -- logo ----------------------------------------------------------------------------
    def _choose_logo(self) -> None:
        path = self.choose_file() if self.choose_file else None
        if path is not None:
            self.load_logo(path)

    def load_logo(self, path: Path) -> bool:
        """Use the picture at *path* as the logo; False, with the reason shown, when it cannot be one."""
        try:
            self.set_logo(logo_from_file(path))
        except LogoError as exc:
            self.say(str(exc))
            return False
        return True

    def set_logo(self, png: bytes) -> None:
        self._logo = png
        self.say("")
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            self.logo_preview.setPixmap(pixmap.scaled(PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("no logo"))
        self.remove_logo.setEnabled(bool(png))
        self.remove_logo.setToolTip("" if png else self.tr("There is no logo to remove."))

    # -- colour --------------------------------------------------------------------------
    def _choose_colour(self) -> None:
        start = QColor(self._colour) if self._colour else QColor("#1565c0")
        colour = QColorDialog.getColor(start, self, self.tr("Brand colour"))
        if colour.isValid():
            self.set_colour(colour.name())

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        if colour:
            text = "#ffffff" if QColor(colour).lightnessF() < 0.55 else "#000000"
            self.colour_button.setText(colour)
            self.colour_button.setStyleSheet(f"QPushButton {{ background: {colour}; color: {text}; }}")
        else:
            self.colour_button.setText(self.tr("Choose a colour…"))
            self.colour_button.setStyleSheet("")
        self.no_colour.setEnabled(bool(colour))
        self.no_colour.setToolTip("" if colour else self.tr("No colour is chosen."))

    # -- result --------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def chosen(self) -> PlanMeta:
        return replace(self.meta, business_name=self.name.text().strip(),
                       currency=self.currency.currentText().strip(), language=self.language.currentData(),
                       logo_png=self._logo, brand_colour=self._colour)
