"""The benchmark table: sourced, in catalog terms, and never compared across definitions."""

from __future__ import annotations

import dataclasses

import pytest

from planner.domain import catalog
from planner.domain.benchmarks import (BENCHMARKS, OWN_METRICS, THRESHOLDS, Benchmark, FigureKind,
                                       IncomparableBenchmark, Mark, compare, lookup, newest)

RATES = ("engagement_rate_followers", "engagement_rate_reach", "engagement_rate_impressions")


@pytest.mark.parametrize("row", BENCHMARKS, ids=lambda b: f"{b.platform}-{b.metric}-{b.year}")
def test_every_row_has_a_source_and_a_year(row: Benchmark):
    assert row.publisher.strip() and row.report.strip()
    assert 2000 <= row.year <= 2026
    assert isinstance(row.mark, Mark)
    assert row.publisher in row.source and str(row.year) in row.source


@pytest.mark.parametrize("row", BENCHMARKS, ids=lambda b: f"{b.platform}-{b.metric}-{b.year}")
def test_rows_speak_catalog_ids_and_units(row: Benchmark):
    assert row.platform is None or catalog.is_platform(row.platform)
    assert catalog.is_kpi(row.metric) or row.metric in OWN_METRICS
    assert 0 <= row.low <= row.high
    if catalog.is_kpi(row.metric) and catalog.kpi(row.metric).unit is catalog.Unit.PERCENT:
        assert row.high <= 100


def test_own_metrics_are_not_catalog_kpis():
    assert not any(catalog.is_kpi(m) for m in OWN_METRICS)


def test_our_thresholds_are_marked_derived():
    for row in BENCHMARKS:
        if row.kind in (FigureKind.FLAG, FigureKind.CEILING):
            assert row.mark is Mark.D
            assert row.source.startswith("derived from")


def test_rows_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        BENCHMARKS[0].low = 1  # type: ignore[misc]


@pytest.mark.parametrize("metric", RATES)
@pytest.mark.parametrize("platform", [p.id for p in catalog.PLATFORMS])
def test_lookup_never_mixes_denominators(metric, platform):
    assert all(row.metric == metric for row in lookup(metric, platform))


def test_per_follower_rate_is_never_compared_with_a_per_impression_benchmark():
    per_impression = lookup("engagement_rate_impressions", "facebook")
    assert per_impression
    with pytest.raises(IncomparableBenchmark, match="per followers.*per impressions"):
        compare("engagement_rate_followers", 0.5, per_impression[0])


def test_per_view_figures_match_no_catalog_kpi():
    per_view = lookup("engagement_rate_views", "tiktok")
    assert per_view
    for metric in RATES:
        with pytest.raises(IncomparableBenchmark, match=rf"^{metric} \(per .+\) cannot be compared with "
                                                        r"engagement_rate_views \(engagements divided by video views"):
            compare(metric, 5.0, per_view[0])


def test_compare_same_metric_is_a_ratio():
    row = newest(lookup("engagement_rate_followers", "facebook", [FigureKind.MEDIAN]))
    assert row is not None and row.year == 2024
    assert compare("engagement_rate_followers", 0.126, row) == pytest.approx(2.0)


def test_lookup_includes_figures_for_all_social_media():
    rows = lookup("conversion_rate", "instagram")
    assert {r.platform for r in rows} == {"instagram", None}


def test_lookup_filters_by_kind():
    rows = lookup("audience_growth_rate", "facebook", [FigureKind.STRONG])
    assert [r.high for r in rows] == [10.0]


def test_newest_of_nothing_is_none():
    assert newest([]) is None


def test_thresholds_are_those_of_benchmarks_md():
    t = THRESHOLDS
    assert (t.growth_ambitious, t.growth_unrealistic, t.growth_unrealistic_year) == (5.0, 15.0, 10.0)
    assert (t.growth_unrealistic_months, t.growth_unrealistic_year_months) == (3.0, 12.0)
    assert t.small_account == 1000 and t.small_account_own_pace == 3
    assert (t.engagement_flag_multiple, t.engagement_unrealistic_multiple) == (3.0, 10.0)
    assert (t.response_advice_hours, t.response_suggested_hours, t.response_x_complaint_hours) == (24, 4, 1)


def test_every_main_platform_has_a_growth_figure():
    for platform in ("facebook", "instagram", "x", "youtube", "tiktok", "linkedin", "pinterest"):
        assert lookup("audience_growth_rate", platform), platform
