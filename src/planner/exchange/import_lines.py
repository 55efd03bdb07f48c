"""What an import says about its rows, the same in the command and the window: rows left out (many alike in
one line), rows skipped on purpose counted by why, and figures of platforms the goal is not on."""

from __future__ import annotations

from planner.domain.goals import Goal
from planner.domain.i18n import QT_TRANSLATE_NOOP
from planner.exchange.figures_import import Preview
from planner.exchange.importers import Rejected
from planner.exchange.messages import Counted, Day, Msg, PlatformName, listing

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
            where = listing([Day(d) for d in days[:3]] + ([Counted("more_days", len(days) - 3)]
                                                          if len(days) > 3 else []))
        else:
            rows = [str(r.row) for r in items]
            where = Msg(QT_TRANSLATE_NOOP("import", "rows {rows}"), rows=listing(
                rows[:3] + ([Counted("more_rows", len(rows) - 3)] if len(rows) > 3 else [])))
        out.append((items[0].row, Msg(QT_TRANSLATE_NOOP("import", "{rows} ({where}): {reason}"),
                                      rows=Counted("rows", len(items)), where=where, reason=items[0].message)))
    out.sort(key=lambda item: item[0])
    lines = [m for _, m in out]
    if preview.rejected_total > len(preview.rejected):
        lines.append(Msg(QT_TRANSLATE_NOOP("import", "… and {rows} left out"),
                         rows=Counted("more_rows", preview.rejected_total - len(preview.rejected))))
    return lines


def skipped_lines(preview: Preview) -> list[Msg]:
    """Rows left out on purpose, counted by why: "4 rows skipped: not from social media"."""
    return [Msg(QT_TRANSLATE_NOOP("import", "{rows} skipped: {why}"), rows=Counted("rows", n), why=why)
            for why, n in preview.skipped.most_common()]


def foreign_problem(preview: Preview, goal: Goal) -> Msg:
    """Figures of platforms the goal is not on: what they are, and the choices."""
    return Msg(QT_TRANSLATE_NOOP("import", "The file has figures of {theirs}, and this goal is on {yours}: "
                                           "{figures} would count toward a platform the goal does not "
                                           "have."),
               theirs=listing(PlatformName(p) for p in preview.foreign),
               yours=listing(PlatformName(p) for p in goal.platform_ids),
               figures=Counted("figures", sum(preview.foreign.values())))
