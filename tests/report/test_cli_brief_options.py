"""The brief command's choices, kept light, are the brief's own."""

from __future__ import annotations

from core import report
from core.cli import brief


def test_the_command_line_offers_the_briefs_readers_languages_and_sections():
    assert brief.READERS == report.READERS
    assert brief.LANGUAGES == report.LANGUAGES
    assert tuple(report.SECTIONS) == brief.SECTIONS
