"""Names, units and number texts the analysis views show: key figures, assumptions, terms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView

from core.analysis import SensitivityRow, Setting
from core.analysis.batch import NUMERIC_KINDS
from core.assumptions import SPECS_BY_NAME
from core.chain import Chain
from core.contract import Contract
from core.keyfigures import KEY_FIGURES, KEY_FIGURES_BY_NAME
from core.present import labels, text
from core.projection import FigureValue
from core.terms import TermKey, term_label
from gui.term_fields import UNITS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

NUMERIC_FIGURES = tuple(f.name for f in KEY_FIGURES if f.kind in NUMERIC_KINDS)
"""Key figures a tornado or a goal seek can use (money, share or GW), in catalogue order."""
DEFAULT_FIGURE = "partner_net_npv"
FIGURE_UNITS = {"money": "$B", "share": "%", "gw": "GW", "period": "", "year": ""}


def figure_label(name: str, contract: Contract) -> str:
    """A key figure's label with the contract's party names."""
    return labels.figure_label(name, contract)


def figure_unit(name: str) -> str:
    """The unit a key figure is shown in: ``$B``, ``%``, ``GW``, or empty for periods."""
    return FIGURE_UNITS[KEY_FIGURES_BY_NAME[name].kind]


def figure_text(name: str, value: FigureValue) -> str:
    """A key figure's value as the cards show it: ``$12.3B``, ``27.9%``, ``Q2 2031``, ``—``."""
    return text.figure_text(KEY_FIGURES_BY_NAME[name], value)


def assumption_label(name: str, contract: Contract) -> str:
    """An assumption's label with party names and its unit: ``Revenue growth (%)``."""
    return labels.assumption_label(SPECS_BY_NAME[name], contract)


def row_label(row: SensitivityRow, contract: Contract, chain: Chain) -> str:
    """A tornado bar's name: an assumption's label, or a deal term in words."""
    if row.term:
        return term_label(chain, row.assumption)
    return assumption_label(row.assumption, contract)


def term_value_text(key: str, value: float) -> str:
    """A deal term's value with its unit: ``15%``, ``$50B``, ``3 quarters``."""
    parsed = TermKey.parse(key)
    unit = UNITS.get(parsed.parameter, "") if parsed is not None else ""
    return text.term_value_text(unit, value)


def setting_text(setting: Setting) -> str:
    """A tornado bar end's setting, rounded: ``×0.8``, ``P10 ×0.761``, ``P90 +0.05``."""
    return text.setting_text(setting)


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high, as in the assumptions grid."""
    header = table.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header.hide()
