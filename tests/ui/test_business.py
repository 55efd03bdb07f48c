"""Plan > Business details (issue 17, item 4): stored in the plan, undoable, in the JSON, on the PDF's cover.

The PDF cover said "Your business" and nothing in the app set a name.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from planner.exchange import plan_json
from planner.store import plan_file
from planner.store.repository import PNG_SIGNATURE, PlanMeta, Repository
from planner.ui.dialogs import ask
from planner.ui.dialogs.business_dialog import BusinessDialog, LogoError, logo_from_file


def picture(path: Path, width: int, height: int, fmt: str = "JPG") -> Path:
    """A photo-like picture (a gradient: it does not compress to nothing) of the given size."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(height):
        for x in range(0, width, 8):
            image.setPixelColor(x, y, QColor((x * 7) % 256, (y * 5) % 256, (x + y) % 256))
    image.save(str(path), fmt)
    return path


def png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    return image.width(), image.height()


def test_a_photo_becomes_a_logo_of_at_most_512_pixels(tmp_path):
    png = logo_from_file(picture(tmp_path / "shop sign.jpg", 2000, 1000))
    assert png.startswith(PNG_SIGNATURE)
    assert png_size(png) == (512, 256)  # scaled down, proportions kept
    small = logo_from_file(picture(tmp_path / "icon.png", 120, 80, "PNG"))
    assert png_size(small) == (120, 80)  # never scaled up


def test_a_file_that_is_not_a_picture_is_refused_by_name(tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    with pytest.raises(LogoError, match="logo.png is not a picture"):
        logo_from_file(fake)


def test_the_dialog_stores_every_detail_in_the_plan_and_undo_restores_them(sample_window, tmp_path, monkeypatch):
    w = sample_window
    before = w.document.meta()
    photo = picture(tmp_path / "نور.jpg", 1200, 900)

    def fill_in(dialog):
        assert isinstance(dialog, BusinessDialog)
        assert dialog.name.text() == "Nour Bakery" and dialog.currency.currentText() == "USD"
        dialog.name.setText("Nour Bakery & Café")
        dialog.choose_file = lambda: photo
        dialog.choose_logo.click()
        assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
        dialog.currency.setCurrentText("JOD")
        dialog.set_colour("#8d2f23")
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        return True

    monkeypatch.setattr(ask, "run_dialog", fill_in)
    w.act_business.trigger()
    stored = w.document.repo.meta()
    assert (stored.business_name, stored.currency, stored.brand_colour, stored.language) == (
        "Nour Bakery & Café", "JOD", "#8d2f23", "ar")
    assert png_size(stored.logo_png) == (512, 384)
    assert "Nour Bakery & Café" in w.windowTitle()
    path = w.document.path
    w.set_document(None)
    pf = plan_file.open_plan(path, read_only=True)  # reopened: all still there
    assert Repository(pf.db).meta().logo_png == stored.logo_png
    pf.close()
    assert w.open_path(path)
    assert w.document.meta() == stored
    assert before.business_name == "Nour Bakery" and not before.logo_png


def test_undo_puts_the_old_details_back(sample_window, monkeypatch):
    w = sample_window

    def recolour(dialog):
        dialog.set_colour("#123456")
        dialog.remove_logo.click()
        return True

    monkeypatch.setattr(ask, "run_dialog", recolour)
    w.act_business.trigger()
    assert w.document.repo.meta().brand_colour == "#123456"
    w.act_undo.trigger()
    assert w.document.repo.meta().brand_colour == ""
    w.act_redo.trigger()
    assert w.document.repo.meta().brand_colour == "#123456"


def test_a_bad_picture_is_refused_in_the_dialog_and_nothing_changes(sample_window, tmp_path, qtbot):
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"\x89PNG not really")
    dialog = BusinessDialog(sample_window.document.meta(), sample_window, choose_file=lambda: fake)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_logo.click()
    assert dialog.message.isVisible() and "logo.png is not a picture" in dialog.message.text()
    assert dialog.chosen().logo_png == b""


