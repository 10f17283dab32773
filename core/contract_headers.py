"""The headers of the bundled contracts, read without validating whole files.

``dealscope contracts`` lists each bundled version's id, title, date, parties and
predecessor, and how many clauses and events it has. Validating every file with pydantic
first costs about a third of a second (building the contract models), several times the
rest of the command, so the listing reads the YAML (libyaml when present, as every file is
read) and checks only the header keys it prints. Whenever a file's header is not plainly
valid, or two files share an id, every file is loaded and validated in full instead, so a
broken file is reported exactly as any command reports it. The clauses and events
themselves are checked by the tests, which validate every bundled file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.documents import parse_yaml, read_text
from core.resources import bundled_contract_paths

if TYPE_CHECKING:  # imported only to convert validated contracts: it builds the models
    from core.contract import Contract

CONTRACT_KEYS = frozenset(
    {
        "format",
        "id",
        "title",
        "parties",
        "effective",
        "supersedes",
        "actuals",
        "sources",
        "clauses",
        "events",
    }
)
"""The keys a contract file may have (tests check them against `core.contract.Contract`)."""

PARTIES_KEYS = frozenset(("lab", "partner", "partner_cloud"))
"""The keys of a contract's ``parties``, all required."""

_FORMAT = "dealscope-contract/1"
_ID = re.compile(r"[A-Za-z0-9_.-]{1,120}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TITLE_LENGTH = 200
_PARTY_LENGTH = 80


@dataclass(frozen=True, slots=True)
class HeaderParties:
    """The lab and the partner of a contract version."""

    lab: str
    partner: str


@dataclass(frozen=True, slots=True)
class ContractHeader:
    """What the listing shows of one contract version (works with `core.deals`)."""

    id: str
    title: str
    effective: dt.date
    parties: HeaderParties
    supersedes: str | None
    clause_count: int
    event_count: int

    @classmethod
    def of(cls, contract: Contract) -> ContractHeader:
        """The header of a validated contract."""
        parties = HeaderParties(contract.parties.lab, contract.parties.partner)
        return cls(
            id=contract.id,
            title=contract.title,
            effective=contract.effective,
            parties=parties,
            supersedes=contract.supersedes,
            clause_count=len(contract.clauses),
            event_count=len(contract.events),
        )


def bundled_headers() -> list[ContractHeader]:
    """The header of every bundled contract, in file name order.

    Raises
    ------
    FileError
        When a bundled file cannot be read.
    ValidationError
        When a bundled file is not valid YAML, is invalid as a contract (found by the full
        validation its header sends it to), or two files share an id.
    """
    headers = []
    for path in bundled_contract_paths():
        header = read_header(path)
        if header is None:
            return _validated_headers()
        headers.append(header)
    if len({header.id for header in headers}) < len(headers):
        return _validated_headers()  # reports the shared id as loading does
    return headers


def read_header(path: Path) -> ContractHeader | None:
    """The header of the contract file `path`, or None when the header needs validating.

    Raises
    ------
    FileError
        When the file cannot be read.
    ValidationError
        When the file is not valid YAML (the same problems loading the contract gives).
    """
    data, _ = parse_yaml(read_text(path), str(path))
    return header_of(data)


def header_of(data: Any) -> ContractHeader | None:
    """The header of a contract document, or None unless its header is plainly valid.

    Plainly valid is stricter than the contract model: text where text belongs, within its
    length, ISO dates written ``YYYY-MM-DD``, lists for the clauses and events, and no key
    a contract does not have. Anything else is left to the model, which says what is wrong.
    """
    if not isinstance(data, Mapping) or not data.keys() <= CONTRACT_KEYS:
        return None
    parties = data.get("parties")
    if not isinstance(parties, Mapping) or parties.keys() != PARTIES_KEYS:
        return None
    supersedes = data.get("supersedes")
    clauses = data.get("clauses", [])
    events = data.get("events", [])
    plain = (
        data.get("format") == _FORMAT
        and _text(data.get("id"), _ID)
        and _bounded(data.get("title"), _TITLE_LENGTH)
        and _text(data.get("effective"), _DATE)
        and (supersedes is None or isinstance(supersedes, str))
        and all(_bounded(parties[key], _PARTY_LENGTH) for key in PARTIES_KEYS)
        and isinstance(data.get("sources", []), list)
        and isinstance(clauses, list)
        and isinstance(events, list)
    )
    if not plain:
        return None
    try:
        effective = dt.date.fromisoformat(data["effective"])
    except ValueError:  # e.g. 2025-13-01
        return None
    return ContractHeader(
        id=data["id"],
        title=data["title"],
        effective=effective,
        parties=HeaderParties(parties["lab"], parties["partner"]),
        supersedes=supersedes,
        clause_count=len(clauses),
        event_count=len(events),
    )


def _text(value: Any, pattern: re.Pattern[str]) -> bool:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


def _bounded(value: Any, longest: int) -> bool:
    return isinstance(value, str) and 1 <= len(value) <= longest


def _validated_headers() -> list[ContractHeader]:
    """Every bundled contract validated in full (raising on the first invalid file)."""
    from core.contract_files import bundled_contracts

    by_id = bundled_contracts()
    return [ContractHeader.of(contract) for contract in by_id.values()]
