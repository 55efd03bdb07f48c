"""The catalog of DOMAIN.md: complete, consistent, stable ids."""

from __future__ import annotations

import pytest

from planner.domain import catalog
from planner.domain.catalog import Direction, KpiKind, Unit

REQUIRED_PLATFORMS = {"facebook", "instagram", "x", "youtube", "tiktok", "linkedin", "pinterest", "snapchat",
                      "website"}
REQUIRED_KPIS = {"followers", "reach", "impressions", "video_views", "engagements", "engagement_rate_followers",
                 "engagement_rate_reach", "engagement_rate_impressions", "mentions", "hashtag_uses",
                 "positive_sentiment_share", "share_of_voice", "website_visits", "link_clicks", "ctr",
                 "conversions", "conversion_rate", "bounce_rate", "leads", "cost_per_lead",
                 "response_time_hours", "satisfaction_score", "applications", "posts_per_week"}
OBJECTIVES = {"awareness", "reputation", "traffic", "engagement", "conversions", "leads", "service",
              "listening", "recruiting", "loyalty"}


def test_stable_ids_are_all_there():
    assert {o.id for o in catalog.OBJECTIVES} == OBJECTIVES
    assert REQUIRED_KPIS <= {k.id for k in catalog.KPIS}
    assert REQUIRED_PLATFORMS <= {p.id for p in catalog.PLATFORMS}


def test_ids_are_unique():
    for items in (catalog.OBJECTIVES, catalog.KPIS, catalog.PLATFORMS):
        ids = [i.id for i in items]
        assert len(ids) == len(set(ids))


def test_every_objective_has_kpis_and_recommended_platforms_from_the_catalog():
    for o in catalog.OBJECTIVES:
        assert o.kpis and o.recommended and o.why_recommended and o.summary
        assert all(catalog.is_kpi(k) for k in o.kpis), o.id
        assert all(catalog.is_platform(p) for p in o.recommended), o.id


def test_kpi_definitions_are_complete():
    for k in catalog.KPIS:
        if k.kind is KpiKind.FLOW:
            assert k.period is not None, k.id
        if k.kind is KpiKind.RATE and k.unit is Unit.PERCENT:
            assert k.denominator, f"{k.id}: a rate must say what it is per"
    rates = {k.id: k.denominator for k in catalog.KPIS if k.id.startswith("engagement_rate_")}
    assert len(set(rates.values())) == 3  # per follower, per reach, per impression are different KPIs


def test_lower_is_better_where_the_articles_say_so():
    for kpi_id in ("bounce_rate", "response_time_hours", "cost_per_lead"):
        assert catalog.kpi(kpi_id).direction is Direction.DOWN
    assert catalog.kpi("followers").better(2, 1) and catalog.kpi("bounce_rate").better(1, 2)


def test_recommendations_follow_the_articles():
    assert catalog.objective("leads").recommended[0] == "facebook"
    assert {"x", "facebook"} <= set(catalog.objective("service").recommended)
    assert {"pinterest", "shopify"} <= set(catalog.objective("conversions").recommended)


@pytest.mark.parametrize(("objective", "platform"), [
    ("awareness", "facebook"),  # the articles: the easiest and most popular platform
    ("leads", "linkedin"),  # business buyers
    ("engagement", "x"), ("engagement", "tiktok"), ("engagement", "linkedin"),  # the articles' own examples are on X
    ("conversions", "website"),  # where the sale is measured
    ("conversions", "whatsapp"), ("service", "whatsapp"), ("reputation", "google_business"),
])
def test_sound_choices_are_suited(objective, platform):
    assert platform in catalog.objective(objective).suited


def test_a_retired_platform_stays_readable_but_is_never_recommended():
    assert catalog.platform("clubhouse").retired
    for o in catalog.OBJECTIVES:
        assert "clubhouse" not in o.suited, o.id
        assert len(set(o.suited)) == len(o.suited), o.id
        assert all(not catalog.platform(p).retired for p in o.suited), o.id


def test_platforms_for_small_businesses_in_arabic_and_persian_markets():
    assert {"whatsapp", "telegram", "google_business"} <= {p.id for p in catalog.PLATFORMS}
    for kpi_id in ("customer_chats", "broadcast_read_rate", "broadcast_contacts", "views_per_post",
                   "profile_calls", "direction_requests", "profile_website_clicks", "reviews", "average_rating"):
        assert catalog.is_kpi(kpi_id)
        assert any(kpi_id in o.kpis for o in catalog.OBJECTIVES), kpi_id


def test_each_kpi_has_one_definition():
    """ctr and conversion_rate keep their ids with one meaning each; the others have ids of their own."""
    assert catalog.kpi("ctr").denominator == "impressions" and "unpaid" in catalog.kpi("ctr").description
    assert catalog.kpi("ad_ctr").denominator == "ad impressions"
    assert catalog.kpi("thumbnail_ctr").denominator == "thumbnail impressions"
    assert catalog.kpi("conversion_rate").denominator == "visits"
    assert catalog.kpi("lead_form_conversion_rate").denominator == "ad clicks"
    names = [k.name for k in catalog.KPIS]
    assert len(names) == len(set(names))


def test_a_star_rating_cannot_be_over_5():
    from planner.domain.goals import value_problems

    rating = catalog.kpi("average_rating")
    assert rating.ceiling == 5 and value_problems(rating, 5) == [] and value_problems(rating, 5.1)
    assert catalog.kpi("ctr").ceiling == 100 and catalog.kpi("followers").ceiling == float("inf")


def test_audience_labels_tell_the_any_choices_apart():
    from planner.domain.goals import FamilyStage, Gender, Income, audience_label

    labels = {audience_label(v) for enum in (Gender, Income, FamilyStage) for v in enum}
    assert len(labels) == len(Gender) + len(Income) + len(FamilyStage)
    assert audience_label(Gender.ANY) == "any gender" and audience_label(Income.ANY) == "any income"


def test_every_amount_per_period_says_whether_its_days_add_up_and_why():
    for k in catalog.KPIS:
        if k.kind is KpiKind.FLOW:
            assert k.summing is not None and k.summing.why, k.id
        else:
            assert k.summing is None and not k.additive, k.id
    # distinct people: seven daily reach figures are not a week's reach
    assert not catalog.kpi("reach").additive
    assert "different people" in catalog.kpi("reach").summing.why
    # counts of things that happen add up: what an import adds daily export figures up for
    for kpi_id in ("impressions", "video_views", "engagements", "likes", "shares", "link_clicks", "website_visits",
                   "new_followers", "leads", "conversions", "posts_per_week", "applications", "mentions",
                   "page_views"):
        assert catalog.kpi(kpi_id).additive, kpi_id


def test_a_flow_without_a_word_on_summing_is_not_a_kpi():
    with pytest.raises(ValueError, match="whether its days add up"):
        catalog._k("x", "X per week", Unit.COUNT, KpiKind.FLOW, period=catalog.Period.WEEK)
