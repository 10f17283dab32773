"""Reported actuals of a deal (``dealscope-actuals/1``): load, validate and find them."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from pathlib import Path
from typing import Any, Literal, get_args

import pydantic
from pydantic import Field, field_validator

from core.contract import Confidence, Contract, Frozen, Parties, Source, unknown_ids
from core.documents import parse_yaml, read_text
from core.errors import Problem, ValidationError
from core.problems import DocPath, LineFinder, format_path, in_line_order, problems_from_error
from core.resources import bundled_actuals_paths

Figure = Literal[
    "lab_revenue",
    "lab_profit",
    "revenue_share_net",
    "revenue_share_gross",
    "partner_cloud_revenue",
    "compute_gw",
]
FIGURES: tuple[str, ...] = get_args(Figure)
NON_NEGATIVE = frozenset(
    {"lab_revenue", "revenue_share_gross", "partner_cloud_revenue", "compute_gw"}
)
"""Figures that cannot be below zero (a loss is a negative `lab_profit`)."""

_LABEL = re.compile(r"(\d{4})(?:Q([1-4]))?")
_LABEL_ALLOWED = "a period label: a year (2024) or a quarter (2024Q1), years 1900-2200"
_FIELDS = "format, id, parties, sources, actuals"


class Actual(Frozen):
    """One reported figure over the periods `from_` to `to` (inclusive)."""

    figure: Figure
    from_: str = Field(alias="from")
    to: str | None = None
    value: float = Field(allow_inf_nan=False, ge=-1e6, le=1e6)
    confidence: Confidence
    sources: tuple[str, ...] = Field(min_length=1)
    note: str | None = None

    @field_validator("from_", "to", mode="before")
    @classmethod
    def _year_as_text(cls, value: Any) -> Any:
        """YAML reads ``2024`` as a number; a period label is text."""
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @property
    def last(self) -> str:
        """The last period label (`to`, or `from_` when `to` is left out)."""
        return self.to or self.from_


class Actuals(Frozen):
    """The reported figures of one deal, each citing the file's sources."""

    format: Literal["dealscope-actuals/1"]
    id: str = Field(min_length=1, max_length=120, pattern=r"^[A-Za-z0-9_.-]+$")
    parties: Parties
    sources: tuple[Source, ...] = Field(min_length=1)
    actuals: tuple[Actual, ...] = Field(min_length=1)

    def source(self, source_id: str) -> Source:
        """Return the source with `source_id`, or raise KeyError."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def urls(self, actual: Actual) -> tuple[str, ...]:
        """The web addresses of the sources `actual` cites."""
        return tuple(self.source(s).url for s in actual.sources)


def label_span(label: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a period label (``2024`` or ``2024Q3``), or None if invalid."""
    match = _LABEL.fullmatch(label)
    if match is None or not 1900 <= int(match.group(1)) <= 2200:
        return None
    year = int(match.group(1))
    if match.group(2) is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    quarter = int(match.group(2))
    start = dt.date(year, 3 * quarter - 2, 1)
    following = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return start, following - dt.timedelta(days=1)


def load_actuals(path: str | os.PathLike[str]) -> Actuals:
    """Read and validate an actuals YAML file; raises as `core.files.load_contract` does."""
    file = Path(path)
    return actuals_from_text(read_text(file), file=str(file))


def actuals_from_text(text: str, file: str = "") -> Actuals:
    """Validate actuals written as YAML text, as `contract_from_text` does a contract."""
    data, line_of = parse_yaml(text, file)
    if data is None:
        allowed = f"reported actuals ({_FIELDS})"
        raise ValidationError([Problem(file, "", "an empty document", allowed, 1)])
    try:
        actuals = Actuals.model_validate(data)
    except pydantic.ValidationError as exc:
        problems = problems_from_error(exc, root=Actuals, data=data, file=file, line_of=line_of)
        raise ValidationError(in_line_order(problems)) from None
    problems = _cross_problems(actuals, file, line_of)
    if problems:
        raise ValidationError(in_line_order(problems))
    return actuals


def _cross_problems(actuals: Actuals, file: str, line_of: LineFinder) -> list[Problem]:
    """Unique source ids, cited sources that exist, valid labels in order, signs."""
    problems: list[Problem] = []

    def add(path: DocPath, found: str, allowed: str) -> None:
        problems.append(Problem(file, format_path(path), found, allowed, line_of(path)))

    seen: dict[str, int] = {}
    for i, source in enumerate(actuals.sources):
        first = seen.setdefault(source.id, i)
        if first < i:
            add(
                ("sources", i, "id"),
                f"{source.id!r}, already used by sources[{first}]",
                "an id unique in sources",
            )
    known = ", ".join(seen)
    for i, actual in enumerate(actuals.actuals):
        missing = [s for s in actual.sources if s not in seen]
        if missing:
            add(
                ("actuals", i, "sources"),
                unknown_ids(missing),
                f"ids of this file's sources ({known})",
            )
        spans = {}
        for key, label in (("from", actual.from_), ("to", actual.to)):
            if label is None:
                continue
            spans[key] = label_span(label)
            if spans[key] is None:
                add(("actuals", i, key), repr(label), _LABEL_ALLOWED)
        first_span, last_span = spans.get("from"), spans.get("to")
        if first_span is not None and last_span is not None and last_span[1] < first_span[0]:
            add(
                ("actuals", i, "to"),
                f"{actual.to!r}, before from {actual.from_!r}",
                f"a period that ends on or after {actual.from_!r} begins",
            )
        if actual.figure in NON_NEGATIVE and actual.value < 0:
            add(
                ("actuals", i, "value"),
                repr(actual.value),
                f"a number >= 0 ({actual.figure} cannot be negative)",
            )
    return problems


@functools.lru_cache(maxsize=16)
def _load_bundled(path: Path) -> Actuals:
    return load_actuals(path)


def bundled_actuals() -> dict[str, Actuals]:
    """Every bundled actuals file (``resources/actuals/*.yaml``) by id."""
    return {a.id: a for a in (_load_bundled(path) for path in bundled_actuals_paths())}


def actuals_for(contract: Contract) -> Actuals | None:
    """The actuals of `contract`'s deal: its `actuals` id, else the lab/partner pair.

    Returns None when no bundled actuals match the parties.

    Raises
    ------
    ValidationError
        When the contract names an actuals id that is not bundled.
    """
    bundled = bundled_actuals()
    if contract.actuals is not None:
        if contract.actuals in bundled:
            return bundled[contract.actuals]
        ids = ", ".join(sorted(bundled)) or "none are installed"
        found = f"{contract.actuals!r} (in contract {contract.id})"
        raise ValidationError(
            [Problem("", "actuals", found, f"the id of bundled actuals ({ids})")]
        )
    for actuals in bundled.values():
        if (actuals.parties.lab, actuals.parties.partner) == (
            contract.parties.lab,
            contract.parties.partner,
        ):
            return actuals
    return None
