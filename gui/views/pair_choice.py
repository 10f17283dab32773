"""Two things compared, chosen in a line of words and combo boxes over what compares them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def pair_choice(
    parent: QWidget, words: tuple[str, str], boxes: tuple[QComboBox, QComboBox], below: QWidget
) -> QWidget:
    """A widget reading ``words[0] [first box] words[1] [second box]`` over `below`."""
    line = QHBoxLayout()
    for word, box in zip(words, boxes, strict=True):
        line.addWidget(QLabel(word, parent))
        line.addWidget(box)
    line.addStretch(1)
    holder = QWidget(parent)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(line)
    layout.addWidget(below)
    return holder
