"""The PyInstaller bundle runs: its self-test, and the headless commands, frozen.

Slow (a build takes about a minute), so marked ``frozen`` and left out of the default run
(``-m "not frozen"`` in pyproject's addopts). Run it with::

    DEALSCOPE_TEST_FROZEN=1 uv run pytest -m frozen    # builds dist/Dealscope, then tests it
    uv run pytest -m frozen                            # tests the bundle packaging/build left

Without DEALSCOPE_TEST_FROZEN=1 and without a bundle in dist/ the tests fail (they never skip).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]
if sys.platform == "darwin":
    EXECUTABLE = ROOT / "dist" / "Dealscope.app" / "Contents" / "MacOS" / "Dealscope"
elif sys.platform == "win32":
    EXECUTABLE = ROOT / "dist" / "Dealscope" / "Dealscope.exe"
else:
    EXECUTABLE = ROOT / "dist" / "Dealscope" / "Dealscope"
BUILD_TIMEOUT = 1800
RUN_TIMEOUT = 120


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The frozen executable: built now with DEALSCOPE_TEST_FROZEN=1, else the one in dist/."""
    if os.environ.get("DEALSCOPE_TEST_FROZEN") == "1":
        result = subprocess.run(
            ["bash", str(ROOT / "packaging" / "build"), "--bundle-only"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
        print(result.stdout[-4000:])
        assert result.returncode == 0, f"packaging/build failed:\n{result.stderr[-4000:]}"
    elif not EXECUTABLE.is_file():
        pytest.fail(
            f"no bundle at {EXECUTABLE.relative_to(ROOT)}: run packaging/build first, "
            "or set DEALSCOPE_TEST_FROZEN=1 to build it here"
        )
    assert EXECUTABLE.is_file()
    return EXECUTABLE


def _environment(home: Path) -> dict[str, str]:
    """Offscreen Qt, and settings/caches in a temporary home, never the user's."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(home)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    return env


def _run(
    command: list[str], home: Path, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=cwd or home,
        env=_environment(home),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )


def _self_test(
    command: list[str], out: Path, home: Path, cwd: Path | None = None
) -> tuple[str, set[str]]:
    """Run a self-test into `out`; return its one printed line and the files it wrote."""
    result = _run([*command, "--self-test", str(out)], home, cwd)
    assert result.returncode == 0, f"self-test exited {result.returncode}:\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, f"expected one line, got {result.stdout!r}"
    return lines[0], {path.name for path in out.iterdir()}


def _without_timings(line: str) -> str:
    """The self-test's line without durations ("0.8 s", "120 ms"), which differ by run."""
    return re.sub(r"\d+(\.\d+)?\s*(ms|s)\b", "<t>", line)


def _check_pdf(path: Path) -> None:
    from pypdf import PdfReader

    assert path.read_bytes().startswith(b"%PDF"), path
    reader = PdfReader(path)
    assert len(reader.pages) >= 1
    text = "".join(page.extract_text() or "" for page in reader.pages[:2])
    assert text.strip(), f"{path.name}: no text on the first pages"


def test_frozen_self_test_writes_what_the_source_self_test_writes(
    bundle: Path, tmp_path: Path
) -> None:
    from PIL import Image

    line, frozen_files = _self_test([str(bundle)], tmp_path / "frozen", tmp_path)
    print(line)
    assert line.startswith("self-test ok"), line
    source_line, source_files = _self_test(
        [sys.executable, "-m", "gui.launcher"], tmp_path / "source", tmp_path, cwd=ROOT
    )
    # Whatever the app's self-test writes (window.png, and the brief once it writes one),
    # the frozen app writes too, and says the same.
    assert frozen_files == source_files
    assert _without_timings(line) == _without_timings(source_line)
    with Image.open(tmp_path / "frozen" / "window.png") as image:
        assert image.format == "PNG"
        width, height = image.size
    assert width >= 800
    assert height >= 600
    for name in frozen_files:
        if name.endswith(".pdf"):
            _check_pdf(tmp_path / "frozen" / name)


def test_frozen_headless_commands(bundle: Path, tmp_path: Path) -> None:
    contracts = _run([str(bundle), "contracts"], tmp_path)
    assert contracts.returncode == 0, contracts.stderr
    assert "microsoft-openai-2025-01" in contracts.stdout

    project = _run([str(bundle), "project", "--format", "json"], tmp_path)
    assert project.returncode == 0, project.stderr
    figures = json.loads(project.stdout)
    assert figures["scenario"]
    assert figures["key_figures"]

    # ReportLab and the bundled Lato fonts, frozen.
    brief = tmp_path / "brief.pdf"
    written = _run([str(bundle), "brief", "--out", str(brief)], tmp_path)
    assert written.returncode == 0, written.stderr
    _check_pdf(brief)
    fonts = brief.read_bytes()
    assert b"Lato" in fonts

    # The French catalogue and Babel's CLDR data, frozen: French words and numbers.
    french = tmp_path / "brief-fr.pdf"
    written = _run(
        [str(bundle), "brief", "--lang", "fr", "--sections", "answer", "--out", str(french)],
        tmp_path,
    )
    assert written.returncode == 0, written.stderr
    from pypdf import PdfReader

    page = " ".join(PdfReader(french).pages[0].extract_text().split())
    assert "Ce que l’accord vaut pour" in page
    assert "Md$" in page
