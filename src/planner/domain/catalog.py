"""The catalog: objectives, KPIs and platforms, with their stable ids.

Taken from ../shared/DOMAIN.md (itself distilled from the source articles).
The ids are written into plan files and the JSON exchange format: extend the
catalog, never rename an id.  Names are English and marked for translation
under the context ``catalog``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.domain.i18n import QT_TRANSLATE_NOOP as _T


class Family(StrEnum):
    """The three families of goal one of the articles groups objectives into."""

    AUDIENCE = "audience"
    CONTENT = "content"
    ENGAGEMENT = "engagement"


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    HOURS = "hours"
    CURRENCY = "currency"


class KpiKind(StrEnum):
    """How a KPI behaves over time, which decides the shape of its target line."""

    TOTAL = "total"  # a running total, like followers
    FLOW = "flow"  # an amount per period, like visits per week
    RATE = "rate"  # a ratio or average level, like engagement rate


class Direction(StrEnum):
    UP = "up"  # higher is better
    DOWN = "down"  # lower is better


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Kpi:
    id: str
    name: str
    unit: Unit
    kind: KpiKind
    direction: Direction = Direction.UP
    period: Period | None = None  # for flows: what one value counts
    denominator: str | None = None  # for rates: what the ratio is "per"
    description: str = ""

    def better(self, a: float, b: float) -> bool:
        """True when *a* is strictly better than *b* in this KPI's direction."""
        return a > b if self.direction is Direction.UP else a < b


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    strengths: str


@dataclass(frozen=True)
class Objective:
    id: str
    name: str
    family: Family
    summary: str
    kpis: tuple[str, ...]
    recommended: tuple[str, ...]
    why_recommended: str


_C = "catalog"

PLATFORMS: tuple[Platform, ...] = (
    Platform("facebook", _T(_C, "Facebook"),
             _T(_C, "The easiest and most popular; the largest audience and mature analytics.")),
    Platform("instagram", _T(_C, "Instagram"),
             _T(_C, "Pictures and short video: posts, Stories and Reels; a built-in shop.")),
    Platform("x", _T(_C, "X (Twitter)"),
             _T(_C, "News and events; reaches a wide audience fast; conversations and Spaces.")),
    Platform("youtube", _T(_C, "YouTube"), _T(_C, "Long video that draws attention.")),
    Platform("tiktok", _T(_C, "TikTok"), _T(_C, "Short video with wide reach, and a built-in shop.")),
    Platform("linkedin", _T(_C, "LinkedIn"), _T(_C, "Professional audience, business buyers and recruiting.")),
    Platform("pinterest", _T(_C, "Pinterest"), _T(_C, "Product Pins: people shop where they find ideas.")),
    Platform("snapchat", _T(_C, "Snapchat"), _T(_C, "Young audience; content made for it, not reused.")),
    Platform("website", _T(_C, "Website"), _T(_C, "Your own site's analytics: visits and sales from social.")),
    Platform("clubhouse", _T(_C, "Clubhouse"), _T(_C, "Audio rooms: a voice that expresses the brand in depth.")),
    Platform("spotify", _T(_C, "Spotify"), _T(_C, "Podcasts: a voice that expresses the brand in depth.")),
    Platform("shopify", _T(_C, "Shopify"), _T(_C, "A shop that sells straight from social posts.")),
)

_W, _M, _D = Period.WEEK, Period.MONTH, Period.DAY
_CNT, _PCT = Unit.COUNT, Unit.PERCENT
_TOT, _FLOW, _RATE = KpiKind.TOTAL, KpiKind.FLOW, KpiKind.RATE
_DOWN = Direction.DOWN

