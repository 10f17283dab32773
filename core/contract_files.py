"""Contract files: read and validate one, or find a bundled one by id."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import pydantic

from core.contract import DEFER_REFERENCE_CHECK, Contract, reference_problems
from core.documents import parse_yaml, read_text
from core.errors import Problem, ValidationError
from core.problems import (
    DocPath,
    LineFinder,
    format_path,
    in_line_order,
    parse_path,
    problems_from_error,
)
from core.resources import bundled_contract_paths

_CONTRACT_FIELDS = "format, id, title, parties, effective, sources, clauses, events"


def load_contract(path: str | os.PathLike[str]) -> Contract:
    """Read and validate a contract YAML file.

    Raises
    ------
    FileError
        When the file is missing, unreadable or larger than 5 MB.
    ValidationError
        Listing every problem, each with the file, line, path, what was found and what is
        allowed.
    """
    file = Path(path)
    return contract_from_text(read_text(file), file=str(file))


def contract_from_text(text: str, file: str = "") -> Contract:
    """Validate a contract written as YAML text; `file` only names it in problems.

    Raises
    ------
    ValidationError
        Listing every problem found.
    """
    data, line_of = parse_yaml(text, file)
    if data is None:
        problem = Problem(file, "", "an empty document", f"a contract ({_CONTRACT_FIELDS})", 1)
        raise ValidationError([problem])
    return validate_contract(data, file, line_of, ())


def validate_contract(data: Any, file: str, line_of: LineFinder, prefix: DocPath) -> Contract:
    """Validate a contract document at `prefix` of `file`, reporting every problem."""
    context = {DEFER_REFERENCE_CHECK: True}
    try:
        contract = Contract.model_validate(data, context=context)
    except pydantic.ValidationError as exc:
        problems = problems_from_error(
            exc, root=Contract, data=data, file=file, line_of=line_of, prefix=prefix
        )
        raise ValidationError(in_line_order(problems)) from None
    problems = []
    for problem in reference_problems(contract):
        path = prefix + parse_path(problem.path)
        problems.append(
            Problem(file, format_path(path), problem.found, problem.allowed, line_of(path))
        )
    if problems:
        raise ValidationError(in_line_order(problems))
    return contract


def bundled_contracts() -> dict[str, Contract]:
    """Return every bundled contract by id.

    Raises
    ------
    ValidationError
        When a bundled file is invalid or two of them share an id (a packaging bug).
    """
    contracts: dict[str, Contract] = {}
    origins: dict[str, Path] = {}
    for path in bundled_contract_paths():
        contract = _load_bundled(path)
        if contract.id in contracts:
            found = f"{contract.id!r}, also the id of {origins[contract.id].name}"
            allowed = "an id unique among bundled contracts"
            raise ValidationError([Problem(str(path), "id", found, allowed)])
        contracts[contract.id] = contract
        origins[contract.id] = path
    return contracts


def load_contract_by_id_or_path(ref: str) -> Contract:
    """Return the bundled contract with id `ref`, else the contract in the YAML file `ref`.

    This is what the command line's ``--contract`` accepts.

    Raises
    ------
    FileError
        When `ref` names a contract file that cannot be read.
    ValidationError
        When `ref` is neither a bundled id nor a file, or the file is invalid.
    """
    contract = bundled_by_id(ref)
    if contract is not None:
        return contract
    candidate = Path(ref)
    if candidate.suffix.lower() in {".yaml", ".yml"} or candidate.exists():
        return load_contract(candidate)
    allowed = f"the id of a bundled contract ({bundled_ids()}) or a contract file (.yaml)"
    raise ValidationError([Problem("", "", repr(ref), allowed)])


@functools.lru_cache(maxsize=64)
def _load_bundled(path: Path) -> Contract:
    return load_contract(path)


def bundled_by_id(contract_id: str) -> Contract | None:
    """Find a bundled contract by its file name first, then by reading them all."""
    for path in bundled_contract_paths():
        if path.stem == contract_id and _load_bundled(path).id == contract_id:
            return _load_bundled(path)
    return bundled_contracts().get(contract_id)


def bundled_ids() -> str:
    """The bundled ids, for a problem's "allowed" text."""
    ids = sorted(bundled_contracts())
    return ", ".join(ids) if ids else "none are installed"
