"""Workspace values: settings, scenarios with assumptions and uncertainties (immutable)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    Field,
    PlainSerializer,
    create_model,
    field_validator,
    model_validator,
)

from core.assumptions import SPECS, SPECS_BY_NAME, AssumptionSpec, YearPath
from core.contract import Contract, Frozen, find
from core.limits import (
    MAX_NOTES,
    MAX_PARAMETER,
    MAX_SCENARIOS,
    MAX_TERMS,
    MAX_VERSIONS,
    at_most,
    at_most_keys,
)

Year = Annotated[int, Field(ge=1900, le=2300)]
AssumptionName = Literal[
    "revenue_base",
    "revenue_growth",
    "api_revenue_share",
    "other_opex_share",
    "compute_base_gw",
    "compute_growth",
    "training_share",
    "own_capacity_gw",
    "partner_capacity_gw",
    "rofr_take_rate",
    "partner_share_without_rofr",
    "partner_model_revenue",
    "partner_cloud_margin",
    "price_partner",
    "price_other",
    "price_own",
    "profit_cumulative_at_start",
    "lab_valuation",
    "discount_rate",
]
MAX_YEARS = 100
TermValue = float | dt.date | None
"""A clause term's value (model.md section 11): a number, an ISO date, or None (open)."""


class Settings(Frozen):
    """The projection's time grid."""

    start_year: Year = 2025
    end_year: Year = 2035
    frequency: Literal["Q", "A"] = "Q"
    versions: Literal["selected", "dated"] = "selected"
    """``selected``: the workspace's contract in every period; ``dated``: each period under
    the version of its chain in force then (model.md section 9)."""

    @model_validator(mode="after")
    def _years_in_order(self) -> Settings:
        if self.end_year < self.start_year:
            raise ValueError(f"end_year {self.end_year} is before start_year {self.start_year}")
        if self.end_year - self.start_year + 1 > MAX_YEARS:
            raise ValueError(f"at most {MAX_YEARS} years may be projected")
        return self

    @property
    def periods_per_year(self) -> int:
        """4 for quarters, 1 for years."""
        return 4 if self.frequency == "Q" else 1


def _path_from_input(value: Any) -> Any:
    """Accept a number as a one-entry path; keep mappings for per-year validation."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {0: value}
    return value


def _path_to_tuple(value: dict[int, float]) -> YearPath:
    if not value:
        raise ValueError("a year path needs at least one year")
    return tuple(sorted(value.items()))


def _path_to_json(path: YearPath) -> float | dict[str, float]:
    if len(path) == 1 and path[0][0] == 0:
        return path[0][1]
    return {str(year): value for year, value in path}


def _bounded(spec: AssumptionSpec) -> Any:
    if spec.lower_open:
        return Annotated[float, Field(gt=spec.lower, le=spec.upper, allow_inf_nan=False)]
    return Annotated[float, Field(ge=spec.lower, le=spec.upper, allow_inf_nan=False)]


def _field_type(spec: AssumptionSpec) -> Any:
    value = _bounded(spec)
    if not spec.is_path:
        return Annotated[
            dict[Literal[0], value],  # type: ignore[valid-type]
            BeforeValidator(_path_from_input),
            BeforeValidator(_reject_mapping_for_scalar),
        ]
    key = Annotated[int, Field(ge=0, le=2300)]
    return Annotated[
        dict[key, value],  # type: ignore[valid-type]
        BeforeValidator(_path_from_input),
        AfterValidator(_not_empty),
    ]


def _not_empty(value: dict[int, float]) -> dict[int, float]:
    if not value:
        raise ValueError('at least one year, e.g. {"2025": 0.5}')
    return value


def _reject_mapping_for_scalar(value: Any) -> Any:
    if isinstance(value, dict):
        raise ValueError("a single number (this assumption is not a year path)")
    return value


def _assumption_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for spec in SPECS:
        serializer = PlainSerializer(lambda v: None if v is None else _path_to_json(_as_path(v)))
        fields[spec.name] = (Annotated[_field_type(spec) | None, serializer], None)
    return fields


def _as_path(value: dict[int, float] | YearPath) -> YearPath:
    return _path_to_tuple(value) if isinstance(value, dict) else value


AssumptionValues: type[BaseModel] = create_model(
    "AssumptionValues", __base__=Frozen, **_assumption_fields()
)
"""A scenario's assumptions: every key optional, unknown keys and out-of-range values rejected."""


Parameter = Annotated[float, Field(ge=-MAX_PARAMETER, le=MAX_PARAMETER, allow_inf_nan=False)]
"""An uncertainty's parameter: finite and bounded, so that draws stay finite."""


class Uniform(Frozen):
    """Uniform between `low` and `high`."""

    dist: Literal["uniform"]
    low: Parameter
    high: Parameter
    apply: Literal["factor", "shift"] = "factor"

    @model_validator(mode="after")
    def _ordered(self) -> Uniform:
        if self.high < self.low:
            raise ValueError("high must be >= low")
        return self


class Triangular(Frozen):
    """Triangular with `low` <= `mode` <= `high`."""

    dist: Literal["triangular"]
    low: Parameter
    mode: Parameter
    high: Parameter
    apply: Literal["factor", "shift"] = "factor"

    @model_validator(mode="after")
    def _ordered(self) -> Triangular:
        if not self.low <= self.mode <= self.high:
            raise ValueError("low <= mode <= high is required")
        return self


class Normal(Frozen):
    """Normal with `mean` and standard deviation `sd` >= 0."""

    dist: Literal["normal"]
    mean: Parameter
    sd: float = Field(ge=0.0, le=MAX_PARAMETER, allow_inf_nan=False)
    apply: Literal["factor", "shift"] = "factor"


