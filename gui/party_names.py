"""Fill the {lab}, {partner} and {cloud} placeholders of labels with the contract's names."""

from __future__ import annotations

from core.contract import Contract


def fill_names(template: str, contract: Contract) -> str:
    """Return `template` with the contract's party names filled in."""
    parties = contract.parties
    return template.format(lab=parties.lab, partner=parties.partner, cloud=parties.partner_cloud)
