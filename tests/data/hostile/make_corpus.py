"""The one-defect corpus: each file is a valid input with exactly ONE thing wrong, and what the CLI must say.

Run ``.venv/bin/python tests/data/hostile/make_corpus.py`` to (re)write ``corpus/``;
``tests/robustness/test_hostile_corpus.py`` checks the committed files are what this script makes and runs
the command of each case on its file, asserting the exit code and the words of the message.

``CASES`` is the table of expectations, written by hand as a user would expect them: the exit code
(0 imported, 1 refused, 2 not a plan) and the words the message must hold: the file's name, the
field or line, and the problem.  Only the stable key words are listed, not whole sentences, so a
message reworded for clarity keeps its case green as long as it still names all three.

The commands, each on a fresh plan whose only goal is on ``followers`` (starting 2020-01-01; a running
total, so each day's figure is stored as it is):
  import-csv   ``planner import-csv --db PLAN --goal ID FILE`` (tables: CSV, XLSX)
  import-json  ``planner import-json --db PLAN FILE`` (plan JSON)
  goals        ``planner goals --db FILE`` (plan files: the file itself is the plan)
Figures are invented.
"""

from __future__ import annotations

import io
import json
import sqlite3
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entries' dates, so the bytes are the same on every run

EXIT_OK, EXIT_FAILED, EXIT_BAD_PLAN = 0, 1, 2


@dataclass(frozen=True)
class Case:
    name: str
    command: str  # import-csv, import-json or goals
    defect: str  # the one thing wrong, in words
    exit: int
    words: tuple[str, ...]  # in the message (stderr when refused, stdout when imported)
    stored: int | None = None  # figures in the plan afterwards (import-csv that succeeds)


