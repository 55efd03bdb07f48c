"""Write the PDF report's screenshots: page 1 and a goal's page, in English, Arabic and Persian, with a logo.

    .venv/bin/python tools/report_screenshots.py docs/screenshots

For each language it makes the sample plan (``planner demo --lang``), gives it
a logo (a round mark in the brand colour, drawn here) and the brand colour,
puts an emoji in the first goal's title, writes the report and turns page 1
and the first goal's page into PNGs at 80 dpi with poppler's ``pdftoppm``
(report-summary-LANG.png, report-goal-LANG.png).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BRAND = "#8d4a2f"  # a bakery's brown
EMOJI = {"en": " ☕", "ar": " ☕", "fa": " ☕"}


def logo_png() -> bytes:
    """A round mark with a wheat-ear line in the brand colour, as a PNG (what an owner's logo file gives)."""
    from PySide6.QtCore import QBuffer, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(240, 240, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(BRAND))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(8, 8, 224, 224))
    p.setPen(QPen(QColor("#f7e7c6"), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(120, 200), QPointF(120, 50))
    for y in (70, 105, 140):
        p.drawLine(QPointF(120, y + 30), QPointF(88, y))
        p.drawLine(QPointF(120, y + 30), QPointF(152, y))
    p.end()
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - the chart needs one
    from planner.report import ReportData, ReportOptions, write_report
    from planner.store import plan_file
    from planner.store.repository import Repository

    out.mkdir(parents=True, exist_ok=True)
    logo = logo_png()
    for language in ("en", "ar", "fa"):
        with tempfile.TemporaryDirectory() as folder:
            plan, pdf = Path(folder) / "plan.sgplan", Path(folder) / "report.pdf"
            subprocess.run([sys.executable, "-m", "planner", "demo", "--lang", language, str(plan)], check=True,
                           capture_output=True)
            pf = plan_file.open_plan(plan)
            try:
                repo = Repository(pf.db)
                repo.set_business(replace(repo.meta(), logo_png=logo, brand_colour=BRAND))
                first = repo.goals()[0]
                repo.update_goal(replace(first, title=first.title + EMOJI[language]))
                data = ReportData.from_repository(repo)
            finally:
                pf.close()
            pages = write_report(data, pdf, ReportOptions(page_size="A4"))
            stem = Path(folder) / "page"
            subprocess.run([shutil.which("pdftoppm") or "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2",
                            str(pdf), str(stem)], check=True)
            shots = sorted(Path(folder).glob("page-*.png"))
            shutil.copy(shots[0], out / f"report-summary-{language}.png")
            shutil.copy(shots[1], out / f"report-goal-{language}.png")
            print(f"{language}: {pages} pages")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
