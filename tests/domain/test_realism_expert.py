"""Goals whose verdict is clear to a marketer, and the engine's verdict on them.

Each row is a goal an owner could write, with the verdict written as a
social-media consultant would give it, before running the engine:
realistic, ambitious (it needs more than business as usual), unrealistic, or
wrong metric (it measures attention for a sales goal).  Small accounts are
most of them: they are the app's users.  The engine's verdict is read from
its findings: the worst finding about attainability (advice counts as
realistic: worth knowing, not a reason to change the goal).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from planner.domain.goals import Goal, GoalPlatform, Observation
from planner.domain.realism import Finding, Severity, check, worst

START = date(2026, 1, 1)
TODAY = date(2025, 12, 15)
#: findings about whether the goal can be reached (not about wording, dates or the KPI's definition)
ATTAINABILITY = {"own_pace", "wrong_way", "benchmark_pace", "flow_pace", "rate_ceiling", "rate_limit", "rate_step",
                 "own_level", "cut_step", "cost_benchmark", "reach_share", "workload", "budget", "resources",
                 "rate_over_100", "funnel"}


def verdict(findings: list[Finding]) -> str:
    if any(f.code == "vanity_metric" for f in findings):
        return "wrong metric"
    s = worst(f for f in findings if f.code in ATTAINABILITY)
    return {None: "realistic", Severity.ADVICE: "realistic", Severity.WARNING: "ambitious",
            Severity.ERROR: "unrealistic"}[s]


@dataclass(frozen=True)
class Case:
    name: str
    kpi: str
    baseline: float
    target: float
    months: float
    platforms: tuple[str, ...]
    expected: str
    objective: str = ""
    followers: float | None = None
    hours: float | None = 5.0
    budget: float | None = None
    currency: str = ""
    history: tuple[tuple[int, float], ...] = field(default=())  # (day after START, value)

    def goal(self) -> Goal:
        objective = self.objective or {"followers": "awareness", "leads": "leads", "cost_per_lead": "leads",
                                       "conversion_rate": "conversions", "response_time_hours": "service",
                                       "satisfaction_score": "service", "average_rating": "reputation",
                                       "reviews": "reputation", "ctr": "traffic", "ad_ctr": "traffic",
                                       "website_visits": "traffic", "bounce_rate": "conversions",
                                       "lead_form_conversion_rate": "leads", "broadcast_read_rate": "loyalty",
                                       "posts_per_week": "awareness", "mentions": "reputation"}.get(self.kpi,
                                                                                                   "engagement")
        start = START + timedelta(days=self.history[-1][0]) if self.history else START
        return Goal(self.name, objective, self.kpi, self.baseline, self.target, start,
                    start + timedelta(days=round(self.months * 30.44)),
                    platforms=tuple(GoalPlatform(p) for p in self.platforms), statement=f"{self.target} by then",
                    follower_count=self.followers, hours_per_week=self.hours, budget=self.budget,
                    currency=self.currency)

    def observations(self) -> list[Observation]:
        return [Observation(1, START + timedelta(days=d), v) for d, v in self.history]

    def today(self) -> date:
        return START + timedelta(days=self.history[-1][0]) if self.history else TODAY


def weekly(start: float, per_week: float, weeks: int = 6) -> tuple[tuple[int, float], ...]:
    return tuple((7 * i, start + per_week * i) for i in range(weeks))


CASES = [
    # -- followers, no history: small accounts first
    Case("Instagram 400 to 600 in six months", "followers", 400, 600, 6, ("instagram",), "realistic"),
    Case("Instagram 400 to 5,000 in six months", "followers", 400, 5000, 6, ("instagram",), "unrealistic"),
    Case("Facebook 1,200 to 1,500 in a year", "followers", 1200, 1500, 12, ("facebook",), "realistic"),
    Case("Facebook 1,200 to 6,000 in four months", "followers", 1200, 6000, 4, ("facebook",), "unrealistic"),
    Case("Instagram 2,000 to 3,000 in a year", "followers", 2000, 3000, 12, ("instagram",), "realistic"),
    Case("Instagram 5,000 to 9,000 in six months", "followers", 5000, 9000, 6, ("instagram",), "ambitious"),
    Case("TikTok 800 to 3,000 in a year", "followers", 800, 3000, 12, ("tiktok",), "realistic"),
    Case("Facebook 10,000 to 100,000 in a year", "followers", 10_000, 100_000, 12, ("facebook",), "unrealistic"),
    Case("X 300 to 350 in three months", "followers", 300, 350, 3, ("x",), "realistic"),
    Case("Instagram 50,000 to 60,000 in a year", "followers", 50_000, 60_000, 12, ("instagram",), "realistic"),
    Case("Telegram channel 500 to 900 subscribers in six months", "followers", 500, 900, 6, ("telegram",),
         "realistic"),
    # -- followers with a history of their own (+10 a week over five weeks)
    Case("Instagram keeping its +10 a week", "followers", 1000, 1050 + 10 * 26, 6, ("instagram",), "realistic",
         history=weekly(1000, 10)),
    Case("Instagram at five times its own pace", "followers", 1000, 1050 + 50 * 26, 6, ("instagram",), "ambitious",
         history=weekly(1000, 10)),
    Case("Instagram at twelve times its own pace", "followers", 1000, 1050 + 120 * 26, 6, ("instagram",),
         "unrealistic", history=weekly(1000, 10)),
    Case("a small account already growing 14% a month, keeping it up", "followers", 600, 600 * 1.14 ** (35 / 30.44)
         * 1.14 ** 6, 6, ("tiktok",), "realistic",
         history=tuple((7 * i, 600 * 1.14 ** (7 * i / 30.44)) for i in range(6))),
    # -- engagement per follower: the audit's false alarms on small accounts
    Case("Facebook page of 600 fans aiming for 1.2%", "engagement_rate_followers", 0.8, 1.2, 6, ("facebook",),
         "realistic", followers=600),
    Case("Facebook page already at 2.0% aiming for 2.5%", "engagement_rate_followers", 2.0, 2.5, 6, ("facebook",),
         "realistic", followers=20_000, history=((0, 1.9), (7, 2.1), (14, 2.0), (21, 2.0))),
    Case("X account aiming for 0.4%", "engagement_rate_followers", 0.2, 0.4, 6, ("x",), "realistic"),
    Case("Facebook page aiming for 15%", "engagement_rate_followers", 0.5, 15, 6, ("facebook",), "unrealistic",
         followers=3000),
    Case("Instagram 3,000 followers from 3.5% to 5%", "engagement_rate_followers", 3.5, 5, 6, ("instagram",),
         "realistic", followers=3000),
    Case("Instagram 3,000 followers aiming for 10%", "engagement_rate_followers", 3, 10, 6, ("instagram",),
         "ambitious", followers=3000),
    Case("Instagram 3,000 followers aiming for 25%", "engagement_rate_followers", 3, 25, 6, ("instagram",),
         "unrealistic", followers=3000),
    Case("Instagram 60,000 followers aiming for 3%", "engagement_rate_followers", 1, 3, 6, ("instagram",),
         "ambitious", followers=60_000),
    Case("TikTok 5,000 followers aiming for 8% per follower", "engagement_rate_followers", 4, 8, 6, ("tiktok",),
         "realistic", followers=5000),
    Case("LinkedIn 2,000 followers, 4% to 7% per impression", "engagement_rate_impressions", 4, 7, 6, ("linkedin",),
         "realistic", followers=2000),
    Case("LinkedIn 2,000 followers aiming for 20% per impression", "engagement_rate_impressions", 4, 20, 6,
         ("linkedin",), "unrealistic", followers=2000),
    # -- click-through and conversion, one definition each
    Case("Facebook page of 700, organic link CTR 1% to 3%", "ctr", 1, 3, 6, ("facebook",), "realistic",
         followers=700),
    Case("Facebook page of 5,000, organic link CTR 1% to 5%", "ctr", 1, 5, 6, ("facebook",), "ambitious",
         followers=5000),
    Case("X organic link CTR 1% to 25%", "ctr", 1, 25, 6, ("x",), "unrealistic"),
    Case("Facebook ads link CTR 1.5% to 2.5%", "ad_ctr", 1.5, 2.5, 3, ("facebook",), "realistic"),
    Case("Facebook ads link CTR 1.5% to 4.8%", "ad_ctr", 1.5, 4.8, 3, ("facebook",), "ambitious"),
    Case("Facebook ads link CTR 1.5% to 10%", "ad_ctr", 1.5, 10, 3, ("facebook",), "unrealistic"),
    Case("LinkedIn Sponsored Content 0.4% to 0.6%", "ad_ctr", 0.4, 0.6, 3, ("linkedin",), "realistic"),
    Case("LinkedIn Sponsored Content 0.4% to 2%", "ad_ctr", 0.4, 2, 3, ("linkedin",), "ambitious"),
    Case("YouTube thumbnail CTR 4% to 6%", "thumbnail_ctr", 4, 6, 6, ("youtube",), "realistic",
         objective="awareness"),
    Case("YouTube thumbnail CTR 4% to 30%", "thumbnail_ctr", 4, 30, 6, ("youtube",), "unrealistic",
         objective="awareness"),
    Case("Facebook shop conversion 1% to 10%", "conversion_rate", 1, 10, 6, ("facebook",), "unrealistic"),
    Case("Instagram shop conversion 0.8% to 1.5%", "conversion_rate", 0.8, 1.5, 6, ("instagram",), "realistic"),
    Case("Facebook lead form 8% to 12%", "lead_form_conversion_rate", 8, 12, 3, ("facebook",), "realistic"),
    Case("Facebook lead form 8% to 50%", "lead_form_conversion_rate", 8, 50, 3, ("facebook",), "unrealistic"),
    # -- flows: the families that passed silently
    Case("Facebook reach 1,000 to 100,000 a week in three months", "reach", 1000, 100_000, 3, ("facebook",),
         "unrealistic", objective="awareness"),
    Case("leads 10 to 200 a month in two months", "leads", 10, 200, 2, ("facebook",), "unrealistic"),
    Case("website visits 120 to 300 a week in six months", "website_visits", 120, 300, 6, ("facebook",),
         "realistic"),
    Case("website visits 100 to 1,000 a week in three months", "website_visits", 100, 1000, 3, ("facebook",),
         "unrealistic"),
    Case("TikTok views tripled in three months", "video_views", 1000, 3000, 3, ("tiktok",), "ambitious",
         objective="awareness"),
    Case("mentions 20 to 25 a week in six months", "mentions", 20, 25, 6, ("x",), "realistic"),
    Case("WhatsApp chats 30 to 45 a week in four months", "customer_chats", 30, 45, 4, ("whatsapp",), "realistic",
         objective="conversions"),
    Case("Google profile calls 20 to 400 a month in two months", "profile_calls", 20, 400, 2, ("google_business",),
         "unrealistic", objective="conversions"),
    Case("audience growth rate 1% to 3% a month", "audience_growth_rate", 1, 3, 6, ("instagram",), "realistic",
         objective="awareness"),
    Case("audience growth rate 2% to 30% a month", "audience_growth_rate", 2, 30, 6, ("instagram",),
         "unrealistic", objective="awareness"),
    # -- lower is better
    Case("bounce rate 70% to 60%", "bounce_rate", 70, 60, 6, ("website",), "realistic"),
    Case("bounce rate 70% to 10%", "bounce_rate", 70, 10, 6, ("website",), "unrealistic"),
    Case("cost per lead $30 to $0.50", "cost_per_lead", 30, 0.5, 3, ("facebook",), "unrealistic", currency="USD"),
    Case("cost per lead $30 to $25", "cost_per_lead", 30, 25, 3, ("facebook",), "realistic", currency="USD"),
    Case("first reply from 48 hours to 4", "response_time_hours", 48, 4, 3, ("whatsapp",), "realistic"),
    # -- workload
    Case("21 posts a week on 2 hours", "posts_per_week", 3, 21, 3, ("facebook",), "unrealistic", hours=2),
    Case("4 posts a week on 5 hours", "posts_per_week", 2, 4, 3, ("facebook",), "realistic"),
    # -- satisfaction, messaging, the business profile
    Case("satisfaction 80% to 85%", "satisfaction_score", 80, 85, 6, ("facebook",), "realistic"),
    Case("satisfaction 80% to 99%", "satisfaction_score", 80, 99, 6, ("facebook",), "unrealistic"),
    Case("WhatsApp broadcasts read 60% to 70%", "broadcast_read_rate", 60, 70, 6, ("whatsapp",), "realistic"),
    Case("WhatsApp broadcasts read 60% to 99%", "broadcast_read_rate", 60, 99, 6, ("whatsapp",), "unrealistic"),
    Case("Google rating 4.2 to 4.5", "average_rating", 4.2, 4.5, 6, ("google_business",), "realistic"),
    Case("Google rating 4.3 to 5.0", "average_rating", 4.3, 5.0, 6, ("google_business",), "unrealistic"),
    Case("Google reviews 10 to 60 in six months", "reviews", 10, 60, 6, ("google_business",), "realistic"),
    Case("Google reviews 10 to 1,000 in six months", "reviews", 10, 1000, 6, ("google_business",), "unrealistic"),
    Case("Telegram views per post 300 to 400 on 1,000 subscribers", "views_per_post", 300, 400, 3, ("telegram",),
         "realistic", objective="awareness", followers=1000),
    Case("Telegram views per post 300 to 2,000 on 1,000 subscribers", "views_per_post", 300, 2000, 3,
         ("telegram",), "unrealistic", objective="awareness", followers=1000),
    # -- wrong metric
    Case("sales measured in followers", "followers", 1200, 1500, 12, ("instagram",), "wrong metric",
         objective="conversions"),
    Case("leads measured in likes", "likes", 100, 120, 6, ("facebook",), "wrong metric", objective="leads"),
]


def test_there_are_enough_cases_and_small_accounts_among_them():
    assert len(CASES) >= 40
    small = [c for c in CASES if (c.followers or (c.baseline if c.kpi == "followers" else 10**9)) < 10_000]
    assert len(small) >= 15
    assert {c.expected for c in CASES} == {"realistic", "ambitious", "unrealistic", "wrong metric"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_engine_agrees_with_the_marketer(case: Case):
    g = case.goal()
    assert not g.problems(), g.problems()
    findings = check(g, case.observations(), case.today())
    assert verdict(findings) == case.expected, [(f.code, f.severity.value, f.message) for f in findings]
    for f in findings:
        if f.code in ATTAINABILITY and f.severity >= Severity.WARNING:
            assert f.why, f.code  # every warning says why
        assert "{" not in f.message + f.why + f.suggestion  # every placeholder has its value


# ---------------------------------------------------------------- consistency across the goals of a plan


def plan_goal(goal_id: int, kpi: str, target: float, baseline: float = 1.0, platforms=("facebook",), **kw) -> Goal:
    return Goal(f"goal {kpi}", "traffic", kpi, baseline, target, START, START + timedelta(days=180),
                platforms=tuple(GoalPlatform(p) for p in platforms), statement="x 1", id=goal_id, **kw)


def funnel_findings(goal: Goal, plan: list[Goal]) -> list[Finding]:
    return [f for f in check(goal, [], TODAY, plan=plan) if f.code == "funnel"]


@pytest.mark.parametrize(("clicks", "named"), [
    (100, False),  # 10,000 impressions a week x 1% = 100 clicks a week
    (200, False), (201, True),  # more than twice what the other two give
    (50, False), (49, True),  # less than half
])
def test_impressions_times_ctr_gives_the_clicks(clicks, named):
    impressions = plan_goal(1, "impressions", 10_000)
    ctr = plan_goal(2, "ctr", 1.0, baseline=0.5)
    link_clicks = plan_goal(3, "link_clicks", clicks)
    plan = [impressions, ctr, link_clicks]
    found = funnel_findings(link_clicks, plan)
    assert bool(found) is named
    if named:
        assert "“goal impressions”" in found[0].message and "“goal ctr”" in found[0].message
        assert found[0].severity is Severity.WARNING
    assert funnel_findings(impressions, plan) == [] and funnel_findings(ctr, plan) == []


def test_visits_times_conversion_gives_the_sales_per_month():
    # 500 visits a week = 2,174 a month (x 365.25 / 12 / 7); at 2% that is 43.5 sales a month
    visits = plan_goal(1, "website_visits", 500)
    rate = plan_goal(2, "conversion_rate", 2.0, baseline=1.0)
    assert funnel_findings(plan_goal(3, "conversions", 86), [visits, rate]) == []  # 1.98 times
    f = funnel_findings(plan_goal(3, "conversions", 87), [visits, rate])  # 2.001 times
    assert f and f[0].numbers["expected_per_month"] == pytest.approx(500 * 365.25 / 12 / 7 * 0.02)


def test_a_visit_needs_a_click():
    clicks = plan_goal(1, "link_clicks", 100)
    assert funnel_findings(plan_goal(2, "website_visits", 200), [clicks]) == []
    assert funnel_findings(plan_goal(2, "website_visits", 201), [clicks])


@pytest.mark.parametrize(("start", "deadline", "linked"), [
    (0, 180, True), (180, 200, True),  # starts on the others' deadline: overlapping by a day
    (181, 200, False), (150, 211, True), (150, 212, False),  # deadlines 31 and 32 days apart
])
def test_the_same_period(start, deadline, linked):
    impressions, ctr = plan_goal(1, "impressions", 10_000), plan_goal(2, "ctr", 1.0, baseline=0.5)
    clicks = Goal("clicks", "traffic", "link_clicks", 1, 1000, START + timedelta(days=start),
                  START + timedelta(days=deadline), platforms=(GoalPlatform("facebook"),), id=3)
    assert bool(funnel_findings(clicks, [impressions, ctr])) is linked


def test_goals_on_other_platforms_or_periods_are_not_linked():
    impressions, ctr = plan_goal(1, "impressions", 10_000), plan_goal(2, "ctr", 1.0, baseline=0.5)
    clicks = plan_goal(3, "link_clicks", 1000)
    assert funnel_findings(clicks, [impressions, ctr])
    other = plan_goal(3, "link_clicks", 1000, platforms=("instagram",))
    assert funnel_findings(other, [impressions, ctr]) == []
    later = Goal("later", "traffic", "link_clicks", 1, 1000, START + timedelta(days=400),
                 START + timedelta(days=500), platforms=(GoalPlatform("facebook"),), id=4)
    assert funnel_findings(later, [impressions, ctr]) == []
    archived = Goal("old", "traffic", "impressions", 1, 10_000, START, START + timedelta(days=180),
                    platforms=(GoalPlatform("facebook"),), id=5, archived=True)
    assert funnel_findings(clicks, [archived, ctr]) == []
