"""Line numbers of the keys and list items of a JSON text (the json module keeps none)."""

from __future__ import annotations

import bisect
import contextlib
import json
import re

from core.doc_paths import DocPath

_WHITESPACE = re.compile(r"[ \t\n\r]*")


DIRECT_LOOKUPS = 8
"""Look-ups answered by walking down one path; later ones index the whole text once."""


class JsonLines:
    """Line numbers of every key and list item of a valid JSON text, indexed on first use.

    The first few look-ups walk down their path only, skipping other values with the json
    module's C decoder: a large document with one problem is answered without indexing it
    all (a 5 MB workspace in milliseconds instead of seconds).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._index: dict[DocPath, int] | None = None
        self._duplicates: list[tuple[DocPath, int]] = []
        self._lookups = 0
        self._newlines: list[int] | None = None

    def __call__(self, path: DocPath) -> int | None:
        """Return the line of the value at `path`, or of its nearest parent that exists."""
        self._lookups += 1
        if self._index is None and self._lookups <= DIRECT_LOOKUPS:
            with contextlib.suppress(RecursionError, ValueError, IndexError):
                return _PathWalker(self._text, self._lines()).line(path)
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
            # Lines are a convenience: a very deep document just reports fewer of them.
            with contextlib.suppress(RecursionError):
                _Scanner(self._text, self._lines(), self._index, self._duplicates).value(0, ())
        return self._index

    def _lines(self) -> list[int]:
        if self._newlines is None:
            self._newlines = [match.start() for match in re.finditer("\n", self._text)]
        return self._newlines


class _PathWalker:
    """Finds one path's line in a valid JSON text, as `_Scanner`'s index would give it."""

    def __init__(self, text: str, newlines: list[int]) -> None:
        self._text = text
        self._newlines = newlines
        self._decoder = json.JSONDecoder()

    def line(self, path: DocPath) -> int:
        """The line of `path`'s key (or list item), or of its nearest existing parent."""
        pos = self._skip(0)
        line = self._line(pos)
        for part in path:
            found = self._child(pos, part)
            if found is None:
                break
            pos, line = found
        return line

    def _child(self, pos: int, part: str | int) -> tuple[int, int] | None:
        """Where the value of `part` starts in the container at `pos`, and its line."""
        text = self._text
        opener = text[pos]
        if opener not in "{[" or (opener == "{") != isinstance(part, str):
            return None
        pos = self._skip(pos + 1)
        closer = "}" if opener == "{" else "]"
        item, found = 0, None
        while text[pos] != closer:
            line = self._line(pos)
            if opener == "{":
                key, pos = self._decoder.raw_decode(text, pos)
                pos = self._skip(self._skip(pos) + 1)  # + 1 steps over ":"
                if key == part:
                    found = (pos, line)  # the last of repeated keys is the one kept
            elif item == part:
                return pos, line
            pos = self._skip(self._decoder.raw_decode(text, pos)[1])
            if text[pos] == ",":
                pos = self._skip(pos + 1)
            item += 1
        return found

    def _skip(self, pos: int) -> int:
        match = _WHITESPACE.match(self._text, pos)
        return match.end() if match else pos

    def _line(self, pos: int) -> int:
        return bisect.bisect_left(self._newlines, pos) + 1


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
