"""The one timeline model: lanes of clause bars, events, computed markers, versions in force.

Built from the deal and a projection (`layout_timeline`); the app's timeline
(gui/views/timeline_*.py) and the brief's (core/report/timeline.py) only draw it. Every
position is a fractional calendar year, day by day (`year_fraction`), so the app can use it
as a data coordinate and the brief can scale it to points.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from core.contract import Clause, Confidence, Contract, SpendCommitment
from core.kinds import GROUP_ORDER
from core.present.contract_text import title_of
from core.present.format import money, period
from core.present.i18n import _, ngettext
from core.present.timeline_words import ClauseWords, words_of
from core.present.years import period_end_day, period_start
from core.present.years import year_fraction as year_fraction
from core.projection import Projection

OPEN_HORIZON_YEARS = 10
"""Without a projection, open ends run this many years past the contract's effective year."""


@dataclass(frozen=True, slots=True)
class ClauseBar:
    """One clause lane: a bar from `start` to `end` (fractional years).

    Parameters
    ----------
    start, end : float
        The bar; a missing start is the contract's earliest date (`open_start`), a missing
        end the horizon end (`open_end`). A clause dated past the horizon is clipped there
        (`clipped`).
    cut_at : float or None
        Where the AGI clause ends this clause under the projection (the start of the AGI
        effective period), when it falls before `end`; None when not ended.
    kind_label, dates : str
        The clause's kind and its dates in words, for a tooltip.
    """

    clause_id: str
    title: str
    kind: str
    kind_label: str
    dates: str
    group: str
    confidence: Confidence
    start: float
    end: float
    open_start: bool
    open_end: bool
    clipped: bool
    cut_at: float | None


@dataclass(frozen=True, slots=True)
class LaneGroup:
    """A group of lanes (``Payments``, ``Compute``, ...), one bar per clause."""

    name: str
    bars: tuple[ClauseBar, ...]


@dataclass(frozen=True, slots=True)
class EventMark:
    """A dated event at `at` (fractional year); `index` is its position in contract.events."""

    index: int
    day: dt.date
    title: str
    summary: str | None

    @property
    def at(self) -> float:
        """`day` as a fractional year."""
        return year_fraction(self.day)


DASHED = frozenset({"agi_determination", "cap_reached", "first_profitable_year"})
"""Markers drawn dashed: a test met or a threshold crossed, not a clause taking effect."""


@dataclass(frozen=True, slots=True)
class Marker:
    """A date the projection computes, e.g. ``agi_effective``, with its hover text.

    `day` is the date it stands at (for a period's end, the next period's first day). `until`
    is set for a window (a spend commitment), which runs from `at` to `until`.
    """

    name: str
    label: str
    day: dt.date
    hover: str
    until: float | None = None

    @property
    def at(self) -> float:
        """`day` as a fractional year."""
        return year_fraction(self.day)

    @property
    def dashed(self) -> bool:
        """Whether the marker's line is drawn dashed."""
        return self.name in DASHED


@dataclass(frozen=True, slots=True)
class VersionSpan:
    """A contract version in force from `start` to `end` (fractional years, clipped to the axis).

    `since` is its effective date and `until` the next version's (None: nothing supersedes
    it yet, `open_end`); `current` marks the version the timeline shows.
    """

    contract_id: str
    label: str
    title: str
    start: float
    end: float
    since: dt.date
    until: dt.date | None
    current: bool

    @property
    def open_end(self) -> bool:
        """True when no later version supersedes this one."""
        return self.until is None


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    """Everything the timeline shows; `axis` runs from the earliest date to the horizon end.

    `versions` is the band of contract versions in force, oldest first (empty without a chain);
    `today` the date the layout was made, as a fractional year.
    """

    groups: tuple[LaneGroup, ...]
    events: tuple[EventMark, ...]
    markers: tuple[Marker, ...]
    axis: tuple[float, float]
    horizon: tuple[float, float] | None
    versions: tuple[VersionSpan, ...] = ()
    today: float | None = None

    @property
    def events_by_date(self) -> tuple[EventMark, ...]:
        """The events by date (contract order among the same day): the brief numbers them so."""
        return tuple(sorted(self.events, key=lambda e: (e.day, e.index)))

    @property
    def bars(self) -> tuple[ClauseBar, ...]:
        """Every bar, group by group, top to bottom."""
        return tuple(bar for group in self.groups for bar in group.bars)

    def marker(self, name: str) -> Marker | None:
        """The marker called `name`, or None when the projection has none."""
        return next((m for m in self.markers if m.name == name), None)


