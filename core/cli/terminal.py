"""Text for a terminal: control characters from names and files are shown, never obeyed."""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 controls except tab and newline, DEL, and the C1 controls (ESC, CSI, OSC...): printed
# raw they move the cursor, retitle the window or rewrite earlier lines.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    r"""Return `text` with every control character but tab and newline escaped (``\x1b``)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class EscapingWriter:
    """A text stream that writes through to `stream` with control characters escaped."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write `text`, escaped; returns the length of `text` as given."""
        self._stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
