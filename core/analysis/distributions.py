"""Uncertainty distributions of model.md section 8: sampling, quantiles and labels."""

from __future__ import annotations

import math
import zlib
from collections.abc import Mapping
from statistics import NormalDist

import numpy as np

from core.analysis.batch import check_assumption
from core.assumptions import NAMES
from core.inputs import FloatArray
from core.terms import TermKey
from core.workspace import AssumptionName, LogNormal, Normal, Triangular, Uniform

Distribution = Uniform | Triangular | Normal | LogNormal
"""An assumption's uncertainty: a factor on its whole path, or a shift added to it."""
Uncertainties = Mapping[AssumptionName, Distribution] | Mapping[str, Distribution]
"""Distributions by assumption name, such as ``Scenario.uncertainty``."""


def by_name(uncertainties: Uncertainties | None) -> dict[str, Distribution]:
    """The distributions of assumptions, keyed by plain names, in catalogue order.

    Deal terms (keys such as ``revenue-share.cap_total``) are left to `on_terms`.

    Raises
    ------
    AnalysisError
        When a key is neither an assumption nor a deal term.
    """
    given = {str(name): dist for name, dist in (uncertainties or {}).items()}
    for name in given:
        if TermKey.parse(name) is None:
            check_assumption(name)
    return {name: given[name] for name in NAMES if name in given}


def on_terms(uncertainties: Uncertainties | None) -> dict[str, Distribution]:
    """The distributions of deal terms (model.md section 11), in key order."""
    given = {str(name): dist for name, dist in (uncertainties or {}).items()}
    return {name: given[name] for name in sorted(given) if TermKey.parse(name) is not None}


def generator(seed: int, assumption: str) -> np.random.Generator:
    """Return the random stream of one assumption for a seed.

    Each assumption has its own stream, derived from `seed` and the assumption's place in
    the catalogue (`core.assumptions.NAMES`). Its draws therefore depend only on the seed:
    adding or removing an uncertainty on another assumption leaves them unchanged, and
    drawing in chunks of any size gives the same sequence.

    Parameters
    ----------
    seed : int
        Any integer >= 0.
    assumption : str
        An assumption name, or a deal term's key.
    """
    if assumption in NAMES:
        key = NAMES.index(assumption)
    else:  # a deal term: a stream of its own, from its key's text
        key = len(NAMES) + zlib.crc32(assumption.encode("utf-8"))
    sequence = np.random.SeedSequence(seed, spawn_key=(key,))
    return np.random.Generator(np.random.PCG64(sequence))


def sample(dist: Distribution, rng: np.random.Generator, size: int) -> FloatArray:
    """Draw `size` factors or shifts from `dist`.

    A distribution of zero width (``low == high``, ``sd == 0``, ``sigma == 0``) gives its
    point value exactly, so such a run reproduces the deterministic projection.
    """
    if isinstance(dist, Uniform):
        return rng.uniform(dist.low, dist.high, size)
    if isinstance(dist, Triangular):
        if dist.low == dist.high:  # numpy rejects a triangle of zero width
            return np.full(size, dist.low)
        return rng.triangular(dist.low, dist.mode, dist.high, size)
    if isinstance(dist, Normal):
        return rng.normal(dist.mean, dist.sd, size)
    # median * exp(sigma * z) rather than exp(log(median) + ...): exact when sigma is 0.
    return dist.median * np.exp(dist.sigma * rng.standard_normal(size))


def quantile(dist: Distribution, p: float) -> float:
    """Return the value below which a fraction `p` (0 < p < 1) of `dist`'s draws fall."""
    if isinstance(dist, Uniform):
        return dist.low + p * (dist.high - dist.low)
    if isinstance(dist, Triangular):
        return _triangular_quantile(dist, p)
    z = NormalDist().inv_cdf(p)
    if isinstance(dist, Normal):
        return dist.mean + dist.sd * z
    return dist.median * math.exp(dist.sigma * z)


def _triangular_quantile(dist: Triangular, p: float) -> float:
    width = dist.high - dist.low
    if width == 0:
        return dist.low
    if p * width <= dist.mode - dist.low:
        return dist.low + math.sqrt(p * width * (dist.mode - dist.low))
    return dist.high - math.sqrt((1.0 - p) * width * (dist.high - dist.mode))


def describe(dist: Distribution) -> str:
    """Describe `dist` in one line, e.g. ``factor ~ triangular(0.6, 1, 1.3)``."""
    if isinstance(dist, Uniform):
        params = f"uniform({dist.low:g}, {dist.high:g})"
    elif isinstance(dist, Triangular):
        params = f"triangular({dist.low:g}, {dist.mode:g}, {dist.high:g})"
    elif isinstance(dist, Normal):
        params = f"normal(mean {dist.mean:g}, sd {dist.sd:g})"
    else:
        params = f"lognormal(median {dist.median:g}, sigma {dist.sigma:g})"
    return f"{dist.apply} ~ {params}"
