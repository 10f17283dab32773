"""Export the four charts as PNG or SVG files: atomic, checked, and honest about failures.

Each chart is drawn into memory first, refused when that gives nothing, and only then
written beside the chosen name with an atomic replace; a file is counted as exported once
it holds every byte. A full disk, a read-only or missing folder, a name without a known
suffix or a failing SVG drawing are reported naming the file and the cause.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.errors import FileError
from core.files import write_atomically
from gui.views.charts.charts_view import EXPORT_SUFFIXES, ChartsView


@dataclass(slots=True)
class ChartExport:
    """What an export wrote and what it could not, each failure as one sentence."""

    written: list[Path] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One line for the status bar."""
        if not self.failures:
            return QCoreApplication.translate(
                "ChartExport", "Exported {count} charts to {folder}"
            ).format(count=len(self.written), folder=_folder(self.written))
        total = len(self.written) + len(self.failures)
        return QCoreApplication.translate(
            "ChartExport", "Exported {written} of {total} charts: {failure}"
        ).format(written=len(self.written), total=total, failure=self.failures[0])


def chart_files(path: Path, keys: list[str]) -> dict[str, Path]:
    """``<stem>-<chart><suffix>`` beside `path` for each chart key.

    Raises
    ------
    FileError
        When `path` does not end in .png or .svg.
    """
    if path.suffix.lower() not in EXPORT_SUFFIXES:
        raise FileError(
            f"Could not export charts to {path}: the name must end in "
            f"{' or '.join(EXPORT_SUFFIXES)}"
        )
    return {key: path.with_name(f"{path.stem}-{key}{path.suffix}") for key in keys}


def with_suffix_of_filter(name: str, selected_filter: str) -> Path:
    """The file a save dialog's answer means: its suffix, else the chosen filter's."""
    path = Path(name)
    if path.suffix.lower() in EXPORT_SUFFIXES:
        return path
    suffix = ".svg" if "svg" in selected_filter.lower() else ".png"
    return path.with_name(path.name + suffix)


def export_charts(view: ChartsView, path: Path) -> ChartExport:
    """Write each chart of `view` beside `path` (see `chart_files`); never raises for a file.

    Raises
    ------
    FileError
        Only when `path` has no .png or .svg suffix (nothing is written then).
    """
    result = ChartExport()
    for key, target in chart_files(path, list(view.charts)).items():
        try:
            data = view.render_chart(key, target.suffix)
        except Exception as exc:  # a drawing failure of the plotting library, reported
            reason = f"{type(exc).__name__}: {exc}"
            result.failures.append(
                QCoreApplication.translate(
                    "ChartExport", "could not draw {name}: {reason}"
                ).format(name=target.name, reason=reason)
            )
            continue
        if not data:
            result.failures.append(
                QCoreApplication.translate(
                    "ChartExport", "could not draw {name}: the drawing is empty"
                ).format(name=target.name)
            )
            continue
        try:
            write_atomically(target, data)
            size = target.stat().st_size
        except (FileError, OSError) as exc:
            result.failures.append(str(exc))
            continue
        if size != len(data):
            result.failures.append(
                QCoreApplication.translate(
                    "ChartExport", "Could not save {path}: {size} of {total} bytes written"
                ).format(path=target, size=size, total=len(data))
            )
            continue
        result.written.append(target)
    return result


def _folder(paths: list[Path]) -> str:
    return str(paths[0].parent) if paths else "nowhere"
