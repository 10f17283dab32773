"""Deals: the contract versions between one lab and one partner, grouped together.

Several partnerships are bundled (Microsoft and OpenAI, Amazon and Anthropic, ...). A deal is
known by its lab/partner pair, so every version of one partnership, and only those, is
compared, listed and offered together.

The rules work on anything that has a contract's id, effective date and parties: full
`core.contract.Contract` values, and the light headers ``dealscope contracts`` lists
(`core.contract_headers.ContractHeader`), which are read without validating whole files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

DealKey = tuple[str, str]
"""A deal's identity: the names of its lab and its partner, as the contracts give them."""


class _Parties(Protocol):
    @property
    def lab(self) -> str: ...

    @property
    def partner(self) -> str: ...


class Version(Protocol):
    """What grouping needs of a contract version: its id, date and parties."""

    @property
    def id(self) -> str:
        """The version's id."""
        ...

    @property
    def effective(self) -> dt.date:
        """The date the version takes effect."""
        ...

    @property
    def parties(self) -> _Parties:
        """The lab and the partner."""
        ...


V = TypeVar("V", bound=Version)


@dataclass(frozen=True, slots=True)
class Partnership(Generic[V]):
    """The versions of one lab/partner partnership, oldest first."""

    versions: tuple[V, ...]

    @property
    def key(self) -> DealKey:
        """The lab/partner pair all versions share."""
        return deal_key(self.versions[0])

    @property
    def name(self) -> str:
        """``Microsoft and OpenAI``: the partner, then the lab."""
        return deal_name(self.versions[0])


def deal_key(contract: Version) -> DealKey:
    """The lab/partner pair of `contract`."""
    return (contract.parties.lab, contract.parties.partner)


def deal_name(contract: Version) -> str:
    """The deal of `contract` in words, e.g. ``Amazon and Anthropic``."""
    return f"{contract.parties.partner} and {contract.parties.lab}"


def same_deal(a: Version, b: Version) -> bool:
    """True when `a` and `b` are versions of the same partnership."""
    return deal_key(a) == deal_key(b)


def by_version_date(contract: Version) -> tuple[dt.date, str]:
    """Sort key of versions: effective date, then id (two versions may share a date)."""
    return (contract.effective, contract.id)


def group_by_deal(contracts: Iterable[V]) -> list[Partnership[V]]:
    """`contracts` grouped into deals, each oldest version first.

    Deals come in the order of their oldest version, so the longest-running partnership
    leads and the order does not depend on file names.
    """
    groups: dict[DealKey, list[V]] = {}
    for contract in sorted(contracts, key=by_version_date):
        groups.setdefault(deal_key(contract), []).append(contract)
    return [Partnership(tuple(versions)) for versions in groups.values()]


def versions_of_deal(contracts: Iterable[V], contract: Version) -> list[V]:
    """The versions among `contracts` that belong to the deal of `contract`, oldest first."""
    return sorted((c for c in contracts if same_deal(c, contract)), key=by_version_date)
