"""Table models over plain rows, and a lazy one that fetches pages off the GUI thread.

The rows are records or small dataclasses from services; the models never
talk to the vault themselves: a paged model asks the `TaskManager` for the
next page and inserts it when it comes back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from peerjournal.ui.tasks import TaskManager

AnyIndex = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, ROW_ROLE): the whole row object (record or service item)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""data(index, ID_ROLE): the record id of the row."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its (translated) header and how to show a row in it."""

    header: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._columns: list[Column] = self.make_columns()

    # ----- for subclasses -----

    def make_columns(self) -> list[Column]:
        """The columns, headers translated."""
        raise NotImplementedError

    def id_of(self, row: Any) -> str:
        """The record id of a row."""
        return str(getattr(row, "id", ""))

    # ----- the rows -----

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock: nothing personal stays in the model)."""
        self.set_rows([])

    def rows(self) -> list[Any]:
        """A copy of the rows."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The row object at `row`, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, record_id: str) -> int:
        """The row number of a record id, or -1."""
        for number, row in enumerate(self._rows):
            if self.id_of(row) == record_id:
                return number
        return -1

    # ----- QAbstractItemModel -----

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.id_of(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].header
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class PagedRowsModel(RowsModel):
    """Rows fetched a page at a time (canFetchMore/fetchMore) on the journal worker.

    `reload()` starts again from the first page; a page that arrives after a
    reload or a clear is dropped (its generation is old)."""

    page_loaded = Signal(int)
    """Rows in the page just inserted."""

    def __init__(self, tasks: TaskManager, page_size: int = 200,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._page_size = page_size
        self._generation = 0
        self._loading = False
        self._exhausted = True  # nothing to fetch until reload()

    def page_query(self, offset: int, limit: int) -> Callable[[Any], list[Any]]:
        """A function of the vault that returns one page. It runs on the
        worker: it must capture plain values only, never this model."""
        raise NotImplementedError

    @property
    def loading(self) -> bool:
        """True while a page is being fetched."""
        return self._loading

    def reload(self) -> None:
        """Forget the rows and fetch the first page again."""
        self._generation += 1
        self._loading = False
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self._generation += 1
        self._loading = False
        self._exhausted = True
        super().clear()

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        query = self.page_query(len(self._rows), self._page_size)
        self._tasks.run(query,
                        on_done=lambda page: self._page_arrived(generation, page),
                        on_error=lambda _error: self._page_failed(generation))

    def _page_arrived(self, generation: int, page: list[Any]) -> None:
        if generation != self._generation:
            return
        if len(page) < self._page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        # Only now: a view asking for more while rows go in must not fetch twice.
        self._loading = False
        self.page_loaded.emit(len(page))

    def _page_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True  # don't hammer a locked or failing journal
