"""The anonymized report as a table the peer reads before anything leaves:
one row per measure and category, one column per month (or quarter) and the
total, laid out as the PDF is: age bands in age order, the rows of a family
that are hidden in every column folded into one line, bold only for a
measure's total.

A hidden (suppressed) cell shows as `*` (the one mark, as in the PDF), says
"suppressed" to a screen reader, and explains itself in a tooltip; a cell the
report does not have (a measure counted only for the whole period) is left
empty. 0 shows as 0.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from peerjournal.core.report import (
    AGE_ORDER,
    ALL,
    HOURS_MEASURE,
    KIND_CATEGORIES,
    MEASURES,
    MODE_CATEGORIES,
    SETTING_CATEGORIES,
    STATUS_CATEGORIES,
    TOTAL,
    Report,
    fold,
)

AnyIndex = QModelIndex | QPersistentModelIndex

SUPPRESSED_ROLE = Qt.ItemDataRole.UserRole + 20
"""data(index, SUPPRESSED_ROLE): True when the cell is hidden."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 21
"""data(index, VALUE_ROLE): the published number, "suppressed", or None for no cell."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 22
"""data(index, KEY_ROLE): (measure, category, period), or None for no cell."""

SUPPRESSED_MARK = "*"

# The families whose rows may fold, per measure, in the order shown.
_FAMILIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "people_supported": ((ALL,),),
    "encounters": ((ALL,), MODE_CATEGORIES, SETTING_CATEGORIES),
    "contact_hours": ((ALL,),),
    "referrals": ((ALL,), KIND_CATEGORIES, STATUS_CATEGORIES),
    "goals": (("set", "met"),),
    "age_band": (AGE_ORDER,),
}


class ReportTableModel(QAbstractTableModel):
    """Read-only table over a `core.report.Report` (or nothing, before one is built)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report: Report | None = None
        # (measure, categories): one category, or the folded ones of a family
        self._rows: list[tuple[str, tuple[str, ...]]] = []
        self._periods: list[str] = []

    # ----- the report -----

    def set_report(self, report: Report | None) -> None:
        """Show `report` (None: an empty table)."""
        self.beginResetModel()
        self._report = report
        if report is None:
            self._rows, self._periods = [], []
        else:
            self._rows = []
            for m in MEASURES:
                for family in _FAMILIES[m]:
                    shown, folded = fold(report, m, family)
                    self._rows.extend((m, (c,)) for c in shown)
                    if folded:
                        self._rows.append((m, tuple(folded)))
            self._periods = [*report.months, TOTAL]
        self.endResetModel()

    def report(self) -> Report | None:
        """The report shown, if any."""
        return self._report

    def clear(self) -> None:
        """Forget the report (on lock)."""
        self.set_report(None)

    def suppressed_count(self) -> int:
        """How many cells of the report are hidden."""
        return 0 if self._report is None else len(self._report.suppressed_keys())

    def row_key(self, row: int) -> tuple[str, str] | None:
        """(measure, category) of a row; a folded row gives its first category."""
        if not 0 <= row < len(self._rows):
            return None
        measure, cats = self._rows[row]
        return measure, cats[0]

    def is_folded(self, row: int) -> bool:
        """True for the one line that stands for rows hidden in every column."""
        return 0 <= row < len(self._rows) and len(self._rows[row][1]) > 1

    def folded_rows(self) -> int:
        """How many rows were folded away (they count in `suppressed_count`)."""
        return sum(len(cats) - 1 for _, cats in self._rows)

    def period_of_column(self, column: int) -> str | None:
        """The period (`YYYY-MM` or `total`) of a value column."""
        index = column - 1
        return self._periods[index] if 0 <= index < len(self._periods) else None

    # ----- words -----

    def suppressed_tooltip(self) -> str:
        """Why a cell shows `*`."""
        n = self._report.min_cell if self._report is not None else 11
        return self.tr(
            "Suppressed: a count from 1 to {below}, or a number hidden so that a small "
            "count cannot be worked out from a total."
        ).format(below=n - 1)

    def measure_label(self, measure: str) -> str:
        labels = {
            "people_supported": self.tr("People supported"),
            "encounters": self.tr("Encounters"),
            "contact_hours": self.tr("Contact hours"),
            "referrals": self.tr("Referrals"),
            "goals": self.tr("Goals"),
            "age_band": self.tr("People by age"),
        }
        return labels.get(measure, measure)

    def category_label(self, category: str) -> str:
        if category == ALL:
            return ""
        fixed = {
            "set": self.tr("set"),
            "met": self.tr("met"),
            "under-18": self.tr("under 18"),
            "unknown": self.tr("age not known"),
            "65+": self.tr("65 and over"),
            "mode:in_person": self.tr("in person"),
            "mode:phone": self.tr("by phone"),
            "mode:video": self.tr("by video"),
            "mode:text": self.tr("by text message"),
            "mode:outreach": self.tr("outreach"),
            "setting:community": self.tr("in the community"),
            "setting:emergency_department": self.tr("in an emergency department"),
            "setting:jail": self.tr("in jail"),
            "setting:home": self.tr("at home"),
            "setting:recovery_center": self.tr("at a recovery center"),
            "setting:treatment_center": self.tr("at a treatment center"),
            "setting:shelter": self.tr("at a shelter"),
            "setting:other": self.tr("elsewhere"),
            "setting:unknown": self.tr("place not noted"),
            "kind:treatment": self.tr("for treatment"),
            "kind:medication": self.tr("for medication"),
            "kind:mental_health": self.tr("for mental health"),
            "kind:medical": self.tr("for medical care"),
            "kind:housing": self.tr("for housing"),
            "kind:employment": self.tr("for employment"),
            "kind:mutual_aid": self.tr("for mutual aid"),
            "kind:legal": self.tr("for legal help"),
            "kind:other": self.tr("for something else"),
            "status:draft": self.tr("still drafts"),
            "status:sent": self.tr("sent"),
            "status:scheduled": self.tr("scheduled"),
            "status:attended": self.tr("attended"),
            "status:declined": self.tr("declined"),
            "status:closed": self.tr("closed"),
        }
        if category in fixed:
            return fixed[category]
        if category[:1].isdigit():  # an age band such as 25-34
            return self.tr("aged {band}").format(band=category.replace("-", "–"))
        return category.split(":", 1)[-1].replace("_", " ")

    def row_label(self, row: int) -> str:
        if not 0 <= row < len(self._rows):
            return ""
        measure, cats = self._rows[row]
        name = self.measure_label(measure)
        if len(cats) > 1:
            parts = ", ".join(self.category_label(c) for c in cats)
            return self.tr("{measure}: {parts} (each hidden)").format(measure=name, parts=parts)
        part = self.category_label(cats[0])
        return f"{name}: {part}" if part else name

    def period_label(self, period: str) -> str:
        if period == TOTAL:
            return self.tr("Total")
        if "-Q" in period:
            return self.tr("Q{n} {year}").format(n=period[-1], year=period[:4])
        year, month = (int(x) for x in period.split("-"))
        return QLocale().toString(QDate(year, month, 1), "MMM yyyy")

    # ----- QAbstractItemModel -----

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._report is None:
            return 0
        return 1 + len(self._periods)

    def _cell(self, row: int, column: int) -> Any:
        key = self.row_key(row)
        period = self.period_of_column(column)
        if key is None or period is None or self._report is None:
            return None
        try:
            return self._report.cell(key[0], key[1], period)
        except KeyError:
            return None  # a measure without monthly cells

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._report is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < 1 + len(self._periods)):
            return None
        if role == Qt.ItemDataRole.FontRole and self._is_measure_total(row):
            font = QFont()
            font.setBold(True)  # bold only for a measure's total, as in the PDF
            return font
        if column == 0:
            if role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.ToolTipRole,
            ):
                return self.row_label(row)
            return None
        cell = self._cell(row, column)
        if role == SUPPRESSED_ROLE:
            return bool(cell is not None and cell.suppressed)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if cell is None:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("not counted by month")
            return None
        if role == KEY_ROLE:
            return (cell.measure, cell.category, cell.period)
        if role == VALUE_ROLE:
            return "suppressed" if cell.suppressed else cell.value
        if role == Qt.ItemDataRole.DisplayRole:
            return SUPPRESSED_MARK if cell.suppressed else self._number(cell.measure, cell.value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                self.tr("suppressed") if cell.suppressed else self._number(cell.measure, cell.value)
            )
        if role == Qt.ItemDataRole.ToolTipRole and cell.suppressed:
            return self.suppressed_tooltip()
        if role == Qt.ItemDataRole.ForegroundRole and cell.suppressed:
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _is_measure_total(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row][1] == (ALL,)

    @staticmethod
    def _number(measure: str, value: Any) -> str:
        if measure == HOURS_MEASURE and value != 0:
            return QLocale().toString(float(value), "f", 1)
        return QLocale().toString(int(value))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return self.tr("What was counted") if self._report is not None else None
            period = self.period_of_column(section)
            return None if period is None else self.period_label(period)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


__all__ = ["KEY_ROLE", "SUPPRESSED_MARK", "SUPPRESSED_ROLE", "VALUE_ROLE", "ReportTableModel"]
