"""Every threshold of the realism engine, in one place, each with where it comes from.

A threshold's ``Basis`` names the benchmark rows it rests on (their ids in
``planner.domain.benchmarks``) or says that it is our own judgement, and why.
``RULEBOOK`` says how each catalog KPI is judged; a test fails for a KPI
without an entry, so a KPI added to the catalog must come with its rule.
``docs/benchmarks.md`` prints this file's thresholds next to the table.

Severities mean: ADVICE worth knowing; WARNING ambitious, it needs more than
business as usual; ERROR unrealistic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain import units
from planner.domain.benchmarks import Band
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.domain.realism.findings import Severity


@dataclass(frozen=True)
class Basis:
    """Where a threshold comes from: benchmark rows, our judgement and why, or both."""

    rows: tuple[str, ...] = ()
    judgement: str = ""

    def __post_init__(self) -> None:
        if not self.rows and not self.judgement:
            raise ValueError("a threshold needs benchmark rows or a stated judgement")


@dataclass(frozen=True)
class Steps:
    """Three levels of one measure: beyond ``advice`` ADVICE, beyond ``warning`` WARNING, beyond ``error`` ERROR.

    "Beyond" is strictly above, or strictly below when ``below`` (a lower-is-better level).
    None: the measure never reaches that severity.
    """

    advice: float | None
    warning: float | None
    error: float | None
    basis: Basis
    below: bool = False

    def severity(self, x: float) -> Severity | None:
        for level, severity in ((self.error, Severity.ERROR), (self.warning, Severity.WARNING),
                                (self.advice, Severity.ADVICE)):
            if level is not None and (x < level if self.below else x > level):
                return severity
        return None

    def limit(self, severity: Severity) -> float | None:
        return {Severity.ADVICE: self.advice, Severity.WARNING: self.warning, Severity.ERROR: self.error}[severity]


class Judge(StrEnum):
    """How a KPI's target is judged without the owner's own history."""

    GROWTH = "growth"  # a running total: the compound growth a month it needs
    FLOW = "flow"  # an amount per period: the growth a month of the flow, and its multiple
    LEVEL = "level"  # a rate, higher is better: against published levels for the account's size, or absolute steps
    CUT = "cut"  # lower is better: how many times lower than the baseline, and absolute steps
    WORKLOAD = "workload"  # posts per week: the hours they take


@dataclass(frozen=True)
class KpiRule:
    judge: Judge
    #: absolute levels of the target (LEVEL, CUT); for GROWTH and FLOW the engine's GROWTH / FLOW steps apply
    steps: Steps | None = None
    #: LEVEL: the benchmark metric whose figures, for the account's size, give the reference level
    reference: str | None = None
    #: LEVEL: the target is compared as a share of the follower count (views per post per subscriber)
    per_follower: bool = False
    #: GROWTH: growth is counted from at least this many (a percentage of a handful misleads)
    floor: float = 0.0
    #: FLOW: ads can buy it, so a budget makes "unrealistic" only "ambitious"
    paid: bool = False
    #: CUT: how many times below the baseline (or the own level) the target is
    cut: Steps | None = None


# ---------------------------------------------------------------- evidence: how much history counts


@dataclass(frozen=True)
class Evidence:
    """How much of the owner's own history outranks published figures."""

    trend_figures: int = 6  # a trend (totals, flows): at least this many figures ...
    trend_days: int = 28  # ... spread over at least four weeks
    monthly_figures: int = 4  # a flow counted per month gets one figure a month: this many ...
    monthly_days: int = 84  # ... over at least twelve weeks
    level_figures: int = 4  # a rate's level: at least this many figures in the last ...
    level_days: int = 90  # ... 90 days; the level is their median
    basis: Basis = Basis(judgement=(
        "Ours. Six weekly figures over four weeks are the fewest from which a trend's slope is more than noise "
        "(four monthly figures over twelve weeks for a KPI counted per month); a rate's level needs fewer "
        "(four), as it is read from the figures themselves. YouTube warns against "
        "deciding on too little data, and the platforms advise judging a trend over about 90 days."))


