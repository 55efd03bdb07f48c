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

    def slices(self, page_height: float) -> list[Block]:
        """The document cut into page-high pieces, at line and table-row boundaries."""
        self.doc.setPageSize(QSizeF(self.doc.textWidth(), page_height))
        return [_Slice(self.doc, i, page_height) for i in range(self.doc.pageCount())]


class _Slice(Block):
    def __init__(self, doc: QTextDocument, index: int, page_height: float) -> None:
        self.doc, self.index, self.page_height = doc, index, page_height

    def height(self) -> float:
        return self.page_height

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


class PageBreak(Block):
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
        h = block.height()
        need = h
        if block.keep_with_next and i + 1 < len(blocks) and not isinstance(blocks[i + 1], PageBreak):
            need += SPACING + min(blocks[i + 1].height(), body_height / 3)
        if y > 0 and y + need > body_height:
            new_page()
        if h > body_height and isinstance(block, TextBlock):
            for piece in block.slices(body_height):
                new_page()
                pages[-1].placed.append((0.0, piece))
            new_page()
            continue
        pages[-1].placed.append((y, block))
        y += h + SPACING
    if not pages[-1].placed and len(pages) > 1:
        pages.pop()
    return pages
