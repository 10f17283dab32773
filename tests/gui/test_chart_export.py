"""Chart export (Ctrl+Shift+E): atomic, checked, and honest about what it could not write."""

from __future__ import annotations

import errno
import os

import pyqtgraph.exporters as pg_exporters
import pytest

from gui.chart_export import with_suffix_of_filter

KEYS = ("revenue", "compute", "agi", "payments")


@pytest.fixture
def out(tmp_path):
    """An empty folder of its own (the window's recovery folder is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def warnings(main_window):
    shown = []
    main_window.file_menu.warn = lambda title, text: shown.append(text)
    return shown


def test_export_writes_four_complete_files_and_says_where(main_window, out, warnings):
    written = main_window.file_menu.export_charts(out / "deal.png")
    assert [p.name for p in written] == [f"deal-{key}.png" for key in KEYS]
    assert all(p.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for p in written)
    assert main_window.statusBar().currentMessage() == f"Exported 4 charts to {out}"
    assert warnings == []


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_full_disk_attack_writes_no_empty_files_and_says_so(
    main_window, out, warnings, monkeypatch, suffix
):
    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert main_window.file_menu.export_charts(out / f"deal{suffix}") == []
    assert list(out.iterdir()) == []
    message = main_window.statusBar().currentMessage()
    assert message.startswith("Exported 0 of 4 charts: Could not save")
    assert "the disk is full" in message
    assert str(out / f"deal-revenue{suffix}") in warnings[0]


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_read_only_folder_attack_is_reported_naming_file_and_cause(
    main_window, read_only_folder, warnings, suffix
):
    assert main_window.file_menu.export_charts(read_only_folder / f"deal{suffix}") == []
    assert "permission denied" in warnings[0]
    assert str(read_only_folder / f"deal-agi{suffix}") in warnings[0]
    assert list(read_only_folder.iterdir()) == []


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_missing_folder_attack_is_reported(main_window, out, warnings, suffix):
    target = out / "missing" / f"deal{suffix}"
    assert main_window.file_menu.export_charts(target) == []
    assert "the folder does not exist" in warnings[0]
    assert str(out / "missing" / f"deal-revenue{suffix}") in warnings[0]
    assert "Exported 0 of 4" in main_window.statusBar().currentMessage()


def test_name_without_png_or_svg_is_refused_clearly(main_window, out, warnings):
    assert main_window.file_menu.export_charts(out / "deal.pdf") == []
    assert warnings == [
        f"Could not export charts to {out / 'deal.pdf'}: the name must end in .png or .svg"
    ]
    assert list(out.iterdir()) == []


def test_the_dialog_answer_without_suffix_takes_the_chosen_format(tmp_path):
    assert with_suffix_of_filter(str(tmp_path / "deal"), "SVG drawing (*.svg)").suffix == ".svg"
    assert with_suffix_of_filter(str(tmp_path / "deal"), "PNG image (*.png)").suffix == ".png"
    assert with_suffix_of_filter(str(tmp_path / "a.SVG"), "PNG image (*.png)").suffix == ".SVG"
    assert with_suffix_of_filter(str(tmp_path / "v1.2"), "PNG image (*.png)").name == "v1.2.png"


def test_svg_drawing_failure_is_reported_per_chart(main_window, out, warnings, monkeypatch):
    def broken(self, *args, **kwargs):
        raise RuntimeError("no paint engine")

    monkeypatch.setattr(pg_exporters.SVGExporter, "export", broken)
    assert main_window.file_menu.export_charts(out / "deal.svg") == []
    assert "could not draw deal-revenue.svg: RuntimeError: no paint engine" in warnings[0]
    assert list(out.iterdir()) == []


def test_an_empty_drawing_is_not_written(main_window, out, warnings, monkeypatch):
    view = main_window.charts_view
    monkeypatch.setattr(view, "render_chart", lambda key, suffix: b"" if key == "agi" else b"x")
    written = main_window.file_menu.export_charts(out / "deal.png")
    assert [p.name for p in written] == [
        "deal-revenue.png",
        "deal-compute.png",
        "deal-payments.png",
    ]
    assert not (out / "deal-agi.png").exists()
    assert "Exported 3 of 4 charts: could not draw deal-agi.png" in (
        main_window.statusBar().currentMessage()
    )


def test_export_replaces_an_existing_file_atomically(main_window, out, warnings):
    old = out / "deal-revenue.svg"
    old.write_text("old")
    main_window.file_menu.export_charts(out / "deal.svg")
    assert old.read_text().lstrip().startswith("<?xml")
    assert sorted(p.name for p in out.iterdir()) == [f"deal-{k}.svg" for k in sorted(KEYS)]
