"""Labels with the deal's party names: ``{lab}``, ``{partner}`` and ``{cloud}`` filled once."""

from __future__ import annotations

from core.assumptions import AssumptionSpec
from core.chain import Chain
from core.contract import Contract, Parties
from core.keyfigures import KEY_FIGURES_BY_NAME, KeyFigure
from core.present.i18n import _


def _parties(names: Parties | Contract | Chain) -> Parties:
    if isinstance(names, Chain):
        return names.current.parties
    if isinstance(names, Contract):
        return names.parties
    return names


def fill(template: str, names: Parties | Contract | Chain) -> str:
    """`template` translated, with ``{lab}``, ``{partner}`` and ``{cloud}`` filled in.

    `names` is the parties themselves, a contract, or a chain (its current version's names).
    """
    parties = _parties(names)
    return (_(template) if template else template).format(
        lab=parties.lab, partner=parties.partner, cloud=parties.partner_cloud
    )


def fill_names(template: str, contract: Contract) -> str:
    """`template` with the contract's party names filled in."""
    return fill(template, contract)


def figure_label(figure: KeyFigure | str, names: Parties | Contract | Chain) -> str:
    """A key figure's label (the figure or its name) with the party names."""
    if isinstance(figure, str):
        figure = KEY_FIGURES_BY_NAME[figure]
    return fill(figure.label, names)


def unit_label(unit: str) -> str:
    """A unit as a row label names it: ``$B``, ``%``, ``GW``, ``$B per GW-year``."""
    if unit == "$B/GW-yr":
        return _("$B per GW-year")
    return _(unit) if unit else ""


def assumption_label(spec: AssumptionSpec, names: Parties | Contract | Chain) -> str:
    """An assumption's label with the party names and its unit: ``Revenue growth (%)``."""
    return _("{label} ({unit})").format(label=fill(spec.label, names), unit=spec.unit)