EVIDENCE = Evidence()

#: The needed pace as a multiple of the account's own pace (trend evidence).
OWN_PACE = Steps(None, 3.0, 10.0, Basis(judgement=(
    "Ours. Three times one's own recent pace needs a change in what one does (content, ads, time); ten times "
    "is a different account.")))
#: The target as a multiple of the account's own level (rates), or of the stated baseline when nothing better
#: is known.
OWN_LEVEL = Steps(1.5, 2.0, 4.0, Basis(judgement=QT_TRANSLATE_NOOP("findings",
    "Ours. Industry medians of one rate differ up to 15 times (Instagram 0.14% to 2.10%), so a change of format "
    "or topic can move a rate a lot; doubling one's own rate is ambitious, four times it is another account."),
    rows=("riq25-ig-erf",)))
#: The target as a multiple of the published typical level for the account's size.
REFERENCE = Steps(None, 2.0, 5.0, Basis(judgement=(
    "Ours. Twice the typical (median or mean) level of accounts of the same size is a top result; five times "
    "it is beyond what the published samples show. Where a top slice is published (top 10%, strongest), "
    "above it is ambitious and twice it unrealistic.")))
#: Per-follower figures of all sizes, applied to a smaller account, are widened by this factor: smaller
#: accounts reach several times the engagement per follower of large ones.
SIZE_FACTOR: dict[Band, float] = {Band.UNDER_1K: 5.0, Band.FROM_1K: 5.0, Band.FROM_10K: 2.0, Band.OVER_100K: 1.0}
SIZE_FACTOR_BASIS = Basis(rows=("ha26-ig-erf-1k", "ha26-ig-erf-1m", "sv26-ig-erf-1k", "sv26-ig-erf-500k",
                                "sv26-x-erf-1k"), judgement=(
    "Derived: the smallest band runs about 5 times the largest (HypeAuditor 1.78% / 0.33% = 5.4; SociaVault "
    "4.2% / 0.9% = 4.7; on X 6.2); 10,000-100,000 followers about twice (SociaVault 2.8% / 0.9% = 3.1, "
    "HypeAuditor 0.54% / 0.33% = 1.6)."))

# ---------------------------------------------------------------- growth of totals and flows

#: Compound growth a month of a running total (followers, contacts, reviews), percent.
GROWTH = Steps(5.0, 10.0, 15.0, Basis(rows=("riq22-tt-growth-50k", "fpk13-fb-growth", "fpk13-fb-growth-top",
                                            "loco15-fb-growth-1k-mar"), judgement=QT_TRANSLATE_NOOP("findings",
    "Above 5% a month is more than small TikTok accounts average and more than the median Facebook page; above "
    "10% is the top 10% of Facebook pages (2013, paid growth included); organic growth of small pages was "
    "0.3-1.6% a month (2015). Unrealistic (ours): above 15% a month sustained for three months, or above 10% "
    "for a year.")))
GROWTH_ERROR_MONTHS = 3.0  # the ERROR level must be kept up this long ...
GROWTH_YEAR_RATE = 10.0  # ... or this rate for ...
GROWTH_YEAR_MONTHS = 12.0  # ... a year
#: Compound growth a month of a flow (visits, reach, leads a week or month), percent, and the smallest
#: multiple of the baseline each severity needs (a short burst is not a trend).
FLOW = Steps(15.0, 30.0, 60.0, Basis(judgement=(
    "Ours; no published growth benchmark for reach, visits or leads was found. A flow answers to the work done "
    "within weeks (more posts, a campaign), unlike a follower total: doubling in five months is ambitious, "
    "doubling every three months needs a new plan, and growing 60% a month (17 times in six months) is "
    "beyond what posting more can do.")))
