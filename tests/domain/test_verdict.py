"""The verdict: precedence, boundaries, sentences and pace facts, with every number worked out by hand.

The main goal: followers from 1,000 to 1,364 between 1 January and 31 December
2026 (364 days), a straight line gaining exactly 1 a day; the band on day d is
5% of the d followers the line has gained, so 0.05·d either side.  Findings are
passed in (empty unless the test is about them) so each test is about the
verdict alone.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from planner.domain import catalog, realism, trajectory
from planner.domain.catalog import Direction, Unit
from planner.domain.forecast import forecast
from planner.domain.goals import Goal, GoalPlatform, Observation, Shape
from planner.domain.realism import Finding, Severity
from planner.domain.retarget import retarget
from planner.domain.verdict import BEST_FIRST, LABELS, Horizon, Reason, Verdict, assess

START = date(2026, 1, 1)
DEADLINE = date(2026, 12, 31)  # day 364


def day(n: int) -> date:
    return START + timedelta(days=n)


def goal(kpi: str = "followers", baseline: float = 1000, target: float = 1364, objective: str = "awareness",
         **kw) -> Goal:
    return Goal("g", objective, kpi, baseline, target, START, DEADLINE, **kw)


def obs(d: int, value: float) -> Observation:
    return Observation(1, day(d), value)


def judge(g: Goal, observations, today: date, findings=()):
    return assess(g, observations, today, findings=list(findings))


ERROR = Finding("own_pace", Severity.ERROR, "t")
WARNING = Finding("off_track", Severity.WARNING, "t")


def test_every_verdict_has_a_label_and_a_rank():
    assert set(LABELS) == set(Verdict) == set(BEST_FIRST)
    assert [v.rank for v in BEST_FIRST] == list(range(8))
    assert Verdict.ACHIEVED.rank < Verdict.ON_COURSE.rank < Verdict.AT_RISK.rank < Verdict.MISSED.rank


# ---------------------------------------------------------------- no figures, one, two


def test_no_figures_says_so():
    a = judge(goal(), [], day(10))
    assert (a.verdict, a.reason) == (Verdict.NO_DATA, Reason.NO_FIGURES)
    assert a.text() == "No figure since the start, 1 January 2026, yet."
    assert a.current is None and a.percent is None and a.buffer_days is None
    # from the baseline over the 354 days left: 7 · 364 / 354 = 7.1977 a week
    assert a.needed_per_week == pytest.approx(7 * 364 / 354)


def test_a_goal_not_started_says_when_it_starts():
    a = judge(goal(), [], START - timedelta(days=3))
    assert a.verdict is Verdict.NO_DATA
    assert a.text() == "The goal starts on 1 January 2026."


def test_a_figure_on_the_start_day_is_the_baseline_not_progress():
    assert judge(goal(), [obs(0, 1000)], day(5)).reason is Reason.NO_FIGURES


def test_one_figure_on_the_line_is_too_early_and_says_what_is_known():
    a = judge(goal(), [obs(91, 1091)], day(91))  # the line on day 91: 1,091
    assert (a.verdict, a.reason) == (Verdict.NO_DATA, Reason.NO_FORECAST)
    assert a.text() == ("1,091 on 2 April 2026, on the target line so far; "
                        "a forecast needs figures on 3 different dates.")
    assert a.forecast is None and a.forecast_at_deadline is None and a.own_per_week is None


def test_two_figures_ahead_are_still_too_early():
    a = judge(goal(), [obs(84, 1100), obs(91, 1110)], day(91))  # 19 ahead, band 4.55
    assert a.verdict is Verdict.NO_DATA
    assert a.text() == ("1,110 on 2 April 2026, ahead of the target line so far (1,091 then); "
                        "a forecast needs figures on 3 different dates.")


def test_two_figures_behind_the_band_are_at_risk_without_a_forecast():
    a = judge(goal(), [obs(84, 1070), obs(91, 1080)], day(91))
    assert (a.verdict, a.reason) == (Verdict.AT_RISK, Reason.BEHIND_BAND)
    # 7 · (1,364 - 1,080) / (364 - 91) = 1,988 / 273 = 7.282 a week
    assert a.needed_per_week == pytest.approx(1988 / 273)
    assert a.text() == ("1,080 on 2 April 2026, behind the target line (1,091 then); needs +7.3 a week from today; "
                        "a forecast needs figures on 3 different dates.")


@pytest.mark.parametrize(("value", "verdict"), [
    (1091 - 4.5, Verdict.NO_DATA),  # inside: the band on day 91 is 0.05 · 91 = 4.55
    (1091 - 4.54, Verdict.NO_DATA),
    (1091 - 4.56, Verdict.AT_RISK),  # just past the edge (1,086.45)
    (1091 - 5, Verdict.AT_RISK),
])
def test_the_band_edge_for_the_latest_figure(value, verdict):
    assert judge(goal(), [obs(91, value)], day(91)).verdict is verdict


# ---------------------------------------------------------------- with a forecast


ON_LINE = [obs(d, 1000 + d) for d in (70, 77, 84)]  # today day 84 (26 March): 1,084, on the line


def test_on_the_line_with_a_forecast_that_reaches_is_on_course():
    a = judge(goal(), ON_LINE, day(84))
    assert (a.verdict, a.reason) == (Verdict.ON_COURSE, Reason.IN_BAND)
    assert a.forecast_at_deadline == pytest.approx(1364)
    assert a.reaches_on == DEADLINE
    assert a.needed_per_week == pytest.approx(7.0)  # 7 · 280 / 280
    assert a.own_per_week == pytest.approx(7.0)
    assert a.percent == pytest.approx(100 * 84 / 364)  # 23.08%
    assert a.text() == "About 1,364 by 31 December 2026 (target 1,364); needs +7 a week, you do +7 a week."


def test_needed_by_next_week_next_month_and_the_deadline():
    a = judge(goal(), ON_LINE, day(84))
    assert [(n.horizon, n.when) for n in a.needed_by] == [
        (Horizon.NEXT_WEEK, day(91)), (Horizon.NEXT_MONTH, day(114)), (Horizon.DEADLINE, DEADLINE)]
    # the line gains 1 a day; the band's lower edge is 1,000 + 0.95 · d
    assert [(n.line, n.edge) for n in a.needed_by] == [
        (1091, pytest.approx(1086.45)), (1114, pytest.approx(1108.3)), (1364, pytest.approx(1345.8))]


def test_needed_by_leaves_out_what_is_past_the_deadline():
    a = judge(goal(), [obs(d, 1000 + d) for d in (340, 347, 354)], day(354))
    assert [n.horizon for n in a.needed_by] == [Horizon.NEXT_WEEK, Horizon.DEADLINE]


def test_buffer_and_derail_date_of_a_flat_history():
    a = judge(goal(), [obs(d, 1084) for d in (70, 77, 84)], day(84))
    # the forecast stays at 1,084: 280 short of 1,364, more than the deadline's band of 18.2
    assert (a.verdict, a.reason) == (Verdict.OFF_COURSE, Reason.FORECAST_MISSES)
    # 1,084 leaves the band when 1,000 + 0.95 · d > 1,084, i.e. d > 88.4: day 89, 31 March, in 5 days
    assert a.buffer_days == 5 and not a.buffer_to_deadline
    assert a.derail_date == date(2026, 3, 31)
    assert a.own_per_week == 0
    assert a.text() == "About 1,084 by 31 December 2026 (target 1,364); needs +7 a week, you do 0 a week."


def test_buffer_covers_the_deadline_when_the_figure_is_within_the_final_band():
    a = judge(goal(), [obs(d, 1350 + d / 1000) for d in (340, 347, 354)], day(354))
    # 1,350.35 is within the deadline's band (from 1,345.8): it never falls out; 10 days are left
    assert (a.buffer_days, a.buffer_to_deadline) == (10, True)


def test_ahead_of_the_band_with_a_forecast_that_reaches():
    a = judge(goal(), [obs(d, 1010 + d) for d in (70, 77, 84)], day(84))
    # 10 ahead of the line where the band is 4.2; the trend reaches 1,374
    assert (a.verdict, a.reason) == (Verdict.AHEAD, Reason.AHEAD_OF_BAND)
    assert a.text() == ("1,094 on 26 March 2026, ahead of the target line (1,084 then); "
                        "about 1,374 by 31 December 2026 (target 1,364).")


def test_ahead_now_but_the_forecast_misses_is_not_ahead():
    a = judge(goal(), [obs(d, 1100 + 0.5 * (d - 84)) for d in (70, 77, 84)], day(84))
    # 16 ahead today, but +0.5 a day reaches 1,100 + 140 = 1,240: 124 short
    assert a.verdict is Verdict.OFF_COURSE
    assert a.forecast_at_deadline == pytest.approx(1240)


@pytest.mark.parametrize(("slope", "verdict"), [
    # on the line today (1,084), then `slope` a day for 280 days: 1,084 + 280 · slope on the deadline;
    # the band there is 18.2 wide, so the edge is a slope of (1,345.8 - 1,084) / 280 = 0.935
    (0.9351, Verdict.AT_RISK),  # 1,345.83: short by 18.17, within the band
    (0.9349, Verdict.OFF_COURSE),  # 1,345.77: short by 18.23
    (0.999, Verdict.AT_RISK),
    (1.0, Verdict.ON_COURSE),
])
def test_the_band_edge_for_the_forecast(slope, verdict):
    a = judge(goal(), [obs(d, 1084 + slope * (d - 84)) for d in (70, 77, 84)], day(84))
    assert a.verdict is verdict


def test_a_forecast_one_day_late_is_at_risk():
    # 364/365 a day from 1,000: 1,364 on day 365, one day after the deadline
    a = judge(goal(), [obs(d, 1000 + d * 364 / 365) for d in (70, 77, 84)], day(84))
    assert a.reaches_on == DEADLINE + timedelta(days=1)
    assert (a.verdict, a.reason) == (Verdict.AT_RISK, Reason.FORECAST_SHORT)


def test_behind_the_band_with_a_forecast_that_reaches_is_at_risk():
    a = judge(goal(), [obs(d, 1060 + 2 * (d - 84)) for d in (70, 77, 84)], day(84))
    # 24 behind today (band 4.2), but +2 a day reaches 1,620
    assert (a.verdict, a.reason) == (Verdict.AT_RISK, Reason.BEHIND_BAND)
    assert a.text() == ("1,060 on 26 March 2026, behind the target line (1,084 then); "
                        "needs +7.6 a week, you do +14 a week.")  # 7 · 304 / 280 = 7.6


# ---------------------------------------------------------------- the deadline


def test_the_deadline_day_itself_is_still_in_time():
    figures = [obs(d, 1000 + d) for d in (343, 350, 357)]  # 1,357 on day 357, the line's value
    on_the_day = judge(goal(), figures, DEADLINE)
    assert on_the_day.verdict is Verdict.ON_COURSE
    assert on_the_day.needed_per_week is None  # no day left to spread it over
    assert [n.horizon for n in on_the_day.needed_by] == []
    after = judge(goal(), figures, DEADLINE + timedelta(days=1))
    assert (after.verdict, after.reason) == (Verdict.MISSED, Reason.DEADLINE_PASSED)
    assert after.text() == "The deadline, 31 December 2026, passed at 1,357 (target 1,364)."
    assert after.buffer_days is None and after.needed_by == ()


def test_missed_with_no_figures():
    a = judge(goal(), [], DEADLINE + timedelta(days=1))
    assert a.verdict is Verdict.MISSED
    assert a.text() == "The deadline, 31 December 2026, passed with no figure since the start."


def test_achieved_on_reaching_the_target_and_only_by_the_deadline():
    a = judge(goal(), [obs(300, 1364)], day(301))
    assert (a.verdict, a.text()) == (Verdict.ACHIEVED, "Reached 1,364 on 28 October 2026 (target 1,364).")
    late = judge(goal(), [obs(300, 1300), obs(370, 1400)], day(371))  # reached after the deadline
    assert late.verdict is Verdict.MISSED and late.current == 1300


# ---------------------------------------------------------------- findings and precedence


def test_an_error_finding_makes_an_on_course_goal_unrealistic():
    a = judge(goal(), ON_LINE, day(84), [ERROR, WARNING])
    assert (a.verdict, a.errors) == (Verdict.UNREALISTIC, ("own_pace",))
    assert a.text() == "1,364 by 31 December 2026 is out of reach: see the findings; needs +7 a week, you do +7 a week."
    assert judge(goal(), ON_LINE, day(84), [WARNING]).verdict is Verdict.ON_COURSE


def test_reached_and_missed_come_before_unrealistic():
    assert judge(goal(), [obs(300, 1400)], day(301), [ERROR]).verdict is Verdict.ACHIEVED
    assert judge(goal(), [obs(300, 1300)], day(366), [ERROR]).verdict is Verdict.MISSED
    assert judge(goal(), [], day(10), [ERROR]).verdict is Verdict.UNREALISTIC


def test_the_engines_findings_are_used_when_none_are_given():
    big = goal(target=50_000)  # 50 times in a year
    assert assess(big, ON_LINE, day(84)).verdict is Verdict.UNREALISTIC


# ---------------------------------------------------------------- kinds of KPI


def test_a_lower_is_better_rate_in_monthly_steps():
    # response time 12 h -> 4 h: 12 monthly steps of 8/12 h; on day 61 the line is at step 2: 12 - 4/3 = 10.667 h,
    # the band 0.05 · 4/3 = 0.0667 h either side, so the figures must stay below 10.733 h
    g = goal("response_time_hours", 12, 4, objective="service")
    figures = [obs(47, 11.05), obs(54, 10.85), obs(61, 10.65)]  # -0.2 h a week
    a = judge(g, figures, day(61))
    assert a.expected == pytest.approx(12 - 4 / 3)
    assert a.verdict is Verdict.ON_COURSE
    # needed: (4 - 10.65) / 303 days = -0.021947 h a day, -0.668 h a month (30.4375 days);
    # own: -0.2 / 7 = -0.028571 a day, -0.870 h a month
    # the forecast: 10.65 - 303 · 0.2 / 7 = 1.99 h, written with one decimal above 1 h: 2 h
    assert a.text() == ("About 2 h by 31 December 2026 (target 4 h); "
                        "needs -0.67 h a month, you do -0.87 h a month.")
    assert judge(g, [obs(61, 10.72)], day(61)).verdict is Verdict.NO_DATA  # below the edge: in the band
    assert judge(g, [obs(61, 10.75)], day(61)).verdict is Verdict.AT_RISK  # above it


def test_a_rate_pace_is_in_percentage_points_a_month():
    g = goal("engagement_rate_reach", 3.5, 5, objective="engagement")
    figures = [obs(d, 3.5 + 0.004 * d) for d in (70, 77, 84)]  # 0.004 points a day
    a = judge(g, figures, day(84))
    # own: 0.004 · 30.4375 = 0.12175 points a month; needed from 3.836 on day 84: 1.164 / 280 days · 30.4375 =
    # 0.1265; the forecast 3.5 + 0.004 · 364 = 4.956, short of 5 by 0.044, within the deadline's band of 0.075
    assert a.verdict is Verdict.AT_RISK and a.reason is Reason.FORECAST_SHORT
    assert a.text() == ("About 4.96% by 31 December 2026 (target 5%); "
                        "needs +0.13 percentage points a month, you do +0.12 percentage points a month.")


def test_a_staircase_buffer():
    # visits a week, 100 -> 152: one step of +1 a week; the band's lower edge at step k is 100 + 0.95 k
    g = goal("website_visits", 100, 152, objective="traffic")
    a = judge(g, [obs(7, 104), obs(14, 110)], day(14))
    # 110 stays in the band while 100 + 0.95 k <= 110, k <= 10.5: it falls out at step 11, day 77
    assert a.buffer_days == 77 - 14
    assert a.verdict is Verdict.NO_DATA  # ahead, but two figures make no forecast


def test_a_goal_shorter_than_a_month_gives_its_pace_per_week():
    g = Goal("g", "engagement", "engagement_rate_reach", 3.5, 5, START, START + timedelta(days=21))
    a = judge(g, [obs(d, 3.5 + 0.05 * d) for d in (5, 10, 15)], day(15))
    assert "a week" in a.text() and "a month" not in a.text()


# ---------------------------------------------------------------- JSON


def test_json_names_and_values():
    j = judge(goal(), [obs(d, 1084) for d in (70, 77, 84)], day(84)).as_json()
    assert j["verdict"] == "off_course" and j["verdict_label"] == "Off course"
    assert (j["buffer_days"], j["derail_date"], j["latest_value"], j["latest_date"]) == (5, "2026-03-31", 1084,
                                                                                        "2026-03-26")
    assert j["needed_per_week"] == pytest.approx(7) and j["forecast_at_deadline"] == pytest.approx(1084)
    assert j["needed_by"][0] == {"horizon": "next_week", "date": "2026-04-02", "line": 1091,
                                 "edge": pytest.approx(1086.45)}


# ---------------------------------------------------------------- properties


def valid_value(kpi: catalog.Kpi) -> st.SearchStrategy[float]:
    return st.floats(0.5, 100.0 if kpi.unit is Unit.PERCENT else 1e6)


@st.composite
def goals(draw: st.DrawFn) -> Goal:
    kpi = draw(st.sampled_from(catalog.KPIS))
    a, b = draw(valid_value(kpi)), draw(valid_value(kpi))
    assume(abs(a - b) > 1e-3 * max(a, b))
    low, high = sorted((a, b))
    baseline, target = (low, high) if kpi.direction is Direction.UP else (high, low)
    objective = next(o.id for o in catalog.OBJECTIVES if kpi.id in o.kpis) if any(
        kpi.id in o.kpis for o in catalog.OBJECTIVES) else "awareness"
    g = Goal("g", objective, kpi.id, baseline, target, START, START + timedelta(days=draw(st.integers(20, 800))),
             platforms=(GoalPlatform(draw(st.sampled_from(["facebook", "instagram", "tiktok", "x"]))),),
             shape=draw(st.sampled_from(Shape)), hours_per_week=5)
    assume(not g.problems())
    return g


def test_a_bigger_target_does_not_widen_the_band_early_on():
    # visits 100 -> 152, a week in: the line is still at 100 and its band has no width yet, so 99 is behind;
    # a band of 5% of the whole distance (2.6, or 10 for a target of 300) would call 99 on course for the
    # bigger target only: raising the target would have improved the verdict
    small, big = goal("website_visits", 100, 152, objective="traffic"), goal("website_visits", 100, 300,
                                                                                objective="traffic")
    assert judge(small, [obs(3, 99)], day(3)).verdict is Verdict.AT_RISK
    assert judge(big, [obs(3, 99)], day(3)).verdict is Verdict.AT_RISK


@settings(max_examples=150)
@given(g=goals(), data=st.data())
def test_raising_an_ambitious_target_never_improves_the_verdict(g, data):
    kpi = g.kpi_def
    days = sorted(data.draw(st.lists(st.integers(1, g.days + 20), min_size=0, max_size=6, unique=True)))
    observations = [Observation(1, g.start + timedelta(days=d), data.draw(valid_value(kpi))) for d in days]
    today = g.start + timedelta(days=data.draw(st.integers(0, g.days + 30)))
    factor = data.draw(st.floats(1.01, 20))
    raised = g.baseline + (g.target - g.baseline) * factor if kpi.direction is Direction.UP else g.target / factor
    higher = replace(g, target=raised)
    assume(not higher.problems())
    before, after = assess(g, observations, today), assess(higher, observations, today)
    assert after.verdict.rank >= before.verdict.rank, (before.text(), after.text())


@settings(max_examples=200, suppress_health_check=[HealthCheck.filter_too_much])
@given(g=goals(), data=st.data())
def test_figures_exactly_on_the_target_line_with_a_forecast_that_reaches_are_on_course(g, data):
    days = sorted(data.draw(st.lists(st.integers(1, g.days - 1), min_size=3, max_size=8, unique=True)))
    figures = [Observation(1, g.start + timedelta(days=d), trajectory.expected(g, g.start + timedelta(days=d)))
               for d in days]
    today = figures[-1].date + timedelta(days=data.draw(st.integers(0, 3)))
    assume(today <= g.deadline)
    fc = forecast(g, figures, today)
    sign = 1 if g.kpi_def.direction is Direction.UP else -1
    # the forecast reaches the target (figures on a straight line give it back to within float rounding)
    assume(fc.ok and (sign * (fc.deadline_value - g.target) >= 0
                      or math.isclose(fc.deadline_value, g.target, rel_tol=1e-9)))
    assume(g.kpi_def.better(g.target, figures[-1].value))  # not reached already
    event(f"{g.kpi_def.kind} {g.shape}")
    assert assess(g, figures, today, fc, findings=[]).verdict is Verdict.ON_COURSE


@settings(max_examples=150, suppress_health_check=[HealthCheck.filter_too_much])
@given(g=goals(), data=st.data())
def test_use_this_never_gives_a_target_the_engine_calls_unrealistic(g, data):
    kpi = g.kpi_def
    # figures along a trend that covers a share of the way (often too little: then there is a suggestion)
    days = sorted(data.draw(st.lists(st.integers(1, g.days), min_size=0, max_size=8, unique=True)))
    share, noise = data.draw(st.floats(-0.3, 1.2)), data.draw(st.floats(0, 0.1))
    span = g.target - g.baseline
    top = 100.0 if kpi.unit is Unit.PERCENT else 1e12
    figures = [Observation(1, g.start + timedelta(days=d),
                           min(top, max(0.0, g.baseline + span * (share * d / g.days
                                                                  + noise * data.draw(st.floats(-1, 1))))))
               for d in days]
    today = g.start + timedelta(days=data.draw(st.integers(days[-1] if days else 0, g.days)))
    s = realism.suggest_target(g, figures, today)
    assume(s is not None)
    event("from the trend" if s.low is not None else "from published growth")
    used = retarget(g, s.value).after
    assert kpi.better(g.target, s.value)  # never more ambitious than the owner's target
    assert realism.worst(realism.check(used, figures, today)) is not Severity.ERROR
    assert assess(used, figures, today).verdict is not Verdict.UNREALISTIC


@settings(max_examples=150, suppress_health_check=[HealthCheck.filter_too_much])
@given(baseline=st.floats(10, 1e6), factor=st.floats(1.05, 200), days=st.integers(7, 1100),
       platforms=st.lists(st.sampled_from(["facebook", "instagram", "tiktok", "x", "linkedin", "youtube"]),
                          min_size=1, max_size=3, unique=True))
def test_use_this_from_published_growth_is_never_unrealistic(baseline, factor, days, platforms):
    g = Goal("g", "awareness", "followers", baseline, baseline * factor, START, START + timedelta(days=days),
             platforms=tuple(GoalPlatform(p) for p in platforms), hours_per_week=5)
    assume(not g.problems())
    s = realism.suggest_target(g, [], START)
    assume(s is not None)
    assert s.low is None  # from typical growth: no figures
    assert g.baseline < s.value < g.target
    used = retarget(g, s.value).after
    assert realism.worst(realism.check(used, [], START)) is not Severity.ERROR
