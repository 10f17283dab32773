"""The About box: what Dealscope is and the versions it runs on."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

PACKAGES = ("pyqtgraph", "numpy", "pandas", "pydantic", "reportlab")


def package_version(name: str) -> str:
    """The installed version of `name`, or "unknown" (e.g. in a frozen build without metadata)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def about_text() -> str:
    """HTML for the About box, with every version."""
    rows = [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        *((name, package_version(name)) for name in PACKAGES),
    ]
    table = "".join(f"<tr><td>{name}</td><td>&nbsp;{version}</td></tr>" for name, version in rows)
    return (
        f"<h3>Dealscope {package_version('dealscope')}</h3>"
        + "<p>"
        + QCoreApplication.translate(
            "About",
            "Explore AI partnership contracts: clauses, scenarios, key figures and briefs.",
        )
        + "</p>"
        + f"<table>{table}</table>"
    )


def show_about(parent: QWidget) -> None:
    """Open the About box."""
    QMessageBox.about(
        parent, QCoreApplication.translate("AboutDialog", "About Dealscope"), about_text()
    )