KPIS: tuple[Kpi, ...] = (
    Kpi("followers", _T(_C, "Followers"), _CNT, _TOT,
        description=_T(_C, "People following the account or page: a running total.")),
    Kpi("reach", _T(_C, "Reach per week"), _CNT, _FLOW, period=_W,
        description=_T(_C, "Distinct people who saw your posts in a week.")),
    Kpi("impressions", _T(_C, "Impressions per week"), _CNT, _FLOW, period=_W,
        description=_T(_C, "Times your posts were shown in a week.")),
    Kpi("video_views", _T(_C, "Video views per week"), _CNT, _FLOW, period=_W),
    Kpi("engagements", _T(_C, "Engagements per week"), _CNT, _FLOW, period=_W,
        description=_T(_C, "Likes, comments and shares on your posts in a week.")),
    Kpi("engagement_rate_followers", _T(_C, "Engagement rate (per follower)"), _PCT, _RATE,
        denominator="followers",
        description=_T(_C, "Engagements per post divided by followers. 10-100x lower than per impression.")),
    Kpi("engagement_rate_reach", _T(_C, "Engagement rate (per reach)"), _PCT, _RATE,
        denominator="reach", description=_T(_C, "Engagements divided by the people reached.")),
    Kpi("engagement_rate_impressions", _T(_C, "Engagement rate (per impression)"), _PCT, _RATE,
        denominator="impressions", description=_T(_C, "Engagements divided by impressions.")),
    Kpi("mentions", _T(_C, "Brand mentions per week"), _CNT, _FLOW, period=_W),
    Kpi("hashtag_uses", _T(_C, "Branded hashtag uses per week"), _CNT, _FLOW, period=_W),
    Kpi("positive_sentiment_share", _T(_C, "Positive share of mentions"), _PCT, _RATE,
        denominator="mentions"),
    Kpi("share_of_voice", _T(_C, "Share of voice vs. competitors"), _PCT, _RATE, denominator="mentions",
        description=_T(_C, "Your mentions as a share of all mentions of you and your competitors.")),
    Kpi("website_visits", _T(_C, "Website visits from social per week"), _CNT, _FLOW, period=_W),
    Kpi("link_clicks", _T(_C, "Link clicks per week"), _CNT, _FLOW, period=_W),
    Kpi("ctr", _T(_C, "Click-through rate"), _PCT, _RATE, denominator="impressions",
        description=_T(_C, "Link clicks divided by impressions.")),
    Kpi("conversions", _T(_C, "Conversions from social per month"), _CNT, _FLOW, period=_M,
        description=_T(_C, "Sales or sign-ups traced to social, e.g. by UTM parameters.")),
    Kpi("conversion_rate", _T(_C, "Conversion rate"), _PCT, _RATE, denominator="visits",
        description=_T(_C, "Conversions divided by visits from social.")),
    Kpi("social_conversion_share", _T(_C, "Share of conversions from social"), _PCT, _RATE,
        denominator="conversions"),
    Kpi("bounce_rate", _T(_C, "Bounce rate of social visitors"), _PCT, _RATE, _DOWN, denominator="visits",
        description=_T(_C, "Visitors from social who leave after one page: lower is better.")),
    Kpi("leads", _T(_C, "Leads per month"), _CNT, _FLOW, period=_M,
        description=_T(_C, "Names, e-mails or job details collected.")),
    Kpi("cost_per_lead", _T(_C, "Cost per lead"), Unit.CURRENCY, _RATE, _DOWN, denominator="leads"),
    Kpi("response_time_hours", _T(_C, "First response time"), Unit.HOURS, _RATE, _DOWN,
        description=_T(_C, "Average hours until a customer gets a first reply: lower is better.")),
    Kpi("satisfaction_score", _T(_C, "Customer satisfaction"), _PCT, _RATE, denominator="answers",
        description=_T(_C, "Share of customers who say they were satisfied.")),
    Kpi("requests_per_agent", _T(_C, "Requests handled per person per week"), _CNT, _FLOW, period=_W),
    Kpi("applications", _T(_C, "Job applications per month"), _CNT, _FLOW, period=_M),
    Kpi("posts_per_week", _T(_C, "Posts per week"), _CNT, _FLOW, period=_W),
    Kpi("audience_growth_rate", _T(_C, "Audience growth rate per month"), _PCT, _RATE,
        denominator="followers", description=_T(_C, "New followers in a month as a share of followers.")),
    Kpi("page_views", _T(_C, "Profile or page views per week"), _CNT, _FLOW, period=_W),
    Kpi("shares", _T(_C, "Shares per week"), _CNT, _FLOW, period=_W),
    Kpi("replies", _T(_C, "Replies by the business per week"), _CNT, _FLOW, period=_W),
    Kpi("competitor_mentions", _T(_C, "Competitor mentions per week"), _CNT, _FLOW, period=_W),
    Kpi("photo_tags", _T(_C, "Photo tags per month"), _CNT, _FLOW, period=_M),
    Kpi("customer_posts", _T(_C, "Customer posts about you per month"), _CNT, _FLOW, period=_M),
    Kpi("likes", _T(_C, "Likes per week"), _CNT, _FLOW, period=_W),
)

