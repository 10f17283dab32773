"""Text in any script: which font draws each character, and what replaces the rest.

Lato covers Latin, Greek and Cyrillic; Droid Sans Fallback (loaded only when a brief needs it)
covers Chinese, Japanese and Korean. ReportLab does not fall back from one font to another by
itself, so text is cut into runs, each drawn in the font that has its glyphs. A character
neither font has (emoji, rare symbols) is printed as its Unicode name in brackets, e.g.
``[rocket]``, so that nothing vanishes silently; invisible joiners and variation selectors
are dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.report.fonts import FAMILY, register_fonts
from core.resources import resource_path

NARROW_NO_BREAK = "\u202f"
NO_BREAK = "\u00a0"

FALLBACK = "DroidSansFallback"
"""ReportLab name of the CJK font."""

FALLBACK_FILE = "DroidSansFallbackFull.ttf"

_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
"""Zero-width characters that only join or separate others (emoji sequences)."""

Run = tuple[str, str | None]
"""A piece of text and the font that draws it (None: the brief's family)."""


@cache
def _latin() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FAMILY.regular)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


@cache
def _fallback() -> frozenset[int]:
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FALLBACK, str(resource_path("fonts", FALLBACK_FILE))))
    font = pdfmetrics.getFont(FALLBACK)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


def replacement(char: str) -> str:
    """What prints for a character no bundled font has: ``[rocket]``, or nothing if invisible."""
    code = ord(char)
    if code in _INVISIBLE or unicodedata.category(char) in ("Mn", "Cf") or _is_selector(code):
        return ""
    name = unicodedata.name(char, "")
    return f"[{name.lower()}]" if name else "[?]"


def _is_selector(code: int) -> bool:
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or 0x1F3FB <= code <= 0x1F3FF


def runs(text: str) -> list[Run]:
    """`text` cut into runs by font; characters no font has are replaced in place."""
    if text.isascii():
        return [(text, None)] if text else []
    latin = _latin()
    pieces: list[Run] = []
    current: list[str] = []
    font: str | None = None
    for char, char_font in _fonts_of(text, latin):
        if char_font != font and current:
            pieces.append(("".join(current), font))
            current = []
        font = char_font
        current.append(char)
    if current:
        pieces.append(("".join(current), font))
    return pieces


def _fonts_of(text: str, latin: frozenset[int]) -> Iterator[tuple[str, str | None]]:
    for char in text:
        code = ord(char)
        if code in latin or char in "\n\t":
            yield char, None
        elif code in _fallback():
            yield char, FALLBACK
        else:
            for replaced in replacement(char):
                yield replaced, None


def markup(text: str) -> str:
    """`text` escaped for a Paragraph, with ``<font>`` tags around runs of CJK text.

    A narrow no-break space (U+202F, French grouping and punctuation) becomes a no-break
    space: ReportLab breaks lines at U+202F, never at U+00A0, and Lato has both glyphs.
    """
    if text.isascii():
        return escape(text)
    return "".join(
        escape(piece) if font is None else f'<font name="{font}">{escape(piece)}</font>'
        for piece, font in runs(text.replace(NARROW_NO_BREAK, NO_BREAK))
    )


def plain(text: str) -> str:
    """`text` with the characters no font has replaced (for metadata and canvas strings)."""
    return text if text.isascii() else "".join(piece for piece, _ in runs(text))


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` drawn in `font` (its CJK runs in the fallback font)."""
    return sum(pdfmetrics.stringWidth(piece, f or font, size) for piece, f in runs(text))
