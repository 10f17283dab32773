"""Import PySide6 and pyqtgraph without two costs the app has no use for.

- PySide6 reads the source file of every module imported after it, to see whether the
  module selects a PySide feature (``from __feature__ import snake_case``). The app and its
  libraries select none, so each module is taken as plain PySide without its source being
  read: about 600 files not read (and not kept in memory) at start.
- pyqtgraph copies every name of QtCore, QtGui and QtWidgets into mirror modules of its
  own, which makes PySide6 create each of the classes it otherwise creates on first use
  (about 90 ms). The mirrors are put in place first and look each name up in PySide6 when
  it is first asked for, so pyqtgraph copies nothing and sees the same classes.

Both only change how fast things load: a PySide6 without these internals, or pyqtgraph
imported some other way first, loads as before.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

import PySide6.QtCore
import PySide6.QtGui
import PySide6.QtWidgets

_QT_MODULES = {
    "QtCore": PySide6.QtCore,
    "QtGui": PySide6.QtGui,
    "QtWidgets": PySide6.QtWidgets,
}


def skip_feature_scan() -> None:
    """Take every module imported from now on as plain PySide, without reading its source."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _plain_pyside  # type: ignore[attr-defined]


def import_pyqtgraph() -> ModuleType:
    """pyqtgraph, imported with mirrors that resolve Qt names on first use."""
    loaded = sys.modules.get("pyqtgraph")
    if loaded is not None:
        return loaded
    for name, source in _QT_MODULES.items():
        sys.modules.setdefault(f"pyqtgraph.Qt.{name}", _mirror(f"pyqtgraph.Qt.{name}", source))
    with _names_listed_lazily(list(_QT_MODULES.values())):
        import pyqtgraph  # noqa: F401  (loaded here, with the mirrors in place)
    return sys.modules["pyqtgraph"]


def _plain_pyside(module: ModuleType) -> bool:
    """PySide's test "does this module use PySide?", answered yes without reading it.

    Yes means "no feature selected", which is true of every module here; PySide only
    leaves a module out of feature switching when the answer is no.
    """
    return True


def _mirror(name: str, source: ModuleType) -> ModuleType:
    """A module answering every name it does not hold itself from `source`, then holding it."""
    mirror = ModuleType(name, source.__doc__)

    def look_up(attribute: str) -> object:
        value = getattr(source, attribute)
        setattr(mirror, attribute, value)
        return value

    mirror.__getattr__ = look_up  # type: ignore[method-assign]
    return mirror


@contextmanager
def _names_listed_lazily(modules: list[ModuleType]) -> Iterator[None]:
    """While pyqtgraph loads, `dir()` of each module lists no names, so none is copied.

    pyqtgraph copies ``dir(QtCore)`` into its mirror name by name; reading each name is
    what makes PySide6 create the class. Its mirrors already answer every name.
    """
    listings = [module.__dict__.get("__dir__") for module in modules]
    for module in modules:
        module.__dir__ = _no_names  # type: ignore[method-assign]
    try:
        yield
    finally:
        for module, listing in zip(modules, listings, strict=True):
            if listing is None:
                del module.__dir__
            else:
                module.__dir__ = listing  # type: ignore[method-assign]


def _no_names() -> list[str]:
    return []
