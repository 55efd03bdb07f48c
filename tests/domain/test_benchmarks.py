"""The benchmark table: every row sourced and defined, in catalog terms, never compared across definitions,
only used for accounts of its sample's size; docs/benchmarks.md is the table."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from planner.domain import catalog
from planner.domain.benchmarks import (BENCHMARKS, OWN_METRICS, Band, Benchmark, FigureKind, IncomparableBenchmark,
                                       Mark, Traffic, band_of, compare, lookup, newest, row)
from planner.domain.benchmarks.doc import markdown
from planner.domain.realism.rulebook import (COST_PER_LEAD, EVIDENCE, FLOW, GROWTH, LIMITS, OWN_LEVEL, OWN_PACE,
                                             REFERENCE, RULEBOOK, SIZE_FACTOR_BASIS, WORKLOAD, Basis)

ROOT = Path(__file__).resolve().parents[2]
RATES = ("engagement_rate_followers", "engagement_rate_reach", "engagement_rate_impressions")


@pytest.mark.parametrize("r", BENCHMARKS, ids=lambda b: b.id)
def test_every_row_says_who_measured_what_how_and_where(r: Benchmark):
    assert r.publisher.strip() and r.report.strip() and r.sample.strip() and r.definition.strip()
    assert 2010 <= r.year <= 2026
    assert r.url.startswith(("http://", "https://")) and " " not in r.url
    assert isinstance(r.mark, Mark) and isinstance(r.traffic, Traffic) and isinstance(r.kind, FigureKind)
    assert r.publisher in r.source and f"{r.year} data" in r.source
    assert 0 <= r.sizes[0] < r.sizes[1]


@pytest.mark.parametrize("r", BENCHMARKS, ids=lambda b: b.id)
def test_rows_speak_catalog_ids_and_units(r: Benchmark):
    assert r.platform is None or catalog.is_platform(r.platform)
    assert catalog.is_kpi(r.metric) or r.metric in OWN_METRICS
    assert 0 <= r.low <= r.high
    if catalog.is_kpi(r.metric):
        assert r.high <= catalog.kpi(r.metric).ceiling


def test_row_ids_are_unique_and_found():
    ids = [b.id for b in BENCHMARKS]
    assert len(ids) == len(set(ids))
    assert row("fpk13-fb-growth-top").kind is FigureKind.TOP_DECILE
    with pytest.raises(KeyError, match="nope"):
        row("nope")


def test_rows_the_audit_refuted_are_gone():
    publishers = {b.publisher for b in BENCHMARKS}
    assert "Buffer" not in publishers  # counts clicks as engagements (audit rows 21, 23, 25)
    assert "TrackMaven" not in publishers and "Pew Research Center" not in publishers  # stale, or 250k+ channels
    assert not any(b.publisher == "WordStream" and b.year == 2017 for b in BENCHMARKS)  # CTR (all), per ad click
    assert not any(b.publisher == "Emplifi" for b in BENCHMARKS)  # +200% is a change of the sample's median
    assert not any(b.metric == "ctr" and b.traffic is Traffic.PAID for b in BENCHMARKS)  # ads have ad_ctr
    assert not any(b.metric == "conversion_rate" and b.traffic is Traffic.PAID for b in BENCHMARKS)


def test_words_match_the_statistic():
    assert FigureKind.MEDIAN.words == "typical (median)"
    assert FigureKind.MEAN.words == "average (mean)"
    assert FigureKind.TOP_DECILE.words == "top 10%"
    assert all("strong" not in k.words for k in FigureKind if k is not FigureKind.STRONGEST)
    assert [b.id for b in BENCHMARKS if b.kind is FigureKind.TOP_DECILE] == ["fpk13-fb-growth-top", "ld23-shop-conv"]


@pytest.mark.parametrize(("followers", "band"), [
    (0, Band.UNDER_1K), (999, Band.UNDER_1K), (1_000, Band.FROM_1K), (9_999, Band.FROM_1K),
    (10_000, Band.FROM_10K), (99_999, Band.FROM_10K), (100_000, Band.OVER_100K), (5e9, Band.OVER_100K),
])
def test_size_bands(followers, band):
    assert band_of(followers) is band


def test_a_sample_of_big_brands_says_nothing_about_a_small_page():
    small = lookup("engagement_rate_followers", "facebook", None, BENCHMARKS, followers=600)
    assert "riq24-fb-erf" not in {b.id for b in small}  # Rival IQ: pages of 25,000 to 1,000,000 fans
    assert "si26-fb-erf" in {b.id for b in small}  # brand profiles of every size
    big = lookup("engagement_rate_followers", "facebook", None, BENCHMARKS, followers=50_000)
    assert {"riq24-fb-erf", "si26-fb-erf"} <= {b.id for b in big}


@pytest.mark.parametrize("metric", RATES)
@pytest.mark.parametrize("platform", [p.id for p in catalog.PLATFORMS])
def test_lookup_never_mixes_denominators(metric, platform):
    assert all(r.metric == metric for r in lookup(metric, platform, None, BENCHMARKS))


def test_per_follower_rate_is_never_compared_with_a_per_impression_benchmark():
    per_impression = lookup("engagement_rate_impressions", "linkedin", None, BENCHMARKS)
    assert per_impression
    with pytest.raises(IncomparableBenchmark, match="per followers.*per impressions"):
        compare("engagement_rate_followers", 0.5, per_impression[0])


def test_per_view_and_per_reach_figures_match_no_catalog_kpi():
    for metric in ("engagement_rate_views", "organic_ctr_reach", "organic_reach_share"):
        rows = lookup(metric, None, None, BENCHMARKS)
        assert rows and not catalog.is_kpi(metric)
        with pytest.raises(IncomparableBenchmark, match=rf"^ctr \(per impressions\) cannot be compared with "
                                                        rf"{metric} \("):
            compare("ctr", 5.0, rows[0])


def test_compare_same_metric_is_a_ratio():
    r = newest(lookup("engagement_rate_followers", "facebook", [FigureKind.MEDIAN], BENCHMARKS))
    assert r is not None and r.id == "riq24-fb-erf"
    assert compare("engagement_rate_followers", 0.126, r) == pytest.approx(2.0)


def test_lookup_includes_figures_for_all_social_media():
    assert {r.platform for r in lookup("bounce_rate", "instagram", None, BENCHMARKS)} == {None}


def test_newest_of_nothing_is_none():
    assert newest([]) is None


def test_rows_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        BENCHMARKS[0].low = 1  # type: ignore[misc]


def _bases() -> list[Basis]:
    steps = [OWN_PACE, OWN_LEVEL, REFERENCE, GROWTH, FLOW, COST_PER_LEAD.steps, WORKLOAD.steps]
    steps += [s for rule in RULEBOOK.values() for s in (rule.steps, rule.cut) if s is not None]
    return [s.basis for s in steps] + [EVIDENCE.basis, SIZE_FACTOR_BASIS, LIMITS.reach_basis, LIMITS.funnel_basis,
                                       WORKLOAD.peers_basis, WORKLOAD.posts_min_basis]


def test_every_threshold_names_its_rows_or_says_it_is_ours():
    ids = {b.id for b in BENCHMARKS}
    for basis in _bases():
        assert set(basis.rows) <= ids, basis.rows
        assert basis.rows or "Ours" in basis.judgement or "ours" in basis.judgement, basis.judgement
    with pytest.raises(ValueError, match="needs benchmark rows or a stated judgement"):
        Basis()


def test_docs_benchmarks_md_is_the_table():
    """Run `make benchmarks-doc` (tools/benchmarks_doc.py) after changing the table or the rulebook."""
    text = (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    assert text == markdown()
    for b in BENCHMARKS:
        assert f"<{b.url}>" in text and f"`{b.id}`" in text
    for kpi in catalog.KPIS:
        assert f"| `{kpi.id}` |" in text
