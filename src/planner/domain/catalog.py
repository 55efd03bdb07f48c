"""The catalog: objectives, KPIs and platforms, with their stable ids.

Taken from ../shared/DOMAIN.md (itself distilled from the source articles).
The ids are written into plan files and the JSON exchange format: extend the
catalog, never rename an id.  Names are English and marked for translation
under the context ``catalog``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.i18n import QT_TRANSLATE_NOOP


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
    STARS = "stars"  # a 1-5 star rating


#: The highest value of a unit that has one.
UNIT_CEILINGS = {Unit.PERCENT: 100.0, Unit.STARS: 5.0}


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
class Summing:
    """Whether a flow's daily amounts add up to its amount over a period, and why, in one line.

    An import that gives one figure a day stores a flow's figures per period
    (``planner.domain.periods``): it adds a period's days up only when that sum
    is the period's amount.  Distinct people (reach, any "unique" count) are
    not: someone counted on two days of a week is one person in the week.
    """

    additive: bool
    why: str  # marked for translation under the context "catalog"


@dataclass(frozen=True)
class Kpi:
    id: str
    name: str
    unit: Unit
    kind: KpiKind
    direction: Direction = Direction.UP
    period: Period | None = None  # for flows: what one value counts
    denominator: str | None = None  # for rates: what the ratio is "per"
    description: str = ""  # what it counts, in plain words
    example: str = ""  # one figure of it, as a small business would see it
    signed: bool = False  # a net change (gains minus losses): a figure may be below 0
    summing: Summing | None = None  # for flows: whether days add up to a period (None for totals and rates)

    @property
    def additive(self) -> bool:
        """True for a flow whose daily amounts add up to its amount over a period."""
        return self.summing is not None and self.summing.additive

    def better(self, a: float, b: float) -> bool:
        """True when *a* is strictly better than *b* in this KPI's direction."""
        return a > b if self.direction is Direction.UP else a < b

    @property
    def ceiling(self) -> float:
        """The highest value the unit allows: 100 for a percentage, 5 for a star rating."""
        return UNIT_CEILINGS.get(self.unit, math.inf)


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    strengths: str
    #: still read in old plans, but no longer offered for new goals nor recommended
    retired: bool = False


@dataclass(frozen=True)
class Objective:
    id: str
    name: str
    family: Family
    summary: str
    kpis: tuple[str, ...]
    recommended: tuple[str, ...]
    why_recommended: str
    #: sound choices beyond the recommended ones: choosing them is never flagged (``recommended`` are marked)
    also_suited: tuple[str, ...] = ()

    @property
    def suited(self) -> tuple[str, ...]:
        """Every platform that can serve the objective: the recommended ones, then the others that suit it."""
        return self.recommended + self.also_suited



