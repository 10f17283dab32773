"""Where bundled files live: the only module that knows the location of ``resources/``."""

from __future__ import annotations

import sys
from pathlib import Path

# A frozen PyInstaller build unpacks its data under sys._MEIPASS; a checkout or an installed
# wheel keeps resources/ beside the core package.
_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES_DIR = _ROOT / "resources"
"""The folder holding contracts, workspaces, icons and fonts."""


def resource_path(*parts: str) -> Path:
    """Return the absolute path of a bundled file or folder.

    Parameters
    ----------
    *parts : str
        Path components below ``resources/``, e.g. ``("icons", "app.svg")``.

    Returns
    -------
    Path
        The existing file or folder.

    Raises
    ------
    FileNotFoundError
        When nothing exists at that path.
    """
    path = RESOURCES_DIR.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource not found: {path}")
    return path


def bundled_contract_paths() -> list[Path]:
    """The bundled contract files (``resources/contracts/*.yaml``); see `bundled_yaml`."""
    return bundled_yaml("contracts")


def bundled_actuals_paths() -> list[Path]:
    """The bundled reported-actuals files (``resources/actuals/*.yaml``); see `bundled_yaml`."""
    return bundled_yaml("actuals")


def bundled_yaml(folder_name: str) -> list[Path]:
    """The YAML files of ``resources/<folder_name>``, sorted by name.

    Returns
    -------
    list of Path
        Empty when the folder is missing or holds no YAML file.
    """
    folder = RESOURCES_DIR / folder_name
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob("*.yaml") if path.is_file())


def default_workspace_path() -> Path:
    """Return the path of the bundled default workspace (``resources/workspaces/default.json``).

    The path is returned whether or not the file exists, so that loading it reports a
    missing file as a `core.errors.FileError` like any other workspace.
    """
    return RESOURCES_DIR / "workspaces" / "default.json"
