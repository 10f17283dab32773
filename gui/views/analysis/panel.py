"""Base of the analysis panels (Goal Seek, Sensitivity, Monte Carlo)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gui.session import Session


class AnalysisPanel(QWidget):
    """A panel over the Session's analyses: keeps the Session and its `analyses` part."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._analysis = session.analyses
