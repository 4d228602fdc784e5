"""The anonymized report in the window: choose whole months and the grain,
read the report exactly as the PDF shows it ("What my supervisor will see"),
then save it as CSV or PDF, or print it. Every report saved is logged in the
journal, and the log shows below.

What the peer sees is exactly what leaves: the report shown is the one saved
or printed (built once on the journal worker, audited against the report log,
never rebuilt behind their back); the preview is the PDF's own pages.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerjournal.core.report import DEFAULT_MIN_CELL, QUARTER, Report
from peerjournal.core.report_audit import LoggedReport
from peerjournal.ui.a11y import StatusLine, show_content
from peerjournal.ui.models.report_table import ReportTableModel
from peerjournal.ui.tasks import TaskManager, describe_error
from peerjournal.ui.views import pdf_output

REBUILD_DELAY_MS = 250
PERIODS = ("this_quarter", "last_quarter", "this_year", "last_year", "custom")


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _month_end(day: date) -> date:
    nxt = date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
    return nxt - timedelta(days=1)


def period_dates(choice: str, today: date) -> tuple[date, date]:
    """The first and last day (inclusive) of a named period, always whole
    months (a report never covers part of a month). "This" quarter and year
    are whole too: the months still to come simply count nothing yet.
    `custom` gives this quarter as a start."""
    if choice in ("this_quarter", "custom"):
        start = _quarter_start(today)
        return start, _month_end(date(start.year, start.month + 2, 1))
    if choice == "last_quarter":
        end = _quarter_start(today) - timedelta(days=1)
        return _quarter_start(end), end
    if choice == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(choice)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


GRAINS = ("auto", "month", "quarter")


def suggested_name(report: Report, extension: str) -> str:
    """A file name that says the period, never anything about a person."""
    if report.months:
        first, last = report.months[0], report.months[-1]
        span = first if first == last else f"{first}_to_{last}"
    else:
        span = "period"
    return f"peer-support-report-{span}.{extension}"


class ReportView(QDialog):
    """Build, read, save and print the anonymized report.

    Signals: `report_shown(suppressed cells)` when a report is in the table."""

    report_shown = Signal(int)

    def __init__(
        self, tasks: TaskManager, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._today = today or date.today()
        self._generation = 0
        self._filling = False
        self.setWindowTitle(self.tr("Report for supervisors and funders"))
        self.setAccessibleName(self.tr("Anonymized report"))

        # ----- the period -----
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        labels = {
            "this_quarter": self.tr("This quarter"),
            "last_quarter": self.tr("Last quarter"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "custom": self.tr("Other dates…"),
        }
        for key in PERIODS:
            self.period.addItem(labels[key], key)
        # whole months only: the fields show a month and its year
        self.start = QDateEdit(self)
        self.start.setDisplayFormat("MMMM yyyy")
        self.start.setAccessibleName(self.tr("From the start of"))
        self.end = QDateEdit(self)
        self.end.setDisplayFormat("MMMM yyyy")
        self.end.setAccessibleName(self.tr("To the end of"))
        self.grain = QComboBox(self)
        self.grain.setAccessibleName(self.tr("Columns"))
        grain_labels = {
            "auto": self.tr("Whichever hides fewer numbers"),
            "month": self.tr("By month"),
            "quarter": self.tr("By quarter"),
        }
        for key in GRAINS:
            self.grain.addItem(grain_labels[key], key)
        self.min_cell = QSpinBox(self)
        self.min_cell.setRange(1, 1000)
        self.min_cell.setValue(DEFAULT_MIN_CELL)
        self.min_cell.setAccessibleName(self.tr("Smallest count published"))
        self.min_cell.setToolTip(
            self.tr(
                "Counts below this number are hidden (suppressed). "
                "11 is the usual rule; 1 turns hiding off."
            )
        )
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        self.language.setAccessibleName(self.tr("Language of the PDF"))

        dates = QHBoxLayout()
        dates.addWidget(self.period)
        from_label = QLabel(self.tr("&from"), self)
        from_label.setBuddy(self.start)
        to_label = QLabel(self.tr("&to"), self)
        to_label.setBuddy(self.end)
        dates.addWidget(from_label)
        dates.addWidget(self.start)
        dates.addWidget(to_label)
        dates.addWidget(self.end)
        dates.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("P&eriod:"), dates)
        period_label = form.labelForField(dates)
        if isinstance(period_label, QLabel):
            period_label.setBuddy(self.period)
        small = QHBoxLayout()
        small.addWidget(self.min_cell)
        self.small_note = QLabel(self)
        small.addWidget(self.small_note)
        small.addStretch(1)
        form.addRow(self.tr("&Hide counts below:"), small)
        hide_label = form.labelForField(small)
        if isinstance(hide_label, QLabel):
            hide_label.setBuddy(self.min_cell)
        columns = QHBoxLayout()
        columns.addWidget(self.grain)
        self.grain_note = QLabel(self)
        self.grain_note.setWordWrap(True)
        show_content(self.grain_note, self.tr("Columns chosen"))
        columns.addWidget(self.grain_note, 1)
        form.addRow(self.tr("Colu&mns:"), columns)
        columns_label = form.labelForField(columns)
        if isinstance(columns_label, QLabel):
            columns_label.setBuddy(self.grain)
        form.addRow(self.tr("PDF &language:"), self.language)

        self.what_leaves = QLabel(
            self.tr(
                "What leaves your journal: counts by month and by category (people supported, "
                "encounters, contact hours, referrals, goals, age bands) and your organization's "
                "name. What never leaves: names, contact details, stories, reflections, exact "
                "dates, or any record's id."
            ),
            self,
        )
        self.what_leaves.setWordWrap(True)
        show_content(self.what_leaves, self.tr("What leaves the journal"))

        # ----- the table -----
        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Report table"))
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(64)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)

        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        show_content(self.legend, self.tr("About hidden numbers"))
        self.audit_note = QLabel(self)
        self.audit_note.setWordWrap(True)
        show_content(self.audit_note, self.tr("Checked against earlier reports"))

        # the PDF's own pages: what the supervisor will see
        self.preview = pdf_output.PdfPreview(self.tr("The PDF shows here once it is ready."), self)
        for page_view in self.preview.findChildren(QWidget):
            if page_view.accessibleName():  # the pages: name them for this window
                page_view.setAccessibleName(self.tr("Report as it will print"))
        self.tabs = QTabWidget(self)
        # first what leaves, exactly; then the same numbers as a table a screen
        # reader can walk cell by cell
        self.tabs.addTab(self.preview, self.tr("What your supervisor will see"))
        self.tabs.addTab(self.table, self.tr("Table"))

        # what has left before: the report log
        self.log = QTreeWidget(self)
        self.log.setRootIsDecorated(False)
        self.log.setAccessibleName(self.tr("Reports written from this journal"))
        self.log.setHeaderLabels(
            [
                self.tr("Written"),
                self.tr("Period"),
                self.tr("Columns"),
                self.tr("Smallest count"),
                self.tr("File"),
                self.tr("Hidden"),
            ]
        )
        self.log.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        log_title = QLabel(self.tr("Reports written from this journal (the report log):"), self)
        log_title.setBuddy(self.log)
        self.status = StatusLine(self)
        self.status.setWordWrap(True)
        show_content(self.status, self.tr("Status"))

        # ----- the buttons -----
        self.save_csv_button = QPushButton(self.tr("Save &CSV…"), self)
        self.save_csv_button.clicked.connect(self.save_csv)
        self.save_pdf_button = QPushButton(self.tr("Save P&DF…"), self)
        self.save_pdf_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.save_csv_button, self.save_pdf_button, self.print_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.what_leaves)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.audit_note)
        layout.addWidget(log_title)
        layout.addWidget(self.log)
        layout.addLayout(buttons)
        self.resize(1100, 700)

        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self._rebuild_timer.timeout.connect(self.build)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self.min_cell.valueChanged.connect(self._changed)
        self.grain.currentIndexChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._refresh_preview)
        self._period_chosen()
        self._update_buttons()
        self.refresh_log()

    # ----- the period -----

    def set_period(self, choice: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a named period, or `custom` with its dates."""
        self._filling = True
        try:
            self.period.setCurrentIndex(max(0, self.period.findData(choice)))
            if choice == "custom" and start is not None and end is not None:
                self.start.setDate(_qdate(start))
                self.end.setDate(_qdate(end))
        finally:
            self._filling = False
        self._period_chosen()

    def dates(self) -> tuple[date, date]:
        """The period shown: the first day of its first month and the last day
        of its last month."""
        start = _pydate(self.start.date()).replace(day=1)
        return start, _month_end(_pydate(self.end.date()))

    def _period_chosen(self) -> None:
        choice = str(self.period.currentData())
        custom = choice == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom and not self._filling:
            start, end = period_dates(choice, self._today)
            self._filling = True
            try:
                self.start.setDate(_qdate(start))
                self.end.setDate(_qdate(end))
            finally:
                self._filling = False
        if not self._filling:
            self._changed()

    def _dates_edited(self) -> None:
        if not self._filling:
            self._changed()

    def _changed(self) -> None:
        self._generation += 1  # what is shown no longer matches the choices
        self.model.clear()
        self.preview.clear()
        self._update_buttons()
        self.status.setText(self.tr("Counting…"))
        self._rebuild_timer.start()

    # ----- building -----

    def build(self) -> None:
        """Build the report of the period on the journal worker, then show it."""
        self._rebuild_timer.stop()
        start, end = self.dates()
        if end < start:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        self._generation += 1
        generation = self._generation
        min_cell = self.min_cell.value()
        grain = str(self.grain.currentData())

        def job(vault: Any) -> Report:
            from peerjournal.services.reports import build_report

            return build_report(vault, start, end, min_cell=min_cell, grain=grain)

        self._tasks.run(
            job,
            on_done=lambda report: self._built(generation, report),
            on_error=lambda error: self._build_failed(generation, error),
        )

    def _built(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return
        self.model.set_report(report)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.small_note.setText(
            self.tr("(counts from 1 to {below} show as *)").format(below=report.min_cell - 1)
            if report.suppression_on
            else self.tr("(nothing is hidden)")
        )
        hidden = self.model.suppressed_count()
        if report.suppression_on:
            self.legend.setText(
                self.tr(
                    "* suppressed: counts from 1 to {below} are hidden, and so is the next "
                    "smallest number where a hidden count could be worked out from a total."
                ).format(below=report.min_cell - 1)
                + " "
                + self.hidden_sentence(hidden)
            )
            if report.audit_hidden:
                self.audit_note.setText(self.audit_sentence(report.audit_hidden))
            else:
                self.audit_note.setText(
                    self.tr(
                        "Checked against the reports written before: together they give no "
                        "small count away, so nothing more is hidden."
                    )
                )
        else:
            self.legend.setText(
                self.tr(
                    "Hiding is off (1): every count is shown. This report is for merging "
                    "inside your program only and must not leave the program."
                )
            )
            self.audit_note.clear()
        self.grain_note.setText(self._grain_sentence(report))
        self.status.clear()
        self._update_buttons()
        self._refresh_preview()
        self.report_shown.emit(hidden)

    # Plurals: English has no catalog (it is the source language), so the
    # singular is a string of its own; each string has %n plural forms for Spanish.
    def hidden_sentence(self, n: int) -> str:
        """ "1 number is hidden." / "{n} numbers are hidden."."""
        if n == 1:
            return self.tr("%n number is hidden.", "", n)
        return self.tr("%n numbers are hidden.", "", n)

    def audit_sentence(self, n: int) -> str:
        """The line on what the check against earlier reports added."""
        if n == 1:
            return self.tr(
                "Checked against the reports written before: %n more number is hidden "
                "because, together with those reports, it would let a reader work out a "
                "small count.",
                "",
                n,
            )
        return self.tr(
            "Checked against the reports written before: %n more numbers are hidden "
            "because, together with those reports, they would let a reader work out a "
            "small count.",
            "",
            n,
        )

    def _grain_sentence(self, report: Report) -> str:
        """Which grain the columns have, and why (auto)."""
        by = self.tr("by quarter") if report.grain == QUARTER else self.tr("by month")
        if str(self.grain.currentData()) != "auto":
            return self.tr("Columns {by}.").format(by=by)
        if report.other_grain_hidden < 0:
            return self.tr("Columns {by}: the period is not whole quarters.").format(by=by)
        return self.tr("Columns {by}: it hides {hidden}; the other way would hide {other}.").format(
            by=by,
            hidden=self.hidden_count_words(len(report.suppressed_keys())),
            other=report.other_grain_hidden,
        )

    def hidden_count_words(self, n: int) -> str:
        return self.tr("%n number", "", n) if n == 1 else self.tr("%n numbers", "", n)

    def _refresh_preview(self) -> None:
        """Render the PDF of the report shown, on the worker, and show its pages."""
        report = self.model.report()
        if report is None:
            self.preview.clear()
            return
        generation = self._generation
        language = str(self.language.currentData())

        def job() -> bytes:
            from peerjournal.services.reports import report_bytes

            return report_bytes(report, "pdf", language=language)

        def done(pdf: bytes) -> None:
            if generation == self._generation and self.model.report() is report:
                self.preview.show_pdf(pdf)

        self._tasks.run_plain(job, on_done=done, on_error=lambda _e: None)

    def refresh_log(self) -> None:
        """Load the report log (what left before) into the list."""

        def job(vault: Any) -> list[LoggedReport]:
            from peerjournal.services.reports import report_log

            return report_log(vault)

        self._tasks.run(job, on_done=self._show_log, on_error=lambda _e: None)

    def _show_log(self, entries: list[LoggedReport]) -> None:
        self.log.clear()
        for e in reversed(entries):  # newest first
            hidden = self.tr("none (unsuppressed)") if e.min_cell <= 1 else str(e.hidden_count())
            item = QTreeWidgetItem(
                [
                    e.written_at.replace("T", " ")[:16],
                    self.tr("{first} to {last}").format(first=e.first_month, last=e.last_month),
                    self.tr("by quarter") if e.grain == QUARTER else self.tr("by month"),
                    str(e.min_cell),
                    e.kind.upper(),
                    hidden,
                ]
            )
            self.log.addTopLevelItem(item)

    def _build_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(describe_error(error))

    def report(self) -> Report | None:
        """The report shown (what will be saved or printed)."""
        return self.model.report()

    def _update_buttons(self) -> None:
        ready = self.model.report() is not None
        for button in (self.save_csv_button, self.save_pdf_button, self.print_button):
            button.setEnabled(ready)

    # ----- saving and printing -----

    def save_csv(self) -> None:
        """Save the report shown as CSV (spec/report.md)."""
        self._save("csv", self.tr("Save the report as CSV"), self.tr("CSV files (*.csv)"))

    def save_pdf(self) -> None:
        """Save the report shown as PDF."""
        self._save("pdf", self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)"))

    def _save(self, kind: str, title: str, file_filter: str) -> None:
        report = self.model.report()
        if report is None:
            return
        target = pdf_output.ask_save_path(self, title, suggested_name(report, kind), file_filter)
        if target is None:
            return
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(f"{target.name}.{kind}")
        language = str(self.language.currentData())

        def job(vault: Any) -> Path:
            from peerjournal.services.reports import save_report

            # written, then recorded in the journal's report log
            save_report(report, target, kind, language=language, vault=vault)  # type: ignore[arg-type]
            return target

        def saved(path: Path) -> None:
            self.status.setText(self.tr("Saved the report to {name}.").format(name=path.name))
            self.refresh_log()

        self.status.setText(self.tr("Saving…"))
        self._tasks.run(
            job,
            on_done=saved,
            on_error=lambda error: self.status.setText(describe_error(error)),
        )

    def print_report(self) -> None:
        """Print the report shown (its PDF) with the system print dialog."""
        report = self.model.report()
        if report is None:
            return
        language = str(self.language.currentData())

        def job() -> bytes:
            from peerjournal.services.reports import report_bytes

            return report_bytes(report, "pdf", language=language)

        self._tasks.run_plain(
            job,
            on_done=self._print_pdf,
            on_error=lambda error: self.status.setText(describe_error(error)),
        )

    def _print_pdf(self, pdf: bytes) -> None:
        printer = pdf_output.ask_printer(self, self.tr("Print the report"))
        if printer is None:
            return
        pages = pdf_output.print_pdf(pdf, printer)
        self.status.setText(
            self.tr("Sent %n page to the printer.", "", pages)
            if pages == 1
            else self.tr("Sent %n pages to the printer.", "", pages)
        )
        report = self.model.report()
        if report is not None:

            def job(vault: Any) -> None:
                from peerjournal.services.reports import log_printed

                log_printed(vault, report)

            self._tasks.run(job, on_done=lambda _r: self.refresh_log())

    # ----- locking -----

    def clear_and_close(self) -> None:
        """Drop the numbers shown, then close (locking)."""
        self._generation += 1
        self._rebuild_timer.stop()
        self.model.clear()
        self.preview.clear()
        self.log.clear()
        self.legend.clear()
        self.audit_note.clear()
        self.grain_note.clear()
        self.status.clear()
        self.close()

    def done(self, result: int) -> None:
        self._rebuild_timer.stop()
        super().done(result)


__all__ = ["PERIODS", "ReportView", "period_dates", "suggested_name"]
