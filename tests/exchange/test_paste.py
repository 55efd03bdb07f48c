"""Rows pasted from a spreadsheet into a goal's figures (``planner.exchange.paste``): every shape a spreadsheet
puts on the clipboard, and every row refused with its number and its reason (mutation testing, issue 12)."""

from __future__ import annotations

from datetime import date

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.exchange.paste import parse_pasted

TODAY = date(2026, 3, 10)


def goal(*platforms: str, kpi: str = "followers") -> Goal:
    return Goal("Followers", "awareness", kpi, 100, 900, date(2026, 1, 1), date(2026, 12, 31),
                platforms=tuple(GoalPlatform(p) for p in platforms), id=7)


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a date") from None


def number(text: str) -> float:
    return float(text.replace(",", ""))


def paste(text: str, g: Goal) -> tuple[list[tuple], list[str]]:
    figures, rejected = parse_pasted(text, g, number=number, day=day, today=TODAY)
    assert all(isinstance(f, Observation) and f.goal_id == 7 and f.source == "pasted" for f in figures)
    return [(f.date.isoformat(), f.value, f.platform, f.note) for f in figures], [str(m) for m in rejected]


def test_every_shape_a_spreadsheet_pastes_is_read():
    text = ("Date\tPlatform\tFollowers\tNote\r\n"  # a header: skipped
            "2026-03-01\tInstagram\t1,200\tafter the giveaway\r\n"  # date, platform, value, note
            "2026-03-01\tfacebook\t800\n"  # a platform by its id
            "2026-03-02\tTwitter\t90\tnew\tlogo\n"  # Twitter is X; a note with a tab keeps it
            "2026-03-02\t\t300\tall\n"  # an empty platform cell: the figure is for all platforms
            "\n"
            "  \t \n"  # blank rows are nothing
            "2026-03-03\t310\r"  # date, value (old Mac line ends)
            "2026-03-04\t320\tquiet day")  # date, value, note
    assert paste(text, goal("instagram", "facebook", "x")) == ([
        ("2026-03-01", 1200, "instagram", "after the giveaway"),
        ("2026-03-01", 800, "facebook", ""),
        ("2026-03-02", 90, "x", "new\tlogo"),
        ("2026-03-02", 300, None, "all"),
        ("2026-03-03", 310, None, ""),
        ("2026-03-04", 320, None, "quiet day"),
    ], [])


def test_a_goal_on_one_platform_gives_it_to_rows_without_one():
    assert paste("2026-03-01\t500\n2026-03-02\t\t510\n", goal("tiktok")) == (
        [("2026-03-01", 500, "tiktok", ""), ("2026-03-02", 510, "tiktok", "")], [])


def test_every_row_that_cannot_be_read_is_named_with_its_number_and_why():
    text = "\n".join([
        "2026-03-01\t100",  # 1: read
        "2026-03-02",  # 2: no value
        "yesterday\t100",  # 3: not a date (not the first row: not a header)
        "2026-03-03\tmany",  # 4
        "2026-03-04\t-5",  # 5
        "2026-03-12\t100",  # 6: two days after today
        "1999-12-31\t100",  # 7
        "2026-03-05\t100\t" + "n" * 1001,  # 8
        "2026-03-01\t120",  # 9: the first row's day again
        "2026-03-11\t130\t" + "n" * 1000,  # 10: tomorrow, and a note of the longest length: read
    ])
    assert paste(text, goal("instagram", "facebook")) == (
        [("2026-03-01", 100, None, ""), ("2026-03-11", 130, None, "n" * 1000)],
        ["row 2: a date and a value separated by a tab are needed",
         "row 3: 'yesterday' is not a date",
         "row 4: 'many' is not a number",
         "row 5: the value -5 cannot be negative",
         "row 6: 2026-03-12 is in the future",
         "row 7: the date 1999-12-31 must be between 2000-01-01 and 2100-12-31",
         "row 8: the note is longer than 1,000 characters",
         "row 9: a second figure for all platforms on 2026-03-01"])


def test_a_second_figure_is_per_platform_and_day():
    text = "2026-03-01\tInstagram\t100\n2026-03-01\tFacebook\t200\n2026-03-01\tinstagram\t300\n"
    assert paste(text, goal("instagram", "facebook")) == (
        [("2026-03-01", 100, "instagram", ""), ("2026-03-01", 200, "facebook", "")],
        ["row 3: a second figure for Instagram on 2026-03-01"])



def test_row_numbers_count_windows_line_ends_once_and_notes_keep_their_tabs():
    text = ("2026-03-01\t\t300\tall\tday\r\n"  # an empty platform cell: the note is every cell after the value
            "2026-03-02\t310\tquiet\tday\r\n"  # date, value, note of two cells
            "2026-03-03\r\n"  # row 3: no value
            "2026-03-04\tmany\r\n")  # row 4
    assert paste(text, goal("instagram", "facebook")) == (
        [("2026-03-01", 300, None, "all\tday"), ("2026-03-02", 310, None, "quiet\tday")],
        ["row 3: a date and a value separated by a tab are needed", "row 4: 'many' is not a number"])


def test_the_domains_reasons_are_translated_in_the_domains_context():
    # the window translates a Phrase under its context: "problems" is where the domain marked these words
    from planner.exchange.messages import Renderer

    class Contexts(Renderer):
        def phrase(self, context: str, text: str) -> str:
            return f"[{context}] {text}"

    _, rejected = parse_pasted("2026-03-01\t-5\n1999-12-31\t1\n", goal("instagram"), number=number, day=day,
                               today=TODAY)
    assert [Contexts().render(m) for m in rejected] == [
        "row 1: the value -5 [problems] cannot be negative",
        "row 2: the date 1999-12-31 [problems] must be between 2000-01-01 and 2100-12-31"]
