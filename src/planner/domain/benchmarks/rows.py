"""The benchmark rows, as checked in ../shared/BENCHMARK_AUDIT.md and the issue-14 source research.

Rows the audit marked "not found", "different definition" or "contradicted"
are gone (the list is in docs/benchmarks.md); so are rows a newer figure of the
same publisher replaces.  Where a row quotes a secondary write-up (mark Q), the
URL is that write-up's; the publisher's own page is given where it was seen (P).
"""

from __future__ import annotations

import math

from planner.domain.benchmarks.model import ALL_SIZES, Benchmark, FigureKind, Mark, Traffic

_ERF, _ERI, _ERR, _ERV = ("engagement_rate_followers", "engagement_rate_impressions", "engagement_rate_reach",
                          "engagement_rate_views")
_GROWTH, _REACH, _CTR_REACH = "audience_growth_rate", "organic_reach_share", "organic_ctr_reach"
_MED, _MEAN, _TYP, _IR, _MR, _EXP = (FigureKind.MEDIAN, FigureKind.MEAN, FigureKind.TYPICAL,
                                     FigureKind.INDUSTRY_RANGE, FigureKind.MIDDLE_RANGE, FigureKind.EXPECTED)
_TOP10, _TOP20, _TOP25, _BEST = (FigureKind.TOP_DECILE, FigureKind.TOP_QUINTILE, FigureKind.TOP_QUARTILE,
                                 FigureKind.STRONGEST)
_P, _Q, _D = Mark.P, Mark.Q, Mark.D
_ORG, _PAID, _BOTH, _UNS, _NA = Traffic.ORGANIC, Traffic.PAID, Traffic.BOTH, Traffic.UNSTATED, Traffic.NONE
_INF = math.inf

# Publishers' reports and samples used by several rows
_RIQ24 = "2024 Social Media Industry Benchmark Report"
_RIQ_SAMPLE = ("2,100 brands in 14 industries; Facebook pages of 25,000 to 1,000,000 fans, at least 5,000 followers "
               "elsewhere")
_RIQ_DEF = "likes, comments, shares and reactions per post, divided by followers; organic and boosted posts"
_SI26 = "2026 social media benchmarks"
_SI26_SAMPLE = "brand profiles; 70 million posts, January 2024 to December 2025"
_SI26_DEF = "likes and comments (and shares) per post, divided by the profile's followers"
_SI26_URL = "https://www.shortsintel.com/statistics/social-media-engagement-benchmarks"
_HA26 = "2026 State of Influencer Marketing"
_HA26_URL = "https://www.emarketer.com/content/smaller-creators-deliver-efficiency-roi-pressure-mounts"
_HA_DEF = "(likes + comments) divided by followers, over the latest 12 posts"
_SV_IG = "What Is a Good Engagement Rate on Instagram in 2026?"
_SV_IG_URL = "https://sociavault.com/blog/good-engagement-rate-instagram"
_SV_IG_SAMPLE = "over 50,000 Instagram accounts (creators) in 10 niches and 5 follower tiers"
_SV_IG_DEF = ("(likes + comments) divided by followers, mean of the last 30 posts, accounts filtered for organic "
              "engagement")
_SV_LI = "What Is a Good Engagement Rate on LinkedIn in 2026?"
_SV_LI_URL = "https://sociavault.com/blog/good-engagement-rate-linkedin-2026"
_SV_LI_DEF = "(reactions + comments + reposts) divided by impressions"
_FPK13 = "Average growth of Facebook fan pages"
_FPK13_URL = "https://blog.fanpagekarma.com/2013/03/20/infographic-average-growths-facebook-fan-pages/"
_FPK13_DEF = ("geometric average weekly growth of fans, as a monthly rate: (1 + weekly)^4.35 - 1; "
              "paid growth not excluded")