CASES: tuple[Case, ...] = (
    # -- tables: the whole file refused --------------------------------------------------------------
    Case("empty.csv", "import-csv", "no bytes at all", EXIT_FAILED,
         ("empty.csv", "the file is empty", "nothing was imported")),
    Case("header_only.csv", "import-csv", "a header and no rows", EXIT_FAILED,
         ("header_only.csv", "header but no rows", "nothing was imported")),
    Case("nul_in_header.csv", "import-csv", "a NUL byte inside the header", EXIT_FAILED,
         ("nul_in_header.csv", "binary data", "NUL", "nothing was imported")),
    Case("no_date_column.csv", "import-csv", "the date column is missing", EXIT_FAILED,
         ("no_date_column.csv", "no platform's layout is recognised", "no column holds dates", "nothing was imported")),
    Case("wide_1000_columns.csv", "import-csv", "a header of 1000 columns", EXIT_FAILED,
         ("wide_1000_columns.csv", "1,000 columns", "not a table of figures", "nothing was imported")),
    Case("no_followers_column.csv", "import-csv", "the figures are of another KPI (reach)", EXIT_FAILED,
         ("no_followers_column.csv", "No column of this table is named after Followers", "--date-column",
          "--value-column", "Nothing was imported")),
    Case("pdf_renamed.csv", "import-csv", "a PDF saved with a .csv name", EXIT_FAILED,
         ("pdf_renamed.csv", "this is a PDF document, not a table of figures", "nothing was imported")),
    Case("xlsx_header_only.xlsx", "import-csv", "a sheet with its header and no rows", EXIT_FAILED,
         ("xlsx_header_only.xlsx", "header but no rows", "nothing was imported")),
    Case("xlsx_no_workbook.xlsx", "import-csv", "a zip without a workbook inside", EXIT_FAILED,
         ("xlsx_no_workbook.xlsx", "neither a spreadsheet", "nothing was imported")),
    # -- tables: one row refused, the others imported ------------------------------------------------
    Case("row_negative.csv", "import-csv", "line 3 has a negative figure", EXIT_OK,
         ("row 3:", "'-120'", "negative", "Imported 2 figures", "1 row left out"), stored=2),
    Case("row_not_a_number.csv", "import-csv", "line 3 says n/a", EXIT_OK,
         ("row 3:", "'n/a'", "not a figure", "Imported 2 figures", "1 row left out"), stored=2),
    Case("row_formula.csv", "import-csv", "line 3 is a spreadsheet formula", EXIT_OK,
         ("row 3:", "=SUM(B2:B3)", "not a number", "Imported 2 figures", "1 row left out"), stored=2),
    Case("row_nan.csv", "import-csv", "line 3 is NaN", EXIT_OK,
         ("row 3:", "'NaN'", "not a finite number", "Imported 2 figures", "1 row left out"), stored=2),
    Case("row_impossible_date.csv", "import-csv", "line 3 is dated 30 February", EXIT_OK,
         ("row 3:", "2020-02-30", "not a date", "Imported 2 figures", "1 row left out"), stored=2),
    Case("row_same_day_twice.csv", "import-csv", "line 4 repeats the day of line 3", EXIT_OK,
         ("row 4:", "a second figure", "2020-01-02", "Imported 2 figures", "1 row left out"),
         stored=2),
    Case("row_future_date.csv", "import-csv", "line 3 is dated in 2999", EXIT_OK,
         ("row 3:", "2999-01-01", "future", "Imported 2 figures", "1 row left out"), stored=2),
    Case("xlsx_row_text.xlsx", "import-csv", "row 3 of the sheet says n/a", EXIT_OK,
         ("Figures row 3:", "'n/a'", "not a figure", "Imported 2 figures", "1 row left out"), stored=2),
    # -- plan JSON: refused whole, naming the goal and the field -------------------------------------
    Case("json_truncated.json", "import-json", "the document stops half-way", EXIT_FAILED,
         ("json_truncated.json", "nothing was imported", "is not valid JSON")),
    Case("json_top_level_list.json", "import-json", "a list instead of an object", EXIT_FAILED,
         ("json_top_level_list.json", "nothing was imported", "must be a JSON object")),
    Case("json_other_format.json", "import-json", "'format' names another app", EXIT_FAILED,
         ("json_other_format.json", "nothing was imported", "'format'", "not a Social Goal Planner plan")),
    Case("json_newer_version.json", "import-json", "'version' 99", EXIT_FAILED,
         ("json_newer_version.json", "nothing was imported", "version 99", "newer")),
    Case("json_objective_unknown.json", "import-json", "goal 1's objective is 'fame'", EXIT_FAILED,
         ("json_objective_unknown.json", "goal 1 ('Grow')", "'objective'", "'fame'")),
    Case("json_kpi_unknown.json", "import-json", "goal 1's KPI is 'likes_total'", EXIT_FAILED,
         ("json_kpi_unknown.json", "goal 1 ('Grow')", "'kpi'", "'likes_total'")),
    Case("json_platform_unknown.json", "import-json", "goal 1 is on 'myspace'", EXIT_FAILED,
         ("json_platform_unknown.json", "goal 1 ('Grow')", "'platforms'", "'myspace'")),
    Case("json_baseline_text.json", "import-json", "goal 1's baseline is the text \"100\"", EXIT_FAILED,
         ("json_baseline_text.json", "goal 1 ('Grow')", "'baseline'", "must be a number")),
    Case("json_target_below_baseline.json", "import-json", "goal 1's target 50 is under its baseline 100",
         EXIT_FAILED, ("json_target_below_baseline.json", "goal 1 ('Grow')", "'target'", "higher than the baseline")),
    Case("json_deadline_before_start.json", "import-json", "goal 1 ends before it starts", EXIT_FAILED,
         ("json_deadline_before_start.json", "goal 1 ('Grow')", "'deadline'", "after the start")),
    Case("json_start_not_iso.json", "import-json", "goal 1 starts on 01/02/2026", EXIT_FAILED,
         ("json_start_not_iso.json", "goal 1 ('Grow')", "'start'", "must be a date")),
    Case("json_title_empty.json", "import-json", "goal 1 has no title", EXIT_FAILED,
         ("json_title_empty.json", "goal 1", "'title'", "empty")),
    Case("json_figure_negative.json", "import-json", "goal 1's first figure is -5", EXIT_FAILED,
         ("json_figure_negative.json", "goal 1 ('Grow')", "observations[0]", "'value'", "negative")),
    Case("json_figure_bad_date.json", "import-json", "goal 1's first figure is dated 30 February", EXIT_FAILED,
         ("json_figure_bad_date.json", "goal 1 ('Grow')", "observations[0]", "'date'", "must be a date")),
    Case("json_figure_twice.json", "import-json", "goal 1 has two figures on one day", EXIT_FAILED,
         ("json_figure_twice.json", "goal 1 ('Grow')", "a second figure", "2026-02-03")),
    Case("json_nan.json", "import-json", "a NaN literal, which JSON does not allow", EXIT_FAILED,
         ("json_nan.json", "nothing was imported", "NaN")),
    Case("json_utf16_no_bom.json", "import-json", "UTF-16 text without its byte order mark", EXIT_FAILED,
         ("json_utf16_no_bom.json", "nothing was imported", "NUL bytes")),
    # -- plan files -----------------------------------------------------------------------------------
    Case("plan_empty.sgplan", "goals", "no bytes at all", EXIT_BAD_PLAN,
         ("plan_empty.sgplan", "not a Social Goal Planner plan")),
    Case("plan_is_a_pdf.sgplan", "goals", "a PDF saved with the plan's name", EXIT_BAD_PLAN,
         ("plan_is_a_pdf.sgplan", "not a Social Goal Planner plan", "PDF")),
    Case("plan_truncated_header.sgplan", "goals", "a plan cut after 60 bytes", EXIT_BAD_PLAN,
         ("plan_truncated_header.sgplan", "damaged", "truncated")),
    Case("plan_other_app.sgplan", "goals", "a SQLite database of another application", EXIT_BAD_PLAN,
         ("plan_other_app.sgplan", "another application")),
    Case("plan_newer_format.sgplan", "goals", "a plan whose format number is 999", EXIT_BAD_PLAN,
         ("plan_newer_format.sgplan", "newer version", "999")),
)

