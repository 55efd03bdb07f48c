"""Writes the importer test fixtures: small files in the real export layouts, with their byte-level quirks.

Run with the project's venv from this folder's parent or anywhere:
    .venv/bin/python tests/data/imports/make_fixtures.py
LinkedIn's old .xls needs xlwt (install it in the venv only to run this script).
All rows are invented.
"""

from __future__ import annotations

import codecs
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write(name: str, text: str, encoding: str = "utf-8", bom: bytes = b"", newline: str = "\n") -> None:
    path = HERE / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bom + text.replace("\n", newline).encode(encoding))


def q(*cells: object) -> str:
    """A CSV line with every field quoted."""
    return ",".join('"' + str(c).replace('"', '""') + '"' for c in cells) + "\n"


# ----------------------------------------------------------------------------- X / Twitter

LEGACY_HEADER = ["Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements",
                 "engagement rate", "retweets", "replies", "likes", "user profile clicks", "url clicks",
                 "hashtag clicks", "detail expands", "permalink clicks", "app opens", "app installs", "follows",
                 "email tweet", "dial phone", "media views", "media engagements"]
LEGACY_HEADER += ["promoted " + h for h in LEGACY_HEADER[4:]]
assert len(LEGACY_HEADER) == 40


def tweet(tid: str, text: str, time: str, impr: str, eng: str, rate: str, rts: str, likes: str, prof: str,
          url: str) -> str:
    cells = [tid, f"https://twitter.com/acme/status/{tid}", text, time, impr, eng, rate, rts, "1.0", likes,
             prof, url, "0.0", "2.0", "0.0", "0", "0", "0.0", "0", "0", "0.0", "0.0"] + ["-"] * 18
    return q(*cells)


def x_files() -> None:
    write("x_tweet_activity_legacy.csv", q(*LEGACY_HEADER)
          + tweet("1475880000000000001", "Sale today &amp; tomorrow", "2021-12-28 16:45 +0000",
                  "1938.0", "18.0", "0.00928792569659443", "2.0", "10.0", "3.0", "2.0")
          + tweet("1475880000000000002", "Morning post", "2021-12-28 09:10 +0000",
                  "1062.0", "12.0", "0.011299435028248588", "1.0", "5.0", "1.0", "1.0")
          + tweet("1475880000000000003", "Two lines\nof text", "2021-12-27 20:00 +0000",
                  "500.0", "10.0", "0.02", "0.0", "4.0", "0.0", "0.0")
          + tweet("1475880000000000004", "Broken count", "2021-12-26 10:00 +0000",
                  "abc", "3.0", "0.0", "0.0", "1.0", "0.0", "0.0")
          + tweet("1475880000000000005", "Fine row, same day", "2021-12-26 11:00 +0000",
                  "100.0", "3.0", "0.03", "0.0", "1.0", "0.0", "0.0")
          + tweet("1475880000000000006", "Bad time", "2021-13-40 11:00 +0000",
                  "100.0", "3.0", "0.03", "0.0", "1.0", "0.0", "0.0"))
    header = ("Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,"
              "Profile visits,Create Post,Video views,Media views\n")
    write("x_account_overview.csv", header
          + '"Fri, Mar 21, 2025",2400,30,96,2,1,5,1,3,4,12,2,150,300\n'
          + '"Thu, Mar 20, 2025",1600,20,40,1,0,3,0,2,2,8,1,90,160\n'
          + '"Wed, Mar 19, 2025",1000,-5,20,0,0,1,2,1,1,4,0,50,80\n'
          + '"Mon, Mar 18, 2025",900,10,18,0,0,1,0,1,1,3,0,40,70\n')
    early = ("Post id,Date,Post text,Link,Impressions,Likes,Engagements,Bookmarks,Share,New follows,Replies,"
             "Reposts,Profile visits,Detail expands,Url clicks,Hashtag clicks,Permalink clicks\n")
    write("x_account_content_early2025.csv", early
          + "1902000000000000001,Thu Mar 20 2025,New menu,https://x.com/acme/status/1902000000000000001,"
            "1200,14,60,1,2,1,3,4,6,10,8,0,0\n"
          + "1902000000000000002,Thu Mar 20 2025,\"Open late, today\",https://x.com/acme/status/"
            "1902000000000000002,800,6,20,0,0,0,1,2,2,4,2,0,0\n"
          + "0,Thu Mar 20 2025,,https://x.com/acme/status/undefined,0,0,0,0,0,0,0,0,0,0,0,0,0\n"
          + "1901000000000000003,Wed Mar 19 2025,Hello,https://x.com/acme/status/1901000000000000003,"
            "500,5,25,0,1,0,1,1,2,3,1,0,0\n", newline="\r\n")
    late = ("Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,"
            "Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks\n")
    write("x_account_content_late2025.csv", late
          + '1987000000000000001,"Sun, Nov 9, 2025",Weekend,https://x.com/acme/status/1987000000000000001,'
            "3000,40,150,3,5,2,6,10,9,20,30,0,1\n"
          + '1987000000000000002,"Sun, Nov 9, 2025",Again,https://x.com/acme/status/1987000000000000002,'
            "1000,10,50,0,1,0,2,3,3,5,10,0,0\n"
          + '0,"Sun, Nov 9, 2025",,https://x.com/i/status/undefined,0,0,0,0,0,0,0,0,0,0,0,0,0\n'
          + '1986000000000000003,"Sat, Nov 8, 2025",Friday,https://x.com/acme/status/1986000000000000003,'
            "400,4,8,0,0,0,1,1,1,1,2,0,0\n", newline="\r\n")


