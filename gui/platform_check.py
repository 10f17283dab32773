"""Before Qt starts on Linux: name the missing Debian packages instead of aborting.

Without them Qt's X11 plugin (xcb) cannot load, and Qt aborts with a message that names no
package. The plugin is loaded here the way Qt would load it; if that fails, every library it
needs is tried by name, and the message lists the packages to install.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from pathlib import Path

XCB_PACKAGES: dict[str, str] = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""Libraries Qt's xcb platform plugin needs, and the Debian/Ubuntu package of each."""

Loader = Callable[[str], object]


def uses_xcb(environ: dict[str, str] | os._Environ[str], platform: str = sys.platform) -> bool:
    """True when Qt will start on its X11 (xcb) plugin: Linux, an X display, no other choice."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY")
    return bool(environ.get("DISPLAY")) and not wayland


def xcb_plugin() -> Path:
    """Where Qt's xcb platform plugin is (in this install or the frozen bundle)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms" / "libqxcb.so"


def missing_packages(load: Loader = ctypes.CDLL) -> list[str]:
    """The packages of `XCB_PACKAGES` whose library `load` cannot open, in install order."""
    missing: list[str] = []
    for soname, package in XCB_PACKAGES.items():
        try:
            load(soname)
        except OSError:
            missing.append(package)
    return missing


def xcb_problem(plugin: Path, load: Loader = ctypes.CDLL) -> str | None:
    """Why Qt could not start on X11, naming the packages to install; None when it can."""
    if not plugin.exists():
        return None  # a Qt without the plugin: Qt itself reports what it has
    try:
        load(str(plugin))
        return None
    except OSError as exc:
        reason = str(exc)
    packages = missing_packages(load)
    if not packages:
        return f"Dealscope cannot open its window: Qt's X11 plugin does not load ({reason})."
    return (
        "Dealscope cannot open its window: Qt needs these system packages for X11,\n"
        "which are not installed:\n\n"
        f"  sudo apt-get install {' '.join(packages)}\n\n"
        "(Debian/Ubuntu names; the command-line commands, `dealscope --help`, work without them.)"
    )


def check_platform() -> str | None:
    """The message to print instead of starting Qt, or None when the window can open."""
    if not uses_xcb(os.environ):
        return None
    return xcb_problem(xcb_plugin())