FLOW_MULTIPLES: dict[Severity, float] = {Severity.ADVICE: 1.5, Severity.WARNING: 2.0, Severity.ERROR: 3.0}

# ---------------------------------------------------------------- the rules per KPI

_STEP = Basis(judgement="Ours: judged by the step from the baseline (see OWN_LEVEL); no published level found.")
_CUT = Steps(1.5, 2.0, 4.0, Basis(judgement=QT_TRANSLATE_NOOP("findings",
    "Ours. Halving a cost or a bounce rate is ambitious; a quarter of it needs a different offer or site.")))
_G, _F, _L, _C = Judge.GROWTH, Judge.FLOW, Judge.LEVEL, Judge.CUT


def _flow(paid: bool = False) -> KpiRule:
    return KpiRule(_F, paid=paid)


def _step() -> KpiRule:
    return KpiRule(_L, Steps(None, None, None, _STEP))


RULEBOOK: dict[str, KpiRule] = {
    # Running totals
    "followers": KpiRule(_G, floor=1000.0),
    "broadcast_contacts": KpiRule(_G, floor=250.0),
    "reviews": KpiRule(_G, floor=39.0),
    # Flows
    "reach": _flow(paid=True),
    "impressions": _flow(paid=True),
    "video_views": _flow(paid=True),
    "engagements": _flow(),
    "mentions": _flow(),
    "hashtag_uses": _flow(),
    "website_visits": _flow(paid=True),
    "link_clicks": _flow(paid=True),
    "conversions": _flow(paid=True),
    "leads": _flow(paid=True),
    "requests_per_agent": _flow(),
    "applications": _flow(paid=True),
    "page_views": _flow(paid=True),
    "shares": _flow(),
    "replies": _flow(),
    "competitor_mentions": _flow(),
    "photo_tags": _flow(),
    "customer_posts": _flow(),
    "likes": _flow(),
    "customer_chats": _flow(paid=True),
    "profile_calls": _flow(paid=True),
    "direction_requests": _flow(paid=True),
    "profile_website_clicks": _flow(paid=True),
    # a net change a week (gains minus losses, below 0 in a week that lost more): judged as a flow; ads buy follows
    "new_followers": _flow(paid=True),
    "posts_per_week": KpiRule(Judge.WORKLOAD),
    # Rates, higher is better: against published levels for the account's size
    "engagement_rate_followers": KpiRule(_L, reference="engagement_rate_followers"),
    "engagement_rate_reach": KpiRule(_L, reference="engagement_rate_reach"),
    "engagement_rate_impressions": KpiRule(_L, reference="engagement_rate_impressions"),
    "ctr": KpiRule(_L, Steps(None, 10.0, 20.0, Basis(rows=("fpk21-fb-ctr-1k-best",),
        judgement=QT_TRANSLATE_NOOP("findings",
        "An organic link CTR per impression is at most the CTR per person reached; the strongest small "
        "Facebook profiles reach 6.3% per person reached. Above 10% is ambitious on any platform, above 20% "
        "unrealistic (ours); they apply where no figure for the account's size exists."))),
        reference="organic_ctr_reach"),
    "ad_ctr": KpiRule(_L, reference="ad_ctr"),
    "thumbnail_ctr": KpiRule(_L, Steps(10.0, 15.0, 25.0, Basis(rows=("yt-thumb-ctr",),
        judgement=QT_TRANSLATE_NOOP("findings",
        "Above 10% is outside the middle half of YouTube channels; 15% and 25% are ours (YouTube says small "
        "channels vary more).")))),
    "conversion_rate": KpiRule(_L, Steps(None, 4.7, 9.4, Basis(rows=("ld23-shop-conv", "oribi19-social-conv"),
                                                                  judgement=QT_TRANSLATE_NOOP("findings",
        "Visitors from social buy less often than visitors from every source; the top 10% of Shopify stores "
        "convert 4.7% of all their visits. Above that is ambitious; twice it is unrealistic (ours).")))),
    "lead_form_conversion_rate": KpiRule(_L, reference="lead_form_conversion_rate"),
    "audience_growth_rate": KpiRule(_L, Steps(GROWTH.advice, GROWTH.warning, GROWTH.error, GROWTH.basis)),
    "satisfaction_score": KpiRule(_L, Steps(85.0, 95.0, 98.0, Basis(rows=("sp23-csat", "zd13-csat"),
        judgement=QT_TRANSLATE_NOOP("findings",
        "85% is called world-class; above 95% is above every benchmark found and 98% means nearly no "
        "customer is ever unhappy (ours).")))),
    "broadcast_read_rate": KpiRule(_L, Steps(75.0, 90.0, 97.0, Basis(rows=("sp26-wa-read",),
        judgement=QT_TRANSLATE_NOOP("findings",
        "Small businesses' WhatsApp broadcasts are read at 63% (median), Messenger's at 75%; above 90% is "
        "above the measured range and 97% is the unsupported \"98% open rate\" of vendors' copy (ours).")))),
    "average_rating": KpiRule(_L, Steps(4.6, 4.8, 4.95, Basis(rows=("bl18-gbp-rating",),
        judgement=QT_TRANSLATE_NOOP("findings",
        "Local businesses average 4.4 stars on Google. 4.8 is a top result; an average of 5.0 means no review "
        "below five stars, which more reviews make unlikely (ours).")))),
    "views_per_post": KpiRule(_L, Steps(40.0, 80.0, 150.0, Basis(judgement=QT_TRANSLATE_NOOP("findings",
        "Ours, as a percentage of subscribers. Telegram channels' views per post are commonly 20-40% of "
        "subscribers (a vendor's rule of thumb, no measured study found); above 80% most posts must be "
        "forwarded to non-subscribers."))), per_follower=True),
    "positive_sentiment_share": KpiRule(_L, Steps(None, 95.0, 99.0, Basis(judgement=QT_TRANSLATE_NOOP("findings",
        "Ours: some mentions are always neutral or negative; nearly all positive is ambitious, all of them "
        "unrealistic.")))),
    "share_of_voice": _step(),
    "social_conversion_share": _step(),
    # Lower is better
    "bounce_rate": KpiRule(_C, Steps(45.9, 30.0, 15.0, Basis(rows=("sm24-ga4-bounce", "sdx23-social-bounce"),
                                                             judgement=QT_TRANSLATE_NOOP("findings",
        "The median GA4 bounce rate of all traffic is 45.9%, and visitors from social bounce more (70-90% on "
        "brand shops); below 30% is ambitious and below 15% unrealistic (ours)."), ), below=True), cut=_CUT),
    "cost_per_lead": KpiRule(_C, cut=_CUT),
    "response_time_hours": KpiRule(_C, cut=Steps(4.0, 12.0, None, Basis(judgement=QT_TRANSLATE_NOOP("findings",
        "Ours. Replying four times faster needs a routine; twelve times faster needs someone watching all day. "
        "It is never unrealistic: Facebook's own badge asks for 15 minutes.")))),
}

