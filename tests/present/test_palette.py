"""The palette is the only place a colour is written; its values are well-formed."""

import re
from pathlib import Path

import pytest

from core.present import palette

ROOT = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b")
ALLOWED = {Path("core/present/palette.py")}


def inline_colours(root: Path, folders: tuple[str, ...]) -> list[str]:
    """Every hex colour written in a Python file under `folders`, as ``path:line: hex``."""
    found = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            relative = path.relative_to(root)
            if relative in ALLOWED:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found += [f"{relative}:{number}: {m.group()}" for m in HEX.finditer(line)]
    return found


def test_no_inline_hex_colour_in_the_app_or_the_core():
    found = inline_colours(ROOT, ("gui", "core"))
    assert not found, "colours belong in core/present/palette.py:\n" + "\n".join(found)


def test_the_scan_names_the_file_and_line_of_a_new_colour(tmp_path):
    view = tmp_path / "gui" / "views" / "new_view.py"
    view.parent.mkdir(parents=True)
    view.write_text('"""A view."""\n\nFILL = "#12ab34"\nEDGE = "#12ab34cc"\n', encoding="utf-8")
    (tmp_path / "core").mkdir()
    assert inline_colours(tmp_path, ("gui", "core")) == [
        "gui/views/new_view.py:3: #12ab34",
        "gui/views/new_view.py:4: #12ab34cc",
    ]


def _all_hex() -> list[str]:
    values = [hex_ for pair in palette.PAIRS.values() for hex_ in pair]
    values += [*palette.CONFIDENCE.values(), *palette.SERIES.values()]
    values += [*palette.DARK_WINDOW.values(), palette.DARK_DISABLED_TEXT]
    values += [*palette.BRIEF.values(), *palette.BRIEF_SCENARIOS]
    values += [*palette.BRIEF_CONFIDENCE.values(), *palette.BRIEF_SOURCES.values()]
    return values + list(palette.BRIEF_VERSION_SHADES)


def test_every_value_is_a_hex_colour():
    bad = [value for value in _all_hex() if not HEX.fullmatch(value)]
    assert not bad


def test_a_pair_picks_light_or_dark_and_names_a_missing_colour():
    assert palette.hex_colour("timeline_marker") == "#B03A2E"
    assert palette.hex_colour("timeline_marker", dark=True) == "#F0776A"
    assert palette.same("#111111") == ("#111111", "#111111")
    with pytest.raises(KeyError, match="no colour called 'nope'"):
        palette.pair("nope")


def test_the_brief_and_the_screen_share_the_confidence_hues():
    assert palette.BRIEF_CONFIDENCE["official"] == palette.CONFIDENCE["official"]
    assert palette.BRIEF_CONFIDENCE["reported"] == palette.CONFIDENCE["reported"]
    assert set(palette.BRIEF_CONFIDENCE) == set(palette.CONFIDENCE)


def _lightness(value: str) -> float:
    red, green, blue = (int(value[i : i + 2], 16) for i in (1, 3, 5))
    return (max(red, green, blue) + min(red, green, blue)) / 2


def test_dark_members_of_backgrounds_are_dark_and_of_text_light():
    for name in ("plot_background", "timeline_background", "timeline_band", "cell_differs"):
        light, dark = palette.pair(name)
        assert _lightness(dark) < 90 < _lightness(light), name
    for name in ("plot_axis", "timeline_ink", "muted_text", "card_title"):
        light, dark = palette.pair(name)
        assert _lightness(light) < _lightness(dark), name
