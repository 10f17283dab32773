"""The brief's page template: page size, margins, header and footer, bookmarks, metadata."""

from __future__ import annotations

from typing import IO, Any, NamedTuple

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from core.present.i18n import _
from core.report.chartkit import fit
from core.report.content import Cancelled, PageSize, check_cancelled
from core.report.fonts import FAMILY
from core.report.script import runs, text_width
from core.report.styles import ACCENT, MUTED, RULE, WHITE

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 24 * mm, 22 * mm
TOTAL_FORM = "brief-page-total"
OUTLINE_LEVELS = {"H1": 0, "H2": 1}
FOOTER_SIZE = 7.5


BAND_HEIGHT = 30 * mm
"""Height of page 1's header band (title, reader, date) and its stamp line."""


class Metadata(NamedTuple):
    """The PDF's document information; an empty `author` is left out."""

    title: str
    author: str
    subject: str
    creator: str
    keywords: tuple[str, ...]


class Band(NamedTuple):
    """Page 1's header band: title, the reader and date line, and the one-line stamp."""

    title: str
    line: str
    stamp: str


class BriefCanvas(Canvas):
    """A canvas that writes the page count, once known, into a form every footer shows."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages_shown = 0

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        """Finish the page and count it."""
        self.pages_shown += 1
        super().showPage()

    def save(self) -> None:
        """Define the page-total form (footers refer to it before it exists), then save."""
        self.beginForm(TOTAL_FORM)
        self.setFont(FAMILY.regular, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.pages_shown))
        self.endForm()
        super().save()


class BriefTemplate(BaseDocTemplate):
    """A4 or Letter pages: page 1 under a header band, then pages with header and footer.

    The outline (every H1 and H2) opens with the document.

    Parameters
    ----------
    target : binary file
        Where the PDF goes.
    heading : str
        Title shown in every body page's header (plain text, not markup).
    version : str
        Contract version shown at the right of the header.
    footer : str
        Confidentiality line at the left of every footer.
    page_size : {"A4", "Letter"}
    metadata : Metadata
        Title, author, subject, creator and keywords of the PDF.
    band : Band
        What page 1's header band shows.
    cancelled : callable, optional
        Asked after every flowable; True stops the layout with `BriefCancelledError`.
    """

    def __init__(
        self,
        target: IO[bytes],
        *,
        heading: str,
        version: str,
        footer: str,
        page_size: PageSize,
        metadata: Metadata,
        band: Band,
        cancelled: Cancelled | None = None,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZES[page_size],
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            # Without this every page would name Helvetica, a font the PDF does not embed.
            initialFontName=FAMILY.regular,
            title=metadata.title,
            author=metadata.author,
            subject=metadata.subject,
            creator=metadata.creator,
            keywords=list(metadata.keywords),
        )
        self.heading, self.version, self.footer, self.band = heading, version, footer, band
        self.cancelled = cancelled
        first = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.pagesize[1] - BAND_HEIGHT - 8 * mm - self.bottomMargin,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="first", frames=[first], onPage=self._draw_band),
                PageTemplate(id="body", frames=[frame], onPage=self._draw_body),
            ]
        )
        self._bookmarks = 0

    def build(  # type: ignore[override]
        self,
        flowables: list[Flowable],
        filename: str | None = None,
        canvasmaker: type[Canvas] = BriefCanvas,
    ) -> None:
        """Lay out `flowables`; the canvas must be a `BriefCanvas` for the page total."""
        super().build(flowables, filename, canvasmaker)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab's name)
        """Bookmark every H1 and H2 heading in the PDF outline; stop if cancelled."""
        check_cancelled(self.cancelled)
        if not isinstance(flowable, Paragraph):
            return
        level = OUTLINE_LEVELS.get(flowable.style.name)
        if level is None:
            return
        if not self._bookmarks:
            self.canv.showOutline()  # the outline panel opens with the document
        self._bookmarks += 1
        key = f"section-{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=False)

    def _draw_band(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = self.pagesize
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - BAND_HEIGHT, width, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(WHITE)
        draw_text(canvas, MARGIN_X, height - 14 * mm, self.band.title, FAMILY.bold, 15, self.width)
        draw_text(
            canvas, MARGIN_X, height - 21 * mm, self.band.line, FAMILY.regular, 9, self.width
        )
        canvas.setFillColor(MUTED)
        draw_text(
            canvas,
            MARGIN_X,
            height - BAND_HEIGHT - 4 * mm,
            self.band.stamp,
            FAMILY.regular,
            6.5,
            self.width,
        )
        canvas.restoreState()
        self._draw_footer(canvas)

    def _draw_body(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = self.pagesize
        y = height - MARGIN_TOP + 9 * mm
        canvas.setFillColor(ACCENT)
        draw_text(canvas, MARGIN_X, y, self.heading, FAMILY.bold, FOOTER_SIZE, self.width * 0.6)
        canvas.setFillColor(MUTED)
        version = fit(self.version, self.width * 0.36, FOOTER_SIZE)
        right = width - MARGIN_X - text_width(version, FAMILY.regular, FOOTER_SIZE)
        draw_text(canvas, right, y, version, FAMILY.regular, FOOTER_SIZE, self.width * 0.38)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2.5 * mm, width - MARGIN_X, y - 2.5 * mm)
        canvas.restoreState()
        self._draw_footer(canvas)

    def _draw_footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        width = self.pagesize[0]
        y = MARGIN_BOTTOM - 11 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
        canvas.setFont(FAMILY.regular, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN_X, y, self.footer, FAMILY.regular, FOOTER_SIZE, self.width * 0.7)
        slot = canvas.stringWidth("00", FAMILY.regular, FOOTER_SIZE)
        right = width - MARGIN_X - slot
        canvas.drawRightString(
            right, y, _("Page {number} of ").format(number=canvas.getPageNumber())
        )
        canvas.translate(right, y)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()


def draw_text(
    canvas: Canvas, x: float, y: float, value: str, font: str, size: float, width: float
) -> None:
    """Draw `value` from (`x`, `y`), shortened to `width`, with CJK runs in the fallback font."""
    shown = fit(value, width, size, font)
    for piece, piece_font in runs(shown):
        name = piece_font or font
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, name, size)
