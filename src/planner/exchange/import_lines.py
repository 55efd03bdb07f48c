"""What an import says about its rows, the same in the command and the window: rows left out (many alike in
one line), rows skipped on purpose counted by why, and figures of platforms the goal is not on."""

from __future__ import annotations

from planner.domain.goals import Goal
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.figures_import import Preview
from planner.exchange.importers import Rejected
from planner.exchange.messages import Count, Day, Msg, PlatformName, listing

#: Rejections alike (the same problem in the same column) summarised in one line from this many on.
SUMMARISE_FROM = 6


def rejected_lines(preview: Preview) -> list[Msg]:
    """The rejected rows as the owner reads them: one line each, or one line for many alike."""
    groups: dict[tuple, list[Rejected]] = {}
    for r in preview.rejected:
        inner = r.message.values.get("problem", r.message)
        key = (inner.template if isinstance(inner, Msg) else r.message.template,
               str(inner.values.get("column", "")) if isinstance(inner, Msg) else "")
        groups.setdefault(key, []).append(r)
    out: list[tuple[int, Msg]] = []
    for items in groups.values():
        if len(items) < SUMMARISE_FROM:
            out.extend((r.row, r.text()) for r in items)
            continue
        days = sorted({r.day for r in items if r.day is not None})
        if len(days) == len(items):
            where = listing([Day(d) for d in days[:3]] + ([Msg.plural(len(days) - 3, QT_TRANSLATE_NOOP(
                "import", "{n} more day"), QT_TRANSLATE_NOOP("import", "{n} more days"))] if len(days) > 3 else []))
        else:
            rows = [str(r.row) for r in items]
            where = Msg(QT_TRANSLATE_NOOP("import", "rows {rows}"), rows=listing(rows[:3] + ([Msg.plural(
                len(rows) - 3, QT_TRANSLATE_NOOP("import", "{n} more"), QT_TRANSLATE_NOOP("import", "{n} more"))]
                if len(rows) > 3 else [])))
        out.append((items[0].row, Msg(QT_TRANSLATE_NOOP("import", "{count} rows ({where}): {reason}"),
                                      count=Count(len(items)), where=where, reason=items[0].message)))
    out.sort(key=lambda item: item[0])
    lines = [m for _, m in out]
    if preview.rejected_total > len(preview.rejected):
        lines.append(Msg(QT_TRANSLATE_NOOP("import", "… and {n} more rows left out"),
                         n=Count(preview.rejected_total - len(preview.rejected))))
    return lines


def skipped_lines(preview: Preview) -> list[Msg]:
    """Rows left out on purpose, counted by why: "4 rows skipped: not from social media"."""
    return [Msg.plural(n, QT_TRANSLATE_NOOP("import", "1 row skipped: {why}"),
                       QT_TRANSLATE_NOOP("import", "{n} rows skipped: {why}"), why=why)
            for why, n in preview.skipped.most_common()]


def foreign_problem(preview: Preview, goal: Goal) -> Msg:
    """Figures of platforms the goal is not on: what they are, and the choices."""
    return Msg(QT_TRANSLATE_NOOP("import", "The file has figures of {theirs}, and this goal is on {yours}: "
                                           "{count} figures would count toward a platform the goal does not "
                                           "have."),
               theirs=listing(PlatformName(p) for p in preview.foreign),
               yours=listing(PlatformName(p) for p in goal.platform_ids),
               count=Count(sum(preview.foreign.values())))
