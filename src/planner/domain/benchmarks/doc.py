"""docs/benchmarks.md, written from the benchmark table and the realism rulebook (``tools/benchmarks_doc.py``).

A test compares the file with ``markdown()``, so the document anyone reads to
check a figure is the table the app uses.
"""

from __future__ import annotations

import math

from planner.domain import catalog
from planner.domain.benchmarks import BENCHMARKS, OWN_METRICS, REVIEWED, Benchmark

#: What happened to the rows of ../shared/BENCHMARK_AUDIT.md (row numbers there), and why.
AUDIT_CHANGES: tuple[tuple[str, str, str], ...] = (
    ("4", "dropped", "Facebook per-follower ceiling 0.6%: not found in any source; contradicted for pages under "
                     "10,000 fans"),
    ("9", "dropped", "Instagram per-follower ceiling 3%: ours, below what small accounts reach"),
    ("15", "dropped", "X per-follower ceiling 0.3%: not found, and below its own warning level"),
    ("18", "dropped", "TikTok per-follower ceiling 15%: not found"),
    ("21, 23", "dropped", "Buffer per-impression rates (Facebook 5.07%, LinkedIn 6.5%): different definition "
                          "(clicks counted as engagements); LinkedIn is now sourced by size from SociaVault 2026"),
    ("22", "dropped", "LinkedIn 5.2% (Socialinsider 2026): the denominator is not stated"),
    ("24, 49, 50, 52, 55, 59", "dropped", "our flags and ceilings stored as rows (LinkedIn 15%, Facebook CTR 4% "
                                          "and 5%, LinkedIn CTR 1.3%, Facebook conversion 20%, social conversion "
                                          "3%): every threshold is now in the rulebook with its basis; the 4% ads "
                                          "flag was dead code and the 20% lead-ads flag was applied to shop "
                                          "conversion"),
    ("25", "dropped", "YouTube 4.41% per impression (Buffer): denominator unverified, tertiary source"),
    ("11, 12", "dropped", "X medians 0.029% and 0.015% (Rival IQ 2024, 2025): an unattributed tertiary page, "
                          "and not found directly"),
    ("1, 5, 7, 10, 13, 16", "replaced", "older figures of the same publishers (Rival IQ 2023, Socialinsider "
                                        "2023, Rival IQ TikTok 2022) replaced by their newer ones"),
    ("19", "replaced", "TikTok per view 5.10% replaced by 5.38% from the publisher's own page (Socialinsider, "
                       "2023 data)"),
    ("26, 27", "dropped", "TrackMaven 2015 growth (Instagram 6-8%, Facebook 1.5% a month): stale, contradicted "
                          "by Emplifi 2026 (Instagram brand followings grew by single digits in a year, Facebook "
                          "flat)"),
    ("30, 31, 32", "dropped", "LinkedIn, X and Pinterest growth derived from TrackMaven's 2015 ratios: derived "
                              "from stale figures"),
    ("34", "dropped", "TikTok 9.6% a month (Emplifi 2026): different definition (the change of the sample's "
                      "median follower count, not an account's growth)"),
    ("35", "dropped", "YouTube 4-5% a month (Pew 2019): a mean for channels of 250,000+ subscribers"),
    ("36, 37", "dropped", "Facebook reach 5.2% and 7.7% (Hootsuite): a blog post, not a report; platform-wide "
                          "figures replaced by Locowise's figures by page size"),
    ("40, 41", "dropped", "Instagram feed reach by size (Socialinsider 2022): secondary source without a "
                          "sample; Minter.io and Fanpage Karma give size bands on their own pages"),
    ("44", "dropped", "Facebook ads CTR 0.90% (WordStream 2017): CTR of all clicks, not link CTR"),
    ("48", "dropped", "Echobox organic CTR of publishers: publishers only, denominator not stated"),
    ("53", "dropped", "Facebook conversion 9.21% (WordStream 2017): conversions per ad click of every kind"),
    ("56", "dropped", "Monetate social conversion 0.38-0.74% (2012-13): the 0.38% was not found; newer rows "
                      "exist"),
    ("60", "dropped", "Facebook bounce 48% (Monetate 2012): 14 years old; newer rows exist"),
    ("63, 64", "dropped", "brands' 10-hour average (kept as a note of Sprout Social 2016) and Lithium 2013's "
                          "one hour on X, replaced by Arise 2017 and Eptica 2015"),
    ("2", "fixed", "Facebook 0.063%: data year 2023 (the 2024 report), a median, of pages of 25,000-1,000,000 "
                   "fans"),
    ("3, 8, 14", "fixed", "Socialinsider 2026: an average (mean), 2024-25 data, per follower"),
    ("6", "fixed", "Instagram industry range 0.14-2.10%: accounts of 5,000+ followers"),
    ("17", "fixed", "TikTok 2.6% per follower: a median"),
    ("28, 29", "kept", "Fanpage Karma 2013 growth (median 2.8%, top 10% 10% a month): the only median and "
                       "top-10% growth figures found; cited as 2013 data"),
    ("33", "fixed", "TikTok growth: \"at least 2-3%\" for all sizes and \"more than 5%\" under 50,000 followers "
                    "as separate rows"),
    ("38, 39, 42, 43", "kept", "reach by size (Locowise 2015, Minter.io 2019) with their sample sizes"),
    ("45, 46, 47", "fixed", "Facebook ads CTR 2025 moved to the new ad_ctr KPI; the publisher's definition "
                            "(link or all clicks) is not confirmed, and the row says so"),
    ("51", "fixed", "LinkedIn Sponsored Content CTR moved to ad_ctr, defined as chargeable clicks per impression"),
    ("54", "fixed", "lead campaigns' 8.78% moved to the new lead_form_conversion_rate KPI"),
    ("57, 58", "fixed", "Oribi conversion: data year 2019 (October to December), buyers per unique visitor"),
    ("61", "fixed", "SimplicityDX bounce 70-90%: data year 2023"),
    ("62", "kept", "Sprout Social 2016: customers expect 4 hours"),
    ("65, 68", "kept", "posts a week, Facebook 4.69 and TikTok 2"),
    ("66, 67", "fixed", "Instagram 4.5 and X 3.9 posts a week: the 2023 report (2022 data), not 2024"),
)


