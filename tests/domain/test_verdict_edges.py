"""The verdict at its edges: exactly on a band's edge, on the deadline day, in money, in translation, in JSON.

Every expected value is worked out by hand.  The main goal is test_verdict.py's: followers from 1,000 to
1,364 from 1 January to 31 December 2026 (364 days), a line gaining 1 a day, its band 0.05 · d either side
on day d.  Mutation testing (docs/testing.md) found these edges untested.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from planner.domain.catalog import Period
from planner.domain.forecast import forecast
from planner.domain.goals import Goal, Observation
from planner.domain.realism import Finding, Severity
from planner.domain.units import Style
from planner.domain.verdict import Horizon, Reason, Verdict, assess

START = date(2026, 1, 1)
DEADLINE = date(2026, 12, 31)  # day 364


def day(n: int) -> date:
    return START + timedelta(days=n)


def goal(kpi: str = "followers", baseline: float = 1000, target: float = 1364, objective: str = "awareness",
         deadline: date = DEADLINE, **kw) -> Goal:
    return Goal("g", objective, kpi, baseline, target, START, deadline, **kw)


def obs(d: int, value: float) -> Observation:
    return Observation(1, day(d), value)


def judge(g: Goal, observations, today: date, findings=(), fc=None):
    return assess(g, observations, today, fc, findings=list(findings))


ERROR = Finding("own_pace", Severity.ERROR, "t")


# ---------------------------------------------------------------- exactly on the band's edge

def test_a_single_figure_exactly_on_the_bands_edge_is_in_the_band():
    # day 20: the line is at 1,020, the band 0.05 · 20 = 1 either side (both exact in binary)
    above = judge(goal(), [obs(20, 1021)], day(20))  # lead +1 = the band: not ahead of it
    assert (above.lead, above.tolerance) == (1.0, 1.0)
    assert above.text() == ("1,021 on 21 January 2026, on the target line so far; "
                            "a forecast needs figures on 3 different dates.")
    below = judge(goal(), [obs(20, 1019)], day(20))  # lead -1: on the lower edge, still in the band
    assert (below.verdict, below.reason) == (Verdict.NO_DATA, Reason.NO_FORECAST)


def test_a_trend_exactly_on_the_upper_edge_is_on_course_not_ahead():
    # 1,007, 1,014, 1,021 on days 6, 13, 20: 1 ahead of the line today, exactly the band (1); the trend gains
    # 1 a day and reaches 1,021 + 344 = 1,365 on the deadline, past the target
    a = judge(goal(), [obs(6, 1007), obs(13, 1014), obs(20, 1021)], day(20))
    assert (a.verdict, a.reason) == (Verdict.ON_COURSE, Reason.IN_BAND)


def test_a_forecast_short_by_exactly_the_deadlines_band_is_at_risk_not_off_course():
    # 1,000 -> 1,400 over 400 days (1 a day): the band on the deadline is 0.05 · 400 = 20 (exact); figures on
    # the line, and a forecast of exactly 1,380 on the deadline: short by 20, the band's width, not more
    g = goal(target=1400, deadline=day(400))
    figures = [obs(d, 1000 + d) for d in (70, 77, 84)]
    fc = replace(forecast(g, figures, day(84)), deadline_value=1380.0)
    a = judge(g, figures, day(84), fc=fc)
    assert (a.verdict, a.reason) == (Verdict.AT_RISK, Reason.FORECAST_SHORT)


@pytest.mark.parametrize(("deadline_value", "verdict"), [
    # response time 12 h -> 0 h: the forecast "reaches" when short by no more than 1e-9 · max(1, |target|),
    # here 1e-9 · 1 (a target of 0 makes the floor of 1 count); the figures sit on the line (12 h in the
    # first month), so a forecast that reaches is on course, one that does not is at risk
    (1e-9, Verdict.ON_COURSE),  # short by exactly the slack
    (1.5e-9, Verdict.AT_RISK),  # short by 1.5 times it (under a floor of 2 it would reach)
])
def test_the_reach_slack_is_a_billionth_of_the_target_and_at_least_a_billionth(deadline_value, verdict):
    g = goal("response_time_hours", 12, 0, objective="service")
    figures = [obs(1, 12), obs(2, 12), obs(3, 12)]
    fc = replace(forecast(g, figures, day(3)), deadline_value=deadline_value)
    assert judge(g, figures, day(3), fc=fc).verdict is verdict


# ---------------------------------------------------------------- the deadline day

def test_a_figure_dated_on_the_deadline_counts():
    a = judge(goal(), [obs(364, 1364)], day(365))  # entered the day after, for the deadline day
    assert (a.verdict, a.current_date) == (Verdict.ACHIEVED, DEADLINE)


def test_on_the_deadline_day_there_is_no_day_left_to_ask_a_pace_for():
    a = judge(goal(), [obs(d, 1000 + d) for d in (343, 350, 357)], DEADLINE)
    # 1,357 on day 357 is on the line: 7 days from the deadline its band's edge is 1,000 + 0.95 · 364 = 1,345.8,
    # so it stays in the band through the deadline, which is today: 0 days
    assert (a.buffer_days, a.buffer_to_deadline) == (0, True)
    # the trend reaches 1,364 on the deadline; no pace is asked for (no day left), so no "needs" clause
    assert a.text() == "About 1,364 by 31 December 2026 (target 1,364)."


def test_a_week_before_the_deadline_only_the_deadline_is_ahead():
    # today day 357: next week is the deadline itself, which is the deadline's row, not a second one
    a = judge(goal(), [obs(d, 1000 + d) for d in (343, 350, 357)], day(357))
    assert [(n.horizon, n.when) for n in a.needed_by] == [(Horizon.DEADLINE, DEADLINE)]


def test_a_figure_out_of_the_band_today_has_no_buffer():
    # day 91: the band's edge is 1,000 + 0.95 · 91 = 1,086.45; 1,080 is below it already
    a = judge(goal(), [obs(91, 1080)], day(91))
    assert (a.buffer_days, a.buffer_to_deadline) == (0, False)


def test_a_forecast_that_leaves_the_band_on_the_deadline_day_derails_then():
    # on the line on day 84 (1,084), then 0.93497 a day: 1,084 + 279 · 0.93497 = 1,344.857 on day 363, above
    # the edge 1,000 + 0.95 · 363 = 1,344.85; 1,084 + 280 · 0.93497 = 1,345.792 on day 364, below 1,345.8.
    # The gap to the edge shrinks every day (0.93497 < 0.95), so the deadline is the first day out.
    s = 0.93497
    a = judge(goal(), [obs(d, 1084 + s * (d - 84)) for d in (70, 77, 84)], day(84))
    assert a.derail_date == DEADLINE


def test_no_figures_on_the_start_day_means_no_figure_yet_not_a_goal_to_come():
    a = judge(goal(), [], START)
    assert a.text() == "No figure since the start, 1 January 2026, yet."


# ---------------------------------------------------------------- an achieved goal keeps its facts

def test_achieved_keeps_where_it_stands_and_its_errors():
    a = judge(goal(), [obs(300, 1364)], day(301), [ERROR])
    # day 300: the line is at 1,300, the band 0.05 · 300 = 15; 1,364 is 64 ahead, 100% of the way
    assert a.verdict is Verdict.ACHIEVED
    assert (a.lead, a.tolerance, a.percent, a.errors) == (64, pytest.approx(15), 100, ("own_pace",))
    assert a.needed_per_week is None and a.forecast is None  # over: no pace to keep


def test_a_missed_rate_keeps_its_monthly_pace_period():
    g = goal("engagement_rate_reach", 3.5, 5, objective="engagement")
    assert judge(g, [obs(300, 4)], day(400)).pace_period is Period.MONTH


def test_a_target_equal_to_the_baseline_is_all_the_way():
    a = judge(goal(target=1000), [obs(10, 1000)], day(11))
    assert (a.verdict, a.percent) == (Verdict.ACHIEVED, 100.0)


# ---------------------------------------------------------------- money

def cpl() -> Goal:
    # cost per lead, 20 USD -> 8 USD in 12 monthly steps of 1 USD (30.4375 days each): day 61 is in step 2,
    # where the line is at 18 USD and the band 0.05 · 2 = 0.1 USD (the edge: 18.10 USD)
    return goal("cost_per_lead", 20, 8, objective="leads", currency="USD")


def test_a_money_goal_says_its_currency_in_every_figure_of_a_forecast():
    a = judge(cpl(), [obs(47, 19), obs(54, 18.5), obs(61, 18)], day(61))
    # own: -0.5 USD a week = -0.5 / 7 · 30.4375 = -2.174 a month; needed from 18 on day 61 to 8 on day 364:
    # -10 / 303 · 30.4375 = -1.0045 a month, written whole (money has 2 decimals unless whole at 2 decimals);
    # the trend, 18 - 303 · 0.5 / 7 = -3.6, is clipped at 0
    assert a.verdict is Verdict.ON_COURSE
    assert a.text() == ("About 0 USD by 31 December 2026 (target 8 USD); "
                        "needs -1 USD a month, you do -2.17 USD a month.")
    unrealistic = judge(cpl(), [obs(47, 19), obs(54, 18.5), obs(61, 18)], day(61), [ERROR])
    assert unrealistic.text() == ("8 USD by 31 December 2026 is out of reach: see the findings; "
                                  "needs -1 USD a month, you do -2.17 USD a month.")


def test_a_money_goal_behind_the_line_says_its_currency():
    a = judge(cpl(), [obs(61, 18.5)], day(61))  # 18.50 USD on 3 March: above the edge of 18.10
    # needed: (8 - 18.5) / 303 · 30.4375 = -1.0548 USD a month
    assert (a.verdict, a.reason) == (Verdict.AT_RISK, Reason.BEHIND_BAND)
    assert a.text() == ("18.50 USD on 3 March 2026, behind the target line (18 USD then); "
                        "needs -1.05 USD a month from today; a forecast needs figures on 3 different dates.")


# ---------------------------------------------------------------- in the reader's language

TRANSLATED = {
    ("verdict", "{current} on {date}, on the target line so far"): "on the line: {current}",
    ("verdict", "a forecast needs figures on 3 different dates"): "3 dates please",
    ("verdict", "{first}; {second}."): "[{first}] [{second}]",
}
READER = Style(decimal=",", group=".", lookup=lambda context, text: TRANSLATED.get((context, text), text))


def test_the_sentence_is_translated_under_the_context_verdict_in_the_readers_marks():
    a = judge(goal(), [obs(91, 1091)], day(91))
    assert a.text(READER) == "[on the line: 1.091] [3 dates please]"
    assert a.text() == ("1,091 on 2 April 2026, on the target line so far; "
                        "a forecast needs figures on 3 different dates.")


# ---------------------------------------------------------------- JSON

def test_json_has_every_fact_under_its_name():
    j = judge(goal(), [obs(d, 1000 + d) for d in (70, 77, 84)], day(84), [ERROR]).as_json()
    assert sorted(j) == sorted(["verdict", "verdict_label", "sentence", "reason", "latest_value", "latest_date",
                                "percent", "forecast_at_deadline", "reaches_on", "needed_per_week",
                                "own_per_week", "buffer_days", "buffer_to_deadline", "derail_date", "needed_by",
                                "errors"])
    # on the line gaining 1 a day: 84 of 364 is 23.08% of the way, the trend reaches 1,364 on the deadline;
    # 1,084 unchanged leaves the band on day 89 (1,000 + 0.95 · 89 = 1,084.55), 5 days from today
    assert (j["verdict"], j["reason"], j["errors"]) == ("unrealistic", "error_finding", ["own_pace"])
    assert j["percent"] == pytest.approx(100 * 84 / 364)
    assert (j["reaches_on"], j["own_per_week"], j["buffer_days"], j["buffer_to_deadline"]) == (
        "2026-12-31", pytest.approx(7), 5, False)
    assert j["sentence"] == ("1,364 by 31 December 2026 is out of reach: see the findings; "
                             "needs +7 a week, you do +7 a week.")
    kept = judge(goal(), [obs(d, 1350 + d / 1000) for d in (340, 347, 354)], day(354)).as_json()
    assert kept["buffer_to_deadline"] is True
