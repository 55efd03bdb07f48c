"""Example goals to start from: the articles' own examples, ready to adjust.

A template fills the wizard's pages; the owner then puts in their own
numbers.  Targets are relative to the baseline so they fit any account.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.goals import Shape
from planner.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    statement: str
    objective: str
    kpi: str
    platforms: tuple[str, ...]
    #: target = baseline * factor (factor < 1 for lower-is-better KPIs)
    factor: float
    days: int
    shape: Shape = Shape.LINEAR


TEMPLATES: tuple[Template, ...] = (
    Template("instagram_followers_20", QT_TRANSLATE_NOOP("templates", "Grow Instagram followers by 20% in 3 months"),
             QT_TRANSLATE_NOOP("templates", "Grow our Instagram followers by 20% in three months by posting Reels three times a week."),
             "awareness", "followers", ("instagram",), 1.2, 91, Shape.GROWTH),
    Template("facebook_engagement", QT_TRANSLATE_NOOP("templates", "Raise Facebook engagement per follower by a quarter in 6 months"),
             QT_TRANSLATE_NOOP("templates", "Raise engagement per follower on our Facebook page by a quarter in six months by asking "
                    "a question in every post."),
             "engagement", "engagement_rate_followers", ("facebook",), 1.25, 182),
    Template("site_visits", QT_TRANSLATE_NOOP("templates", "Double weekly website visits from social in 4 months"),
             QT_TRANSLATE_NOOP("templates", "Double the visits a week that Facebook and Instagram send to our website within four "
                    "months."),
             "traffic", "website_visits", ("facebook", "instagram"), 2.0, 122),
    Template("leads_facebook", QT_TRANSLATE_NOOP("templates", "50% more leads a month from Facebook in a quarter"),
             QT_TRANSLATE_NOOP("templates", "Collect 50% more leads a month through Facebook lead forms within three months."),
             "leads", "leads", ("facebook",), 1.5, 91),
    Template("response_time", QT_TRANSLATE_NOOP("templates", "Answer customers within 4 hours"),
             QT_TRANSLATE_NOOP("templates", "Cut our first response time on X and Facebook to 4 hours within two months."),
             "service", "response_time_hours", ("x", "facebook"), 0.33, 61),
    Template("mentions", QT_TRANSLATE_NOOP("templates", "More brand mentions on X each week"),
             QT_TRANSLATE_NOOP("templates", "Get 30% more mentions of our brand on X each week within three months."),
             "reputation", "mentions", ("x",), 1.3, 91),
    Template("tiktok_views", QT_TRANSLATE_NOOP("templates", "Grow TikTok video views per week by half in 3 months"),
             QT_TRANSLATE_NOOP("templates", "Grow the views our TikTok videos get each week by 50% in three months."),
             "awareness", "video_views", ("tiktok",), 1.5, 91),
    Template("shop_conversions", QT_TRANSLATE_NOOP("templates", "More sales from Instagram and Pinterest shops"),
             QT_TRANSLATE_NOOP("templates", "Sell 30% more a month through our Instagram shop and Pinterest Product Pins in four "
                    "months."),
             "conversions", "conversions", ("instagram", "pinterest"), 1.3, 122),
)