def layout_timeline(
    contract: Contract,
    projection: Projection | None,
    chain: Sequence[Contract] = (),
    today: dt.date | None = None,
) -> TimelineLayout:
    """Lay out `contract` on a time axis; cuts and markers come from `projection` if given.

    Without a projection no clause is cut, there are no markers, and open ends run to
    `OPEN_HORIZON_YEARS` past the contract's effective year (or its latest date). `chain`
    (oldest first) gives the band of versions in force; see `version_spans`. `today`
    defaults to the system date.
    """
    first = year_fraction(min(_dates(contract)))
    horizon = _horizon(projection)
    end = horizon[1] if horizon else _default_end(contract)
    if horizon:
        first = min(first, horizon[0])
    cut = _agi_cut(contract, projection)
    words = words_of(contract)
    bars = [
        _bar(clause, said, first, end, cut)
        for clause, said in zip(contract.clauses, words.clauses, strict=True)
    ]
    groups = tuple(
        LaneGroup(name, tuple(bar for bar in bars if bar.group == name))
        for name in GROUP_ORDER
        if any(bar.group == name for bar in bars)
    )
    events = tuple(
        EventMark(i, e.date, *said)
        for i, (e, said) in enumerate(zip(contract.events, words.events, strict=True))
    )
    markers = computed_markers(projection) if projection else ()
    versions = version_spans(chain, contract.id, (first, end))
    now = year_fraction(today or dt.date.today())
    return TimelineLayout(groups, events, markers, (first, end), horizon, versions, now)


def version_spans(
    chain: Sequence[Contract], current: str, axis: tuple[float, float]
) -> tuple[VersionSpan, ...]:
    """Each version of `chain` from its effective date to the next one's, within `axis`.

    The last version runs to the axis end. Versions entirely before the axis start are left
    out; `current` is the id of the version the timeline shows.
    """
    ordered = sorted(chain, key=lambda c: c.effective)
    spans = []
    for number, version in enumerate(ordered):
        start = year_fraction(version.effective)
        later = ordered[number + 1] if number + 1 < len(ordered) else None
        end = year_fraction(later.effective) if later else axis[1]
        start, end = max(start, axis[0]), min(end, axis[1])
        if end <= start:
            continue
        spans.append(
            VersionSpan(
                contract_id=version.id,
                label=f"{version.effective:%Y-%m}",
                title=title_of(version),
                start=start,
                end=end,
                since=version.effective,
                until=later.effective if later else None,
                current=version.id == current,
            )
        )
    return tuple(spans)


def _dates(contract: Contract) -> list[dt.date]:
    days = [contract.effective, *(e.date for e in contract.events)]
    for clause in contract.clauses:
        days += [d for d in (clause.start, clause.end) if d is not None]
    return days


def _default_end(contract: Contract) -> float:
    latest = max(_dates(contract))
    return float(max(latest.year + 1, contract.effective.year + OPEN_HORIZON_YEARS))


def _horizon(projection: Projection | None) -> tuple[float, float] | None:
    if projection is None:
        return None
    grid = projection.grid
    return float(grid.start_year), float(grid.end_year + 1)


def _agi_cut(contract: Contract, projection: Projection | None) -> tuple[frozenset[str], float]:
    agi = contract.agi_clause
    if agi is None or projection is None:
        return frozenset(), 0.0
    at = period_start(projection, projection.key_figures["agi_effective_period"])
    return (frozenset(agi.ends), at) if at is not None else (frozenset(), 0.0)


