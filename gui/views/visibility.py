"""Hidden views do no work: a view behind another tab or in a closed dock redraws once shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

V = TypeVar("V", bound=QWidget)

_settling = 0


@contextmanager
def settling() -> Iterator[None]:
    """Views shown within this block refresh on the next turn, and only if still on screen.

    Adding docks or restoring a saved layout shows every dock for a moment before tabbing
    most of them behind others; without this, each would refresh for nothing.
    """
    global _settling
    _settling += 1
    try:
        yield
    finally:
        _settling -= 1


def is_settling() -> bool:
    """Whether a `settling` block is under way."""
    return _settling > 0


def is_on_screen(widget: QWidget) -> bool:
    """True when some part of `widget` is visible (a dock behind another tab is not)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class WhenShown(QObject):
    """Runs `refresh` for `widget` now when it is on screen, else once it is shown.

    The one mechanism behind "hidden views do no work": a view calls `request` on every
    change that concerns it; a request while hidden only marks the view stale, and the
    view refreshes once shown. With `settle` it waits for the next turn of the event loop
    and refreshes only if still on screen then: a dock added to a window is shown for a
    moment before it is tabbed behind another.
    """

    def __init__(
        self,
        widget: QWidget,
        refresh: Callable[[], None],
        stale: bool = True,
        settle: bool = False,
    ) -> None:
        super().__init__(widget)
        self._widget, self._refresh, self._settle = widget, refresh, settle
        self.stale = stale
        widget.installEventFilter(self)

    def request(self) -> None:
        """Refresh now if the widget is on screen; else once it is shown."""
        if is_on_screen(self._widget):
            self.refresh()
        else:
            self.stale = True

    def refresh(self) -> None:
        """Refresh now, whether shown or not."""
        self.stale = False
        self._refresh()

    def refresh_if_stale(self) -> None:
        """Refresh now if a change arrived while the widget was hidden."""
        if self.stale:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a show event of a stale widget, refresh (with `settle`, on the next turn)."""
        if event.type() == QEvent.Type.Show and self.stale:
            if self._settle or is_settling() or not is_on_screen(self._widget):
                QTimer.singleShot(0, self.catch_up)
            else:
                self.refresh()
        return False

    def catch_up(self) -> None:
        """Refresh if a change arrived while hidden and the widget is on screen now."""
        if self.stale and is_on_screen(self._widget):
            self.refresh()


def catch_up_when_raised(dock: QDockWidget, catch_up: Callable[[], None]) -> None:
    """Call `catch_up` once `dock` comes forward from behind another tab.

    A dock raised from behind another tab may be drawn before its view knows it is on
    screen; on the next turn of the event loop it does. A dock shown for a moment while a
    layout is restored, and tabbed behind another by then, does not catch up.
    """

    def catch_up_if_on_screen() -> None:
        if is_on_screen(dock):
            catch_up()

    def on_visibility_changed(visible: bool) -> None:
        if visible:
            QTimer.singleShot(0, catch_up_if_on_screen)

    dock.visibilityChanged.connect(on_visibility_changed)


class BuiltOnShow(QObject, Generic[V]):
    """Builds the view of `dock` the first time the dock comes forward, or when asked for.

    Until then the dock holds an empty placeholder as small as the view may be, so a view
    behind another tab costs the start nothing, not even its module's import. Once built,
    `on_built` wires the view up, its controls are named as the start names every control
    (`gui.accessibility`), and it takes the placeholder's place.

    Made while docks are added (`settling`), it waits to be armed (`arm`): until the window
    has laid its new tab groups out, on the turn after, a tab is in front for a moment.
    """

    def __init__(
        self,
        dock: QDockWidget,
        build: Callable[[], V],
        on_built: Callable[[V], None] | None = None,
    ) -> None:
        super().__init__(dock)
        self._dock, self._build, self._on_built = dock, build, on_built
        self._view: V | None = None
        self._armed = not is_settling()
        dock.visibilityChanged.connect(self._on_visibility_changed)

    @property
    def is_built(self) -> bool:
        """Whether the view exists yet."""
        return self._view is not None

    @property
    def view(self) -> V:
        """The view, built now if it was not yet."""
        if self._view is None:
            from gui.accessibility import make_accessible

            view = self._view = self._build()
            placeholder = self._dock.widget()
            view.setMinimumSize(placeholder.minimumSize())
            view.setParent(self._dock)  # hidden until wired up and named, as at the start
            if self._on_built is not None:
                self._on_built(view)
            make_accessible(self._dock, view)
            self._dock.setWidget(view)
            placeholder.deleteLater()
            if self._dock.isVisible():
                view.show()  # now, not on the next turn as a widget added later would be
                make_accessible(self._dock, view)  # what showing made (a combo box's list)
        return self._view

    def arm(self) -> None:
        """Build from now on as the dock comes forward; now, if it is in front already."""
        self._armed = True
        if self._view is None and is_on_screen(self._dock):
            _ = self.view

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self._armed and self._view is None:
            _ = self.view  # the first time forward


class Placeholder(QWidget):
    """An empty widget holding a dock's place until its view is built (see `BuiltOnShow`)."""


def placeholder(width: int = 160, height: int = 80) -> Placeholder:
    """A `Placeholder` as small as the view it stands for may be."""
    widget = Placeholder()
    widget.setMinimumSize(width, height)
    return widget
