"""YouTube Studio advanced-mode exports: Totals, Chart data and Table data, alone or in the zip Studio downloads.

Each is recognised by its columns and rows, never by its file name: Studio
names them in the UI language ("Gesamtwerte.csv") and owners rename them.
Headers are translated too (German ones carry soft hyphens); numbers keep '.'
as the decimal mark and publish times stay in English.  Table data has one row
per video with its figures over the whole period, dated by the video's publish
day: no figures per day, so it is recognised and refused with the files to
export instead.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from planner.domain import catalog
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.importers.archives import zip_member
from planner.exchange.importers.columns import body_start, head_column, header_map, norm, table_rows
from planner.exchange.importers.dates import DateParser
from planner.exchange.importers.model import Cell, ImportFileError, ImportSource, Item, Note, Skipped, Watch
from planner.exchange.importers.rollup import Table, TableSource, available, learn_dates, total, weighted
from planner.exchange.importers.text import Head, read_head
from planner.exchange.messages import KpiName, Msg, listing

_COLS = {
    "date": ("date", "datum", "fecha", "data", "tarih", "tanggal"),
    "content": ("content", "inhalt", "contenido", "conteúdo", "contenu", "contenuto"),
    "title": ("video title", "videotitel", "título del vídeo", "título do vídeo", "titre de la vidéo"),
    "publish": ("video publish time", "veröffentlichungszeitpunkt des videos", "video-veröffentlichungszeit",
                "hora de publicación del vídeo", "horário de publicação do vídeo", "heure de publication de la vidéo"),
    "duration": ("duration", "dauer", "duración", "duração", "durée"),
    "views": ("views", "aufrufe", "visualizaciones", "visualizações", "vues", "visualizzazioni"),
    "watch": ("watch time (hours)", "wiedergabezeit (stunden)", "tiempo de visualización (horas)",
              "tempo de exibição (horas)", "durée de visionnage (heures)"),
    "subscribers": ("subscribers", "abonnenten", "suscriptores", "inscritos", "abonnés", "iscritti"),
    "gained": ("subscribers gained", "gewonnene abonnenten", "suscriptores obtenidos", "inscritos ganhos"),
    "lost": ("subscribers lost", "verlorene abonnenten", "suscriptores perdidos", "inscritos perdidos"),
    "impressions": ("impressions", "impressionen", "impresiones", "impressões"),
    "ctr": ("impressions click-through rate (%)", "klickrate der impressionen (%)",
            "porcentaje de clics de las impresiones (%)", "taxa de cliques de impressões (%)"),
}
#: Columns a Totals file holds besides the date: every one is a Studio metric.
_METRICS = {"views", "watch", "subscribers", "gained", "lost", "impressions", "ctr"}
_MEASURES = {
    "video_views": total("views"),
    "impressions": total("impressions"),
    "thumbnail_ctr": weighted("ctr", "impressions"),  # views from thumbnail impressions: not a link CTR
    "new_followers": total("subscribers", signed=("subscribers",)),
}
_KPI_NAMES = {n for k in catalog.KPIS for n in (k.id, k.id.replace("_", " "), norm(k.name))}
_TOTAL_WORDS = {"total", "gesamt", "totale", "totaal", "total general", "totales", "toplam", "итого"}
_TABLE_DATA = QT_TRANSLATE_NOOP("import", "This is YouTube Studio's per-video Table data: each row is one video's "
                                          "figures over the whole period, dated by its publish day, so it has no "
                                          "figures per day. In Studio (Analytics, Advanced mode) export Chart data or "
                                          "Totals, or import the whole Studio zip that holds them.")
_SUBSCRIBERS = QT_TRANSLATE_NOOP("import", "Studio's Subscribers are the day's net change, not the number of "
                                           "subscribers: a New followers goal takes them, or type how many "
                                           "subscribers you have on one day and the planner rebuilds the totals.")
_OTHER_METRIC = QT_TRANSLATE_NOOP("import", "Studio exports one metric at a time: choose {kpi} as the chart's metric "
                                            "in Advanced mode and export again.")


def detect(head: Head) -> ImportSource | None:
    header = head.rows[0][1]
    cols, shown = header_map(header, _COLS)
    if not cols.keys() & _METRICS:
        return None
    named = [i for i, h in enumerate(header) if str(h).strip()]
    if "date" in cols and not cols.keys() & {"content", "title", "publish"}:
        # Totals: a date and Studio metrics, nothing else, one of them named as only Studio names it (a table
        # of the owner's own with a date and an "impressions" column is theirs: it is named after a KPI)
        if len(named) != len(cols) or cols["date"] != 0 or all(norm(shown[k]) in _KPI_NAMES for k in cols
                                                                if k != "date"):
            return None
        return _daily(head, header, cols, shown, summed=False,
                      layout=Msg(QT_TRANSLATE_NOOP("import", "YouTube Studio totals (one row per day)")))
    if "date" in cols:
        return _daily(head, header, cols, shown, summed=True,
                      layout=Msg(QT_TRANSLATE_NOOP("import", "YouTube Studio chart data (one row per day and video)")))
    if "publish" in cols or ("content" in cols and _first_is_total(head, cols["content"])):
        return ImportSource(head.path, Msg(QT_TRANSLATE_NOOP("import", "YouTube Studio table data (one row per "
                                                                       "video, over the whole period)")),
                            "youtube", (), [str(h) for h in header], refusal=Msg(_TABLE_DATA))
    return None


def _first_is_total(head: Head, col: int) -> bool:
    return len(head.rows) > 1 and len(head.rows[1][1]) > col and norm(head.rows[1][1][col]) in _TOTAL_WORDS


def _daily(head: Head, header: list[Cell], cols: dict[str, int], shown: dict[str, str], summed: bool,
           layout: Msg) -> ImportSource:
    content = cols.get("content", 0)
    total_row = Msg(QT_TRANSLATE_NOOP("import", "the Total row (the sum of the other rows)"))

    def not_total(row: int, cells: list[Cell]) -> Item | None:
        return Skipped(row, total_row) if len(cells) > content and norm(cells[content]) in _TOTAL_WORDS else None

    measures = dict(_MEASURES)
    if "subscribers" not in cols and {"gained", "lost"} <= cols.keys():
        measures["new_followers"] = total("gained", minus=("lost",))
    table = Table(table_rows(head.file, body_start(head)), cols, cols["date"], DateParser(),
                  available(measures, cols), "youtube", summed=summed, decimal=head.file.decimal, check=not_total,
                  sheet=head.file.sheet, headers=shown)
    learn_dates(table, head_column(head, cols["date"]))
    hints = {k: Msg(_OTHER_METRIC, kpi=KpiName(k)) for k in ("video_views", "impressions", "thumbnail_ctr")
             if k not in table.measures}
    hints["followers"] = Msg(_SUBSCRIBERS)
    notes = [Note(Msg(QT_TRANSLATE_NOOP("import", "Each day adds up the rows of its videos.")))] if summed else []
    return TableSource(head.path, layout, table, header, hints=hints, notes=notes)


class StudioZip(ImportSource):
    """The zip Studio downloads: each KPI comes from the best file that has it (Totals, then Chart data)."""

    def __init__(self, path: Path, parts: list[TableSource], others: list[ImportSource]) -> None:
        metrics = dict.fromkeys(k for p in parts for k in p.metrics)
        files = listing(p.layout for p in parts + others)
        hints: dict[str, Msg] = {}
        for part in parts:
            for kpi, hint in part.hints.items():
                if kpi not in metrics:
                    hints.setdefault(kpi, hint)
        super().__init__(path, Msg(QT_TRANSLATE_NOOP("import", "YouTube Studio export (zip: {files})"), files=files),
                         "youtube", metrics, hints=hints,
                         notes=[n for p in parts for n in p.notes])
        self.parts = parts

    def recipe(self, kpi: str) -> Msg | None:
        return next(p.recipe(kpi) for p in self.parts if kpi in p.metrics)

    def _figures(self, kpi: str, platforms: tuple[str, ...], watch: Watch) -> Iterator[Item]:
        part = next(p for p in self.parts if kpi in p.metrics)
        return part.figures(kpi, platforms=platforms, progress=watch.progress, cancelled=watch.cancelled)


def open_zip(path: Path, zf: zipfile.ZipFile) -> ImportSource | None:
    """A Studio zip (its members recognised by their contents), or None when the archive holds none of them."""
    daily: list[TableSource] = []
    others: list[ImportSource] = []
    for info in zf.infolist():
        if info.is_dir():
            continue
        try:  # every member, whatever its name: one that is not a table (a readme, an image) is passed over
            head = read_head(path, f"{path.name}/{info.filename}", zip_member(path, info.filename), info.file_size)
        except ImportFileError:
            continue
        source = detect(head)
        if source is None:
            continue
        (daily if isinstance(source, TableSource) else others).append(source)
    if not daily and not others:
        return None
    if not daily:
        raise ImportFileError(path, Msg(_TABLE_DATA))
    daily.sort(key=lambda s: s.table.summed)  # Totals before Chart data: one row per day beats a sum of rows
    return StudioZip(path, daily, others)