# ---------------------------------------------------------------- money and time


@dataclass(frozen=True)
class CostPerLead:
    """What a lead costs in ads, in US dollars: the only currency the published figures use."""

    currencies: frozenset[str] = frozenset({"USD", "US$", "$", "DOLLAR", "DOLLARS", "دولار"})
    published_currency: str = "USD"  # how the published costs (and a cost compared with them) are written
    rows: tuple[str, ...] = ("liq24-fb-cpl", "ws25-fb-cpl", "sa25-fb-cpl")
    #: the target (or the cost the budget implies) as a share of the lowest published figure
    steps: Steps = Steps(None, 0.5, 0.2, Basis(rows=("liq24-fb-cpl", "ws25-fb-cpl", "sa25-fb-cpl"),
        judgement=QT_TRANSLATE_NOOP("findings",
        "US and global Facebook lead ads cost $22-49 a lead (2024-25). Half the lowest is ambitious; a fifth "
        "of it is unrealistic (ours)."), ), below=True)


COST_PER_LEAD = CostPerLead()


@dataclass(frozen=True)
class Workload:
    """Hours of work a post takes one person, by platform (our estimate: no survey publishes one)."""

    hours_per_post: dict[str, float] = field(default_factory=lambda: {
        "tiktok": 2.0, "youtube": 2.0, "instagram": 1.0, "snapchat": 1.0})
    default_hours: float = 0.5
    #: the hours a goal's posts need, as a multiple of the hours given
    steps: Steps = Steps(None, 1.0, 2.0, Basis(rows=("vr12-hours",), judgement=QT_TRANSLATE_NOOP("findings",
        "Our estimate: half an hour for a photo or text post (making, publishing, answering), an hour on "
        "Instagram and Snapchat, two hours for a short video (an agency reports about 2 hours per 25-second "
        "video). Most small businesses spend 1-10 hours a week on social media. More hours than given is "
        "ambitious; more than twice them is unrealistic for one person.")))
    #: posts a week above this multiple of the peers' top quarter is a workload risk (advice)
    peers_top_multiple: float = 2.0
    peers_basis: Basis = Basis(rows=("riq24-tt-posts-top",), judgement=QT_TRANSLATE_NOOP("findings",
        "Ours: posting more than twice what the most active brands post is a workload risk, not an "
        "impossibility."))
    posts_min_per_week: float = 1.0  # below: too little to move anything
    posts_min_basis: Basis = Basis(judgement="Ours: TikTok's least active 30% of brands post under once a week "
                                             "and grow least (Rival IQ 2024).", rows=("riq24-tt-posts",))

    def hours(self, platform: str) -> float:
        return self.hours_per_post.get(platform, self.default_hours)


