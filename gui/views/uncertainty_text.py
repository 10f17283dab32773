"""A deal term as the subject of an uncertainty; the texts are `core.present.uncertainty`."""

from __future__ import annotations

from dataclasses import dataclass

from core.present.uncertainty import (
    Uncertain,
    shift_scale,
    shift_unit,
    uncertainty_text,
    uncertainty_tooltip,
)
from gui.term_fields import UNITS

__all__ = [
    "TermSubject",
    "Uncertain",
    "shift_scale",
    "shift_unit",
    "uncertainty_text",
    "uncertainty_tooltip",
]


@dataclass(frozen=True, slots=True)
class TermSubject:
    """A numeric deal term as the subject of an uncertainty (``revenue-share.cap_total``)."""

    name: str
    unit: str

    @classmethod
    def of(cls, key: str) -> TermSubject:
        """The term `key` with the unit of its parameter (``%``, ``$B``, ``quarters``)."""
        parameter = key.rsplit(".", 1)[-1]
        return cls(key, UNITS.get(parameter, ""))
