"""The brief's page template: page size, margins, header and footer, bookmarks, metadata."""

from __future__ import annotations

from typing import IO, Any, NamedTuple

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from core.report.chartkit import fit
from core.report.content import PageSize
from core.report.fonts import FAMILY
from core.report.styles import ACCENT, MUTED, RULE

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 24 * mm, 22 * mm
TOTAL_FORM = "brief-page-total"
OUTLINE_LEVELS = {"H1": 0, "H2": 1}
FOOTER_SIZE = 7.5


class Metadata(NamedTuple):
    """The PDF's document information."""

    title: str
    author: str
    subject: str
    creator: str


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
    """A4 or Letter pages: a cover, then body pages with header, footer and bookmarks.

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
        Title, author, subject and creator of the PDF.
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
        )
        self.heading, self.version, self.footer = heading, version, footer
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
                PageTemplate(id="cover", frames=[frame], onPage=self._draw_cover),
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
        """Bookmark every H1 and H2 heading in the PDF outline."""
        if not isinstance(flowable, Paragraph):
            return
        level = OUTLINE_LEVELS.get(flowable.style.name)
        if level is None:
            return
        self._bookmarks += 1
        key = f"section-{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=False)

    def _draw_cover(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = self.pagesize
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.restoreState()
        self._draw_footer(canvas)

    def _draw_body(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = self.pagesize
        y = height - MARGIN_TOP + 9 * mm
        canvas.setFont(FAMILY.bold, FOOTER_SIZE)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN_X, y, fit(self.heading, self.width * 0.62, FOOTER_SIZE))
        canvas.setFont(FAMILY.regular, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            width - MARGIN_X, y, fit(self.version, self.width * 0.36, FOOTER_SIZE)
        )
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
        canvas.drawString(MARGIN_X, y, fit(self.footer, self.width * 0.7, FOOTER_SIZE))
        slot = canvas.stringWidth("00", FAMILY.regular, FOOTER_SIZE)
        right = width - MARGIN_X - slot
        canvas.drawRightString(right, y, f"Page {canvas.getPageNumber()} of ")
        canvas.translate(right, y)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()