# ----------------------------------------------------------------------------- Facebook

def facebook_files() -> None:
    names = ["Date", "Lifetime Total Likes", "Daily New Likes", "Daily Unlikes", "Daily Page Engaged Users",
             "Weekly Page Engaged Users", "28 Days Page Engaged Users", "Daily Like Sources - On Your Page",
             "Daily Total Reach", "Weekly Total Reach", "Daily Organic Reach", "Daily Total Impressions"]
    names += [f"Daily Page Consumptions by type - other {i}" for i in range(48)]
    descs = ["", "Lifetime: The total number of people who have liked your Page. (Unique Users)",
             "Daily: The number of new people who have liked your Page. (Unique Users)",
             "Daily: Unlikes of your Page (Total Count)",
             "Daily: The number of people who engaged with your Page. Engagement includes any click or story "
             "created. (Unique Users)", "Weekly: engaged users", "28 Days: engaged users",
             "Daily: likes from your Page’s own content – café corner", "Daily: The number of people who saw "
             "any content associated with your Page, including ads. (Unique Users)", "Weekly: reach",
             "Daily: organic reach", "Daily: The number of impressions seen of any content associated with "
             "your Page. (Total Count)"] + ["Daily: other"] * 48
    lines = [",".join(names), ",".join('"' + d + '"' if d else "" for d in descs)]
    data = [("2/27/2014", "1500", "12", "2", "40", "200", "600", "3", "800", "4000", "700", "2100"),
            ("2/28/2014", "1510", "11", "1", "50", "210", "610", "2", "1000", "4100", "900", "2500"),
            ("3/1/2014", "1522", "13", "1", "", "220", "620", "1", "900", "4200", "800", "2000"),
            ("2/30/2014", "1530", "9", "1", "30", "230", "630", "1", "600", "4300", "500", "1500"),
            ("3/2/2014", "1531", "9", "0", "30", "230", "630", "1", "600", "4300", "500", "1500")]
    for row in data:
        lines.append(",".join(row + ("0",) * 48))
    write("facebook_page_level.csv", "\n".join(lines) + "\n", encoding="cp1252", newline="\r\n")
    header = ["Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted",
              "Audience Targeting", "Lifetime Post Total Reach", "Lifetime Post organic reach",
              "Lifetime Post Total Impressions", "Lifetime Engaged Users",
              "Lifetime Post Consumptions by type - link clicks"]
    desc = ["", "", "", "", "", "", "", "", "Lifetime: The total number of people your Page post was served to. "
            "(Unique Users)", "Lifetime: organic reach", "Lifetime: impressions", "Lifetime: The number of "
            "unique people who engaged in certain ways with your Page post, for example by commenting on, "
            "liking, sharing, or clicking upon particular elements of the post. (Unique Users)",
            "Lifetime: link clicks"]
    rows = [
        ["123_1", "https://www.facebook.com/123/posts/1", "Valentine's menu\nBook now", "Photo", "", "",
         "02/14/2016 12:40:16 AM", "", "400", "380", "600", "30", "5"],
        ["123_2", "https://www.facebook.com/123/posts/2", "Second post, same day", "Link", "", "",
         "02/14/2016 06:05:00 PM", "", "600", "600", "900", "45", "10"],
        ["123_3", "https://www.facebook.com/123/posts/3", "Next day", "Status", "", "",
         "02/15/2016 09:00:00 AM", "", "250", "250", "300", "5", "0"],
    ]
    text = "".join(q(*r) for r in [header, desc] + rows)
    write("facebook_post_level.csv", text, bom=codecs.BOM_UTF8)


# ----------------------------------------------------------------------------- Meta Business Suite

def meta_files() -> None:
    def daily(title: str, rows: list[tuple[str, str]]) -> str:
        return "sep=,\n" + q(title) + q("Date", "Primary") + "".join(q(d, v) for d, v in rows) + "\n"

    write("meta_instagram_follows.csv", daily("Instagram follows", [
        ("2025-01-01T01:00:00", "5"), ("2025-01-02T01:00:00", "3"), ("2025-01-03T01:00:00", "0")]),
        encoding="utf-16-le", bom=codecs.BOM_UTF16_LE)
    write("meta_facebook_reach.csv", daily("Facebook reach", [
        ("2025-03-29T00:00:00", "120"), ("2025-03-30T00:00:00", "150"), ("2025-03-31T01:00:00", "1,234"),
        ("2025-04-01T01:00:00", "-"), ("2025-04-02T01:00:00", "90")]),
        encoding="utf-16-le", bom=codecs.BOM_UTF16_LE)
    ig = ("Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,"
          "Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves\n"
          "18000000000000001,17800000000000000,acme.cafe,Acme Café,\"Spring menu, new\",0,03/18/2025 09:48,"
          "https://www.instagram.com/p/AAA/,IG image,,Lifetime,1000,700,50,5,1,10,5\n"
          "18000000000000002,17800000000000000,acme.cafe,Acme Café,Reel,15,03/18/2025 18:02,"
          "https://www.instagram.com/reel/BBB/,IG reel,,Lifetime,3000,1300,100,15,2,20,15\n"
          "18000000000000003,17800000000000000,acme.cafe,Acme Café,Story,,03/20/2025 08:00,"
          "https://www.instagram.com/p/CCC/,IG carousel,,Lifetime,500,400,20,,0,4,\n")
    write("meta_instagram_posts_Mar-01-2025_Mar-31-2025_1789.csv", ig, bom=codecs.BOM_UTF8)
    fb = ("Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,Permalink,"
          "Is crosspost,Is share,Post type,Languages,Custom labels,Funded content status,Data comment,Date,Views,"
          "Reach,\"Reactions, Comments and Shares\",Reactions,Comments,Shares,Total clicks,Link clicks,"
          "Other Clicks,Views\n"
          "100_1,100,Acme Café,,Lunch offer,,04/02/2025 12:00,,https://www.facebook.com/100/posts/1,No,No,"
          "Links,,,,,Lifetime,2000,1500,60,40,10,10,90,30,60,999\n"
          "100_2,100,Acme Café,,Dinner,,04/02/2025 19:30,,https://www.facebook.com/100/posts/2,No,No,"
          "Photos,,,,,Lifetime,1000,500,15,10,3,2,20,,20,999\n"
          "100_3,100,Acme Café,,Closed,,04/03/2025 09:00,,https://www.facebook.com/100/posts/3,No,No,"
          "Text,,,,,Lifetime,400,300,6,6,0,0,1,0,1,999\n")
    write("meta_facebook_posts_Apr-01-2025_Apr-30-2025_100.csv", fb, bom=codecs.BOM_UTF8)