PLATFORMS: tuple[Platform, ...] = (
    Platform("facebook", QT_TRANSLATE_NOOP("catalog", "Facebook"),
             QT_TRANSLATE_NOOP("catalog", "The easiest and most popular; the largest audience and mature analytics.")),
    Platform("instagram", QT_TRANSLATE_NOOP("catalog", "Instagram"),
             QT_TRANSLATE_NOOP("catalog", "Pictures and short video: posts, Stories and Reels; a built-in shop.")),
    Platform("x", QT_TRANSLATE_NOOP("catalog", "X (Twitter)"),
             QT_TRANSLATE_NOOP("catalog", "News and events; reaches a wide audience fast; conversations and Spaces.")),
    Platform("youtube", QT_TRANSLATE_NOOP("catalog", "YouTube"), QT_TRANSLATE_NOOP("catalog", "Long video that draws attention.")),
    Platform("tiktok", QT_TRANSLATE_NOOP("catalog", "TikTok"), QT_TRANSLATE_NOOP("catalog", "Short video with wide reach, and a built-in shop.")),
    Platform("linkedin", QT_TRANSLATE_NOOP("catalog", "LinkedIn"), QT_TRANSLATE_NOOP("catalog", "Professional audience, business buyers and recruiting.")),
    Platform("pinterest", QT_TRANSLATE_NOOP("catalog", "Pinterest"), QT_TRANSLATE_NOOP("catalog", "Product Pins: people shop where they find ideas.")),
    Platform("snapchat", QT_TRANSLATE_NOOP("catalog", "Snapchat"), QT_TRANSLATE_NOOP("catalog", "Young audience; content made for it, not reused.")),
    Platform("website", QT_TRANSLATE_NOOP("catalog", "Website"), QT_TRANSLATE_NOOP("catalog", "Your own site's analytics: visits and sales from social.")),
    Platform("clubhouse", QT_TRANSLATE_NOOP("catalog", "Clubhouse"), QT_TRANSLATE_NOOP("catalog", "Audio rooms: a voice that expresses the brand in depth."),
             retired=True),
    Platform("spotify", QT_TRANSLATE_NOOP("catalog", "Spotify"), QT_TRANSLATE_NOOP("catalog", "Podcasts: a voice that expresses the brand in depth.")),
    Platform("shopify", QT_TRANSLATE_NOOP("catalog", "Shopify"), QT_TRANSLATE_NOOP("catalog", "A shop that sells straight from social posts.")),
    Platform("whatsapp", QT_TRANSLATE_NOOP("catalog", "WhatsApp Business"),
             QT_TRANSLATE_NOOP("catalog", "Chats with customers, a catalogue and broadcasts: where many small shops take orders.")),
    Platform("telegram", QT_TRANSLATE_NOOP("catalog", "Telegram channel"),
             QT_TRANSLATE_NOOP("catalog", "A channel that broadcasts posts to subscribers; views per post are public.")),
    Platform("google_business", QT_TRANSLATE_NOOP("catalog", "Google Business Profile"),
             QT_TRANSLATE_NOOP("catalog", "Your listing in Google Search and Maps: calls, directions, reviews.")),
)

_W, _M, _D = Period.WEEK, Period.MONTH, Period.DAY
_CNT, _PCT = Unit.COUNT, Unit.PERCENT
_TOT, _FLOW, _RATE = KpiKind.TOTAL, KpiKind.FLOW, KpiKind.RATE
_DOWN = Direction.DOWN

# Whether a flow's days add up to its periods (Summing): the reasons, one line each.
#: Things that happen (a showing, a click, a visit, a post) are each counted once, on their day.
_EVENTS = Summing(True, QT_TRANSLATE_NOOP("catalog", "It counts things that happen, each on the day it happens: "
                                                     "a period's amount is the sum of its days."))
#: A net change: the days' gains and losses add up to the period's.
_NET = Summing(True, QT_TRANSLATE_NOOP("catalog", "Each day's followers gained minus followers lost add up to "
                                                  "the period's net change."))
#: Requests per person: a sum over the days when the same people answer them all week.
_PER_PERSON = Summing(True, QT_TRANSLATE_NOOP("catalog", "Each day's requests per person add up to the "
                                                         "period's, as long as the same people answer them."))
#: Distinct people: platforms count each person once per day, once per week, once per 28 days.
_PEOPLE = Summing(False, QT_TRANSLATE_NOOP("catalog", "Reach counts different people: someone who saw your posts "
                                                      "on three days of a week is one person in the week's reach, "
                                                      "but three in the sum of its days."))


def _k(kpi_id: str, name: str, unit: Unit, kind: KpiKind, direction: Direction = Direction.UP, *,
       period: Period | None = None, denominator: str | None = None, description: str = "",
       example: str = "", signed: bool = False, summing: Summing | None = None) -> Kpi:
    if (kind is KpiKind.FLOW) != (summing is not None):
        raise ValueError(f"{kpi_id}: a flow says whether its days add up (summing), and only a flow does")
    return Kpi(kpi_id, name, unit, kind, direction, period, denominator, description, example, signed, summing)


