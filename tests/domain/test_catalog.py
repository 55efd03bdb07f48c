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
    assert catalog.objective("leads").recommended == ("facebook",)
    assert {"x", "facebook"} <= set(catalog.objective("service").recommended)
    assert {"pinterest", "shopify"} <= set(catalog.objective("conversions").recommended)


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