WORKLOAD = Workload()


@dataclass(frozen=True)
class Limits:
    """The engine's other limits (ours unless a basis says otherwise)."""

    min_days: int = 14  # a shorter goal is too short to measure
    max_months: float = 24.0  # a longer goal is too long to steer without milestones
    #: resources: an ambitious goal, or a leads or sales goal, with less time than this and no budget
    min_hours_per_week: float = 2.0
    off_track_days: int = 14  # the forecast may reach the target this late: two weeks, our own judgement
    max_percent: float = 100.0
    #: weekly organic reach above this multiple of the followers deserves a word
    reach_share_of_followers: float = 1.0
    reach_basis: Basis = Basis(rows=("loco15-fb-reach-1k", "loco15-fb-reach-10k", "minter19-ig-reach-20k",
                                     "bv20-ig-reach-10k"), judgement=QT_TRANSLATE_NOOP("findings",
        "A small page's post reaches 11-23% of its followers on Facebook (2015) and 38-48% on Instagram "
        "(2018-19); reaching more people in a week than one has followers needs shares, non-followers' feeds "
        "or ads (ours)."))
    response_advice_hours: float = 24.0  # a response-time target longer than this gets advice
    response_suggested_hours: float = 4.0  # working hours customers expect
    response_x_complaint_hours: float = 1.0  # complaints on X
    response_basis: Basis = Basis(rows=("arise17-response", "sprout16-response", "eptica15-fb-response"),
                                  judgement="Half of customers who ask on social media want a reply within an "
                                            "hour, four in five within a day.")
    #: plan consistency: a goal's figure and what the others multiply to may differ this many times
    funnel_tolerance: float = 2.0
    funnel_basis: Basis = Basis(judgement=(
        "Ours: reach x CTR = clicks and visits x conversion rate = sales hold only roughly (clicks are not "
        "visits, reach is not impressions); off by more than twice means one goal does not fit."))


LIMITS = Limits()
MONTH_DAYS = units.MONTH_DAYS
INF = math.inf