def _size(row: Benchmark) -> str:
    low, high = row.sizes
    if (low, high) == (0.0, math.inf):
        return "any"
    if high == math.inf:
        return f"{low:,.0f}+"
    return f"under {high:,.0f}" if low == 0 else f"{low:,.0f}-{high:,.0f}"


def _value(row: Benchmark) -> str:
    unit = "%" if row.metric not in ("response_time_hours", "posts_per_week", "average_rating",
                                     "ad_cost_per_lead_usd", "profile_actions", "profile_reviews_total",
                                     "hours_per_week_social") else ""
    text = f"{row.low:g}" if row.low == row.high else f"{row.low:g}-{row.high:g}"
    return f"${text}" if row.metric == "ad_cost_per_lead_usd" else text + unit


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _metric(metric: str) -> str:
    if catalog.is_kpi(metric):
        return f"`{metric}` ({catalog.kpi(metric).name})"
    return f"`{metric}` ({OWN_METRICS[metric]})"


def markdown() -> str:
    from planner.domain.realism.rulebook import (COST_PER_LEAD, EVIDENCE, FLOW, GROWTH, LIMITS, OWN_LEVEL,
                                                 OWN_PACE, REFERENCE, RULEBOOK, SIZE_FACTOR_BASIS, WORKLOAD, Steps)

    out = [
        "# Benchmarks and thresholds of the realism engine",
        "",
        "Generated from `src/planner/domain/benchmarks/rows.py` and `src/planner/domain/realism/rulebook.py` by "
        "`python tools/benchmarks_doc.py` (`make benchmarks-doc`); a test fails when this file is stale. "
        f"Checked against its sources in {REVIEWED} (`../shared/BENCHMARK_AUDIT.md` and the issue-14 source "
        "research).",
        "",
        "Statistics: a **median** is the typical account; a **mean** (\"average\") is pulled up by the best; "
        "**top 10% / 20% / 25%** is what the best accounts reach; **strongest** is a report's best accounts "
        "without a stated percentile. Marks: **P** seen on the publisher's own page, **Q** quoted in a "
        "secondary write-up (the URL is that write-up), **D** derived by arithmetic (shown in the note). "
        "Sizes are the followers of the sample's accounts: a figure is used only for accounts of its size or "
        "smaller. Most size-banded figures measure creators, not shops: what small accounts in general do.",
        "",
    ]
    metrics = list(dict.fromkeys(r.metric for r in BENCHMARKS))
    for metric in metrics:
        out += [f"## {_metric(metric)}", "",
                "| id | platform | value | statistic | sizes | publisher, report (data year) | sample | definition "
                "| organic/paid | mark | source | note |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in (b for b in BENCHMARKS if b.metric == metric):
            out.append("| " + " | ".join(_cell(c) for c in (
                f"`{r.id}`", r.platform or "all", _value(r), r.kind.words, _size(r),
                f"{r.publisher}, {r.report} ({r.year})", r.sample, r.definition, r.traffic.value, r.mark.value,
                f"<{r.url}>", r.note)) + " |")
        out.append("")

    def steps(s: Steps, unit: str = "") -> str:
        word = "below" if s.below else "above"
        parts = [f"{name} {word} {v:g}{unit}" for name, v in (("advice", s.advice), ("warning", s.warning),
                                                             ("error", s.error)) if v is not None]
        return "; ".join(parts) or "the step from the baseline"

    def basis(s: Steps) -> str:
        rows = ", ".join(f"`{i}`" for i in s.basis.rows)
        return (f"{rows}. " if rows else "") + s.basis.judgement

    out += ["## Thresholds (the rulebook)", "",
            "Severities: **advice** worth knowing; **warning** ambitious, it needs more than business as usual; "
            "**error** unrealistic. \"Ours\" means our own judgement, with the reason given.", "",
            "| what | thresholds | basis |", "|---|---|---|",
            f"| evidence: own history | a trend: {EVIDENCE.trend_figures} figures over {EVIDENCE.trend_days} days "
            f"({EVIDENCE.monthly_figures} over {EVIDENCE.monthly_days} days for monthly KPIs); a rate's level: "
            f"{EVIDENCE.level_figures} figures in {EVIDENCE.level_days} days (their median) | "
            f"{_cell(EVIDENCE.basis.judgement)} |",
            f"| own pace (needed / own) | {steps(OWN_PACE, 'x')} | {_cell(basis(OWN_PACE))} |",
            f"| own level, or the baseline (target / level) | {steps(OWN_LEVEL, 'x')} | {_cell(basis(OWN_LEVEL))} |",
            f"| published level for the size (target / typical) | {steps(REFERENCE, 'x')} | "
            f"{_cell(basis(REFERENCE))} |",
            f"| per-follower figures of all sizes, for a smaller account | x5 under 10,000 followers, x2 for "
            f"10,000-100,000 | {_cell(', '.join(f'`{i}`' for i in SIZE_FACTOR_BASIS.rows))}. "
            f"{_cell(SIZE_FACTOR_BASIS.judgement)} |",
            f"| growth of a running total, % a month | {steps(GROWTH, '%')} | {_cell(basis(GROWTH))} |",
            f"| growth of a flow, % a month | {steps(FLOW, '%')} (from 1.5x, 2x, 3x the baseline) | "
            f"{_cell(basis(FLOW))} |",
            f"| cost per lead (US dollars; share of the lowest published) | {steps(COST_PER_LEAD.steps, 'x')} | "
            f"{_cell(basis(COST_PER_LEAD.steps))} |",
            f"| workload (hours needed / hours given) | {steps(WORKLOAD.steps, 'x')} | "
            f"{_cell(basis(WORKLOAD.steps))} |",
            f"| weekly reach, share of followers | advice above {LIMITS.reach_share_of_followers:g}x | "
            f"{_cell(', '.join(f'`{i}`' for i in LIMITS.reach_basis.rows))}. {_cell(LIMITS.reach_basis.judgement)} |",
            f"| plan consistency | off by more than {LIMITS.funnel_tolerance:g}x | "
            f"{_cell(LIMITS.funnel_basis.judgement)} |",
            "",
            "### How each KPI is judged", "",
            "| KPI | judged by | absolute thresholds | basis |", "|---|---|---|---|"]
    for kpi in catalog.KPIS:
        rule = RULEBOOK[kpi.id]
        how = rule.judge.value + (f", against `{rule.reference}` by size" if rule.reference else "") + (
            f", counted from at least {rule.floor:g}" if rule.floor else "") + (
            "; a budget makes it buyable" if rule.paid else "")
        absolute = rule.steps if rule.steps is not None else rule.cut
        unit = "% of followers" if rule.per_follower else ("x lower" if absolute is rule.cut else "")
        shown = steps(absolute, unit) if absolute is not None else "-"
        out.append(f"| `{kpi.id}` | {how} | {_cell(shown)} | "
                   f"{_cell(basis(absolute)) if absolute is not None else '-'} |")
    out += ["", "## What happened to the rows of the audit", "",
            "| audit rows | | why |", "|---|---|---|"]
    out += [f"| {rows} | {what} | {_cell(why)} |" for rows, what, why in AUDIT_CHANGES]
    return "\n".join(out) + "\n"
