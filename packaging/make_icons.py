"""Render the app icon, resources/icons/dealscope.svg, into every file the platforms need.

Run by packaging/build (and by the spec when the icons are missing); nothing it writes is
committed::

    uv run python packaging/make_icons.py build/icons

writes ``png/dealscope-<N>.png`` for N in 16 ... 1024, ``dealscope.ico`` (16-256, for the
Windows executable and installer) and ``dealscope.icns`` (16-1024 for the macOS bundle: made
with Apple's ``iconutil`` on macOS, by Pillow elsewhere).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "dealscope.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# iconutil's names: icon_<N>x<N>.png and icon_<N>x<N>@2x.png (a 2N-pixel image).
ICONSET = {
    "icon_16x16.png": 16,
    "icon_16x16@2x.png": 32,
    "icon_32x32.png": 32,
    "icon_32x32@2x.png": 64,
    "icon_128x128.png": 128,
    "icon_128x128@2x.png": 256,
    "icon_256x256.png": 256,
    "icon_256x256@2x.png": 512,
    "icon_512x512.png": 512,
    "icon_512x512@2x.png": 1024,
}


def render_pngs(svg: Path, folder: Path) -> dict[int, Path]:
    """Render `svg` to square PNGs of every size in PNG_SIZES; return them by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = folder / f"dealscope-{size}.png"
        if not image.save(str(target)):
            raise SystemExit(f"make_icons: cannot write {target}")
        written[size] = target
    del app
    return written


def write_ico(pngs: dict[int, Path], target: Path) -> None:
    """Write a Windows .ico holding every size in ICO_SIZES."""
    from PIL import Image

    largest = Image.open(pngs[max(ICO_SIZES)])
    extra = [Image.open(pngs[size]) for size in ICO_SIZES if size != max(ICO_SIZES)]
    # Pillow takes the pre-rendered smaller images instead of downscaling the largest.
    largest.save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=extra)


def write_icns(pngs: dict[int, Path], target: Path) -> None:
    """Write a macOS .icns: with iconutil where it exists (macOS), else with Pillow."""
    iconutil = shutil.which("iconutil")
    if iconutil:
        with tempfile.TemporaryDirectory() as tmp:
            iconset = Path(tmp) / "dealscope.iconset"
            iconset.mkdir()
            for name, size in ICONSET.items():
                shutil.copyfile(pngs[size], iconset / name)
            subprocess.run([iconutil, "-c", "icns", "-o", str(target), str(iconset)], check=True)
        return
    from PIL import Image

    largest = Image.open(pngs[1024])
    extra = [Image.open(pngs[size]) for size in (16, 32, 64, 128, 256, 512)]
    largest.save(target, format="ICNS", append_images=extra)


def main(argv: list[str]) -> int:
    """Write the icons under the folder given as the only argument (default build/icons)."""
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    pngs = render_pngs(SVG, out / "png")
    write_ico(pngs, out / "dealscope.ico")
    write_icns(pngs, out / "dealscope.icns")
    for path in sorted(out.rglob("*")):
        if path.is_file():
            print(f"make_icons: {path.relative_to(out)} {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
