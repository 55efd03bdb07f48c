"""Placing blocks of a report on pages: laid out first, painted after.

Laying everything out before painting is what lets every footer say
"Page N of M" with the right M.  A block is text (a QTextDocument), a
drawing of fixed height (the chart) or a page break; a block marked
``keep_with_next`` (a heading) moves to the next page with the block after
it; a text block taller than a page is cut into page-high slices by the
document's own pagination (table header rows repeat on every slice).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPainter, QTextDocument

#: Vertical space between two blocks, in device pixels (96 dpi).
SPACING = 10.0


class Block:
    """Something of known height at the body's width, painted with its top-left at (0, 0)."""

    keep_with_next: bool = False

    def height(self) -> float:
        raise NotImplementedError

    def paint(self, painter: QPainter, width: float) -> None:
        raise NotImplementedError


class TextBlock(Block):
    def __init__(self, doc: QTextDocument, keep_with_next: bool = False) -> None:
        self.doc = doc
        self.keep_with_next = keep_with_next

    def height(self) -> float:
        return self.doc.size().height()

    def paint(self, painter: QPainter, width: float) -> None:
        self.doc.drawContents(painter)

    def slices(self, first: float, page_height: float) -> list[Block]:
        """The document cut into pieces at line and table-row boundaries: the first *first* high (the
        room left on the current page), the others *page_height*; the last only as high as what it holds."""
        if first < page_height:  # a blank top as high as what the page already holds
            frame = self.doc.rootFrame().frameFormat()
            frame.setTopMargin(page_height - first)
            self.doc.rootFrame().setFrameFormat(frame)
        self.doc.setPageSize(QSizeF(self.doc.textWidth(), page_height))
        total = self.doc.size().height()
        count = self.doc.pageCount()
        return [_Slice(self.doc, i, page_height, total - (count - 1) * page_height if i == count - 1 else page_height)
                for i in range(count)]


class _Slice(Block):
    def __init__(self, doc: QTextDocument, index: int, page_height: float, height: float) -> None:
        self.doc, self.index, self.page_height, self._height = doc, index, page_height, height

    def height(self) -> float:
        return self._height

    def paint(self, painter: QPainter, width: float) -> None:
        top = self.index * self.page_height
        painter.save()
        painter.translate(0, -top)
        self.doc.drawContents(painter, QRectF(0, top, width, self.page_height))
        painter.restore()


class DrawingBlock(Block):
    """A fixed-height drawing: *draw* paints into the rectangle it is given."""

    def __init__(self, fixed_height: float, draw: Callable[[QPainter, QRectF], None]) -> None:
        self.fixed_height = fixed_height
        self.draw = draw

    def height(self) -> float:
        return self.fixed_height

    def paint(self, painter: QPainter, width: float) -> None:
        self.draw(painter, QRectF(0, 0, width, self.fixed_height))


class SideBySide(Block):
    """A drawing of fixed height beside a text document: the drawing at the reading's start side."""

    def __init__(self, drawing_width: float, drawing_height: float, draw: Callable[[QPainter, QRectF], None],
                 doc: QTextDocument, rtl: bool, gap: float = 12.0) -> None:
        self.drawing_width, self.drawing_height, self.draw = drawing_width, drawing_height, draw
        self.doc, self.rtl, self.gap = doc, rtl, gap

    def height(self) -> float:
        return max(self.drawing_height, self.doc.size().height())

    def paint(self, painter: QPainter, width: float) -> None:
        text_width = width - self.drawing_width - self.gap
        drawing_left = width - self.drawing_width if self.rtl else 0.0
        self.draw(painter, QRectF(drawing_left, 0, self.drawing_width, self.drawing_height))
        painter.save()
        painter.translate(0.0 if self.rtl else self.drawing_width + self.gap, 0.0)
        self.doc.drawContents(painter, QRectF(0, 0, text_width, self.doc.size().height()))
        painter.restore()


class PageBreak(Block):
    def height(self) -> float:
        return 0.0


class SectionStart(Block):
    """Where a goal's section begins: it goes whole onto the page when it fits there, else onto the next
    page; a section taller than a page starts on a new page unless most of a page is left."""

    #: Space above a section that follows another on the same page.
    GAP = 28.0

    def height(self) -> float:
        return 0.0


@dataclass
class Page:
    placed: list[tuple[float, Block]] = field(default_factory=list)  # (top, block)


def paginate(blocks: Sequence[Block], body_height: float) -> list[Page]:
    pages = [Page()]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        if pages[-1].placed:
            pages.append(Page())
        y = 0.0

    for i, block in enumerate(blocks):
        if isinstance(block, PageBreak):
            new_page()
            continue
        if isinstance(block, SectionStart):
            whole = _section_height(blocks, i + 1)
            room = body_height - y - (SectionStart.GAP if y > 0 else 0)
            if y > 0 and whole > room and (whole <= body_height or room < body_height * 2 / 3):
                new_page()
            elif y > 0:
                y += SectionStart.GAP
            continue
        h = block.height()
        need = h
        if block.keep_with_next and i + 1 < len(blocks) and not isinstance(blocks[i + 1], PageBreak):
            need += SPACING + min(blocks[i + 1].height(), body_height / 3)
        if h > body_height and isinstance(block, TextBlock):
            if y > 0 and body_height - y < body_height / 4:
                new_page()
            pieces = block.slices(body_height - y, body_height)  # the first fills this page's room
            for n, piece in enumerate(pieces):
                if n:
                    new_page()
                pages[-1].placed.append((0.0, piece))
            y = pieces[-1].height() + SPACING  # what follows goes under the last piece
            continue
        if y > 0 and y + need > body_height:
            new_page()
        pages[-1].placed.append((y, block))
        y += h + SPACING
    if not pages[-1].placed and len(pages) > 1:
        pages.pop()
    return pages


def _section_height(blocks: Sequence[Block], start: int) -> float:
    """The height of the blocks from *start* to the next section or page break, with the space between."""
    total = 0.0
    for block in blocks[start:]:
        if isinstance(block, (SectionStart, PageBreak)):
            break
        total += block.height() + SPACING
    return total - SPACING if total else 0.0
