"""Explain a figure: for a chosen period, the chain from the number to the clauses behind it."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QSignalBlocker, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.contract import Contract
from core.explain import FIGURES, ExplainError, Explanation, Step
from core.projection import Projection
from gui.change import Change
from gui.session import Session
from gui.views.clause_text import clause_link
from gui.views.timeline_style import MUTED
from gui.views.visibility import WhenShown

STYLE = f"""
h2 {{ margin: 0 0 6px 0; font-size: 13pt; }}
li {{ margin-bottom: 4px; }}
.muted {{ color: {MUTED}; }}
"""


class ExplainPanel(QWidget):
    """Explains a figure of session.projection in one period; re-explains on a new projection.

    Clause names are links: following one emits `clause_selected`.
    """

    clause_selected = Signal(str)  # clause id

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.explanation: Explanation | None = None
        # Explained once first shown: the panel starts behind the Clause Inspector's tab.
        self.when_shown = WhenShown(self, self._explain, settle=True)
        self.total: str | None = None  # the key figure explained as a total, if any
        self.figure_box = QComboBox(self)
        for key in FIGURES:
            self.figure_box.addItem(figure_name(key, session.contract), key)
        self.period_box = QComboBox(self)
        self.period_box.setMaxVisibleItems(16)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self._lay_out()
        self.figure_box.currentIndexChanged.connect(self._on_choice_edited)
        self.period_box.currentIndexChanged.connect(self._on_choice_edited)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        session.changed.connect(self._on_changed)
        self._fill_periods(session.projection, _period_of_today(session.projection))

    def _lay_out(self) -> None:
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Explain"), self))
        choice.addWidget(self.figure_box, 1)
        choice.addWidget(QLabel(self.tr("in"), self))
        choice.addWidget(self.period_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(choice)
        layout.addWidget(self.browser, 1)

    def show_total(self, key_figure: str) -> None:
        """Explain key figure `key_figure` as a total over the horizon (a card click)."""
        self.total = key_figure
        self._explain()

    def show_explanation(self, figure: str, period: str) -> None:
        """Explain `figure` (a key of core.explain.FIGURES) in `period` (e.g. ``2029Q3``)."""
        self.total = None
        with QSignalBlocker(self.figure_box), QSignalBlocker(self.period_box):
            self.figure_box.setCurrentIndex(max(self.figure_box.findData(figure), 0))
            self.period_box.setCurrentIndex(max(self.period_box.findText(period), 0))
        self._explain()

    @property
    def figure(self) -> str:
        """The figure explained, a key of core.explain.FIGURES."""
        return str(self.figure_box.currentData())

    @property
    def period(self) -> str:
        """The period explained, e.g. ``2029Q3``."""
        return self.period_box.currentText()

    def text(self) -> str:
        """What the panel shows, as plain text."""
        return self.browser.toPlainText()

    def _on_changed(self, change: Change) -> None:
        if change.document:
            for index, key in enumerate(FIGURES):
                self.figure_box.setItemText(index, figure_name(key, self._session.contract))
        if change.projection:
            self._fill_periods(self._session.projection, self.period)
            self.when_shown.request()

    def _fill_periods(self, projection: Projection, chosen: str) -> None:
        labels = list(projection.grid.labels)
        if [self.period_box.itemText(i) for i in range(self.period_box.count())] == labels:
            return
        with QSignalBlocker(self.period_box):
            self.period_box.clear()
            self.period_box.addItems(labels)
            self.period_box.setCurrentIndex(labels.index(chosen) if chosen in labels else 0)

    def _on_choice_edited(self, _: int) -> None:
        self.total = None
        self._explain()

    def _explain(self) -> None:
        self.when_shown.stale = False
        projection = self._session.projection
        try:
            if self.total is not None:
                self.explanation = self._session.explain(self.total, None)
            else:
                self.explanation = self._session.explain(self.figure, self.period)
        except ExplainError as exc:
            self.explanation = None
            self.browser.setHtml(f"<style>{STYLE}</style><p class='muted'>{escape(str(exc))}</p>")
            return
        self.browser.setHtml(explanation_html(self.explanation, projection.contract))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "clause":
            self.clause_selected.emit(url.path())


KEY_FIGURE_EXPLAINED: dict[str, str] = {
    "agi_determination_period": "agi_measure",
    "agi_effective_period": "agi_measure",
    "revenue_share_total": "revenue_share",
    "revenue_share_npv": "revenue_share",
    "revenue_share_cap_reached_period": "revenue_share",
    "profit_share_total": "profit_share",
    "partner_net_total": "partner_net",
    "partner_net_npv": "partner_net",
    "partner_value_npv": "partner_value",
    "partner_royalties_total": "partner_value",
    "partner_cloud_margin_total": "partner_value",
    "partner_cloud_revenue_total": "partner_cloud_revenue",
    "partner_share_of_compute_final": "partner_gw",
    "lab_cumulative_profit_final": "profit",
    "first_profitable_year": "profit",
    "api_shortfall_max_gw": "shortfall_gw",
}
"""The explainable figure behind each key figure (for a click on a key-figure card)."""


def figure_name(key: str, contract: Contract) -> str:
    """A figure's display name with the contract's parties: ``Azure revenue``."""
    parties = contract.parties
    name = FIGURES[key].replace("the partner cloud", parties.partner_cloud)
    name = name.replace("partner cloud", parties.partner_cloud)
    name = name.replace("partner", parties.partner)
    return name[:1].upper() + name[1:]


def explanation_html(explanation: Explanation, contract: Contract) -> str:
    """The headline, then one list item per step with clause names as links."""
    steps = "".join(f"<li>{step_html(step, contract)}</li>" for step in explanation.steps)
    return f"<style>{STYLE}</style><h2>{escape(explanation.headline)}</h2><ul>{steps}</ul>"


def step_html(step: Step, contract: Contract) -> str:
    """A step's text; the clause it names becomes a link to the clause inspector."""
    text = escape(step.text)
    if step.clause_id is None:
        return text
    link = clause_link(contract, step.clause_id)
    mention = escape(f"clause {step.clause_id}")
    if mention in text:
        return text.replace(mention, link, 1)
    try:
        title = escape(contract.clause(step.clause_id).title)
    except KeyError:
        title = ""
    if title and title in text:
        return text.replace(title, link, 1)
    return f"{text} ({link})"


def _period_of_today(projection: Projection) -> str:
    today = dt.date.today()
    grid = projection.grid
    for label, start, end in zip(grid.labels, grid.starts, grid.ends, strict=True):
        if start <= today <= end:
            return label
    return grid.labels[0]
