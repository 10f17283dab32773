"""Placing things along a timeline so that they never touch: clusters and rows."""

from __future__ import annotations

import math
from collections.abc import Sequence


def cluster_positions(positions: Sequence[float], gap: float) -> list[list[int]]:
    """Indices of `positions` grouped so that the groups' mean positions are `gap` apart.

    The two neighbouring groups closest to each other merge first, until every pair of
    neighbours is at least `gap` apart; groups are returned left to right, each in order.
    """
    order = sorted(range(len(positions)), key=lambda i: (positions[i], i))
    groups = [[i] for i in order]
    means = [positions[i] for i in order]
    while len(groups) > 1:
        gaps = [means[k + 1] - means[k] for k in range(len(means) - 1)]
        k = min(range(len(gaps)), key=gaps.__getitem__)
        if gaps[k] >= gap:
            break
        merged = groups[k] + groups[k + 1]
        groups[k : k + 2] = [merged]
        means[k : k + 2] = [sum(positions[i] for i in merged) / len(merged)]
    return groups


def pack_rows(spans: Sequence[tuple[float, float]], rows: int, gap: float = 0.0) -> list[int]:
    """Put each (left, right) span in the first of `rows` rows it does not overlap.

    Spans are placed from left to right; when every row is taken at a span's left edge, it
    goes to the row that frees up first (with `rows` 0, a new row opens instead). Returns the
    row of each span, in input order.
    """
    ends = [-math.inf] * max(rows, 1)
    placed = [0] * len(spans)
    for i in sorted(range(len(spans)), key=lambda k: spans[k][0]):
        left, right = spans[i]
        row = next((r for r, end in enumerate(ends) if end + gap <= left), None)
        if row is None:
            if rows == 0:
                ends.append(-math.inf)
                row = len(ends) - 1
            else:
                row = min(range(len(ends)), key=ends.__getitem__)
        placed[i] = row
        ends[row] = max(ends[row], right)
    return placed
