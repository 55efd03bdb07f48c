"""Write the hostile input corpus: files built to break the importers and the plan JSON reader.

Run ``.venv/bin/python tests/data/hostile/make_hostile.py`` to (re)write the committed files in
this folder.  Every file is small; the big ones (a single 50 MB line, a zip bomb, JSON nested
100,000 levels deep, a 10 MB string) are made at test time by the ``make_big_*`` functions below,
which ``tests/robustness/test_hostile.py`` calls into its tmp_path.

Each file holds invented figures only.  ``EXPECT`` says what a file should give when imported
into a goal on ``followers`` (see the test): "refused" (nothing imported, a clear message), or
"partial" (the valid rows are imported and every other row is named as rejected), or "any"
(either, as long as it is clean).
"""

from __future__ import annotations

import io
import json
import random
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

GOOD_ROWS = "2020-01-01,100\n2020-01-02,110\n2020-01-03,120\n"


def csv_files() -> dict[str, bytes]:
    rnd = random.Random(20260101)
    files: dict[str, bytes] = {}
    # -- encodings ------------------------------------------------------------------------------
    files["cp1252_accents.csv"] = ("Date,Reach,Note\n2020-01-01,100,café – très\n"
                                   "2020-01-02,110,crème brûlée ’\n").encode("cp1252")
    files["mixed_utf8_cp1252.csv"] = ("date,followers\n2020-01-01,100\n".encode("utf-8") + "2020-01-02,1é0\n".encode(
        "cp1252") + "2020-01-03,١٢٠\n".encode("utf-8"))
    files["utf16le_no_bom.csv"] = ("date,followers\n" + GOOD_ROWS).encode("utf-16-le")
    files["utf16be_no_bom.csv"] = ("date,followers\n" + GOOD_ROWS).encode("utf-16-be")
    files["utf16_bom_then_utf8.csv"] = b"\xff\xfe" + ("date,followers\n" + GOOD_ROWS).encode("utf-8")
    files["invalid_utf8_surrogates.csv"] = b"date,followers\n2020-01-01,100\n2020-01-02,\xed\xa0\x80\n"
    files["bom_only.csv"] = b"\xef\xbb\xbf"
    files["nul_bytes.csv"] = b"date,followers\n2020-01-01,1\x0000\n2020-01-02,\x00\x00\x00\n"
    files["nul_in_header.csv"] = b"da\x00te,followers\n" + GOOD_ROWS.encode()
    # -- binaries renamed ---------------------------------------------------------------------------
    files["png_renamed.csv"] = b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(2000))
    files["random_bytes.csv"] = bytes(rnd.randrange(256) for _ in range(4096))
    files["elf_renamed.csv"] = b"\x7fELF\x02\x01\x01" + bytes(rnd.randrange(256) for _ in range(1000))
    files["sqlite_renamed.csv"] = b"SQLite format 3\x00" + bytes(100)
    files["pdf_renamed.csv"] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
    files["zip_header_garbage.xlsx"] = b"PK\x03\x04" + bytes(rnd.randrange(256) for _ in range(600))
    files["ole2_garbage.xls"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rnd.randrange(256) for _ in range(600))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("[Content_Types].xml", (2020, 1, 1, 0, 0, 0)), "<not really xml")
        zf.writestr(zipfile.ZipInfo("xl/workbook.xml", (2020, 1, 1, 0, 0, 0)), "\x00\x01 garbage")
    files["fake_xlsx_content_types.xlsx"] = buf.getvalue()
    # -- shapes ---------------------------------------------------------------------------------
    files["wide_10000_columns.csv"] = (",".join(["date"] + [f"reach{i}" for i in range(9999)]) + "\n"
                                       + ",".join(["2020-01-01"] + ["1"] * 9999) + "\n").encode()
    files["wide_10000_data_row.csv"] = ("date,followers\n2020-01-01,100\n" + ",".join(["2020-01-02"] + ["7"] * 9999)
                                        + "\n2020-01-03,120\n").encode()
    files["unterminated_quote.csv"] = b'date,followers\n2020-01-01,100\n"2020-01-02,110\n2020-01-03,120\n'
    files["cr_only_line_ends.csv"] = b"date,followers\r2020-01-01,100\r2020-01-02,110\r"
    files["whitespace_only.csv"] = b"   \n\t\n  \r\n"
    files["header_duplicate_columns.csv"] = b"date,followers,followers,date\n2020-01-01,1,2,2020-01-02\n2020-01-03,3,4,x\n"
    files["sep_pipe_line.csv"] = b"sep=|\ndate|followers\n2020-01-01|100\n2020-01-02|110\n"
    files["control_chars.csv"] = ("date,followers\n2020-01-01,100\x07\n2020-01-02\x1b[31m,110\n\x0c2020-01-03,120\n"
                                  ).encode()
    # -- right to left overrides ----------------------------------------------------------------
    files["rtl_override.csv"] = ("\u202edate,\u202efollowers\u202c\n2020-01-01,\u202e001\n\u202e2020-01-02,110\n"
                                 "2020-01-03,120\u202e\n").encode()
    files["rtl_header_only_override.csv"] = ("\u202etad\u202c,followers\n" + GOOD_ROWS).encode()
    # -- spreadsheet formulas -------------------------------------------------------------------
    files["formulas.csv"] = ("date,followers,note\n"
                             "2020-01-01,=cmd|' /C calc'!A0,x\n"
                             "2020-01-02,+1+1,=HYPERLINK(\"http://example.invalid\")\n"
                             "2020-01-03,-2+3,@SUM(A1:A9)\n"
                             "2020-01-04,@SUM(1),ok\n"
                             "2020-01-05,=1+1,ok\n"
                             "2020-01-06,150,ok\n"
                             "=cmd|' /C calc'!A0,5,x\n").encode()
    files["formula_platform.csv"] = ("date,platform,followers\n2020-01-01,=cmd|' /C calc'!A0,5\n"
                                     "2020-01-02,facebook,7\n").encode()
    # -- dates ----------------------------------------------------------------------------------
    files["year_9999.csv"] = b"date,followers\n9999-12-31,100\n2020-01-02,110\n"
    files["year_0001.csv"] = b"date,followers\n0001-01-01,100\n0001-01-02,110\n2020-01-03,120\n"
    files["dates_absurd.csv"] = ("date,followers\n0000-00-00,1\n-001-01-01,2\n99999-01-01,3\n2020-02-30,4\n"
                                 "2020-13-01,5\n31/12/99999,6\n1/1/0,7\n2020-01-05,8\n").encode()
    files["dates_us_slash_9999.csv"] = b"date,followers\n12/31/9999,1\n01/01/0001,2\n12/13/2019,3\n"
    # -- numbers --------------------------------------------------------------------------------
    files["nan_infinity.csv"] = ("date,followers\n2020-01-01,NaN\n2020-01-02,inf\n2020-01-03,-Infinity\n"
                                 "2020-01-04,1e999\n2020-01-05,nan(0x1)\n2020-01-06,100\n").encode()
    files["digits_400.csv"] = ("date,followers\n2020-01-01," + "9" * 400 + "\n2020-01-02,1." + "1" * 400
                               + "\n2020-01-03,-" + "9" * 400 + "\n2020-01-04,100\n").encode()
    files["digits_5000.csv"] = ("date,followers\n2020-01-01," + "1" * 5000 + "\n2020-01-02,100\n").encode()
    files["numbers_weird.csv"] = ("date,followers\n2020-01-01,1_000\n2020-01-02,0x10\n2020-01-03,1e5\n"
                                  "2020-01-04,١٬٢٣٤٫٥\n2020-01-05,12,345,678\n2020-01-06,--5\n").encode()
    files["percent_over.csv"] = b"date,engagement_rate\n2020-01-01,150%\n2020-01-02,12%\n"
    files["generic_platform_rtl.csv"] = ("date,platform,followers\n2020-01-01,\u202eKOOBECAF,5\n2020-01-02,x,7\n"
                                         "2020-01-03,\u0000,9\n").encode()
    return files