# ----------------------------------------------------------------------------- YouTube

SHY = "\u00ad"


def youtube_texts() -> dict[str, str]:
    table = ("Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions,"
             "Impressions click-through rate (%)\n"
             "Total,,,,5300,120.5,7,60000,5.1\n"
             'dQw4w9WgXcQ,How we roast,"Aug 28, 2025",312,3000,70.2,5,30000,6.0\n'
             ' -abcdEFGhij,"Latte art, part 2","Aug 28, 2025",215,1500,30.1,-1,20000,4.5\n'
             'zzzzzzzzzz1,Opening day,"Aug 20, 2025",95,800,20.2,3,10000,2.0\n')
    chart = ("Date,Content,Video title,Video publish time,Duration,Views\n"
             '2025-08-28,dQw4w9WgXcQ,How we roast,"Aug 28, 2025",312,1000\n'
             '2025-08-28, -abcdEFGhij,"Latte art, part 2","Aug 28, 2025",215,400\n'
             '2025-08-29,dQw4w9WgXcQ,How we roast,"Aug 28, 2025",312,800\n'
             '2025-08-29, -abcdEFGhij,"Latte art, part 2","Aug 28, 2025",215,x\n'
             '2025-08-30,dQw4w9WgXcQ,How we roast,"Aug 28, 2025",312,300\n')
    totals = "Date,Views\n2025-08-28,1400\n2025-08-29,1100\n2025-08-30,350\n"
    return {"Table data.csv": table, "Chart data.csv": chart, "Totals.csv": totals}