KPIS: tuple[Kpi, ...] = (
    _k("followers", QT_TRANSLATE_NOOP("catalog", "Followers"), _CNT, _TOT,
       description=QT_TRANSLATE_NOOP("catalog", "People following the account or page (a channel's subscribers): a running total."),
       example=QT_TRANSLATE_NOOP("catalog", "1,200 people follow the bakery on Instagram today; the goal is 1,900 by March.")),
    _k("reach", QT_TRANSLATE_NOOP("catalog", "Reach per week"), _CNT, _FLOW, period=_W, summing=_PEOPLE,
       description=QT_TRANSLATE_NOOP("catalog", "Distinct people who saw your posts in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "3,000 different people saw at least one of this week's posts, some of them "
                             "several times.")),
    _k("impressions", QT_TRANSLATE_NOOP("catalog", "Impressions per week"), _CNT, _FLOW, period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Times your posts were shown in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "This week's posts were shown 5,000 times, to 3,000 people: impressions count every "
                             "showing.")),
    _k("video_views", QT_TRANSLATE_NOOP("catalog", "Video views per week"), _CNT, _FLOW, period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Times your videos were watched in a week (each platform sets its own minimum "
                                 "watching time)."),
       example=QT_TRANSLATE_NOOP("catalog", "The week's three Reels were watched 2,400 times in all.")),
    _k("engagements", QT_TRANSLATE_NOOP("catalog", "Engagements per week"), _CNT, _FLOW, period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Likes, comments and shares on your posts in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "This week's posts got 150 likes, 30 comments and 20 shares: 200 engagements.")),
    _k("engagement_rate_followers", QT_TRANSLATE_NOOP("catalog", "Engagement rate (per follower)"), _PCT, _RATE,
       denominator="followers",
       description=QT_TRANSLATE_NOOP("catalog", "The likes, comments and shares a post gets, as a share of your followers. The "
                                 "smallest of the three engagement rates: most followers never see a given post."),
       example=QT_TRANSLATE_NOOP("catalog", "A post gets 12 likes and comments; the account has 1,200 followers: 1%.")),
    _k("engagement_rate_reach", QT_TRANSLATE_NOOP("catalog", "Engagement rate (per reach)"), _PCT, _RATE,
       denominator="reach",
       description=QT_TRANSLATE_NOOP("catalog", "The likes, comments and shares a post gets, as a share of the people who saw it."),
       example=QT_TRANSLATE_NOOP("catalog", "A post seen by 400 people gets 12 likes and comments: 3%.")),
    _k("engagement_rate_impressions", QT_TRANSLATE_NOOP("catalog", "Engagement rate (per impression)"), _PCT, _RATE,
       denominator="impressions",
       description=QT_TRANSLATE_NOOP("catalog", "The likes, comments and shares a post gets, as a share of the times it was "
                                 "shown (one person may see it twice)."),
       example=QT_TRANSLATE_NOOP("catalog", "A post shown 600 times gets 12 likes and comments: 2%.")),
    _k("mentions", QT_TRANSLATE_NOOP("catalog", "Brand mentions per week"), _CNT, _FLOW, period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Posts and comments by other people that name your business, in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "Eight posts this week named the bakery or tagged its account.")),
    _k("hashtag_uses", QT_TRANSLATE_NOOP("catalog", "Branded hashtag uses per week"), _CNT, _FLOW,
       period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Posts in a week that use your own hashtag."),
       example=QT_TRANSLATE_NOOP("catalog", "Customers used #NourMornings in 15 posts this week.")),
    _k("positive_sentiment_share", QT_TRANSLATE_NOOP("catalog", "Positive share of mentions"), _PCT, _RATE,
       denominator="mentions",
       description=QT_TRANSLATE_NOOP("catalog", "Of the posts that mention you, the share that speak well of you."),
       example=QT_TRANSLATE_NOOP("catalog", "Of 20 mentions this month, 15 were happy ones: 75%.")),
    _k("share_of_voice", QT_TRANSLATE_NOOP("catalog", "Share of voice vs. competitors"), _PCT, _RATE, denominator="mentions",
       description=QT_TRANSLATE_NOOP("catalog", "Your mentions as a share of all mentions of you and your competitors."),
       example=QT_TRANSLATE_NOOP("catalog", "30 mentions of you and 70 of the two bakeries nearby: 30%.")),
    _k("website_visits", QT_TRANSLATE_NOOP("catalog", "Website visits from social per week"), _CNT, _FLOW,
       period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Visits to your website that came from social media, in a week (your site's "
                                 "analytics show them)."),
       example=QT_TRANSLATE_NOOP("catalog", "The order page had 80 visits from Facebook and Instagram this week.")),
    _k("link_clicks", QT_TRANSLATE_NOOP("catalog", "Link clicks per week"), _CNT, _FLOW, period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Clicks on the links in your posts, in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "The link to the Eid menu was clicked 120 times this week.")),
    _k("ctr", QT_TRANSLATE_NOOP("catalog", "Link click-through rate (organic)"), _PCT, _RATE, denominator="impressions",
       description=QT_TRANSLATE_NOOP("catalog", "Link clicks on your own unpaid posts divided by their impressions."),
       example=QT_TRANSLATE_NOOP("catalog", "An unpaid post shown 2,000 times whose link was clicked 30 times: 1.5%.")),
    _k("conversions", QT_TRANSLATE_NOOP("catalog", "Conversions from social per month"), _CNT, _FLOW,
       period=_M, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Sales or sign-ups traced to social, e.g. by UTM parameters."),
       example=QT_TRANSLATE_NOOP("catalog", "25 online orders this month came from a link in a post.")),
    _k("conversion_rate", QT_TRANSLATE_NOOP("catalog", "Shop conversion rate"), _PCT, _RATE, denominator="visits",
       description=QT_TRANSLATE_NOOP("catalog", "Orders divided by visits from social to your shop or site."),
       example=QT_TRANSLATE_NOOP("catalog", "400 visits from social brought 8 orders: 2%.")),
    _k("social_conversion_share", QT_TRANSLATE_NOOP("catalog", "Share of conversions from social"), _PCT, _RATE,
       denominator="conversions",
       description=QT_TRANSLATE_NOOP("catalog", "Of all your online sales or sign-ups, the share that came from social media."),
       example=QT_TRANSLATE_NOOP("catalog", "25 of this month's 100 online orders came from social: 25%.")),
    _k("bounce_rate", QT_TRANSLATE_NOOP("catalog", "Bounce rate of social visitors"), _PCT, _RATE, _DOWN, denominator="visits",
       description=QT_TRANSLATE_NOOP("catalog", "Visitors from social who leave after one page: lower is better."),
       example=QT_TRANSLATE_NOOP("catalog", "Of 200 visitors from Instagram, 140 left after the first page: 70%.")),
    _k("leads", QT_TRANSLATE_NOOP("catalog", "Leads per month"), _CNT, _FLOW, period=_M, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Names, e-mails or job details collected."),
       example=QT_TRANSLATE_NOOP("catalog", "15 people filled in the catering enquiry form this month.")),
    _k("cost_per_lead", QT_TRANSLATE_NOOP("catalog", "Cost per lead"), Unit.CURRENCY, _RATE, _DOWN, denominator="leads",
       description=QT_TRANSLATE_NOOP("catalog", "What your ads cost, divided by the leads they brought: lower is better."),
       example=QT_TRANSLATE_NOOP("catalog", "100 USD of lead ads brought 20 enquiries: 5 USD a lead.")),
    _k("response_time_hours", QT_TRANSLATE_NOOP("catalog", "First response time"), Unit.HOURS, _RATE, _DOWN,
       description=QT_TRANSLATE_NOOP("catalog", "Average hours until a customer gets a first reply: lower is better."),
       example=QT_TRANSLATE_NOOP("catalog", "Messages waited 12 hours for a first answer on average this week.")),
    _k("satisfaction_score", QT_TRANSLATE_NOOP("catalog", "Customer satisfaction"), _PCT, _RATE, denominator="answers",
       description=QT_TRANSLATE_NOOP("catalog", "Share of customers who say they were satisfied."),
       example=QT_TRANSLATE_NOOP("catalog", "45 of the 50 customers who answered the survey were satisfied: 90%.")),
    _k("requests_per_agent", QT_TRANSLATE_NOOP("catalog", "Requests handled per person per week"), _CNT, _FLOW,
       period=_W, summing=_PER_PERSON,
       description=QT_TRANSLATE_NOOP("catalog", "Customer questions and complaints answered in a week, divided by the people "
                                 "answering them."),
       example=QT_TRANSLATE_NOOP("catalog", "Two people answered 60 messages this week: 30 each.")),
    _k("applications", QT_TRANSLATE_NOOP("catalog", "Job applications per month"), _CNT, _FLOW,
       period=_M, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Job applications received in a month."),
       example=QT_TRANSLATE_NOOP("catalog", "The post for a weekend baker brought 6 applications this month.")),
    _k("posts_per_week", QT_TRANSLATE_NOOP("catalog", "Posts per week"), _CNT, _FLOW, period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Posts you published in a week (Stories and Reels count)."),
       example=QT_TRANSLATE_NOOP("catalog", "Four posts and three Stories this week: 7.")),
    _k("audience_growth_rate", QT_TRANSLATE_NOOP("catalog", "Audience growth rate per month"), _PCT, _RATE,
       denominator="followers",
       description=QT_TRANSLATE_NOOP("catalog", "New followers in a month as a share of followers."),
       example=QT_TRANSLATE_NOOP("catalog", "1,200 followers on the 1st, 1,260 on the 30th: 5% in the month.")),
    _k("page_views", QT_TRANSLATE_NOOP("catalog", "Profile or page views per week"), _CNT, _FLOW,
       period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Visits to your profile or page in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "People opened the bakery's profile 350 times this week.")),
    _k("shares", QT_TRANSLATE_NOOP("catalog", "Shares per week"), _CNT, _FLOW, period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Times people shared your posts with others, in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "The recipe post was shared 25 times this week.")),
    _k("replies", QT_TRANSLATE_NOOP("catalog", "Replies by the business per week"), _CNT, _FLOW,
       period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Comments and messages you answered, in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "You answered 40 comments and messages this week.")),
    _k("competitor_mentions", QT_TRANSLATE_NOOP("catalog", "Competitor mentions per week"), _CNT, _FLOW,
       period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Posts in a week that name the competitors you follow."),
       example=QT_TRANSLATE_NOOP("catalog", "The two bakeries nearby were named in 30 posts this week.")),
    _k("photo_tags", QT_TRANSLATE_NOOP("catalog", "Photo tags per month"), _CNT, _FLOW, period=_M, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Photos in a month in which customers tagged your account."),
       example=QT_TRANSLATE_NOOP("catalog", "Customers tagged the bakery in 18 photos this month.")),
    _k("customer_posts", QT_TRANSLATE_NOOP("catalog", "Customer posts about you per month"), _CNT, _FLOW,
       period=_M, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Posts customers made about your business in a month."),
       example=QT_TRANSLATE_NOOP("catalog", "Twelve customers posted about their birthday cake this month.")),
    _k("likes", QT_TRANSLATE_NOOP("catalog", "Likes per week"), _CNT, _FLOW, period=_W, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Likes on your posts in a week."),
       example=QT_TRANSLATE_NOOP("catalog", "This week's posts got 150 likes.")),
    _k("new_followers", QT_TRANSLATE_NOOP("catalog", "New followers per week"), _CNT, _FLOW, period=_W, summing=_NET,
       description=QT_TRANSLATE_NOOP("catalog", "Followers gained minus followers lost in a week: the change, not "
                                                "the total."),
       example=QT_TRANSLATE_NOOP("catalog", "45 people followed the bakery this week and 5 stopped: 40 new followers."),
       signed=True),
    # One definition per KPI: the paid and video click-through and conversion rates have their own ids.
    _k("ad_ctr", QT_TRANSLATE_NOOP("catalog", "Ad link click-through rate"), _PCT, _RATE, denominator="ad impressions",
       description=QT_TRANSLATE_NOOP("catalog", "Link clicks on your ads divided by the ads' impressions (paid)."),
       example=QT_TRANSLATE_NOOP("catalog", "An ad shown 4,000 times whose link was clicked 40 times: 1%.")),
    _k("lead_form_conversion_rate", QT_TRANSLATE_NOOP("catalog", "Lead-form conversion rate"), _PCT, _RATE,
       denominator="ad clicks",
       description=QT_TRANSLATE_NOOP("catalog", "Leads from an ad's form divided by clicks on the ad (paid)."),
       example=QT_TRANSLATE_NOOP("catalog", "The catering ad was clicked 200 times and 16 people filled in its form: 8%.")),
    _k("thumbnail_ctr", QT_TRANSLATE_NOOP("catalog", "Thumbnail click-through rate"), _PCT, _RATE,
       denominator="thumbnail impressions",
       description=QT_TRANSLATE_NOOP("catalog", "Views started from a video's thumbnail divided by the thumbnail's impressions (YouTube)."),
       example=QT_TRANSLATE_NOOP("catalog", "The recipe video's thumbnail was shown 5,000 times and started 250 views: 5%.")),
    # Messaging channels and the local business listing
    _k("views_per_post", QT_TRANSLATE_NOOP("catalog", "Views per post"), _CNT, _RATE, denominator="posts",
       description=QT_TRANSLATE_NOOP("catalog", "The average views a post gets, as a Telegram channel shows them."),
       example=QT_TRANSLATE_NOOP("catalog", "This week's three posts on the channel were seen 900, 1,100 and 1,000 times: 1,000 views per post.")),
    _k("broadcast_contacts", QT_TRANSLATE_NOOP("catalog", "Broadcast contacts"), _CNT, _TOT,
       description=QT_TRANSLATE_NOOP("catalog", "Customers on your broadcast lists: a running total."),
       example=QT_TRANSLATE_NOOP("catalog", "640 customers are on the bakery's WhatsApp broadcast list today.")),
    _k("customer_chats", QT_TRANSLATE_NOOP("catalog", "Customer chats per week"), _CNT, _FLOW, period=_W,
       summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "New conversations customers start with you in a week (WhatsApp, Telegram)."),
       example=QT_TRANSLATE_NOOP("catalog", "Customers started 35 new WhatsApp chats with the bakery this week.")),
    _k("broadcast_read_rate", QT_TRANSLATE_NOOP("catalog", "Broadcast read rate"), _PCT, _RATE,
       denominator="messages delivered",
       description=QT_TRANSLATE_NOOP("catalog", "Broadcast messages read divided by those delivered."),
       example=QT_TRANSLATE_NOOP("catalog", "The Friday offer reached 600 phones and was read on 390: 65%.")),
    _k("profile_calls", QT_TRANSLATE_NOOP("catalog", "Calls from your business profile per month"), _CNT, _FLOW,
       period=_M, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Calls made with the Call button of your Google Business Profile in a month."),
       example=QT_TRANSLATE_NOOP("catalog", "People called the bakery 42 times from its Google profile this month.")),
    _k("direction_requests", QT_TRANSLATE_NOOP("catalog", "Direction requests per month"), _CNT, _FLOW, period=_M,
       summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "People who asked Google Maps for the way to you in a month."),
       example=QT_TRANSLATE_NOOP("catalog", "58 people asked Google Maps for the way to the bakery this month.")),
    _k("profile_website_clicks", QT_TRANSLATE_NOOP("catalog", "Website clicks from your business profile per month"),
       _CNT, _FLOW, period=_M, summing=_EVENTS,
       description=QT_TRANSLATE_NOOP("catalog", "Clicks from your Google Business Profile to your website in a month."),
       example=QT_TRANSLATE_NOOP("catalog", "The website link on the bakery's Google profile was clicked 75 times this month.")),
    _k("reviews", QT_TRANSLATE_NOOP("catalog", "Reviews"), _CNT, _TOT,
       description=QT_TRANSLATE_NOOP("catalog", "Reviews of your business: a running total."),
       example=QT_TRANSLATE_NOOP("catalog", "The bakery has 120 reviews on Google today; the goal is 180 by summer.")),
    _k("average_rating", QT_TRANSLATE_NOOP("catalog", "Average rating"), Unit.STARS, _RATE, denominator="reviews",
       description=QT_TRANSLATE_NOOP("catalog", "The average star rating of your reviews, from 1 to 5."),
       example=QT_TRANSLATE_NOOP("catalog", "The bakery's 120 reviews give it 4.4 stars on average.")),
)

