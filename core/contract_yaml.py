"""Writing a contract as a YAML file in the contract format (`dealscope-contract/1`).

The app's contract variants and new deals are exported with these; `load_contract` reads the
text back to an equal contract.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import yaml

from core.contract import Contract
from core.saving import write_atomically

HEADER = (
    "# Dealscope contract file (format: dealscope-contract/1), written by Dealscope.\n"
    "# Money in $B; rates and shares as fractions (0.2 = 20 %).\n"
)
_CLAUSE_FIRST = ("id", "kind", "title")


class _Dumper(yaml.SafeDumper):
    """A safe dumper that never writes anchors and aliases (the loader refuses them)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def contract_data(contract: Contract) -> dict[str, Any]:
    """The contract as plain data in the file's key order, without empty optional keys."""
    data: dict[str, Any] = _plain(contract.model_dump(mode="python", exclude_none=True))
    clauses = []
    for clause in data.get("clauses", []):
        first = {key: clause[key] for key in _CLAUSE_FIRST if key in clause}
        clauses.append(first | {k: v for k, v in clause.items() if k not in first})
    data["clauses"] = clauses
    for section in ("sources", "clauses", "events"):
        if not data.get(section):
            data.pop(section, None)
    return data


def contract_to_yaml(contract: Contract) -> str:
    """The contract as the text of a contract file."""
    body = yaml.dump(
        contract_data(contract),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=96,
        default_flow_style=False,
    )
    return HEADER + "\n" + body


def save_contract(contract: Contract, path: str | os.PathLike[str]) -> None:
    """Write `contract` as a contract file, atomically.

    Raises
    ------
    FileError
        Naming the path and the reason; an existing file is then left as it was.
    """
    write_atomically(path, contract_to_yaml(contract).encode("utf-8"))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date | str | int | float | bool) or value is None:
        return value
    return str(value)