def _bar(
    clause: Clause,
    words: ClauseWords,
    first: float,
    end: float,
    cut: tuple[frozenset[str], float],
) -> ClauseBar:
    start = year_fraction(clause.start) if clause.start else first
    stop = year_fraction(clause.end + dt.timedelta(days=1)) if clause.end else end
    start = min(start, end)
    cut_at = min(max(cut[1], start), stop) if clause.id in cut[0] else None
    return ClauseBar(
        clause_id=clause.id,
        title=words.title,
        kind=clause.kind,
        kind_label=words.kind_label,
        dates=words.dates,
        group=words.group,
        confidence=clause.confidence,
        start=start,
        end=min(stop, end),
        open_start=clause.start is None,
        open_end=clause.end is None,
        clipped=stop > end,
        cut_at=cut_at if cut_at is not None and cut_at < stop else None,
    )


def computed_markers(projection: Projection) -> tuple[Marker, ...]:
    """The projection's computed dates: AGI, revenue-share cap, first profit, commitments."""
    figures = projection.key_figures
    parties = projection.contract.parties
    grid = projection.grid
    found: list[Marker] = []
    determined = figures["agi_determination_period"]
    effective = figures["agi_effective_period"]
    day = period_end_day(projection, determined)
    if day is not None:
        label = _("AGI determined {period}").format(period=period(determined))
        found.append(Marker("agi_determination", label, day, _agi_hover(projection)))
    if isinstance(effective, str):
        hover = _("AGI clause effective from {period}: the clauses it ends stop here").format(
            period=effective
        )
        day = grid.starts[grid.index_of(effective)]
        label = _("AGI effective {period}").format(period=period(effective))
        found.append(Marker("agi_effective", label, day, hover))
    cap = figures["revenue_share_cap_reached_period"]
    day = period_end_day(projection, cap)
    if day is not None:
        hover = _("Revenue-share cap reached in {period}: payments to {partner} stop").format(
            period=cap, partner=parties.partner
        )
        label = _("Cap reached {period}").format(period=period(cap))
        found.append(Marker("cap_reached", label, day, hover))
    year = figures["first_profitable_year"]
    if isinstance(year, int):
        hover = _("{year}: the first calendar year in which {lab} makes a profit").format(
            year=year, lab=parties.lab
        )
        label = _("First profit {year}").format(year=year)
        found.append(Marker("first_profitable_year", label, dt.date(year, 1, 1), hover))
    found += _commitment_markers(projection)
    return tuple(found)


def _agi_hover(projection: Projection) -> str:
    agi = projection.contract.agi_clause
    period = projection.key_figures["agi_determination_period"]
    shown = str(period)
    if agi is None:
        return _("AGI determined in {period}").format(period=shown)
    lag = agi.verification_lag_quarters
    return ngettext(
        "AGI determined in {period}: the profit measure reaches {threshold}; "
        "{lag}-quarter verification lag",
        "AGI determined in {period}: the profit measure reaches {threshold}; "
        "{lag}-quarter verification lag",
        lag,
    ).format(period=shown, threshold=money(agi.threshold), lag=lag)


def _commitment_markers(projection: Projection) -> list[Marker]:
    commitments = [c for c in projection.contract.clauses if isinstance(c, SpendCommitment)]
    shortfall = projection.key_figures["partner_commitment_shortfall"]
    cloud = projection.contract.parties.partner_cloud
    if not isinstance(shortfall, float):
        label, amount = _("{cloud} commitment").format(cloud=cloud), _("none")
    else:
        amount = money(shortfall)
        met = round(shortfall, 1) <= 0
        label = (
            _("{cloud} commitment met").format(cloud=cloud)
            if met
            else _("{cloud} shortfall {amount}").format(cloud=cloud, amount=amount)
        )
    if len(commitments) > 1:
        amount = _("{amount} in total over {count} commitments").format(
            amount=amount, count=len(commitments)
        )
    markers = []
    for clause in commitments:
        hover = _(
            "{clause}: {commitment} of {cloud} spend from {start} to {end}. Shortfall under "
            "this scenario: {amount} (pro rata for the part of the window inside the horizon)"
        ).format(
            clause=title_of(clause),
            commitment=money(clause.amount),
            cloud=cloud,
            start=clause.start,
            end=clause.end,
            amount=amount,
        )
        end = year_fraction(clause.end + dt.timedelta(days=1))
        markers.append(Marker(f"commitment:{clause.id}", label, clause.start, hover, until=end))
    return markers