OBJECTIVES: tuple[Objective, ...] = (
    Objective("awareness", QT_TRANSLATE_NOOP("catalog", "Brand awareness"), Family.AUDIENCE,
              QT_TRANSLATE_NOOP("catalog", "More people know your business exists and remember it."),
              ("reach", "followers", "new_followers", "audience_growth_rate", "impressions", "video_views",
               "share_of_voice", "page_views", "shares", "posts_per_week", "thumbnail_ctr", "views_per_post"),
              ("youtube", "tiktok", "instagram", "x", "facebook"),
              QT_TRANSLATE_NOOP("catalog", "Video draws attention; X reaches a wide audience fast; Facebook is the easiest and most popular."),
              ("linkedin", "pinterest", "snapchat", "telegram", "google_business")),
    Objective("reputation", QT_TRANSLATE_NOOP("catalog", "Reputation management"), Family.AUDIENCE,
              QT_TRANSLATE_NOOP("catalog", "People talk about your brand, and say good things."),
              ("mentions", "hashtag_uses", "positive_sentiment_share", "reviews", "average_rating"),
              ("google_business", "x", "spotify"),
              QT_TRANSLATE_NOOP("catalog", "Reviews on your Google profile are what new customers read first; audio (X Spaces, Spotify) lets the brand express its identity in depth."),
              ("facebook", "instagram", "youtube", "tiktok", "linkedin")),
    Objective("traffic", QT_TRANSLATE_NOOP("catalog", "Website traffic"), Family.ENGAGEMENT,
              QT_TRANSLATE_NOOP("catalog", "Social posts send visitors to your website or shop."),
              ("website_visits", "link_clicks", "ctr", "ad_ctr", "profile_website_clicks"),
              ("facebook", "pinterest", "x"),
              QT_TRANSLATE_NOOP("catalog", "Link posts travel well there; Facebook is the easiest place to start."),
              ("instagram", "linkedin", "youtube", "tiktok", "telegram", "google_business", "website")),
    Objective("engagement", QT_TRANSLATE_NOOP("catalog", "Community engagement"), Family.ENGAGEMENT,
              QT_TRANSLATE_NOOP("catalog", "Followers like, comment, share and talk with you."),
              ("engagements", "engagement_rate_followers", "engagement_rate_reach",
               "engagement_rate_impressions", "mentions", "replies", "posts_per_week", "views_per_post",
               "customer_chats"),
              ("facebook", "instagram"),
              QT_TRANSLATE_NOOP("catalog", "Facebook is the easiest and most popular; Instagram suits pictures and short video."),
              ("x", "tiktok", "linkedin", "youtube", "pinterest", "snapchat", "telegram", "whatsapp")),
    Objective("conversions", QT_TRANSLATE_NOOP("catalog", "Conversions and sales"), Family.ENGAGEMENT,
              QT_TRANSLATE_NOOP("catalog", "Social activity turns into sales you can trace."),
              ("conversions", "conversion_rate", "ctr", "ad_ctr", "social_conversion_share", "bounce_rate",
               "customer_chats", "profile_calls", "direction_requests"),
              ("pinterest", "facebook", "instagram", "tiktok", "shopify", "whatsapp"),
              QT_TRANSLATE_NOOP("catalog", "Built-in shopping: the purchase happens where the post is, or in a chat where the customer orders."),
              ("website", "google_business", "telegram", "x", "youtube", "snapchat", "linkedin")),
    Objective("leads", QT_TRANSLATE_NOOP("catalog", "Lead generation"), Family.ENGAGEMENT,
              QT_TRANSLATE_NOOP("catalog", "Collect contacts of people who may buy later."),
              ("leads", "cost_per_lead", "lead_form_conversion_rate", "ad_ctr", "customer_chats"),
              ("facebook", "linkedin"),
              QT_TRANSLATE_NOOP("catalog", "Facebook has the largest audience and mature analytics; LinkedIn reaches business buyers."),
              ("instagram", "whatsapp", "telegram", "google_business", "x", "tiktok", "youtube", "pinterest",
               "snapchat", "website")),
    Objective("service", QT_TRANSLATE_NOOP("catalog", "Customer service"), Family.ENGAGEMENT,
              QT_TRANSLATE_NOOP("catalog", "Answer customers quickly and well where they ask."),
              ("response_time_hours", "satisfaction_score", "requests_per_agent", "customer_chats",
               "average_rating"),
              ("x", "facebook", "whatsapp"),
              QT_TRANSLATE_NOOP("catalog", "Conversational platforms, where customers already ask."),
              ("instagram", "telegram", "google_business", "linkedin", "website")),
    Objective("listening", QT_TRANSLATE_NOOP("catalog", "Social listening and market insight"), Family.CONTENT,
              QT_TRANSLATE_NOOP("catalog", "Learn what people say about you, your competitors and your trade."),
              ("mentions", "hashtag_uses", "competitor_mentions", "positive_sentiment_share"),
              ("x", "facebook"),
              QT_TRANSLATE_NOOP("catalog", "Public conversation happens there; most mentions on X come from small accounts."),
              ("instagram", "tiktok", "youtube", "linkedin", "pinterest", "telegram", "google_business")),
    Objective("recruiting", QT_TRANSLATE_NOOP("catalog", "Recruiting"), Family.AUDIENCE,
              QT_TRANSLATE_NOOP("catalog", "Find people who want to work with you."),
              ("applications",),
              ("linkedin", "facebook"),
              QT_TRANSLATE_NOOP("catalog", "Where job seekers and their friends look."),
              ("instagram", "x", "telegram", "tiktok", "website")),
    Objective("loyalty", QT_TRANSLATE_NOOP("catalog", "Brand loyalty"), Family.ENGAGEMENT,
              QT_TRANSLATE_NOOP("catalog", "Customers come back, tag you and post about you."),
              ("photo_tags", "customer_posts", "engagements", "broadcast_contacts", "broadcast_read_rate",
               "reviews"),
              ("instagram", "facebook"),
              QT_TRANSLATE_NOOP("catalog", "Customers share photos and talk with the brand there."),
              ("whatsapp", "telegram", "google_business", "tiktok", "x", "youtube", "pinterest", "snapchat")),
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
