"""The brief's embedded type family: Lato (SIL Open Font License), shipped in resources/fonts/."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.resources import resource_path


@dataclass(frozen=True, slots=True)
class FontFamily:
    """ReportLab names of one registered family, by weight and slant."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


FAMILY = FontFamily(
    regular="Lato", bold="Lato-Bold", italic="Lato-Italic", bold_italic="Lato-BoldItalic"
)
"""The family every style, table and chart of the brief uses."""

_FILES = {
    FAMILY.regular: "Lato-Regular.ttf",
    FAMILY.bold: "Lato-Bold.ttf",
    FAMILY.italic: "Lato-Italic.ttf",
    FAMILY.bold_italic: "Lato-BoldItalic.ttf",
}


def register_fonts() -> FontFamily:
    """Register the family with ReportLab once per process and return its names.

    ReportLab keeps fonts in a process-wide registry, so registering again is skipped.
    TrueType fonts are embedded as subsets: only the glyphs a brief uses are written.

    Returns
    -------
    FontFamily
        The names to use in styles and drawings.

    Raises
    ------
    FileNotFoundError
        When a font file is missing from ``resources/fonts/``.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # Map <b> and <i> inside paragraphs to the right faces.
    addMapping(FAMILY.regular, 0, 0, FAMILY.regular)
    addMapping(FAMILY.regular, 1, 0, FAMILY.bold)
    addMapping(FAMILY.regular, 0, 1, FAMILY.italic)
    addMapping(FAMILY.regular, 1, 1, FAMILY.bold_italic)
    return FAMILY