def youtube_files() -> None:
    texts = youtube_texts()
    write("youtube_table_data_en.csv", texts["Table data.csv"])
    de = (f"Inhalt,Video{SHY}titel,Ver{SHY}öffent{SHY}lichungs{SHY}zeit{SHY}punkt des Videos,Dauer,"
          f"Auf{SHY}ru{SHY}fe,Wieder{SHY}gabe{SHY}zeit (Stunden),Abon{SHY}nenten,Im{SHY}pres{SHY}sio{SHY}nen,"
          f"Klick{SHY}rate der Im{SHY}pres{SHY}sio{SHY}nen (%)\n"
          "Gesamt,,,,2500,50.0,2,25000,4.0\n"
          'aaaaaaaaaa1,Röstung erklärt,"Sep 2, 2025",300,2000,40.0,2,20000,4.5\n'
          'aaaaaaaaaa2,Kurz,"Sep 3, 2025",30,500,10.0,0,5000,2.0\n'
          "Die 500 besten Ergebnisse werden angezeigt\n")
    write("youtube_table_data_de.csv", de)
    write("youtube_chart_data.csv", texts["Chart data.csv"])
    write("youtube_resaved/Totals.csv", "Date,Views\n13-06-2025,120\n14-06-2025,95\n15-06-2025,101\n",
          newline="\r\n")
    with zipfile.ZipFile(HERE / "youtube_studio.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in texts.items():
            zf.writestr(f"Content 2025-08-01_2025-08-31 Acme/{name}", text)


# ----------------------------------------------------------------------------- LinkedIn (.xls)

def linkedin_files() -> None:
    import xlwt  # only for writing fixtures; the app reads .xls with python-calamine

    def book(path: str, sheets: dict[str, list[list[object]]]) -> None:
        wb = xlwt.Workbook()
        for name, rows in sheets.items():
            ws = wb.add_sheet(name)
            for r, row in enumerate(rows):
                for c, v in enumerate(row):
                    ws.write(r, c, v)
        wb.save(str(HERE / path))

    head = ["Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"]
    others = {s: [[s, "Total followers"], ["Example", 10]] for s in
              ("Location", "Job function", "Seniority", "Industry", "Company size")}
    book("linkedin_followers.xls", {"New followers": [head, ["03/01/2025", 0, 3, 0, 1203],
                                                      ["03/02/2025", 0, 2, 1, 1206],
                                                      ["03/03/2025", 0, 1, 0, 1207],
                                                      ["03/32/2025", 0, 1, 0, 1208]], **others})
    book("linkedin_followers_daily_new.xls", {"New followers": [head, ["03/01/2025", 0, 3, 0, 3],
                                                                ["03/02/2025", 1, 2, 0, 3]], **others})
    metrics = ["Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
               "Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
               "Reactions (organic)", "Reactions (sponsored)", "Reactions (total)", "Comments (organic)",
               "Comments (sponsored)", "Comments (total)", "Reposts (organic)", "Reposts (sponsored)",
               "Reposts (total)", "Engagement rate (organic)", "Engagement rate (sponsored)",
               "Engagement rate (total)"]
    book("linkedin_content_2025.xls", {
        "Metrics": [["Aggregated metrics for the page's updates for the selected date range."], metrics,
                    ["10/01/2025", 120, 0, 120, 90, 6, 0, 6, 4, 0, 4, 1, 0, 1, 0, 0, 0, 0.0916666679084301,
                     0, 0.0916666679084301],
                    ["10/02/2025", 13, 0, 13, 10, 14, 0, 14, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1.15384615384615,
                     0, 1.15384615384615],
                    ["10/03/2025", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
        "All posts": [["Post title", "Post link", "Impressions"], ["Hello", "https://lnkd.in/x", 50]]})


# ----------------------------------------------------------------------------- TikTok

def tiktok_files() -> None:
    rows = [("December 30", "100", "5", "10", "1", "2"), ("December 31", "120", "6", "12", "2", "1"),
            ("January 1", "80", "2", "undefined", "0", "0"), ("January 2", "90", "3", "9", "1", "1")]
    write("tiktok/Overview.csv", q("Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares")
          + "".join(q(*r) for r in rows), bom=codecs.BOM_UTF8)
    rows = [("6 de marzo", "1000", "4"), ("7 de marzo", "1004", "4"), ("8 de marzo", "1010", "6"),
            ("9 de marzo", "undefined", "undefined")]
    write("tiktok/FollowerHistory.csv", q("Date", "Followers", "Difference in followers from previous day")
          + "".join(q(*r) for r in rows), bom=codecs.BOM_UTF8)


# ----------------------------------------------------------------------------- GA4

GA4_PREAMBLE = ("# ----------------------------------------\n# Acme Café\n# Traffic acquisition: Session source / "
                "medium\n# Account: Acme\n# Property: acme.example\n# ----------------------------------------\n"
                "# \n# Start date: 20231001\n# End date: 20231031\n")


def ga4_files() -> None:
    write("ga4_source_medium_by_date.csv", GA4_PREAMBLE
          + "Date,Session source / medium,Sessions,Engaged sessions,Engagement rate,Key events,Total revenue\n"
          + "20231010,facebook | spring_sale / paid_social,40,30,0.75,2,20.5\n"
          + "20231009,google / organic,500,300,0.6,10,100\n"
          + "20231010,l.facebook.com / referral,10,5,0.5,0,0\n"
          + "20231010,(not set),3,0,0,0,0\n"
          + "20231009,t.co / referral,20,10,0.5,1,0\n"
          + "20231009,newsletter | nov / social,5,5,1,0,0\n"
          + "20231011,l.instagram.com / referral,8,2,0.25,0,0\n", newline="\r\n")
    write("ga4_by_date.csv", GA4_PREAMBLE
          + "Date,Sessions,Engaged sessions,Engagement rate,Key events\n"
          + "20231012,200,120,0.6,4\n20231010,100,50,0.5,2\n20231011,150,60,0.4,3\n", newline="\r\n")
    write("ga4_source_medium_no_date.csv", GA4_PREAMBLE
          + "Session source / medium,Sessions,Engaged sessions,Engagement rate,Total revenue\n"
          + "google / organic,500,300,0.6,100\nfacebook / social,40,30,0.75,20\n", newline="\r\n")


# ----------------------------------------------------------------------------- generic tables

def xlsx(path: Path, rows: list[list[object]], sheet_name: str = "Figures") -> None:
    """A minimal XLSX (inline strings, numbers, dates as serials with a date style)."""
    def cell(r: int, c: int, v: object) -> str:
        ref = f"{chr(65 + c)}{r}"
        if isinstance(v, str):
            return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
        if isinstance(v, tuple):  # a date as an Excel serial
            return f'<c r="{ref}" s="1"><v>{v[0]}</v></c>'
        return f'<c r="{ref}"><v>{v}</v></c>'
    sheet = "".join(f'<row r="{r}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
                    for r, row in enumerate(rows, start=1))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
        'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+'
        'xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships"><sheets><sheet name="' + sheet_name + '" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders '
        'count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf '
        'numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
        f'openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)


def generic_files() -> None:
    write("generic_resaved_semicolon.csv", "Date;Followers;Engagement rate\n21-03-2025;1.234;1,5\n"
          "22-03-2025;1.240;2,25%\n23-03-2025;1.251;3.апр\n24-03-2025;-3;0,5\n", newline="\r\n")
    write("generic_persian_digits.csv", "تاریخ,followers\n۲۰۲۵-۰۳-۲۱,۱٬۲۳۴\n۲۰۲۵-۰۳-۲۲,١٢٤٠\n"
          "۲۰۲۵-۰۳-۲۳,۱۲۴۵٫۵\n")
    write("generic_arabic_cp1256.csv", "التاريخ,المتابعون\n03/04/2025,120\n04/04/2025,125\n05/04/2025,130\n",
          encoding="cp1256")
    write("generic_utf16_tab.csv", "date\tfollowers\tplatform\n2025-05-01\t100\tInstagram\n2025-05-01\t80\tFacebook\n"
          "2025-05-02\t110\tInstagram\n2025-05-02\t70\tMySpace\n2025-05-01\t5\tinstagram\n",
          encoding="utf-16-le", bom=codecs.BOM_UTF16_LE)
    write("generic_nan_inf.csv", "date,impressions\n2025-01-01,NaN\n2025-01-02,inf\n2025-01-03,-Infinity\n"
          "2025-01-04,12\n2025-31-31,5\n")
    xlsx(HERE / "generic_figures.xlsx", [["Date", "followers", "Note"], [(45742,), 500, "a"], [(45743,), 510, "b"],
                                         ["2025-03-25", 520, "text date"], [(45745,), "n/a", "no value"]])


def bad_files() -> None:
    write("bad/empty.csv", "")
    write("bad/header_only.csv", "date,followers\n")
    write("bad/unknown_format.csv", "name,colour,size\napple,red,3\npear,green,4\n")
    (HERE / "bad").mkdir(exist_ok=True)
    garbage = bytes((i * 7919 + 13) % 256 for i in range(3000))
    (HERE / "bad/binary_garbage.csv").write_bytes(garbage)
    (HERE / "bad/undecodable.csv").write_bytes(bytes(range(0x80, 0x100)) * 8 + b"\x81\x8d\x8f\x90\x9d" * 50)
    write("bad/wide_1000_columns.csv", ",".join(f"c{i}" for i in range(1000)) + "\n"
          + ",".join("1" for _ in range(1000)) + "\n")
    write("bad/wide_row_in_table.csv", "date,followers\n2025-01-01,10\n" + ",".join(["2025-01-02"] * 1000)
          + "\n2025-01-03,12\n")
    with zipfile.ZipFile(HERE / "bad/zip_bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024))
    with zipfile.ZipFile(HERE / "bad/not_a_spreadsheet.zip", "w") as zf:
        zf.writestr("readme.txt", "hello")


# ----------------------------------------------------------------------------- issue 15: defects, each in a real layout

FIXED_TIME = (2025, 10, 1, 12, 0, 0)  # zip members get a fixed time, so the archives are the same bytes every run


def zipped(path: Path, members: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(zipfile.ZipInfo(name, FIXED_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


def days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=i) for i in range(count)]


def ga4_defect_files() -> None:
    """Item 2: Meta ads placements, other platforms, unknown social; item 7: a report without Sessions."""
    preamble = ("# ----------------------------------------\n# Röstwerk Café\n# Traffic acquisition: Session source / "
                "medium\n# Account: Röstwerk\n# Property: roestwerk.example\n# ----------------------------------------"
                "\n# \n# Start date: 20240301\n# End date: 20240307\n")
    rows = [
        ("20240305", "fb / Facebook_Mobile_Feed", 30, 20, 1), ("20240305", "ig / Instagram_Stories", 25, 10, 0),
        ("20240305", "facebook_ads / Instagram_Feed", 15, 9, 1), ("20240305", "an / an", 6, 1, 0),
        ("20240305", "meta / FB-Paid_spring_sale", 12, 6, 0), ("20240305", "m.facebook.com / referral", 8, 5, 0),
        ("20240305", "google / organic", 400, 250, 9), ("20240305", "(direct) / (none)", 120, 60, 3),
        ("20240305", "newsletter | march / social", 4, 2, 0), ("20240305", "x.com / referral", 7, 3, 0),
        ("20240306", "lm.facebook.com / referral", 10, 6, 1), ("20240306", "duckduckgo / organic", 9, 4, 0),
        ("20240306", "linkedin.com / referral", 3, 1, 0), ("20240306", "(not set)", 2, 0, 0),
        ("20240304", "Facebook / paid_social", 20, 12, 2),
    ]
    body = "".join(f"{d},{sm},{s},{e},{e / s!r},{k},{k * 7.5}\n" for d, sm, s, e, k in rows)
    write("ga4_meta_ads_by_date.csv", preamble + "Date,Session source / medium,Sessions,Engaged sessions,"
          "Engagement rate,Key events,Total revenue\n" + body, newline="\r\n")
    snapshot = GA4_PREAMBLE.replace("Traffic acquisition: Session source / medium", "Reports snapshot").replace(
        "20231001", "20231008").replace("20231031", "20231012")
    write("ga4_report_active_users.csv", snapshot + "Date,Active users,New users,Event count\n"
          "20231010,42,30,310\n20231008,35,20,250\n20231012,51,33,402\n20231009,38,25,280\n20231011,47,31,350\n",
          newline="\r\n")
    write("ga4_report_events_only.csv", snapshot + "Date,Event count,Key events\n20231010,310,2\n20231008,250,1\n",
          newline="\r\n")
    week = GA4_PREAMBLE.replace("20231001", "20231009").replace("20231031", "20231015")
    write("ga4_source_medium_one_week.csv", week
          + "Session source / medium,Sessions,Engaged sessions,Engagement rate,Key events\n"
          + "google / organic,500,300,0.6,10\nfacebook / social,40,30,0.75,2\nl.instagram.com / referral,12,6,0.5,0\n",
          newline="\r\n")


def youtube_defect_files() -> None:
    """Item 6: German Studio files under German names, and the German zip; an English file under another name."""
    totals = f"Da{SHY}tum,Auf{SHY}ru{SHY}fe\n" + "".join(
        f"{d.isoformat()},{100 + i * 37 % 50}\n" for i, d in enumerate(days(date(2025, 9, 1), 30)))
    chart = (f"Da{SHY}tum,In{SHY}halt,Video{SHY}titel,Ver{SHY}öffent{SHY}lichungs{SHY}zeit{SHY}punkt des Vi{SHY}deos,"
             f"Dau{SHY}er,Auf{SHY}ru{SHY}fe\n"
             '2025-09-02,aaaaaaaaaa1,Röstung erklärt,"Sep 2, 2025",300,80\n'
             '2025-09-03,aaaaaaaaaa1,Röstung erklärt,"Sep 2, 2025",300,60\n'
             '2025-09-03,aaaaaaaaaa2,Kurz,"Sep 3, 2025",30,25\n')
    table = (f"In{SHY}halt,Video{SHY}titel,Ver{SHY}öffent{SHY}lichungs{SHY}zeit{SHY}punkt des Vi{SHY}deos,Dau{SHY}er,"
             f"Auf{SHY}ru{SHY}fe,Wieder{SHY}gabe{SHY}zeit (Stunden),Abon{SHY}nenten,Im{SHY}pres{SHY}sio{SHY}nen,"
             f"Klick{SHY}rate der Im{SHY}pres{SHY}sio{SHY}nen (%)\n"
             "Gesamt,,,,165,3.1,2,2500,4.0\n"
             'aaaaaaaaaa1,Röstung erklärt,"Sep 2, 2025",300,140,2.9,2,2000,4.5\n'
             'aaaaaaaaaa2,Kurz,"Sep 3, 2025",30,25,0.2,0,500,2.0\n'
             "Die 500 besten Ergebnisse werden angezeigt\n")
    write("youtube_de/Gesamtwerte.csv", totals)
    write("youtube_de/Diagrammdaten.csv", chart)
    write("youtube_de/Tabellendaten.csv", table)
    folder = "Inhalt 2025-09-01_2025-09-30 Röstwerk"
    zipped(HERE / "youtube_studio_de.zip", {f"{folder}/Tabellendaten.csv": table,
                                            f"{folder}/Diagrammdaten.csv": chart, f"{folder}/Gesamtwerte.csv": totals})
    write("youtube_renamed/export (3).csv", youtube_texts()["Totals.csv"])
    write("youtube_subscribers/Totals.csv", "Date,Subscribers\n2025-09-01,3\n2025-09-02,-1\n2025-09-03,0\n"
          "2025-09-04,5\n")


def meta_defect_files() -> None:
    """Item 4: a Facebook post file whose two Views columns are 0 on every post while Reach is not."""
    head = ("Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,Permalink,"
            "Is crosspost,Is share,Post type,Languages,Custom labels,Funded content status,Data comment,Date,Views,"
            "Reach,\"Reactions, Comments and Shares\",Reactions,Comments,Shares,Total clicks,Link clicks,"
            "Other Clicks,Views\n")
    posts = [("05/02/2025 12:00", 1500, 40, 30, 6, 4, 50, 20), ("05/02/2025 18:30", 900, 12, 10, 1, 1, 14, 5),
             ("05/05/2025 09:15", 700, 9, 7, 2, 0, 6, 2)]
    body = "".join(f"200_{i},200,Röstwerk,,Post {i},,{t},,https://www.facebook.com/200/posts/{i},No,No,Photos,,,,,"
                   f"Lifetime,0,{reach},{rcs},{r},{c},{s},{tc},{lc},{tc - lc},0\n"
                   for i, (t, reach, rcs, r, c, s, tc, lc) in enumerate(posts, start=1))
    write("meta_facebook_posts_May-01-2025_May-31-2025_200.csv", head + body, bom=codecs.BOM_UTF8)


def facebook_defect_files() -> None:
    """Item 4: a lifetime total that Facebook left at 0 for weeks; item 8: empty breakdown cells; a re-saved file."""
    names = ["Date", "Lifetime Total Likes", "Daily New Likes", "Daily Unlikes", "Daily Page Engaged Users",
             "Daily Total Reach", "Daily Total Impressions"]
    descs = ["", "Lifetime: The total number of people who have liked your Page. (Unique Users)",
             "Daily: The number of new people who have liked your Page. (Unique Users)",
             "Daily: Unlikes of your Page (Total Count)", "Daily: The number of people who engaged with your "
             "Page. (Unique Users)", "Daily: The number of people who saw any content associated with your Page – "
             "café corner. (Unique Users)", "Daily: impressions. (Total Count)"]
    lines = [",".join(names), ",".join('"' + d + '"' if d else "" for d in descs)]
    likes = [0] * 12 + [312, 315, 319, 320, 326, 330, 331, 335]
    for i, d in enumerate(days(date(2014, 1, 1), 20)):
        lines.append(f"{d.month}/{d.day}/{d.year},{likes[i]},{3 + i % 4},{i % 2},{20 + i},{200 + 10 * i},"
                     f"{500 + 20 * i}")
    write("Facebook Insights Data Export - Café Olé - 2014-01-20.csv", "\n".join(lines) + "\n", encoding="cp1252",
          newline="\r\n")
    # the page-level layout after a German spreadsheet re-saved it: semicolons, DD.MM.YYYY, decimal commas
    resaved = [";".join(names), ";".join(descs)]
    for i, d in enumerate(days(date(2014, 2, 27), 5)):
        resaved.append(f"{d.day:02d}.{d.month:02d}.{d.year};{1500 + 10 * i};{12 - i};{i % 2};{40 + i};"
                       f"{800 + 100 * i};{2100 + 50 * i}")
    write("facebook_page_level_resaved_de.csv", "\n".join(resaved) + "\n", encoding="cp1252", newline="\r\n")
    header = ["Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted",
              "Audience Targeting", "Lifetime Post Total Reach", "Lifetime Post Total Impressions",
              "Lifetime Engaged Users", "Lifetime Post Consumptions by type - link clicks",
              "Lifetime Post Consumptions by type - other clicks"]
    desc = ["", "", "", "", "", "", "", "", "Lifetime: reach", "Lifetime: impressions", "Lifetime: engaged",
            "Lifetime: link clicks", "Lifetime: other clicks"]
    rows = [
        ["300_1", "https://www.facebook.com/300/posts/1", "Link to the menu", "Link", "", "", "03/01/2016 10:00:00 AM",
         "", "500", "700", "40", "12", "3"],
        ["300_2", "https://www.facebook.com/300/posts/2", "A photo", "Photo", "", "", "03/01/2016 06:00:00 PM", "",
         "400", "600", "30", "", "9"],
        ["300_3", "https://www.facebook.com/300/posts/3", "Status\nwith two lines", "Status", "", "",
         "03/02/2016 09:00:00 AM", "", "200", "250", "10", "", ""],
        ["300_4", "https://www.facebook.com/300/posts/4", "Another link", "Link", "", "", "03/03/2016 11:30:00 AM",
         "", "300", "400", "25", "8", "1"],
    ]
    write("facebook_post_level_2016-03.csv", "".join(q(*r) for r in [header, desc] + rows), bom=codecs.BOM_UTF8)


def tiktok_defect_files() -> None:
    """Item 9: deleted comments in a Spanish export; item 13: many 'undefined' days; item 14: the Content file."""
    rows = [("30 de diciembre", "100", "5", "10", "1", "2"), ("31 de diciembre", "120", "6", "12", "2", "1"),
            ("1 de enero", "80", "2", "9", "-3", "1"), ("2 de enero", "90", "3", "1", "-5", "0"),
            ("3 de enero", "95", "4", "8", "2", "1")]
    write("tiktok_es/Resumen.csv", q("Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares")
          + "".join(q(*r) for r in rows), bom=codecs.BOM_UTF8)
    history = []
    for i, d in enumerate(days(date(2025, 1, 1), 40)):
        known = i < 10 or i >= 35
        history.append((f"{d:%B} {d.day}", str(1000 + 2 * i) if known else "undefined",
                        "2" if known and i else ("0" if known else "undefined")))
    write("tiktok/FollowerHistory_undefined.csv", q("Date", "Followers", "Difference in followers from previous day")
          + "".join(q(*r) for r in history), bom=codecs.BOM_UTF8)
    write("tiktok/Content.csv", q("Time", "Video title", "Video link", "Post time", "Total likes", "Total comments",
                                  "Total shares", "Total views")
          + q("March 26", "Neue Bohnen", "https://www.tiktok.com/@roestwerk/video/7480000000000000001", "March 20",
              "120", "8", "5", "3400")
          + q("March 26", "Latte art", "https://www.tiktok.com/@roestwerk/video/7480000000000000002", "March 24",
              "40", "2", "1", "900"), bom=codecs.BOM_UTF8)


def x_defect_files() -> None:
    """Item 13: a post whose text spans lines, then a row that cannot be read: the message names its row."""
    late = ("Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,"
            "Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks\n")
    text = '"Neue Woche,\nneue Bohnen:\n\nKenia AA\nund Sumatra"'
    write("x_account_content_multiline.csv", late
          + f'1990000000000000001,"Mon, Nov 10, 2025",{text},https://x.com/r/status/1990000000000000001,'
            "900,9,30,1,1,0,2,3,2,5,4,0,0\n"
          + '1990000000000000002,"Mon, Nov 10, 2025",Kurz,https://x.com/r/status/1990000000000000002,'
            "n/v,1,3,0,0,0,0,0,0,1,0,0,0\n"
          + '1990000000000000003,"Tue, Nov 11, 2025",Danke,https://x.com/r/status/1990000000000000003,'
            "300,3,9,0,0,0,1,1,1,1,1,0,0\n", newline="\r\n")


def linkedin_renamed_file() -> None:
    """Item 6: LinkedIn's followers sheet saved alone under a German name, as an XLSX."""
    head = ["Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"]
    xlsx(HERE / "linkedin_neue_follower.xlsx", [head, ["03/01/2025", 0, 3, 0, 1203], ["03/02/2025", 0, 2, 1, 1206]],
         sheet_name="Neue Follower")


def issue15_files() -> None:
    linkedin_renamed_file()
    ga4_defect_files()
    youtube_defect_files()
    meta_defect_files()
    facebook_defect_files()
    tiktok_defect_files()
    x_defect_files()


# ----------------------------------------------------------------------------- several weeks of daily figures

def period_files() -> None:
    """Issue 15b: daily exports over several weeks or months, for goals that count per week or per month."""
    # GA4 by date and session source / medium, Monday 3 to Wednesday 26 November 2025 (24 days), rows unsorted.
    # Facebook: l.facebook.com 20 + w sessions a day in week w (0, 1, 2, 3), and on each Saturday
    # fb / Facebook_Mobile_Feed 10 * (w + 1); Instagram: l.instagram.com 5 + weekday (Monday 0) but no row on
    # Sundays (GA4 writes none for a day without sessions); google / organic 100 every day (not social).
    preamble = GA4_PREAMBLE.replace("Acme Café", "Qahwa House").replace("20231001", "20251103").replace(
        "20231031", "20251126")
    rows = []
    for i in range(24):
        day, week = date(2025, 11, 3) + timedelta(days=i), i // 7
        stamp = day.strftime("%Y%m%d")
        rows.append(f"{stamp},l.facebook.com / referral,{20 + week},{10 + week},{(10 + week) / (20 + week)!r},0,0")
        if day.weekday() == 5:
            rows.append(f"{stamp},fb / Facebook_Mobile_Feed,{10 * (week + 1)},5,{5 / (10 * (week + 1))!r},1,7.5")
        if day.weekday() != 6:
            rows.append(f"{stamp},l.instagram.com / referral,{5 + day.weekday()},2,{2 / (5 + day.weekday())!r},0,0")
        rows.append(f"{stamp},google / organic,100,60,0.6,2,15")
    rows.sort(key=lambda r: (r.split(",")[1], r[:8][::-1]))  # by source, dates out of order as GA4 leaves them
    write("ga4_source_medium_3_weeks.csv", preamble + "Date,Session source / medium,Sessions,Engaged sessions,"
          "Engagement rate,Key events,Total revenue\n" + "\n".join(rows) + "\n", newline="\r\n")
    # Meta Business Suite daily "Instagram views", Monday 3 to Tuesday 25 March 2025 (23 days): 1,000 + 10 * i on
    # day i; the hour moves from T00 to T01 on 9 March (daylight saving time in North America).
    views = [((date(2025, 3, 3) + timedelta(days=i)).isoformat() + ("T00:00:00" if i < 6 else "T01:00:00"),
              f"{1000 + 10 * i:,}") for i in range(23)]
    write("meta_instagram_views_3_weeks.csv", "sep=,\n" + q("Instagram views") + q("Date", "Primary")
          + "".join(q(d, v) for d, v in views) + "\n", encoding="utf-16-le", bom=codecs.BOM_UTF16_LE)
    # Facebook page level, Monday 6 to Tuesday 28 January 2014 (23 days), Windows-1252, two header rows: Daily
    # Total Reach 300 + 10 * i, Weekly Total Reach (the people of the 7 days up to the day) 1,500 + 25 * i.
    names = ["Date", "Lifetime Total Likes", "Daily New Likes", "Daily Unlikes", "Daily Page Engaged Users",
             "Daily Total Reach", "Weekly Total Reach", "28 Days Total Reach", "Daily Total Impressions"]
    descs = ["", "Lifetime: The total number of people who have liked your Page. (Unique Users)",
             "Daily: The number of new people who have liked your Page. (Unique Users)",
             "Daily: Unlikes of your Page (Total Count)", "Daily: The number of people who engaged with your Page "
             "– Café corner. (Unique Users)", "Daily: The number of people who saw any content associated with "
             "your Page. (Unique Users)", "Weekly: The number of people who saw any content associated with your "
             "Page. (Unique Users)", "28 Days: The number of people who saw any content associated with your "
             "Page. (Unique Users)", "Daily: The number of impressions seen of any content associated with your "
             "Page. (Total Count)"]
    lines = [",".join(names), ",".join('"' + d + '"' if d else "" for d in descs)]
    for i in range(23):
        day = date(2014, 1, 6) + timedelta(days=i)
        lines.append(f"{day.month}/{day.day}/{day.year},{900 + 3 * i},4,1,{40 + i},{300 + 10 * i},{1500 + 25 * i},"
                     f"{4000 + 30 * i},{700 + 20 * i}")
    write("facebook_page_level_3_weeks.csv", "\n".join(lines) + "\n", encoding="cp1252", newline="\r\n")
    # A table of the owner's: website visits per week, re-saved by a German spreadsheet, dated on the Sundays
    # that end its weeks.
    write("weekly_visits_resaved.csv", "Datum;website_visits\n09.11.2025;512\n16.11.2025;540\n23.11.2025;601\n",
          newline="\r\n")
    # Leads from a form, one row a day from 1 January to 9 April 2026: 2 a day, and 5 more on the 15th.
    leads = "".join(f"{date(2026, 1, 1) + timedelta(days=i)},{2 + 5 * ((date(2026, 1, 1) + timedelta(days=i)).day == 15)}\n"
                    for i in range(99))
    write("leads_daily.csv", "Date,Leads\n" + leads)


# ----------------------------------------------------------------------------- ODS: exports re-saved in LibreOffice

def to_ods(source: str, target: str, options: str) -> None:
    """Open *source* in LibreOffice Calc with these CSV import options and save it as *target* (ODS).

    ``options`` is the CSV filter string: separator, quote, character set (76 = UTF-8, 1 = Windows-1252), first
    line, column formats, language (1033 = en-US, 1031 = de-DE): what an owner gets by opening the export in Calc
    and saving it as a spreadsheet."""
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / Path(target).with_suffix(".csv").name
        shutil.copy(HERE / source, staged)
        subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        f"--infilter=CSV:{options}", "--convert-to", "ods", "--outdir", tmp, str(staged)],
                       check=True, capture_output=True, timeout=180)
        (HERE / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staged.with_suffix(".ods")), HERE / target)


def ods_files() -> None:
    to_ods("facebook_page_level.csv", "ods/facebook_page_level.ods", "44,34,1,1,,1033")
    to_ods("youtube_de/Gesamtwerte.csv", "ods/Gesamtwerte.ods", "44,34,76,1,,1031")
    to_ods("generic_resaved_semicolon.csv", "ods/generic_resaved.ods", "59,34,76,1,,1031")
    to_ods("ga4_by_date.csv", "ods/ga4_by_date.ods", "44,34,76,1,,1033")
    to_ods("x_account_overview.csv", "ods/x_account_overview.ods", "44,34,76,1,,1033")


GROUPS = {"x": x_files, "facebook": facebook_files, "meta": meta_files, "youtube": youtube_files,
          "linkedin": linkedin_files, "tiktok": tiktok_files, "ga4": ga4_files, "generic": generic_files,
          "bad": bad_files, "issue15": issue15_files, "ods": ods_files, "periods": period_files}

if __name__ == "__main__":
    for group in sys.argv[1:] or list(GROUPS):  # e.g. "make_fixtures.py issue15 ods"
        GROUPS[group]()
