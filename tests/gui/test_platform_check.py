"""On Linux without Qt's X11 libraries the app names the packages instead of aborting."""

from pathlib import Path

from gui import app
from gui.platform_check import XCB_PACKAGES, missing_packages, uses_xcb, xcb_problem

GONE = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


def _loader(plugin_loads: bool):
    def load(name: str) -> object:
        if name in GONE or (name.endswith("libqxcb.so") and not plugin_loads):
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return load


def test_the_missing_packages_are_named(tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    message = xcb_problem(plugin, _loader(plugin_loads=False))
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1\n" in message
    expected = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    assert missing_packages(_loader(True)) == expected


def test_a_plugin_that_loads_is_no_problem(tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    assert xcb_problem(plugin, _loader(plugin_loads=True)) is None
    assert xcb_problem(tmp_path / "absent.so", _loader(plugin_loads=False)) is None


def test_only_an_x11_start_on_linux_is_checked():
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0"}, "darwin")
    wayland = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert not uses_xcb(wayland, "linux")


def test_every_package_is_a_debian_name():
    assert all(name.islower() and " " not in name for name in XCB_PACKAGES.values())


def test_the_app_prints_the_message_and_exits_instead_of_aborting(monkeypatch, capsys):
    monkeypatch.setattr(app, "check_platform", lambda: "Dealscope cannot open its window: X")
    assert app.run_app(["dealscope"], workspace=Path("none.json")) == 1
    assert "Dealscope cannot open its window" in capsys.readouterr().err
