"""Line numbers of the keys and list items of a JSON text (the json module keeps none)."""

from __future__ import annotations

import bisect
import contextlib
import json
import re

from core.problems import DocPath

_WHITESPACE = re.compile(r"[ \t\n\r]*")


class JsonLines:
    """Line numbers of every key and list item of a valid JSON text, indexed on first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._index: dict[DocPath, int] | None = None
        self._duplicates: list[tuple[DocPath, int]] = []

    def __call__(self, path: DocPath) -> int | None:
        """Return the line of the value at `path`, or of its nearest parent that exists."""
        index = self._build()
        for end in range(len(path), -1, -1):
            line = index.get(path[:end])
            if line is not None:
                return line
        return None

    def duplicates(self) -> list[tuple[DocPath, int]]:
        """Return the path and line of every key repeated within its object."""
        self._build()
        return self._duplicates

    def _build(self) -> dict[DocPath, int]:
        if self._index is None:
            self._index = {}
            newlines = [match.start() for match in re.finditer("\n", self._text)]
            # Lines are a convenience: a very deep document just reports fewer of them.
            with contextlib.suppress(RecursionError):
                _Scanner(self._text, newlines, self._index, self._duplicates).value(0, ())
        return self._index


class _Scanner:
    """Walks a JSON text already known to be valid, recording where each value starts."""

    def __init__(
        self,
        text: str,
        newlines: list[int],
        index: dict[DocPath, int],
        duplicates: list[tuple[DocPath, int]],
    ) -> None:
        self._text = text
        self._newlines = newlines
        self._index = index
        self._duplicates = duplicates
        self._decoder = json.JSONDecoder()

    def value(self, pos: int, path: DocPath) -> int:
        """Index the value starting at or after `pos`; return the position after it."""
        pos = self._skip(pos)
        self._index.setdefault(path, self._line(pos))
        opener = self._text[pos]
        if opener == "{":
            return self._object(pos + 1, path)
        if opener == "[":
            return self._array(pos + 1, path)
        return self._decoder.raw_decode(self._text, pos)[1]

    def _object(self, pos: int, path: DocPath) -> int:
        pos = self._skip(pos)
        while self._text[pos] != "}":
            line = self._line(pos)
            key, pos = self._decoder.raw_decode(self._text, pos)
            child = (*path, key)
            if child in self._index:
                self._duplicates.append((child, line))
            self._index[child] = line
            pos = self._skip(self.value(self._skip(pos) + 1, child))  # + 1 steps over ":"
            if self._text[pos] == ",":
                pos = self._skip(pos + 1)
        return pos + 1

    def _array(self, pos: int, path: DocPath) -> int:
        pos = self._skip(pos)
        item = 0
        while self._text[pos] != "]":
            pos = self._skip(self.value(pos, (*path, item)))
            if self._text[pos] == ",":
                pos = self._skip(pos + 1)
            item += 1
        return pos + 1

    def _skip(self, pos: int) -> int:
        match = _WHITESPACE.match(self._text, pos)
        return match.end() if match else pos

    def _line(self, pos: int) -> int:
        return bisect.bisect_left(self._newlines, pos) + 1
