"""The Goal Seek tab: which setting of one assumption or deal term brings a figure to a target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.analysis import NoSolution, Solution
from core.analysis.goalseek import NO_SOLUTION
from core.assumptions import NAMES, SPECS_BY_NAME
from core.chain import as_chain
from core.edits.cells import format_value
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.present.format import factor
from core.terms import deal_with_terms, numeric_terms, term_label
from gui.change import Change
from gui.language import QT_TRANSLATE_NOOP, translate
from gui.locale_numbers import marks
from gui.session import Session
from gui.theme import css, theme_notifier
from gui.views.analysis.names import (
    DEFAULT_FIGURE,
    NUMERIC_FIGURES,
    assumption_label,
    figure_label,
    figure_text,
    figure_unit,
    term_value_text,
)
from gui.views.analysis.panel import AnalysisPanel

DEFAULT_ASSUMPTION = "revenue_growth"
INTRO = QT_TRANSLATE_NOOP(
    "GoalSeekPanel",
    "Finds the setting of one assumption at which a key figure reaches the target: a value "
    "for a single number, a factor on every year for a path. Or of one deal term (a cap, a "
    "rate, a threshold), in every version of the deal that has the clause. It searches within "
    "the allowed range and picks the answer nearest to the current setting.",
)
LEVERS = (
    (QT_TRANSLATE_NOOP("GoalSeekPanel", "an assumption"), "assumption"),
    (QT_TRANSLATE_NOOP("GoalSeekPanel", "a deal term"), "term"),
)


class GoalSeekPanel(AnalysisPanel):
    """Edits a goal (figure, target, assumption), shows the answer; Apply edits the session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.figure_box = QComboBox(self)
        self.target_box = QDoubleSpinBox(self)
        self.target_box.setRange(-1e7, 1e7)
        self.target_box.setDecimals(2)
        self.target_box.setGroupSeparatorShown(True)
        self.target_box.setMinimumWidth(160)
        self.now_label = QLabel(self)
        self.lever_box = QComboBox(self)
        for text, lever in LEVERS:
            self.lever_box.addItem(self.tr(text), lever)
        self.lever_box.setToolTip(
            self.tr("Solve for an assumption of the scenario or a term of the deal")
        )
        self.assumption_box = QComboBox(self)
        self.term_box = QComboBox(self)
        self.term_box.setToolTip(
            self.tr(
                "The deal's numeric terms, at the scenario's values; "
                "Apply sets the scenario's term"
            )
        )
        self.how_label = QLabel(self)
        self.solve_button = QPushButton(self.tr("Solve"), self)
        self.answer_label = QLabel(self)
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.RichText)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setToolTip(
            self.tr(
                "Set the assumption or the scenario's deal term to the answer (one undoable edit)"
            )
        )
        self.apply_button.setEnabled(False)
        self._terms_for: tuple[object, dict[str, object]] | None = None  # what term_box lists
        self._layout()
        self._fill_boxes()
        self._on_figure_edited()
        self._fill_terms()
        self._on_lever_edited()
        self.figure_box.currentIndexChanged.connect(self._on_figure_edited)
        self.lever_box.currentIndexChanged.connect(self._on_lever_edited)
        self.assumption_box.currentIndexChanged.connect(self._on_assumption_edited)
        self.term_box.currentIndexChanged.connect(self._on_assumption_edited)
        self.solve_button.clicked.connect(self.solve)
        self.apply_button.clicked.connect(self.apply)
        session.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.document:
            self._fill_boxes()
        if change.inputs:
            self._on_inputs_changed()  # lists the terms anew too
        if "goal" in change.analyses:
            self._on_goal_changed(self._analysis.goal)

    def _on_theme_changed(self, _: bool) -> None:
        self._intro.setStyleSheet(f"color: {css('muted_text')};")

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Key figure"), _row(self.figure_box, self.now_label))
        form.addRow(self.tr("Target"), _row(self.target_box, QLabel(self)))
        form.addRow(
            self.tr("By changing"),
            _row(self.lever_box, self.assumption_box, self.term_box, self.how_label),
        )
        form.addRow("", _row(self.solve_button, QLabel(self)))
        form.addRow(self.tr("Answer"), self.answer_label)
        form.addRow("", _row(self.apply_button, QLabel(self)))
        intro = QLabel(self.tr(INTRO), self)
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {css('muted_text')};")
        self._intro = intro
        theme_notifier().changed.connect(self._on_theme_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)

    def _fill_boxes(self) -> None:
        contract = self._session.contract
        for box, names, labels, default in (
            (self.figure_box, NUMERIC_FIGURES, figure_label, DEFAULT_FIGURE),
            (self.assumption_box, NAMES, assumption_label, DEFAULT_ASSUMPTION),
        ):
            current = box.currentData() or default
            box.blockSignals(True)
            box.clear()
            for name in names:
                box.addItem(labels(name, contract), name)
            box.setCurrentIndex(box.findData(current))
            box.blockSignals(False)

    def _fill_terms(self) -> None:
        """List the numeric terms of the deal as the current scenario sets them."""
        session = self._session
        chain = as_chain(deal_with_terms(session.deal, session.scenario.terms))
        current = self.term_box.currentData()
        listed: tuple[object, dict[str, object]] = (session.deal, dict(session.scenario.terms))
        last = self._terms_for
        if last is not None and listed[0] is last[0] and listed[1] == last[1]:
            return  # the same deal and terms: the list is as it was (most edits)
        self._terms_for = listed
        self.term_box.blockSignals(True)
        self.term_box.clear()
        for term in numeric_terms(chain):
            text = f"{term_label(chain, term.key)} (now {term_value_text(term.key, term.value)})"
            self.term_box.addItem(text, term.key)
        found = self.term_box.findData(current)
        self.term_box.setCurrentIndex(max(found, 0))
        self.term_box.blockSignals(False)

    @property
    def solves_term(self) -> bool:
        """Whether the goal seek solves for a deal term rather than an assumption."""
        return bool(self.lever_box.currentData() == "term")

    @property
    def term(self) -> str | None:
        """The deal term to solve for (its key), or None when the deal has none."""
        key = self.term_box.currentData()
        return None if key is None else str(key)

    @property
    def figure(self) -> str:
        """The key figure to bring to the target."""
        return str(self.figure_box.currentData())

    @property
    def assumption(self) -> str:
        """The assumption to solve for."""
        return str(self.assumption_box.currentData())

    @property
    def target(self) -> float:
        """The target in the figure's unit (shares as fractions)."""
        scale = 100.0 if KEY_FIGURES_BY_NAME[self.figure].kind == "share" else 1.0
        return self.target_box.value() / scale

    def solve(self) -> None:
        """Start the search (off the GUI thread)."""
        self.apply_button.setEnabled(False)
        if self.solves_term:
            if self.term is None:
                self.answer_label.setText(self.tr("This deal has no numeric term to solve for."))
                return
            self.answer_label.setText(self.tr("Solving…"))
            self._analysis.seek_term(self.figure, self.term, self.target)
            return
        self.answer_label.setText(self.tr("Solving…"))
        self._analysis.seek(self.figure, self.assumption, self.target)

    def apply(self) -> None:
        """Set the assumption or term to the answer through the session (undoable)."""
        if self._analysis.apply_goal():
            self.answer_label.setText(
                self.answer_label.text()
                + "<br><i>"
                + self.tr("Applied; Undo reverts it.")
                + "</i>"
            )
            self.apply_button.setEnabled(False)

    def _now(self) -> float | None:
        value = self._session.projection.key_figures[self.figure]
        return value if isinstance(value, float) else None

    def _on_figure_edited(self) -> None:
        unit = figure_unit(self.figure)
        self.target_box.setSuffix(f" {translate('Chart', unit)}")
        now = self._now()
        scale = 100.0 if unit == "%" else 1.0
        if now is not None:
            self.target_box.setValue(round(now * scale, 2))
        self._show_now()

    def _show_now(self) -> None:
        self.now_label.setText(
            self.tr("now {figure}").format(figure=figure_text(self.figure, self._now()))
        )

    def _on_lever_edited(self) -> None:
        self.assumption_box.setVisible(not self.solves_term)
        self.term_box.setVisible(self.solves_term)
        self._on_assumption_edited()

    def _on_assumption_edited(self) -> None:
        if self.solves_term:
            self.how_label.setText(self.tr("its value in every version that has the clause"))
            return
        path = SPECS_BY_NAME[self.assumption].is_path
        self.how_label.setText(
            self.tr("a factor on its whole path") if path else self.tr("its value")
        )

    def _on_inputs_changed(self) -> None:
        self._show_now()
        self._fill_terms()
        if not self._analysis.is_current("goal"):
            self.apply_button.setEnabled(False)

    def _on_goal_changed(self, goal: Solution | NoSolution | None) -> None:
        if goal is None:
            self.answer_label.setText(
                self.tr("No answer: the scenario changed while solving. Solve again.")
            )
            self.apply_button.setEnabled(False)
            return
        contract = self._session.contract
        is_term = goal.assumption not in SPECS_BY_NAME
        if is_term:
            name = term_label(self._session.chain, goal.assumption)
        else:
            name = assumption_label(goal.assumption, contract)
        figure = figure_label(goal.figure, contract)
        if isinstance(goal, NoSolution):
            self.answer_label.setText(_no_solution_text(goal, name, figure, is_term))
            self.apply_button.setEnabled(False)
            return
        if is_term:
            value = term_value_text(goal.assumption, goal.value)
            setting = self.tr("Set <b>{name}</b> to <b>{value}</b> for this scenario").format(
                name=name, value=value
            )
        elif goal.solve == "value":
            spec = SPECS_BY_NAME[goal.assumption]
            setting = self.tr("Set <b>{name}</b> to <b>{value}</b>").format(
                name=name, value=format_value(spec, goal.value, marks())
            )
        else:
            setting = self.tr("Multiply <b>{name}</b> in every year by <b>{factor}</b>").format(
                name=name, factor=factor(goal.value)
            )
        reached = figure_text(goal.figure, goal.achieved)
        self.answer_label.setText(
            self.tr("{setting}: {figure} becomes {reached}.").format(
                setting=setting, figure=figure, reached=reached
            )
        )
        self.apply_button.setEnabled(self._analysis.is_current("goal"))


def _no_solution_text(goal: NoSolution, name: str, figure: str, is_term: bool = False) -> str:
    text = "<b>" + translate("GoalSeekPanel", "No solution within bounds.") + "</b>"
    if goal.reason != NO_SOLUTION:
        reason = goal.reason.replace(goal.assumption, name) if is_term else goal.reason
        text += f" {reason[:1].upper()}{reason[1:]}."
    if goal.range is not None:
        low, high = (figure_text(goal.figure, v) for v in goal.range)
        if is_term:
            lower, upper = (term_value_text(goal.assumption, v) for v in goal.bounds)
            over = translate(
                "GoalSeekPanel",
                "Over the allowed {name} ({lower} to {upper}), {figure} ranges from {low} to "
                "{high}.",
            ).format(name=name, lower=lower, upper=upper, figure=figure, low=low, high=high)
        else:
            over = translate(
                "GoalSeekPanel", "Over the allowed {name}, {figure} ranges from {low} to {high}."
            ).format(name=name, figure=figure, low=low, high=high)
        text += " " + over
    return text


def _row(first: QWidget, *others: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first)
    for i, other in enumerate(others):
        layout.addWidget(other, 1 if i == len(others) - 1 else 0)
    return holder