GOOD_CSV = "date,followers\n2020-01-01,100\n2020-01-02,120\n2020-01-03,130\n"


def _csv(line3: str, header: str = "date,followers") -> bytes:
    """A good table whose third line (the second row) is *line3*."""
    return f"{header}\n2020-01-01,100\n{line3}\n2020-01-03,130\n".encode()


def _zip(entries: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in entries.items():
            zf.writestr(zipfile.ZipInfo(name, FIXED_TIME), text)
    return buf.getvalue()


def _xlsx(rows: list[list[object]]) -> bytes:
    """A minimal workbook (sheet "Figures") in the layout of the importers' fixtures, with fixed dates."""
    sys.path.insert(0, str(HERE.parent / "imports"))
    import make_fixtures

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "book.xlsx"
        make_fixtures.xlsx(path, rows)
        with zipfile.ZipFile(path) as zf:
            return _zip({name: zf.read(name).decode() for name in zf.namelist()})


def _plan_json(**goal: object) -> dict:
    base = {"title": "Grow", "objective": "awareness", "kpi": "followers", "platforms": ["instagram"],
            "baseline": 100, "target": 200, "start": "2026-01-01", "deadline": "2026-06-01",
            "observations": [{"date": "2026-02-01", "platform": "instagram", "value": 120, "note": ""}]}
    return {"format": "social-goal-plan", "version": 1, "business": {"name": "Corpus bakery"},
            "goals": [{**base, **goal}]}


def _json(doc: object) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode()


def _sqlite(setup: str) -> bytes:
    """The bytes of a SQLite database made by the statements *setup*."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "db.sqlite"
        conn = sqlite3.connect(path)
        conn.executescript(setup)
        conn.close()
        return path.read_bytes()


def _plan_header_of_version(version: int) -> bytes:
    """A database that says it is a plan (the app's application_id) of format *version*."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
    from planner.store import schema

    return _sqlite(f"PRAGMA application_id = {schema.APPLICATION_ID}; PRAGMA user_version = {version};"
                   "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);")


def same_file(a: bytes, b: bytes) -> bool:
    """Equal bytes, except the SQLite library version a database header records (bytes 92-99)."""
    if a[:16] == b[:16] == b"SQLite format 3\x00" and len(a) == len(b) >= 100:
        return a[:92] + a[100:] == b[:92] + b[100:]
    return a == b


def files() -> dict[str, bytes]:
    made = {
        "empty.csv": b"",
        "header_only.csv": b"date,followers\n",
        "nul_in_header.csv": b"da\x00te,followers\n" + GOOD_CSV.split("\n", 1)[1].encode(),
        "no_date_column.csv": b"day number,followers\n1,100\n2,120\n3,130\n",
        "wide_1000_columns.csv": (",".join(["date", "followers"] + [f"extra {i}" for i in range(998)]) + "\n"
                                  + "\n".join(f"2020-01-0{d},{90 + 10 * d}" + ",0" * 998 for d in (1, 2, 3))
                                  + "\n").encode(),
        "no_followers_column.csv": GOOD_CSV.replace("followers", "reach").encode(),
        "pdf_renamed.csv": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n",
        "xlsx_header_only.xlsx": _xlsx([["Date", "followers"]]),
        "xlsx_no_workbook.xlsx": _zip({"readme.txt": "figures are elsewhere\n"}),
        "row_negative.csv": _csv("2020-01-02,-120"),
        "row_not_a_number.csv": _csv("2020-01-02,n/a"),
        "row_formula.csv": _csv("2020-01-02,=SUM(B2:B3)"),
        "row_nan.csv": _csv("2020-01-02,NaN"),
        "row_impossible_date.csv": _csv("2020-02-30,120"),
        "row_same_day_twice.csv": b"date,followers\n2020-01-01,100\n2020-01-02,120\n2020-01-02,125\n",
        "row_future_date.csv": _csv("2999-01-01,120"),
        "xlsx_row_text.xlsx": _xlsx([["Date", "followers"], ["2020-01-01", 100], ["2020-01-02", "n/a"],
                                     ["2020-01-03", 130]]),
        "json_truncated.json": _json(_plan_json())[:120],
        "json_top_level_list.json": _json([_plan_json()]),
        "json_other_format.json": _json({**_plan_json(), "format": "another-planner"}),
        "json_newer_version.json": _json({**_plan_json(), "version": 99}),
        "json_objective_unknown.json": _json(_plan_json(objective="fame")),
        "json_kpi_unknown.json": _json(_plan_json(kpi="likes_total")),
        "json_platform_unknown.json": _json(_plan_json(platforms=["myspace"])),
        "json_baseline_text.json": _json(_plan_json(baseline="100")),
        "json_target_below_baseline.json": _json(_plan_json(target=50)),
        "json_deadline_before_start.json": _json(_plan_json(deadline="2025-12-01")),
        "json_start_not_iso.json": _json(_plan_json(start="01/02/2026")),
        "json_title_empty.json": _json(_plan_json(title="")),
        "json_figure_negative.json": _json(_plan_json(observations=[
            {"date": "2026-02-01", "platform": "instagram", "value": -5, "note": ""}])),
        "json_figure_bad_date.json": _json(_plan_json(observations=[
            {"date": "2026-02-30", "platform": "instagram", "value": 120, "note": ""}])),
        "json_figure_twice.json": _json(_plan_json(observations=[
            {"date": "2026-02-03", "platform": "instagram", "value": 120, "note": ""},
            {"date": "2026-02-03", "platform": "instagram", "value": 125, "note": ""}])),
        "json_nan.json": _json(_plan_json()).replace(b'"baseline": 100', b'"baseline": NaN'),
        "json_utf16_no_bom.json": _json(_plan_json()).decode().encode("utf-16-le"),
        "plan_empty.sgplan": b"",
        "plan_is_a_pdf.sgplan": b"%PDF-1.7\n" + bytes(200),
        "plan_truncated_header.sgplan": _plan_header_of_version(1)[:60],
        "plan_other_app.sgplan": _sqlite("CREATE TABLE contacts (name TEXT, phone TEXT);"
                                         "INSERT INTO contacts VALUES ('Nour', '+962 6 000 0000');"),
        "plan_newer_format.sgplan": _plan_header_of_version(999),
    }
    assert set(made) == {c.name for c in CASES}, set(made) ^ {c.name for c in CASES}
    return made


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    made = files()
    for old in CORPUS.iterdir():
        if old.name not in made:
            old.unlink()
    for name, data in made.items():
        (CORPUS / name).write_bytes(data)
    print(f"wrote {len(made)} files to {CORPUS}")


if __name__ == "__main__":
    main()