_GOAL = {"title": "Reach", "objective": "awareness", "kpi": "reach", "baseline": 10, "target": 100,
         "start": "2020-01-01", "deadline": "2020-12-31"}


def _plan(*goals: object, **top: object) -> dict:
    return {"format": "social-goal-plan", "version": 1, "business": {"name": "Hostile"},
            "goals": list(goals), **top}


def _goal(**changes: object) -> dict:
    return {**_GOAL, **changes}


def json_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}

    def put(name: str, obj: object) -> None:
        files[name] = json.dumps(obj, ensure_ascii=False).encode()

    good = json.dumps(_plan(_goal()))
    files["truncated.json"] = good[: len(good) // 2].encode()
    files["truncated_in_string.json"] = b'{"format": "social-goal-plan", "version": 1, "goals": [{"title": "Re'
    files["empty.json"] = b""
    files["not_json.json"] = b"date,reach\n2020-01-01,1\n"
    files["binary.json"] = bytes(range(256))
    put("root_list.json", [_plan(_goal())])
    put("root_string.json", "social-goal-plan")
    put("root_null.json", None)
    put("root_number.json", 1)
    put("wrong_format.json", {**_plan(_goal()), "format": ["social-goal-plan"]})
    put("version_string.json", {**_plan(_goal()), "version": "1"})
    put("version_float.json", {**_plan(_goal()), "version": 1.0})
    put("version_bool.json", {**_plan(_goal()), "version": True})
    put("version_huge.json", {**_plan(_goal()), "version": 10 ** 30})
    put("version_negative.json", {**_plan(_goal()), "version": -1})
    put("business_list.json", {**_plan(_goal()), "business": ["x"]})
    put("business_name_number.json", {**_plan(_goal()), "business": {"name": 5, "currency": {}, "language": []}})
    put("goals_object.json", {**_plan(), "goals": {"0": _goal()}})
    put("goals_string.json", {**_plan(), "goals": "abc"})
    put("goal_not_object.json", _plan(1, "x", None, [], True))
    # wrong types at every goal level
    for key, bad in (("title", 5), ("objective", ["awareness"]), ("kpi", {"id": "reach"}), ("baseline", "10"),
                     ("target", True), ("start", 20200101), ("deadline", None), ("shape", 1),
                     ("platforms", "instagram"), ("platforms", {"instagram": 1}), ("platforms", [1, None]),
                     ("platform_targets", "x"), ("platform_targets", [1]), ("audience", [1]),
                     ("audience", {"age_min": "x", "age_max": 1e300, "gender": [], "income": {}}),
                     ("milestones", 5), ("milestones", "ab"), ("milestones", {"date": "2020-02-01"}),
                     ("milestones", [None, {"date": 5, "value": "x"}]), ("archived", "yes"),
                     ("observations", {"date": "2020-01-01"}), ("observations", 7),
                     ("observations", [None, 1, {"date": [], "value": {}}, {"date": "2020-01-01", "value": 1,
                                                                           "platform": 9, "note": 3}]),
                     ("budget", "free"), ("hours_per_week", -1), ("currency", 978),
                     ("statement", ["a"]), ("business_objective", 0)):
        suffix = type(bad).__name__
        put(f"goal_{key}_{suffix}.json", _plan(_goal(**{key: bad})))
    # numbers
    files["huge_numbers.json"] = json.dumps(_plan(_goal())).replace('"target": 100', '"target": 1e400').encode()
    files["huge_int.json"] = json.dumps(_plan(_goal())).replace('"target": 100', '"target": ' + "9" * 400).encode()
    files["huge_int_5000_digits.json"] = json.dumps(_plan(_goal())).replace('"target": 100',
                                                                            '"target": ' + "9" * 5000).encode()
    files["nan_literals.json"] = json.dumps(_plan(_goal())).replace('"target": 100', '"target": NaN').encode()
    files["infinity_literal.json"] = json.dumps(_plan(_goal())).replace('"baseline": 10',
                                                                       '"baseline": -Infinity').encode()
    put("huge_observation_value.json", _plan(_goal(observations=[{"date": "2020-01-02", "value": 1.7e308},
                                                                 {"date": "2020-01-03", "value": 1.7e308}])))
    # duplicates and encodings
    files["duplicate_keys.json"] = (b'{"format": "social-goal-plan", "version": 1, "version": 99, '
                                    b'"goals": [], "goals": [' + json.dumps(_goal()).encode() + b"]}")
    files["bom_utf8.json"] = b"\xef\xbb\xbf" + json.dumps(_plan(_goal(title="BOM goal"))).encode()
    files["utf16_le_bom.json"] = json.dumps(_plan(_goal())).encode("utf-16")
    files["utf16_be_no_bom.json"] = json.dumps(_plan(_goal())).encode("utf-16-be")
    files["lone_surrogate.json"] = json.dumps(_plan(_goal(title="a\udc00b"))).encode()
    files["nul_in_title.json"] = json.dumps(_plan(_goal(title="a\x00b"))).encode()
    files["rtl_override_title.json"] = json.dumps(_plan(_goal(title="\u202e=cmd|' /C calc'!A0"))).encode()
    # dates
    for name, start, deadline in (("dates_year_0001_9999", "0001-01-01", "9999-12-31"),
                                  ("dates_negative", "-001-01-01", "2020-01-01"),
                                  ("dates_zero", "0000-00-00", "2020-01-01"),
                                  ("dates_year_99999", "2020-01-01", "99999-01-01"),
                                  ("dates_iso_week", "2020-W01-1", "2020-12-31"),
                                  ("dates_reversed", "2020-12-31", "2020-01-01"),
                                  ("dates_with_time", "2020-01-01T00:00", "2020-12-31")):
        put(f"{name}.json", _plan(_goal(start=start, deadline=deadline)))
    put("milestone_dup_dates.json", _plan(_goal(milestones=[{"date": "2020-02-01", "value": 20},
                                                            {"date": "2020-02-01", "value": 30}])))
    put("observation_dup_days.json", _plan(_goal(observations=[{"date": "2020-01-02", "value": 1},
                                                               {"date": "2020-01-02", "value": 2}])))
    put("platforms_twice.json", _plan(_goal(platforms=["instagram", "instagram"])))
    put("platform_targets_twice.json", _plan(_goal(platforms=["instagram"], platform_targets=[
        {"platform": "instagram", "target": 50}, {"platform": "instagram", "target": 60}])))
    # unknown ids
    put("unknown_ids.json", _plan(_goal(objective="world_domination", kpi="vibes", platforms=["myspace"],
                                        shape="zigzag", audience={"gender": "dragons"},
                                        observations=[{"date": "2020-01-02", "value": 1, "platform": "orkut"}])))
    put("unknown_extra_fields.json", {**_plan(_goal(id=42, goal_id=7, extra={"a": [1, 2]})), "id": 9})
    put("ids_in_observations.json", _plan(_goal(observations=[{"date": "2020-01-02", "value": 1, "id": 1,
                                                               "goal_id": 99999}])))
    return files


# --------------------------------------------------------------------------- made at test time

def make_big_single_line(path: Path, size: int = 50 * 1024 * 1024) -> Path:
    """One line of *size* bytes: a header cell that never ends."""
    chunk = b"date" + b"x" * (1024 * 1024 - 4)
    with open(path, "wb") as f:
        for _ in range(size // len(chunk)):
            f.write(chunk)
    return path


def make_big_single_line_commas(path: Path, size: int = 50 * 1024 * 1024) -> Path:
    """A header, then one 50 MB data line of commas (millions of empty fields)."""
    with open(path, "wb") as f:
        f.write(b"date,followers\n2020-01-01,")
        chunk = b"," * (1024 * 1024)
        for _ in range(size // len(chunk)):
            f.write(chunk)
        f.write(b"\n2020-01-02,5\n")
    return path


def make_big_line_mid_file(path: Path, size: int = 50 * 1024 * 1024) -> Path:
    """Good rows, then one 50 MB line of commas, then good rows: the long line is met while streaming."""
    with open(path, "wb") as f:
        f.write(b"date,followers\n" + b"".join(b"2019-%02d-%02d,%d\n" % (m, d, m * d) for m in range(1, 13)
                                            for d in range(1, 29)))
        chunk = b"," * (1024 * 1024)
        f.write(b"2020-01-01,")
        for _ in range(size // len(chunk)):
            f.write(chunk)
        f.write(b"\n2020-01-02,5\n")
    return path


def make_zip_bomb(path: Path) -> Path:
    """An XLSX whose one sheet expands to 320 MB (deflate of one letter: about 330 KB on disk)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        zf.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                    f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                    f'Target="xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {ns} xmlns:r="{rel}"><sheets>'
                    '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                    f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
                    f'Target="worksheets/sheet1.xml"/></Relationships>')
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            member.write(f'<?xml version="1.0"?><worksheet {ns}><sheetData><row r="1"><c r="A1" t="inlineStr">'
                         '<is><t>date'.encode())
            block = b"x" * (16 * 1024 * 1024)  # one cell of 320 MB
            for _ in range(20):
                member.write(block)
            member.write(b"</t></is></c></row></sheetData></worksheet>")
    return path


def make_zip_bomb_lying(path: Path) -> Path:
    """A zip bomb whose central directory claims small sizes (the header lies)."""
    make_zip_bomb(path)
    data = bytearray(path.read_bytes())
    # rewrite every declared uncompressed size we can find to 1 KB: readers must not trust it
    import struct

    i = data.find(b"PK\x01\x02")
    while i != -1:
        if struct.unpack_from("<I", data, i + 24)[0] not in (0xFFFFFFFF,):
            struct.pack_into("<I", data, i + 24, 1024)
        i = data.find(b"PK\x01\x02", i + 4)
    path.write_bytes(bytes(data))
    return path


def make_deep_json(path: Path, depth: int = 100_000, kind: str = "list") -> Path:
    open_, close = ("[", "]") if kind == "list" else ('{"a":', "}")
    body = open_ * depth + "1" + close * depth
    path.write_text('{"format": "social-goal-plan", "version": 1, "goals": [' + body + "]}")
    return path


def make_big_string_json(path: Path, size: int = 10 * 1024 * 1024) -> Path:
    path.write_text(json.dumps(_plan(_goal(title="t" * size, statement="s" * size))))
    return path


def make_many_goals_json(path: Path, goals: int = 20_000) -> Path:
    path.write_text(json.dumps(_plan(*[_goal(title=f"g{i}", kpi=["reach", "vibes"][i % 2]) for i in range(goals)])))
    return path


def main(out: Path = HERE) -> None:
    written = 0
    for name, data in {**csv_files(), **json_files()}.items():
        (out / name).write_bytes(data)
        written += 1
    print(f"wrote {written} files to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
