"""Money and percentages are formatted in `core/present` only, never by hand in a view.

The scan reads every Python file of the app, the brief and the command line for the shapes
of hand-made money and percent text (``f"${x:,.1f}B"``, ``f"{x * 100:.1f} %"``,
``f"{x:.1%}"``); each finding names the file and the line, so a new one is fixed where it is.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("gui", "core/report", "core/cli")
"""The folders whose text must come from `core/present`."""

PATTERNS = {
    "a dollar sign before a value": re.compile(r"""\$\{|\$"\s*\+|f["'][^"']*\$\{"""),
    "a number format followed by B": re.compile(r":[^{}:]*[fgd]\}B"),
    "a value times 100 with a format": re.compile(r"\*\s*100(\.0)?\s*:[^{}]*\}"),
    "a percent format spec": re.compile(r"\{[^{}]*:[^{}]*%\}"),
    "a number format followed by %": re.compile(r":[^{}:]*[fgd]\}\s?%"),
    "a number format followed by GW or pts": re.compile(r":[^{}:]*[fgd]\}(\s?GW|\spts?)\b"),
}
"""What hand-made money, percent, gigawatt and point text looks like in Python source."""


def findings(text: str, name: str) -> list[str]:
    """``name:line: what: the line`` for every hand-made money or percent format in `text`."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0] if not line.lstrip().startswith(("'", '"')) else line
        for what, pattern in PATTERNS.items():
            if pattern.search(code):
                found.append(f"{name}:{number}: {what}: {line.strip()}")
    return found


def test_no_money_or_percent_is_formatted_outside_core_present():
    found = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            found += findings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "format with core.present instead:\n" + "\n".join(found)


SAMPLE = """\
def card(value, share, gw, years):
    label = "Revenue"
    a = f"${value:,.1f}B"
    b = f"{share * 100:.1f} %"
    c = f"{share:.1%}"
    d = f"{value:,.2f}B"
    e = f"{gw:,.2f} GW"
    f = f"{share * 100:.0f}%"
    g = f"{share:+.1f} pts"
    h = f"{years} years from {label}"
    return money(value) + percent(share)
"""


def test_the_scan_names_the_file_and_line_of_each_hand_made_format():
    found = findings(SAMPLE, "gui/views/sample.py")
    lines = sorted({int(f.split(":")[1]) for f in found})
    assert lines == [3, 4, 5, 6, 7, 8, 9]
    assert any(f.startswith("gui/views/sample.py:3: a dollar sign") for f in found)
    assert any(f.startswith("gui/views/sample.py:5: a percent format spec") for f in found)
    assert any(f.startswith("gui/views/sample.py:4: a value times 100") for f in found)


def test_the_scan_fails_when_a_scanned_file_gains_such_a_line(tmp_path):
    view = tmp_path / "gui" / "views" / "card.py"
    view.parent.mkdir(parents=True)
    view.write_text("def text(x):\n    return str(x)\n", encoding="utf-8")
    assert findings(view.read_text(encoding="utf-8"), "gui/views/card.py") == []
    view.write_text('def text(x):\n    return f"${x:,.1f}B"\n', encoding="utf-8")
    assert findings(view.read_text(encoding="utf-8"), "gui/views/card.py") == [
        'gui/views/card.py:2: a dollar sign before a value: return f"${x:,.1f}B"',
        'gui/views/card.py:2: a number format followed by B: return f"${x:,.1f}B"',
    ]