_LOCO = "Locowise Facebook page study"
_FPK21 = "Click-through rates on Facebook"
_FPK21_URL = "https://blog.fanpagekarma.com/2021/07/22/click-through-rates-facebook/"
_FPK21_DEF = "link clicks on organic posts divided by the people the posts reached"
_FPK21_SAMPLE = "96,000 Facebook profiles"
_MINTER = "How much reach should my brand be getting on Instagram?"
_MINTER_URL = "https://minter.io/blog/how-much-reach-should-my-brand-be-getting-on-instagram/"
_MINTER_SAMPLE = "about 3-4 million Instagram posts"
_REACH_DEF = "people reached by a post (organic), divided by the account's followers"
_WS25 = "Facebook ads benchmarks 2025"
_WS25_DEF = ("clicks divided by impressions of Facebook ads; the publisher's page does not say whether link or all "
             "clicks (a secondary source glosses it as link clicks)")
_ORIBI = "Ecommerce benchmark report 2020"
_ORIBI_URL = "https://oribi.io/benchmark-reports/ecommerce20"
_ORIBI_SAMPLE = "204 online shops, October to December 2019"
_ORIBI_DEF = "buyers divided by unique visitors arriving from the channel (paid and organic)"
_SDX = "The Cost of a Bounce"
_SDX_URL = "https://simplicitydx.com/blogs/infographic-on-the-cost-of-social-media-bounce-for-ecommerce"
_SDX_SAMPLE = "survey of 1,000 US online shoppers and SimplicityDX data"
_BL18 = "Google My Business Insights Study"


def _r(row_id: str, platform: str | None, metric: str, kind: FigureKind, low: float, high: float | None,
       publisher: str, report: str, year: int, url: str, sample: str, definition: str, traffic: Traffic,
       mark: Mark, sizes: tuple[float, float] = ALL_SIZES, note: str = "") -> Benchmark:
    return Benchmark(row_id, platform, metric, kind, low, low if high is None else high, publisher, report, year,
                     url, sample, definition, traffic, mark, sizes, note)


