"""Progress: status against the target line and the forecast, catch-up pace and buffer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from planner.domain import catalog, trajectory
from planner.domain.catalog import Direction, Unit
from planner.domain.goals import Goal, Observation, Shape
from planner.domain.progress import STATUS_LABELS, Status, assess

START = date(2026, 1, 1)
DEADLINE = date(2026, 12, 31)  # 364 days: the linear line gains 1000/364 a day


def goal(kpi: str = "followers", baseline: float = 1000, target: float = 2000, **kw) -> Goal:
    return Goal("g", "awareness", kpi, baseline, target, START, DEADLINE, **kw)


def obs(day: int, value: float) -> Observation:
    return Observation(1, START + timedelta(days=day), value)


def day(n: int) -> date:
    return START + timedelta(days=n)


def test_every_status_has_a_label():
    assert set(STATUS_LABELS) == set(Status)
    assert Status.AT_RISK.label == "At risk"


@pytest.mark.parametrize(("observations", "today", "status"), [
    ([], day(10), Status.NO_DATA),
    ([], day(400), Status.MISSED),
    ([obs(0, 1000), obs(70, 2000)], day(70), Status.DONE),
    ([obs(0, 1000), obs(70, 1500)], day(400), Status.MISSED),
    ([obs(0, 1000), obs(70, 1500)], day(70), Status.AHEAD),
    ([obs(0, 1000), obs(70, 1200)], day(70), Status.ON_TRACK),
    ([obs(0, 1000), obs(70, 1100)], day(70), Status.BEHIND),  # no forecast: within 3 bands
    ([obs(0, 1000), obs(70, 1000)], day(70), Status.AT_RISK),  # no forecast: beyond 3 bands
])
def test_status(observations, today, status):
    assert assess(goal(), observations, today).status is status


def test_behind_with_a_trend_that_misses_the_deadline_is_at_risk():
    # 2 a day from day 35: behind by 112 (within 3 bands of 50) but the trend arrives in 2027.
    p = assess(goal(), [obs(d, 1000 + 2 * (d - 35)) for d in (35, 42, 49, 56)], day(56))
    assert p.status is Status.AT_RISK
    assert p.projected_date == day(56 + 479)


def test_far_behind_with_a_steep_trend_is_only_behind():
    p = assess(goal(), [obs(77, 1000), obs(84, 1040), obs(91, 1080)], day(91))
    assert p.lead < -3 * trajectory.tolerance(goal())
    assert p.status is Status.BEHIND
    assert p.projected_date < DEADLINE and p.projected_value > 2000


def test_catch_up_pace_is_per_week_from_today():
    p = assess(goal(), [obs(0, 1000), obs(70, 1100)], day(84))
    assert p.catch_up_per_week == pytest.approx(7 * 900 / (364 - 84))


def test_catch_up_pace_of_a_lower_is_better_kpi_is_negative():
    g = goal("response_time_hours", baseline=24, target=4)
    assert assess(g, [obs(0, 24), obs(70, 20)], day(70)).catch_up_per_week == pytest.approx(7 * -16 / 294)


def test_done_has_no_catch_up_or_buffer():
    p = assess(goal(), [obs(0, 1000), obs(70, 2100)], day(70))
    assert p.catch_up_per_week is None and p.buffer_days is None


def test_buffer_days_until_the_line_overtakes_a_flat_value():
    p = assess(goal(), [obs(0, 1000), obs(70, 1500)], day(70))
    assert p.status is Status.AHEAD
    assert p.buffer_days == 182 - 70  # the line reaches 1500 on day 182


def test_buffer_days_with_a_staircase_line():
    g = goal("website_visits", baseline=100, target=152)  # one step a week: +1 a week
    p = assess(g, [obs(0, 100), obs(14, 110)], day(14))
    assert p.buffer_days == 70 - 14  # the line is 110 from day 70


def test_forecast_fields():
    p = assess(goal(), [obs(d, 1000 + 3 * d) for d in (0, 7, 14, 21)], day(21))
    assert p.forecast is not None and p.forecast.ok
    assert p.projected_value == pytest.approx(1000 + 3 * 364)
    assert p.projected_date == day(334)
    assert assess(goal(), [obs(0, 1000)], day(1)).forecast is None


# ---------------------------------------------------------------- properties


def valid_value(kpi: catalog.Kpi) -> st.SearchStrategy[float]:
    """0, or a figure from a millionth up (the growth line overflows on subnormal baselines)."""
    return st.just(0.0) | st.floats(1e-6, 100.0 if kpi.unit is Unit.PERCENT else 1e7)


@st.composite
def goals(draw: st.DrawFn) -> Goal:
    kpi = draw(st.sampled_from(catalog.KPIS))
    a, b = draw(valid_value(kpi)), draw(valid_value(kpi))
    assume(a != b)
    low, high = sorted((a, b))
    baseline, target = (low, high) if kpi.direction is Direction.UP else (high, low)
    start = draw(st.dates(date(2020, 1, 1), date(2030, 1, 1)))
    deadline = start + timedelta(days=draw(st.integers(1, 2000)))
    g = Goal("g", draw(st.sampled_from(catalog.OBJECTIVES)).id, kpi.id, baseline, target, start, deadline,
             shape=draw(st.sampled_from(Shape)))
    assume(not g.problems())
    return g


@settings(max_examples=200, deadline=None)
@given(g=goals())
def test_trajectory_passes_through_both_ends(g):
    assert trajectory.expected(g, g.start) == g.baseline
    assert trajectory.expected(g, g.deadline) == pytest.approx(g.target, rel=1e-12)


@settings(max_examples=200, deadline=None)
@given(g=goals(), data=st.data())
def test_a_figure_on_the_target_line_is_never_behind(g, data):
    kpi = g.kpi_def
    days = sorted(data.draw(st.lists(st.integers(0, g.days), max_size=6, unique=True)))
    existing = [Observation(1, g.start + timedelta(days=d), data.draw(valid_value(kpi))) for d in days[:-1]]
    last = days[-1] if days else 0
    when = g.start + timedelta(days=data.draw(st.integers(last + (1 if days else 0), g.days + 1)))
    on_line = Observation(1, when, trajectory.expected(g, when))
    today = when + timedelta(days=data.draw(st.integers(0, 30)))
    status = assess(g, [*existing, on_line], today).status
    assert status not in (Status.BEHIND, Status.AT_RISK)
