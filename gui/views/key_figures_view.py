"""Key figure cards of the current scenario, named with the contract's parties."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.labels import fill_names
from core.present.text import change_since_edit, figure_text
from core.projection import Projection
from gui.change import Change
from gui.session import Session
from gui.views.figure_card import FigureCard

CARD_MIN_WIDTH = 210


@dataclass(frozen=True, slots=True)
class CardSpec:
    """A card: its main figure and an optional second figure shown below with a prefix."""

    figure: str
    detail: str | None = None
    detail_prefix: str = ""


CARDS: tuple[CardSpec, ...] = (
    CardSpec("partner_value_npv", "partner_royalties_total", "royalties, undiscounted: "),
    CardSpec("revenue_share_total", "revenue_share_npv", "NPV "),
    CardSpec("profit_share_total"),
    CardSpec("partner_cloud_margin_total"),
    CardSpec("partner_net_total", "partner_net_npv", "NPV "),
    CardSpec("partner_cloud_revenue_total"),
    CardSpec("agi_determination_period", "agi_effective_period", "clause effective: "),
    CardSpec("revenue_share_cap_reached_period"),
    CardSpec("lab_revenue_final_year"),
    CardSpec("lab_cumulative_profit_final"),
    CardSpec("first_profitable_year"),
    CardSpec("partner_equity_value_final"),
    CardSpec("partner_share_of_compute_final"),
    CardSpec("api_shortfall_max_gw"),
    CardSpec("partner_commitment_shortfall"),
)


class KeyFiguresView(QScrollArea):
    """Shows session.projection's key figures as cards; redraws on projection_changed.

    A click on a card made clickable with `set_explainable` emits `card_clicked(name)`.
    """

    card_clicked = Signal(str)  # name of the card's key figure

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        self._rows = QVBoxLayout(body)
        self._rows.setContentsMargins(6, 6, 6, 6)
        self._rows.setSpacing(6)
        self.cards = {spec.figure: FigureCard(spec.figure, body) for spec in CARDS}
        for card in self.cards.values():
            card.clicked.connect(self.card_clicked)
        self._columns = 0
        self._place_cards(1)
        self.setWidget(body)
        session.changed.connect(self._on_changed)
        self._on_projection_changed(session.projection)

    def set_explainable(self, names: Collection[str]) -> None:
        """Make the cards of key figures `names` clickable, the others not."""
        for name, card in self.cards.items():
            card.set_clickable(name in names)

    def _on_changed(self, change: Change) -> None:
        if change.projection:
            self._on_projection_changed(self._session.projection)

    def _on_projection_changed(self, projection: Projection) -> None:
        previous = self._session.previous_projection
        for spec in CARDS:
            self.cards[spec.figure].show_figure(
                self._title(spec, projection),
                self._value(spec.figure, projection),
                self._detail(spec, projection),
                self._change(spec.figure, projection, previous),
            )

    def _title(self, spec: CardSpec, projection: Projection) -> str:
        label = fill_names(KEY_FIGURES_BY_NAME[spec.figure].label, projection.contract)
        settings = projection.settings
        if spec.figure.endswith("_total"):
            label += f", {settings.start_year}–{settings.end_year}"
        return label.replace("last year", str(settings.end_year))

    def _value(self, name: str, projection: Projection) -> str:
        return figure_text(KEY_FIGURES_BY_NAME[name].kind, projection.key_figures[name])

    def _detail(self, spec: CardSpec, projection: Projection) -> str:
        if spec.detail is None:
            return ""
        return spec.detail_prefix + self._value(spec.detail, projection)

    def _change(self, name: str, projection: Projection, previous: Projection | None) -> str:
        if previous is None:
            return ""
        kind = KEY_FIGURES_BY_NAME[name].kind
        old, new = previous.key_figures[name], projection.key_figures[name]
        return change_since_edit(kind, new, old, projection.grid)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Reflow the cards into as many columns as fit."""
        super().resizeEvent(event)
        self._place_cards(max(1, self.viewport().width() // CARD_MIN_WIDTH))

    def _place_cards(self, columns: int) -> None:
        # Rows of box layouts rather than a grid: box layouts size word-wrapped titles
        # to their real width, so cards neither gap nor stretch.
        if columns == self._columns:
            return
        self._columns = columns
        while (item := self._rows.takeAt(0)) is not None:
            row = item.layout()
            while row is not None and row.takeAt(0) is not None:
                pass
        for start in range(0, len(CARDS), columns):
            row = QHBoxLayout()
            row.setSpacing(6)
            for spec in CARDS[start : start + columns]:
                row.addWidget(self.cards[spec.figure], 1)
            for _ in range(columns - len(CARDS[start : start + columns])):
                row.addStretch(1)
            self._rows.addLayout(row)
        self._rows.addStretch(1)
