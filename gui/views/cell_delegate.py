"""Cell editing and painting for the assumptions grid: live validation, refused, changed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.assumptions import AssumptionSpec
from core.edits.cells import parse_value
from core.present.palette import hex_colour
from gui.locale_numbers import marks
from gui.views.assumption_model import DIFFERS_ROLE, PROBLEM_ROLE, AssumptionModel

REFUSED_COLOUR = QColor(hex_colour("cell_refused"))
CHANGED_COLOUR = QColor(hex_colour("cell_changed"))
_INVALID_STYLE = f"QLineEdit {{ border: 2px solid {hex_colour('cell_refused')}; }}"
Index = QModelIndex | QPersistentModelIndex


class CellEditor(QLineEdit):
    """Line editor for one cell; outlines itself red while the text would be refused."""

    def __init__(self, spec: AssumptionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self.problem: str | None = None
        self.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        try:
            parse_value(self._spec, text, marks())
            self.problem = None
        except ValueError as exc:
            self.problem = str(exc)
        self.setStyleSheet(_INVALID_STYLE if self.problem else "")
        self.setToolTip(self.problem or "")


class CellDelegate(QStyledItemDelegate):
    """Edits a cell through `CellEditor`; marks refused cells red and changed cells orange."""

    def __init__(self, model: AssumptionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """A CellEditor for assumption cells."""
        spec = self._model.rows[index.row()].spec
        if spec is None:
            return super().createEditor(parent, option, index)
        editor = CellEditor(spec, parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Start the editor with the plain value, selected."""
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole)))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Hand the typed text to the model, which may refuse it."""
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Paint the cell, then the refused outline or the changed corner mark."""
        super().paint(painter, option, index)
        rect = option.rect
        if index.data(PROBLEM_ROLE):
            painter.save()
            painter.setPen(QPen(REFUSED_COLOUR, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.restore()
        elif index.data(DIFFERS_ROLE):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CHANGED_COLOUR)
            right, top = rect.right() + 1.0, rect.top() * 1.0
            corner = QPolygonF(
                [QPointF(right - 7, top), QPointF(right, top), QPointF(right, top + 7)]
            )
            painter.drawPolygon(corner)
            painter.restore()