OBJECTIVES: tuple[Objective, ...] = (
    Objective("awareness", _T(_C, "Brand awareness"), Family.AUDIENCE,
              _T(_C, "More people know your business exists and remember it."),
              ("reach", "followers", "audience_growth_rate", "impressions", "video_views", "share_of_voice",
               "page_views", "shares", "posts_per_week"),
              ("youtube", "tiktok", "instagram", "x"),
              _T(_C, "Video draws attention; X reaches a wide audience fast.")),
    Objective("reputation", _T(_C, "Reputation management"), Family.AUDIENCE,
              _T(_C, "People talk about your brand, and say good things."),
              ("mentions", "hashtag_uses", "positive_sentiment_share"),
              ("clubhouse", "x", "spotify"),
              _T(_C, "Audio (Clubhouse, X Spaces, Spotify) lets the brand express its identity in depth.")),
    Objective("traffic", _T(_C, "Website traffic"), Family.ENGAGEMENT,
              _T(_C, "Social posts send visitors to your website or shop."),
              ("website_visits", "link_clicks", "ctr"),
              ("facebook", "pinterest", "x"),
              _T(_C, "Link posts travel well there; Facebook is the easiest place to start.")),
    Objective("engagement", _T(_C, "Community engagement"), Family.ENGAGEMENT,
              _T(_C, "Followers like, comment, share and talk with you."),
              ("engagements", "engagement_rate_followers", "engagement_rate_reach",
               "engagement_rate_impressions", "mentions", "replies", "posts_per_week"),
              ("facebook", "instagram"),
              _T(_C, "Facebook is the easiest and most popular; Instagram suits pictures and short video.")),
    Objective("conversions", _T(_C, "Conversions and sales"), Family.ENGAGEMENT,
              _T(_C, "Social activity turns into sales you can trace."),
              ("conversions", "conversion_rate", "ctr", "social_conversion_share", "bounce_rate"),
              ("pinterest", "facebook", "instagram", "tiktok", "shopify"),
              _T(_C, "Built-in shopping: the purchase happens where the post is.")),
    Objective("leads", _T(_C, "Lead generation"), Family.ENGAGEMENT,
              _T(_C, "Collect contacts of people who may buy later."),
              ("leads", "cost_per_lead"),
              ("facebook",),
              _T(_C, "Facebook has the largest audience and mature analytics.")),
    Objective("service", _T(_C, "Customer service"), Family.ENGAGEMENT,
              _T(_C, "Answer customers quickly and well where they ask."),
              ("response_time_hours", "satisfaction_score", "requests_per_agent"),
              ("x", "facebook"),
              _T(_C, "Conversational platforms, where customers already ask.")),
    Objective("listening", _T(_C, "Social listening and market insight"), Family.CONTENT,
              _T(_C, "Learn what people say about you, your competitors and your trade."),
              ("mentions", "hashtag_uses", "competitor_mentions", "positive_sentiment_share"),
              ("x", "facebook"),
              _T(_C, "Public conversation happens there; most mentions on X come from small accounts.")),
    Objective("recruiting", _T(_C, "Recruiting"), Family.AUDIENCE,
              _T(_C, "Find people who want to work with you."),
              ("applications",),
              ("linkedin", "facebook"),
              _T(_C, "Where job seekers and their friends look.")),
    Objective("loyalty", _T(_C, "Brand loyalty"), Family.ENGAGEMENT,
              _T(_C, "Customers come back, tag you and post about you."),
              ("photo_tags", "customer_posts", "engagements"),
              ("instagram", "facebook"),
              _T(_C, "Customers share photos and talk with the brand there.")),
)

_OBJECTIVES = {o.id: o for o in OBJECTIVES}
_KPIS = {k.id: k for k in KPIS}
_PLATFORMS = {p.id: p for p in PLATFORMS}

#: KPIs that count attention, not outcomes: a conversion-type goal measured by
#: these alone deserves a warning (DOMAIN.md section 4).
VANITY_KPIS = frozenset({"followers", "likes", "impressions", "reach", "video_views"})


def objective(objective_id: str) -> Objective:
    """The objective with this id; KeyError names the id when unknown."""
    try:
        return _OBJECTIVES[objective_id]
    except KeyError:
        raise KeyError(f"unknown objective {objective_id!r}") from None


def kpi(kpi_id: str) -> Kpi:
    try:
        return _KPIS[kpi_id]
    except KeyError:
        raise KeyError(f"unknown KPI {kpi_id!r}") from None


def platform(platform_id: str) -> Platform:
    try:
        return _PLATFORMS[platform_id]
    except KeyError:
        raise KeyError(f"unknown platform {platform_id!r}") from None


def is_objective(value: str) -> bool:
    return value in _OBJECTIVES


def is_kpi(value: str) -> bool:
    return value in _KPIS


def is_platform(value: str) -> bool:
    return value in _PLATFORMS


def kpis_for(objective_id: str) -> tuple[Kpi, ...]:
    return tuple(_KPIS[k] for k in objective(objective_id).kpis)
