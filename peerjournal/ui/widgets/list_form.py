"""The frame the list-and-form dialogs share (the clinicians address book, a
person's consents): records listed on the left with a New button under them,
a form on the right with a status line above Save and Close."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.widgets.shortcuts import add_shortcut


@dataclass(frozen=True)
class ListPane:
    """The left side: the table, its New button, and their layout."""

    table: QTableView
    new_button: QPushButton
    layout: QVBoxLayout


def list_pane(
    parent: QWidget,
    model: QAbstractItemModel,
    *,
    name: str,
    label: str,
    new_text: str,
    on_new: Callable[[], None],
) -> ListPane:
    """A read-only, one-row-at-a-time table under a label, with a New button (Ctrl+N)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    new_button = QPushButton(new_text, parent)
    add_shortcut(new_button, QKeySequence.StandardKey.New)
    new_button.clicked.connect(on_new)
    layout = QVBoxLayout()
    list_label = QLabel(label, parent)
    list_label.setBuddy(table)
    layout.addWidget(list_label)
    layout.addWidget(table, 1)
    layout.addWidget(new_button)
    return ListPane(table, new_button, layout)


def select_row(table: QTableView, row: int) -> None:
    """Make a row the current, selected one (the form follows it)."""
    model = table.model()
    table.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def status_label(parent: QWidget, name: str) -> QLabel:
    """The form's status line: what was saved, or what is missing."""
    label = StatusLine(parent)
    label.setWordWrap(True)
    show_content(label, name)
    return label


def save_button(parent: QWidget, text: str, on_save: Callable[[], None]) -> QPushButton:
    """The form's default button, also on Ctrl+S."""
    button = QPushButton(text, parent)
    add_shortcut(button, QKeySequence.StandardKey.Save)
    button.setDefault(True)
    button.clicked.connect(on_save)
    return button


def dialog_buttons(dialog: QDialog, *actions: QPushButton) -> tuple[QDialogButtonBox, QPushButton]:
    """The form's buttons, then Close (which closes the dialog)."""
    buttons = QDialogButtonBox(dialog)
    for button in actions:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.clicked.connect(dialog.close)
    return buttons, close


def side_by_side(dialog: QDialog, left: QLayout, right: QLayout) -> None:
    """The list on the left (two fifths), the form on the right (three fifths)."""
    layout = QHBoxLayout(dialog)
    layout.addLayout(left, 2)
    layout.addLayout(right, 3)


__all__ = [
    "ListPane",
    "dialog_buttons",
    "list_pane",
    "save_button",
    "select_row",
    "side_by_side",
    "status_label",
]
