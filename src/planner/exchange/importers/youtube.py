"""YouTube Studio advanced-mode exports: Table data.csv, Chart data.csv, Totals.csv, and the zip holding them.

Headers are translated with the UI language (German ones carry soft hyphens);
numbers keep '.' as the decimal mark and publish times stay in English.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from planner.exchange.importers.common import (
    DateParser, Figure, Head, ImportFileError, ImportSource, Rejected, Table, TableSource, Watch, available,
    body_start, head_column, header_map, learn_dates, norm, read_head, text_rows, total, weighted, zip_member,
)

_COLS = {
    "date": ("date", "datum", "fecha", "data"),
    "content": ("content", "inhalt", "contenido", "conteúdo", "contenu"),
    "publish": ("video publish time", "veröffentlichungszeitpunkt des videos", "video-veröffentlichungszeit"),
    "views": ("views", "aufrufe", "visualizaciones", "visualizações", "vues"),
    "watch": ("watch time (hours)", "wiedergabezeit (stunden)"),
    "subscribers": ("subscribers", "abonnenten"),
    "impressions": ("impressions", "impressionen"),
    "ctr": ("impressions click-through rate (%)", "klickrate der impressionen (%)"),
}
_MEASURES = {
    "video_views": total("views"),
    "impressions": total("impressions"),
    "thumbnail_ctr": weighted("ctr", "impressions"),  # views from thumbnail impressions: not a link CTR
}
_TOTAL_WORDS = {"total", "gesamt", "totale", "totaal", "total general", "totales"}
FILES = ("totals.csv", "chart data.csv", "table data.csv")  # preferred first: true days before publish days


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    cols, shown = header_map(header, _COLS)
    known_name = head.filename.casefold() in FILES
    if "views" not in cols and "impressions" not in cols:
        return None
    if not (known_name or "watch" in cols or "content" in cols or "ctr" in cols):
        return None
    content = cols.get("content", 0)

    def not_total(cells: list[str]) -> str | None:
        return "" if len(cells) > content and norm(cells[content]) in _TOTAL_WORDS else None

    if "date" in cols:
        per_post = len([h for h in header if str(h).strip()]) > len(cols)  # series columns: sum them per day
        layout = "YouTube Studio chart data (per day and series)" if per_post else "YouTube Studio totals (per day)"
        date_key = "date"
    elif "publish" in cols:
        per_post, layout, date_key = True, "YouTube Studio table data (per video, by publish date)", "publish"
    else:
        return None
    table = Table(text_rows(head.file, body_start(head)), cols, cols[date_key], DateParser(),
                  available(_MEASURES, cols), "youtube", per_post, head.file.decimal, check=not_total, headers=shown)
    learn_dates(table, head_column(head, cols[date_key]))
    return TableSource(head.path, layout, table, header, "subscribers are a net change, not a total")


class StudioZip(ImportSource):
    """The zip Studio downloads: each KPI comes from the best file that has it."""

    def __init__(self, path: Path, parts: list[ImportSource]) -> None:
        metrics = dict.fromkeys(k for p in parts for k in p.metrics)
        files = ", ".join(p.layout.split("(")[0].replace("YouTube Studio ", "").strip() for p in parts)
        super().__init__(path, f"YouTube Studio export (zip: {files})", "youtube", metrics,
                         note="subscribers are a net change, not a total")
        self.parts = parts

    def _figures(self, kpi: str, watch: Watch) -> Iterator[Figure | Rejected]:
        part = next(p for p in self.parts if kpi in p.metrics)
        return part.figures(kpi, progress=watch.progress, cancelled=watch.cancelled)


def open_zip(path: Path, zf: zipfile.ZipFile) -> ImportSource | None:
    """A Studio zip, or None when the archive holds none of its files."""
    members = {i.filename.rsplit("/", 1)[-1].casefold(): i for i in zf.infolist() if not i.is_dir()}
    parts: list[ImportSource] = []
    for name in FILES:
        info = members.get(name)
        if info is None:
            continue
        head = read_head(path, f"{path.name}/{info.filename}", zip_member(path, info.filename), info.file_size)
        source = detect(head)
        if source is None:
            raise ImportFileError(path, f"{info.filename} in the archive is not in a YouTube Studio layout")
        parts.append(source)
    return StudioZip(path, parts) if parts else None