ROWS: tuple[Benchmark, ...] = (
    # -- Engagement rate per follower: platform-wide (brands) ------------------------------------------------
    _r("riq24-fb-erf", "facebook", _ERF, _MED, 0.063, None, "Rival IQ", _RIQ24, 2023, "https://smk.co/?p=31338",
       _RIQ_SAMPLE, _RIQ_DEF, _BOTH, _Q, (25_000, 1_000_000)),
    _r("si26-fb-erf", "facebook", _ERF, _MEAN, 0.15, None, "Socialinsider", _SI26, 2025, _SI26_URL,
       _SI26_SAMPLE, _SI26_DEF, _UNS, _Q, note="the same figure in 2023"),
    _r("si26-ig-erf", "instagram", _ERF, _MEAN, 0.48, None, "Socialinsider", _SI26, 2025, _SI26_URL,
       _SI26_SAMPLE, _SI26_DEF, _UNS, _Q),
    _r("si26-x-erf", "x", _ERF, _MEAN, 0.12, None, "Socialinsider", _SI26, 2025, _SI26_URL,
       _SI26_SAMPLE, _SI26_DEF, _UNS, _Q),
    _r("si26-tt-erf", "tiktok", _ERF, _MEAN, 3.70, None, "Socialinsider", _SI26, 2025, _SI26_URL,
       _SI26_SAMPLE, _SI26_DEF, _UNS, _Q),
    _r("riq25-ig-erf", "instagram", _ERF, _IR, 0.14, 2.10, "Rival IQ", "2025 Social Media Industry Benchmark Report",
       2024, "https://apaya.com/blog/social-media-benchmarks", "150 brands per industry, 14 industries; at least "
       "5,000 Instagram followers", _RIQ_DEF, _BOTH, _Q, (5_000, _INF),
       "Health & Beauty 0.14% to Higher Education 2.10%"),
    _r("riq24-tt-erf", "tiktok", _ERF, _MED, 2.6, None, "Rival IQ", "2024 TikTok Benchmark Report", 2023,
       "https://www.rivaliq.com/blog/tiktok-benchmark-report/", "brands on TikTok (Rival IQ's TikTok sample)",
       "engagements per post divided by followers", _BOTH, _P),
    # -- Engagement rate per follower, by account size (creators: what small accounts in general do) -------
    _r("ha26-ig-erf-1k", "instagram", _ERF, _TYP, 1.78, None, "HypeAuditor", _HA26, 2025, _HA26_URL,
       "Instagram influencer accounts (creators, not shops)", _HA_DEF, _UNS, _Q, (1_000, 10_000),
       "the report does not say which statistic"),
    _r("ha26-ig-erf-10k", "instagram", _ERF, _TYP, 0.54, None, "HypeAuditor", _HA26, 2025, _HA26_URL,
       "Instagram influencer accounts (creators, not shops)", _HA_DEF, _UNS, _Q, (10_000, 50_000),
       "the report does not say which statistic"),
    _r("ha26-ig-erf-1m", "instagram", _ERF, _TYP, 0.33, None, "HypeAuditor", _HA26, 2025, _HA26_URL,
       "Instagram influencer accounts (creators, not shops)", _HA_DEF, _UNS, _Q, (1_000_000, _INF),
       "the report does not say which statistic"),
    _r("sv26-ig-erf-1k", "instagram", _ERF, _MEAN, 4.2, None, "SociaVault Labs", _SV_IG, 2025, _SV_IG_URL,
       _SV_IG_SAMPLE, _SV_IG_DEF, _ORG, _P, (1_000, 10_000), "the publisher calls 5.0%+ good and 7.0%+ great"),
    _r("sv26-ig-erf-10k", "instagram", _ERF, _MEAN, 2.8, None, "SociaVault Labs", _SV_IG, 2025, _SV_IG_URL,
       _SV_IG_SAMPLE, _SV_IG_DEF, _ORG, _P, (10_000, 50_000)),
    _r("sv26-ig-erf-500k", "instagram", _ERF, _MEAN, 0.9, None, "SociaVault Labs", _SV_IG, 2025, _SV_IG_URL,
       _SV_IG_SAMPLE, _SV_IG_DEF, _ORG, _P, (500_000, _INF)),
    _r("sv26-x-erf-1k", "x", _ERF, _TYP, 2.18, None, "SociaVault Labs",
       "Nano Creators Get 3-6x More Engagement (2026 benchmarks study)", 2025,
       "https://sociavault.com/blog/nano-creators-engagement-advantage-data-2026",
       "350,000+ creator accounts on six platforms", "engagements divided by followers", _UNS, _P, (1_000, 10_000),
       "the publisher's nano tier (1,000-10,000 followers in its other tables); mega accounts: 0.35%"),
    # -- Engagement per reach, per impression, per view ------------------------------------------------------
    _r("si22-ig-err", "instagram", _ERR, _MEAN, 3.35, None, "Socialinsider", "Social media reach study", 2022,
       "https://www.digitalinformationworld.com/2022/10/social-media-reach-rate-is-towards-its.html",
       "brand profiles; 933,200 posts, July 2021 to July 2022", "engagements per post divided by its reach",
       _UNS, _Q),
    _r("si22-fb-err", "facebook", _ERR, _MEAN, 1.40, None, "Socialinsider", "Social media reach study", 2022,
       "https://www.digitalinformationworld.com/2022/10/social-media-reach-rate-is-towards-its.html",
       "brand profiles; 933,200 posts, July 2021 to July 2022", "engagements per post divided by its reach",
       _UNS, _Q),
    _r("sv26-li-eri-1k", "linkedin", _ERI, _MED, 5.42, None, "SociaVault Labs", _SV_LI, 2025, _SV_LI_URL,
       "40,000+ LinkedIn personal profiles (people, not company pages)", _SV_LI_DEF, _ORG, _P, (1_000, 5_000)),
    _r("sv26-li-eri-1k-top", "linkedin", _ERI, _TOP25, 8.14, None, "SociaVault Labs", _SV_LI, 2025, _SV_LI_URL,
       "40,000+ LinkedIn personal profiles (people, not company pages)", _SV_LI_DEF, _ORG, _P, (1_000, 5_000)),
    _r("sv26-li-eri-5k", "linkedin", _ERI, _MED, 3.87, None, "SociaVault Labs", _SV_LI, 2025, _SV_LI_URL,
       "40,000+ LinkedIn personal profiles (people, not company pages)", _SV_LI_DEF, _ORG, _P, (5_000, 25_000)),
    _r("sv26-li-eri-5k-top", "linkedin", _ERI, _TOP25, 5.63, None, "SociaVault Labs", _SV_LI, 2025, _SV_LI_URL,
       "40,000+ LinkedIn personal profiles (people, not company pages)", _SV_LI_DEF, _ORG, _P, (5_000, 25_000)),
    _r("si23-tt-erv", "tiktok", _ERV, _MEAN, 5.38, None, "Socialinsider", "TikTok engagement benchmarks", 2023,
       "https://www.socialinsider.io/blog/tiktok-benchmarks/", "more than 600,000 TikTok videos of brands",
       "engagements divided by video views", _UNS, _P),
    _r("riq24-tt-erv", "tiktok", _ERV, _IR, 2.6, 9.2, "Rival IQ", "2024 TikTok Benchmark Report", 2023,
       "https://thatrandomagency.com/2024/07/08/latest-tiktok-benchmarks/", "brands on TikTok, by industry",
       "engagements divided by video views", _BOTH, _Q, note="Food & Beverage 2.6% to Sports Teams 9.2%"),
    _r("sv26-yt-erv-1k", "youtube", _ERV, _MED, 5.23, None, "SociaVault Labs",
       "What Is a Good Engagement Rate on YouTube in 2026?", 2025,
       "https://sociavault.com/blog/good-engagement-rate-youtube", "75,000 YouTube channels",
       "(likes + comments) divided by views", _ORG, _P, (1_000, 10_000), "top 25%: 7.82%"),
    # -- Follower growth, percent a month ----------------------------------------------------------------------
    _r("fpk13-fb-growth", "facebook", _GROWTH, _MED, 2.8, None, "Fanpage Karma", _FPK13, 2013, _FPK13_URL,
       "over 60,000 active Facebook pages over three months", _FPK13_DEF, _BOTH, _D,
       note="0.64% a week: 1.0064^4.35 - 1 = 2.8%"),
    _r("fpk13-fb-growth-top", "facebook", _GROWTH, _TOP10, 10.0, None, "Fanpage Karma", _FPK13, 2013, _FPK13_URL,
       "over 60,000 active Facebook pages over three months", _FPK13_DEF, _BOTH, _D,
       note="2.22% a week: 1.0222^4.35 - 1 = 10.0%; the only published top-10% growth figure found"),
    _r("loco15-fb-growth-1k-mar", "facebook", _GROWTH, _MEAN, 1.62, None, "Locowise", _LOCO + ", March 2015", 2015,
       "http://www.adweek.com/digital/locowise-march-2015/", "5,000 Facebook pages",
       "organic new page likes in the month, divided by page likes", _ORG, _Q, (0, 1_000),
       "all pages: 0.53%"),
    _r("loco15-fb-growth-1k-jul", "facebook", _GROWTH, _MEAN, 0.3, None, "Locowise", _LOCO + ", July 2015", 2015,
       "https://www.adweek.com/digital/locowise-july-2015/", "5,000 Facebook pages",
       "organic new page likes in the month, divided by page likes", _ORG, _Q, (0, 1_000),
       "all pages: 0.21%"),
    _r("riq22-tt-growth", "tiktok", _GROWTH, _MEAN, 2.0, 3.0, "Rival IQ", "2022 TikTok Benchmark Report", 2021,
       "https://socialmediameanscom.pages.dev/what-is-a-good-growth-rate-on-tiktok", "brands on TikTok",
       "new followers in a month, divided by followers", _BOTH, _Q, note="\"at least 2-3%\" across all sizes"),
    _r("riq22-tt-growth-50k", "tiktok", _GROWTH, _MEAN, 5.0, None, "Rival IQ", "2022 TikTok Benchmark Report", 2021,
       "https://socialmediameanscom.pages.dev/what-is-a-good-growth-rate-on-tiktok", "brands on TikTok",
       "new followers in a month, divided by followers", _BOTH, _Q, (0, 50_000), "\"more than 5%\""),
    # -- Organic reach of a post, share of followers ---------------------------------------------------------------
    _r("loco15-fb-reach-10k", "facebook", _REACH, _MEAN, 11.0, None, "Locowise",
       "Facebook page reach study, February 2015", 2015,
       "http://locowise.com/blog/facebook-page-reach-study-february-2015", "500 Facebook pages", _REACH_DEF,
       _ORG, _P, (0, 10_000), "10,000-99,999 likes: 6%; over 100,000: 5%"),
    _r("loco15-fb-reach-1k", "facebook", _REACH, _MEAN, 22.8, None, "Locowise", _LOCO + ", March 2015", 2015,
       "http://www.adweek.com/digital/locowise-march-2015/", "5,000 Facebook pages", _REACH_DEF, _ORG, _Q,
       (0, 1_000), "pages over 1,000,000 likes: 2.27%"),
    _r("fpk18-ig-reach-500", "instagram", _REACH, _MEAN, 48.0, None, "Fanpage Karma", "Reichweite auf Instagram",
       2018, "https://blog.fanpagekarma.com/de/2018/11/14/reichweite-auf-instagram/?lang=de",
       "over 200,000 Instagram posts and stories", _REACH_DEF, _ORG, _P, (500, 1_000)),
    _r("minter19-ig-reach-20k", "instagram", _REACH, _MED, 37.72, None, "Minter.io", _MINTER, 2019, _MINTER_URL,
       _MINTER_SAMPLE, _REACH_DEF, _ORG, _P, (0, 20_000)),
    _r("minter19-ig-reach-1m", "instagram", _REACH, _MED, 19.09, None, "Minter.io", _MINTER, 2019, _MINTER_URL,
       _MINTER_SAMPLE, _REACH_DEF, _ORG, _P, (1_000_000, _INF)),
    _r("bv20-ig-reach-10k", "instagram", _REACH, _TOP20, 36.0, None, "Bazaarvoice",
       "Key Instagram benchmarks for 2021", 2020, "https://www.bazaarvoice.com/blog/key-instagram-benchmarks-for-2021/",
       "the top 20% by engagement of 345 brands in 19 industries", _REACH_DEF, _ORG, _P, (0, 10_000)),
    # -- Click-through rates -------------------------------------------------------------------------------------
    _r("fpk21-fb-ctr-1k", "facebook", _CTR_REACH, _MEAN, 2.2, None, "Fanpage Karma", _FPK21, 2021, _FPK21_URL,
       _FPK21_SAMPLE, _FPK21_DEF, _ORG, _P, (0, 1_000)),
    _r("fpk21-fb-ctr-1k-best", "facebook", _CTR_REACH, _BEST, 6.3, None, "Fanpage Karma", _FPK21, 2021, _FPK21_URL,
       _FPK21_SAMPLE, _FPK21_DEF, _ORG, _P, (0, 1_000), "the report's strongest profiles under 1,000 followers"),
    _r("fpk21-fb-ctr-10k", "facebook", _CTR_REACH, _MEAN, 1.8, None, "Fanpage Karma", _FPK21, 2021, _FPK21_URL,
       _FPK21_SAMPLE, _FPK21_DEF, _ORG, _P, (1_000, 10_000)),
    _r("fpk21-fb-ctr-100k", "facebook", _CTR_REACH, _MEAN, 1.3, None, "Fanpage Karma", _FPK21, 2021, _FPK21_URL,
       _FPK21_SAMPLE, _FPK21_DEF, _ORG, _P, (10_000, 100_000)),
    _r("fpk21-fb-ctr-500k", "facebook", _CTR_REACH, _MEAN, 1.0, None, "Fanpage Karma", _FPK21, 2021, _FPK21_URL,
       _FPK21_SAMPLE, _FPK21_DEF, _ORG, _P, (100_000, 500_000), "over 500,000: 0.8%"),
    _r("ws25-fb-adctr", "facebook", "ad_ctr", _MED, 1.71, 2.59, "WordStream by LocaliQ", _WS25, 2025,
       "https://adplay.ai/blog/good-ctr-facebook-ads", "US advertisers' campaigns (726 lead campaigns)",
       _WS25_DEF, _PAID, _Q, note="traffic campaigns 1.71%, lead campaigns 2.59%"),
    _r("ws25-fb-adctr-ind", "facebook", "ad_ctr", _IR, 0.80, 4.13, "WordStream by LocaliQ", _WS25, 2025,
       "https://adplay.ai/blog/good-ctr-facebook-ads", "US advertisers' campaigns, by industry", _WS25_DEF,
       _PAID, _Q),
    _r("sa25-fb-adctr", "facebook", "ad_ctr", _MED, 1.86, None, "Superads", "Facebook Ads CTR Benchmarks", 2025,
       "https://www.superads.ai/facebook-ads-costs/ctr-click-through-rate",
       "$3 billion of Facebook ad spend, all industries and countries", "clicks divided by impressions of "
       "Facebook ads (link or all clicks not stated)", _PAID, _P, note="the average of 2025's monthly medians"),
    _r("b2b22-li-adctr", "linkedin", "ad_ctr", _MEAN, 0.44, 0.65, "The B2B House", "LinkedIn ad benchmarks", 2022,
       "https://theb2bhouse.com/linkedin-ad-benchmarks/", "Sponsored Content worldwide",
       "chargeable clicks divided by impressions of Sponsored Content", _PAID, _P,
       note="\"the global average CTR for sponsored content is between 0.44% - 0.65%\""),
    _r("yt-thumb-ctr", "youtube", "thumbnail_ctr", _MR, 2.0, 10.0, "YouTube", "Impressions & click-through-rate FAQs",
       2026, "https://support.google.com/youtubecreatorstudio/answer/7628154",
       "all channels and videos on YouTube", "views started from a thumbnail impression, divided by those impressions",
       _ORG, _P, note="\"half of all channels and videos\"; new and small channels vary more; an undated help "
       "page, read in 2026"),
    # -- Conversion ------------------------------------------------------------------------------------------------
    _r("oribi19-fb-conv", "facebook", "conversion_rate", _MEAN, 1.5, None, "Oribi", _ORIBI, 2019, _ORIBI_URL,
       _ORIBI_SAMPLE, _ORIBI_DEF, _BOTH, _P),
    _r("oribi19-ig-conv", "instagram", "conversion_rate", _MEAN, 0.8, None, "Oribi", _ORIBI, 2019, _ORIBI_URL,
       _ORIBI_SAMPLE, _ORIBI_DEF, _BOTH, _P),
    _r("oribi19-social-conv", None, "conversion_rate", _MEAN, 1.3, 1.7, "Oribi", _ORIBI, 2019, _ORIBI_URL,
       _ORIBI_SAMPLE, _ORIBI_DEF, _BOTH, _P, note="weekdays 1.3%, weekends 1.7%"),
    _r("sdx23-social-conv", None, "conversion_rate", _MEAN, 0.5, None, "SimplicityDX", _SDX, 2023, _SDX_URL,
       _SDX_SAMPLE, "orders divided by visits referred from social media to brand sites", _BOTH, _P),
    _r("ld23-shop-conv", None, "store_conversion_all", _TOP10, 4.7, None, "Littledata", "Shopify benchmarks", 2023,
       "https://www.usestorepilot.com/blog/shopify-conversion-rate-benchmarks-2026/", "about 2,800 Shopify stores",
       "orders divided by sessions, every traffic source", _BOTH, _Q, note="average 1.4%; top 20% 3.2%"),
    _r("liq24-fb-leadcvr", "facebook", "lead_form_conversion_rate", _MEAN, 8.78, None, "LocaliQ",
       "Facebook ads benchmarks 2024", 2024, "https://lucagency.net/blog/facebook-ads-benchmarks",
       "US advertisers' lead campaigns", "leads (conversions) divided by ad clicks", _PAID, _Q,
       note="data of 2023-24; WordStream reports an 11% fall for 2025"),
    # -- Cost per lead (ads), in US dollars ---------------------------------------------------------------------
    _r("liq24-fb-cpl", "facebook", "ad_cost_per_lead_usd", _MEAN, 21.98, None, "LocaliQ",
       "Facebook ads benchmarks 2024", 2024, "https://www.cybermark.com/solutions/digital-advertising-benchmarks/",
       "US advertisers' lead campaigns", "ad spend divided by leads, US dollars", _PAID, _Q),
    _r("ws25-fb-cpl", "facebook", "ad_cost_per_lead_usd", _MED, 27.66, None, "WordStream by LocaliQ", _WS25, 2025,
       "https://admanage.ai/blog/facebook-ads-cost-per-lead-benchmarks", "1,000+ US lead campaigns",
       "ad spend divided by leads, US dollars", _PAID, _Q, note="called average by one write-up, median by another"),
    _r("sa25-fb-cpl", "facebook", "ad_cost_per_lead_usd", _MED, 33.43, 48.83, "Superads",
       "Facebook Ads Cost Per Lead Benchmarks", 2025, "https://www.superads.ai/facebook-ads-costs/cost-per-lead",
       "$3 billion of Facebook ad spend, all industries and countries", "ad spend divided by leads, US dollars",
       _PAID, _P, note="monthly medians from March's low to October's high; 2025 average $41.53"),
    # -- Bounce rate of visitors ------------------------------------------------------------------------------------
    _r("sdx23-social-bounce", None, "bounce_rate", _TYP, 70.0, 90.0, "SimplicityDX", _SDX, 2023, _SDX_URL, _SDX_SAMPLE,
       "visits referred from social media to brand e-commerce sites that leave at once", _BOTH, _P),
    _r("sm24-ga4-bounce", None, "bounce_rate", _MED, 45.9, None, "Smart Metrics", "GA4 bounce rate benchmarks", 2024,
       "https://smartmetrics.com/resources/understanding-industry-benchmarks-the-ga4-bounce-rate",
       "websites of all industries, every traffic source", "GA4 bounce rate: 1 - engagement rate", _BOTH, _Q),
    _r("bl18-local-bounce", "website", "bounce_rate", _MEAN, 60.23, None, "BrightLocal",
       "Google Analytics for Local Businesses Study", 2018,
       "https://www.digitalinformationworld.com/2019/12/half-of-local-business-websites-have-less-than-500-monthly-visitors.html",
       "11,016 local businesses' websites (USA, Canada, Australia, UK)",
       "single-page sessions divided by sessions (Universal Analytics), every traffic source", _BOTH, _Q),
    # -- Customer service ------------------------------------------------------------------------------------------
    _r("arise17-response", None, "response_time_hours", _EXP, 1.0, 24.0, "Arise",
       "Customer service frustrations: social media response times", 2017,
       "https://www.arise.com/resources/blog/customer-service-frustrations-series-social-media-response-times",
       "over 1,500 US consumers who use social media for customer service",
       "hours until the first reply customers expect", _NA, _P,
       note="49.8% want a reply within 1 hour, 79.2% within 1 day"),
    _r("sprout16-response", None, "response_time_hours", _EXP, 4.0, None, "Sprout Social",
       "Sprout Social Index Q2 2016", 2016,
       "https://pauldughi.com/2016/05/15/the-impact-of-not-responding-quickly-to-customer-inquiries-on-social-media/",
       "247,000 social profiles and over 1,000 consumers", "hours until the first reply customers expect",
       _NA, _Q, note="brands averaged 10 hours"),
    _r("eptica15-fb-response", "facebook", "response_time_hours", _EXP, 6.0, None, "Eptica",
       "Retailer response study", 2015,
       "https://hyken.com/customer-care/social-media-response-time-are-you-fast-enough/",
       "1,000 US consumers and 500 US retailers", "hours until the first reply customers expect", _NA, _Q,
       note="85% of consumers on Facebook expect an answer within 6 hours; 64% on Twitter within an hour"),
    _r("zd13-csat", None, "satisfaction_score", _MED, 82.0, None, "Zendesk", "Zendesk Benchmark", 2013,
       "https://www.zendesk.com/newsroom/press-releases/zendesk-benchmark-customer-satisfaction-rise-big-gains-emerging-markets/",
       "16,000 companies using Zendesk", "share of 'good' answers to 'How would you rate the service you "
       "received?' (each account's mean, then the median of accounts)", _NA, _P),
    _r("sp23-csat", None, "satisfaction_score", _TYP, 77.0, None, "Surveypal", "10 customer service benchmarks",
       2023, "https://surveypal.com/customer-service-benchmarks/", "a compilation of Qualtrics, Zendesk and SQM "
       "Group figures", "share of satisfied answers", _NA, _Q, note="\"world-class\" 85%+"),
    # -- Posting -----------------------------------------------------------------------------------------------
    _r("riq24-fb-posts", "facebook", "posts_per_week", _MEAN, 4.69, None, "Rival IQ", _RIQ24, 2023,
       "https://smk.co/?p=31338", _RIQ_SAMPLE, "posts a week per brand", _NA, _Q),
    _r("riq23-ig-posts", "instagram", "posts_per_week", _MEAN, 4.5, None, "Rival IQ",
       "2023 Social Media Industry Benchmark Report", 2022,
       "https://teknojava.com/social-media-engagement-rates-falling-on-the-top-networks/", _RIQ_SAMPLE,
       "posts a week per brand", _NA, _Q),
    _r("riq23-x-posts", "x", "posts_per_week", _MEAN, 3.9, None, "Rival IQ",
       "2023 Social Media Industry Benchmark Report", 2022,
       "https://teknojava.com/social-media-engagement-rates-falling-on-the-top-networks/", _RIQ_SAMPLE,
       "posts a week per brand", _NA, _Q),
    _r("riq24-tt-posts", "tiktok", "posts_per_week", _MEAN, 2.0, None, "Rival IQ", "2024 TikTok Benchmark Report",
       2023, "https://www.rivaliq.com/blog/tiktok-benchmark-report/", "brands on TikTok",
       "videos a week per brand", _NA, _P),
    _r("riq24-tt-posts-top", "tiktok", "posts_per_week", _TOP25, 4.0, None, "Rival IQ",
       "2024 TikTok Benchmark Report", 2023, "https://www.rivaliq.com/blog/tiktok-benchmark-report/",
       "brands on TikTok", "videos a week per brand", _NA, _P, note="\"at least 4 times per week\""),
    _r("si26-ig-posts", "instagram", "posts_per_week", _MEAN, 5.0, None, "Socialinsider", _SI26, 2025,
       "https://aussiearts.space/2026-social-media-benchmarks-infographic/?amp=1", _SI26_SAMPLE,
       "posts a week per brand", _NA, _Q, note="the same for TikTok"),
    _r("vr12-hours", None, "hours_per_week_social", _TYP, 1.0, 10.0, "VerticalResponse",
       "Small-business social media survey", 2012,
       "https://marketingprofs.com/charts/2012/9434/small-businesses-stepping-up-social-marketing",
       "462 small businesses (93% under 100 employees)", "hours a week spent on social media marketing", _NA, _Q,
       note="owners: 63% spend 1-5 hours; 25% of businesses 6-10 hours; 7% 20+ hours"),
    # -- Messaging channels and the business profile -------------------------------------------------------------
    _r("sp26-wa-read", "whatsapp", "broadcast_read_rate", _MED, 63.0, None, "SendPulse",
       "Messenger Beats WhatsApp on Read Rate: 2026 Broadcast Benchmarks", 2026,
       "https://sendpulse.com/blog/broadcast-benchmarks", "1,166 top small-business accounts, six months",
       "broadcast messages read divided by those delivered", _NA, _P,
       note="66% when weighted by volume; Facebook Messenger 75%"),
    _r("bl18-gbp-actions", "google_business", "profile_actions", _MEAN, 59.0, None, "BrightLocal", _BL18, 2018,
       "https://searchenginejournal.com/5-of-google-my-business-listing-views-result-in-a-customer-action/316723",
       "45,000 local businesses, 36 industries, 4 countries",
       "calls, website clicks and direction requests from the listing in a month", _ORG, _Q,
       note="4.7% of the listing's views became an action"),
    _r("bl18-gbp-rating", "google_business", "average_rating", _MEAN, 4.4, None, "BrightLocal",
       "Google reviews study", 2018,
       "https://searchengineland.com/google-local-reviews-study-shows-74-of-businesses-have-at-least-one-review-307724",
       "reviews of about 93,000 local businesses in 26 industries", "average star rating on Google", _NA, _Q),
    _r("bl18-gbp-reviews", "google_business", "profile_reviews_total", _MEAN, 39.0, None, "BrightLocal",
       "Google reviews study", 2018,
       "https://searchengineland.com/google-local-reviews-study-shows-74-of-businesses-have-at-least-one-review-307724",
       "reviews of about 93,000 local businesses in 26 industries", "Google reviews a business has, all time", _NA,
       _Q, note="another write-up of the study says 53"),
)