def test_the_store_refuses_details_it_cannot_keep(tmp_path):
    pf = plan_file.create(tmp_path / "p.sgplan")
    repo = Repository(pf.db)
    with pytest.raises(ValueError, match="not written #rrggbb"):
        repo.set_business(PlanMeta(brand_colour="red"))
    with pytest.raises(ValueError, match="not a PNG"):
        repo.set_business(PlanMeta(logo_png=b"GIF89a"))
    with pytest.raises(ValueError, match="larger than 1024 KB"):
        repo.set_business(PlanMeta(logo_png=PNG_SIGNATURE + bytes(1024 * 1024)))
    with pytest.raises(ValueError, match="report language 'de'"):
        repo.set_business(PlanMeta(language="de"))
    assert repo.meta() == PlanMeta(created=repo.meta().created, modified=repo.meta().modified)
    pf.close()


def test_the_details_travel_in_the_plan_json(sample_window, tmp_path):
    repo = sample_window.document.repo
    logo = logo_from_file(picture(tmp_path / "logo.jpg", 64, 64))
    repo.set_business(PlanMeta(business_name="Nour Bakery", currency="JOD", language="fa", logo_png=logo,
                               brand_colour="#8d2f23"))
    out = tmp_path / "plan.json"
    plan_json.export_plan(repo, out)
    business = json.loads(out.read_text(encoding="utf-8"))["business"]
    assert business["brand_colour"] == "#8d2f23" and business["language"] == "fa"
    fresh = plan_file.create(tmp_path / "fresh.sgplan")
    plan_json.import_plan(Repository(fresh.db), plan_json.read(out))
    meta = Repository(fresh.db).meta()
    assert (meta.business_name, meta.currency, meta.brand_colour, meta.logo_png) == (
        "Nour Bakery", "JOD", "#8d2f23", logo)
    fresh.close()
    business["brand_colour"] = "dark red"
    business["logo_png"] = "bm90IGEgcGljdHVyZQ=="
    out.write_text(json.dumps({"format": "social-goal-plan", "version": 1, "business": business, "goals": []}))
    with pytest.raises(plan_json.PlanJsonError) as refused:
        plan_json.read(out)
    assert any("brand_colour" in p for p in refused.value.problems)
    assert any("'logo_png' is not a PNG image" in p for p in refused.value.problems)


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_the_pdf_cover_shows_the_name_and_logo_in_the_reports_language(sample_window, qtbot, tmp_path,
                                                                        monkeypatch):
    w = sample_window
    logo = QImage(200, 100, QImage.Format.Format_RGB32)
    logo.fill(QColor("#8d2f23"))
    w.document.set_business(PlanMeta(business_name="مخبز نور", currency="JOD", language="ar",
                                     logo_png=_png(logo), brand_colour="#8d2f23"))
    chosen = []

    def keep(dialog):
        chosen.append(dialog.language.currentData())
        return True

    monkeypatch.setattr(ask, "run_dialog", keep)
    monkeypatch.setattr(ask, "save_path", lambda *a, **k: tmp_path / "summary.pdf")
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    w.act_export_pdf.trigger()
    with qtbot.waitSignal(w.pdf_export.finished, timeout=60000) as done:
        pass
    assert done.args == [True] and chosen == ["ar"]  # the plan's report language is offered
    reader = pypdf.PdfReader(tmp_path / "summary.pdf")
    cover = "".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    assert "مخبزنور" in cover[::-1] or "مخبزنور" in cover  # the name (extractors may give visual order)
    assert "Yourbusiness" not in cover
    assert "ملخص" in cover or "ملخص"[::-1] in cover  # "Social media goals: summary", in Arabic
    assert len(reader.pages[0].images) == 1  # the logo
    assert w.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the window stayed in English
    assert w.act_new_goal.text() == "&New goal…"
