"""What one Session operation changed: the one message every view reads to decide its work."""

from __future__ import annotations

from dataclasses import dataclass, field

AnalysisPart = str
"""``sensitivity``, ``montecarlo``, ``goal`` (results), ``progress``, ``running``, ``message``."""


@dataclass(frozen=True, slots=True)
class Change:
    """A description of one operation's effect, broadcast once by `Session.changed`.

    `document` means everything may differ (another workspace, contract, version or time
    grid: years, names and versions too); the other fields name the narrower effects.
    """

    document: bool = False
    scenarios: frozenset[str] = field(default_factory=frozenset)
    """Scenarios whose inputs (assumptions, terms, uncertainty, notes) changed, by name."""
    names: bool = False
    """The scenario list changed: added, removed, renamed or moved."""
    current: bool = False
    """Another scenario is current."""
    projection: bool = False
    """The current scenario's projection is another one."""
    analyses: frozenset[AnalysisPart] = field(default_factory=frozenset)
    path: bool = False
    """The workspace file is another one (or none)."""

    def __or__(self, other: Change) -> Change:
        """Both changes as one."""
        return Change(
            document=self.document or other.document,
            scenarios=self.scenarios | other.scenarios,
            names=self.names or other.names,
            current=self.current or other.current,
            projection=self.projection or other.projection,
            analyses=self.analyses | other.analyses,
            path=self.path or other.path,
        )

    @property
    def workspace(self) -> bool:
        """True when the workspace may differ in any way (its scenarios or the document)."""
        return self.document or self.names or bool(self.scenarios)

    @property
    def inputs(self) -> bool:
        """True when the current scenario's inputs may differ (analyses may be out of date)."""
        return self.document or self.current or self.names or bool(self.scenarios)

    @property
    def figures(self) -> bool:
        """True when figures shown from projections may differ."""
        return self.document or self.projection or self.names or bool(self.scenarios)


DOCUMENT = Change(document=True, names=True, current=True, projection=True, path=True)
"""Everything may differ: another file is open."""