class LogNormal(Frozen):
    """Log-normal with `median` > 0 and `sigma` >= 0, the standard deviation of the log."""

    dist: Literal["lognormal"]
    median: float = Field(gt=0.0, le=MAX_PARAMETER, allow_inf_nan=False)
    sigma: float = Field(ge=0.0, le=5.0, allow_inf_nan=False)
    apply: Literal["factor", "shift"] = "factor"


Uncertainty = Annotated[Uniform | Triangular | Normal | LogNormal, Field(discriminator="dist")]


NumericFigureName = Literal[
    "revenue_share_total",
    "revenue_share_npv",
    "profit_share_total",
    "partner_net_total",
    "partner_net_npv",
    "partner_royalties_total",
    "partner_cloud_margin_total",
    "partner_value_npv",
    "partner_cloud_revenue_total",
    "partner_share_of_compute_final",
    "partner_equity_value_final",
    "lab_revenue_final_year",
    "lab_cumulative_profit_final",
    "api_shortfall_max_gw",
    "partner_commitment_shortfall",
]
"""Key figures of kind money, share or GW: the ones a tornado or a goal seek can use."""
MAX_DRAWS = 10_000_000


class MonteCarloSettings(Frozen):
    """The last Monte Carlo run of a scenario: with its inputs, enough to repeat it exactly."""

    draws: int = Field(ge=1, le=MAX_DRAWS)
    seed: int = Field(ge=0)


class SensitivitySettings(Frozen):
    """The key figure of a scenario's tornado, and whether it has a bar per deal term."""

    figure: NumericFigureName
    include_terms: bool = False


class AnalysisSettings(Frozen):
    """Analyses to repeat for the brief; either may be missing."""

    montecarlo: MonteCarloSettings | None = None
    sensitivity: SensitivitySettings | None = None


NUMERIC_TERM_PATTERN = (
    r"^[A-Za-z0-9_.-]+?\.(rate|cap_total|share|amount|threshold|verification_lag_quarters"
    r"|tiers\[\d{1,4}\]\.(rate|until_total))$"
)
"""A numeric deal term's key (model.md section 11), as an uncertainty may name it."""

UncertainName = AssumptionName | Annotated[str, Field(pattern=NUMERIC_TERM_PATTERN)]
"""What an uncertainty may make uncertain: an assumption or a numeric deal term."""


class Scenario(Frozen):
    """A named set of assumption values, with notes and optional uncertainties and analyses."""

    name: str = Field(min_length=1, max_length=200)
    notes: str = Field(default="", max_length=MAX_NOTES)
    assumptions: AssumptionValues = Field(  # type: ignore[valid-type]
        default_factory=lambda: AssumptionValues()
    )
    uncertainty: dict[UncertainName, Uncertainty] = Field(default_factory=dict)
    """Distributions by assumption name, or by numeric deal term (``revenue-share.rate``);
    a term key is checked against the workspace's contracts when it is loaded."""
    analysis: AnalysisSettings | None = None
    terms: Annotated[dict[str, TermValue], at_most_keys(MAX_TERMS, "terms")] = Field(
        default_factory=dict
    )
    """Clause terms this scenario sets, ``{"clause-id.parameter": value}`` (model.md 11);
    checked against the workspace's contracts when it is loaded."""

    @field_validator("terms", mode="before")
    @classmethod
    def _no_booleans(cls, value: Any) -> Any:
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, bool):
                    raise ValueError(f"{key}: a number, an ISO date or null, not {item}")
        return value

    def overrides(self) -> dict[str, YearPath]:
        """The assumptions this scenario sets, as year paths (scalars as one entry)."""
        values = self.assumptions
        result: dict[str, YearPath] = {}
        for name in SPECS_BY_NAME:
            raw = getattr(values, name)
            if raw is not None:
                result[name] = _as_path(raw)
        return result

    def resolved(self) -> dict[str, YearPath]:
        """Every assumption: the scenario's value, else the app default."""
        overrides = self.overrides()
        return {spec.name: overrides.get(spec.name, spec.default) for spec in SPECS}


class ContractPath(Frozen):
    """A contract file named relative to the workspace file."""

    path: str = Field(min_length=1)


ContractRef = str | ContractPath | Contract
"""A bundled contract's id, a contract file relative to the workspace, or a contract."""


class Workspace(Frozen):
    """What the analyst works on: one contract, the grid settings and named scenarios.

    `history` lists the contracts that the version chain may need besides the bundled
    ones (model.md section 9); a workspace that embeds its contract embeds them here.
    """

    format: Literal["dealscope-workspace/1"] = "dealscope-workspace/1"
    contract: ContractRef
    history: Annotated[tuple[ContractRef, ...], at_most(MAX_VERSIONS, "versions")] = ()
    settings: Settings = Field(default_factory=Settings)
    scenarios: Annotated[
        tuple[Scenario, ...], at_most(MAX_SCENARIOS, "scenarios"), Field(min_length=1)
    ]

    @model_validator(mode="after")
    def _names_unique(self) -> Workspace:
        counts = Counter(s.name for s in self.scenarios)  # linear: no count() per name
        duplicates = sorted(name for name, count in counts.items() if count > 1)
        if duplicates:
            raise ValueError(f"scenario names must be unique; repeated: {duplicates}")
        return self

    def scenario(self, name: str) -> Scenario:
        """Return the scenario called `name`, or raise KeyError."""
        return find(self.scenarios, "name", name)
