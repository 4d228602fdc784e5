"""Never lose a word: encrypted drafts, kept as the peer types.

- `DraftAutosaver` keeps a draft of an editor through `vault.save_draft` on the
  journal worker (the vault encrypts it; nothing is written in plaintext, and
  nothing is written from the GUI thread), about 1.5 s after the last
  keystroke, at least every 10 s while typing goes on, and on every focus
  change.
- `DraftingEditor` is what the encounter, reflection and goal editors share:
  Save (Ctrl+S), Cancel (Esc asks when there are unsaved words), drafts, and
  `clear_and_close()` for locking.
- `DraftRecovery` / `offer_drafts()` offer the drafts back after unlocking
  ("You have an unfinished entry from ... - Restore / Discard").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from peerjournal.errors import PeerJournalError
from peerjournal.ui.a11y import StatusLine, show_content

Payload = dict[str, Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

DRAFT_DELAY_MS = 1500
"""A draft is kept this long after the last keystroke."""
DRAFT_MAX_WAIT_MS = 10_000
"""While typing goes on without a pause, a draft is still kept this often."""


class TaskRunner(Protocol):
    """The journal worker (ui.tasks.TaskManager): runs fn(vault) off the GUI
    thread, then on_done(result) or on_error(error) on the GUI thread."""

    def run(
        self, fn: Callable[[Any], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None: ...


def draft_key(kind: str, record_id: str) -> str:
    """The draft of one record: "encounter:e-3f9c1a2b7d"."""
    return f"{kind}:{record_id}"


def plain_error(error: BaseException) -> str:
    """A sentence for the window; a bug's own text is never shown (it could
    quote personal data)."""
    if isinstance(error, PeerJournalError):
        return error.message
    return "Something went wrong."


def _now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


class DraftAutosaver(QObject):
    """Keeps the draft of one editor, debounced, on the journal worker."""

    saved = Signal(str)
    """The worker has stored the draft (encrypted); the argument is its key."""
    failed = Signal(str)
    """The draft could not be kept: a plain sentence."""

    def __init__(
        self,
        tasks: TaskRunner,
        key: str,
        collect: Callable[[], Payload | None],
        *,
        delay_ms: int = DRAFT_DELAY_MS,
        max_wait_ms: int = DRAFT_MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._tasks = tasks
        self._collect = collect
        self._delay_ms = delay_ms
        self._max_wait_ms = max_wait_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        self._first_change = 0.0
        self._last_change = 0.0
        self._dirty = False
        self._active = True
        self._in_flight = False
        self._again = False
        self._stored = False  # a draft of ours may be in the vault
        self._last: Payload | None = None
        self.last_saved_at: datetime | None = None

    @property
    def dirty(self) -> bool:
        """True when there are changes not yet handed to the worker."""
        return self._dirty

    @property
    def settled(self) -> bool:
        """True when every change has been kept (nothing waiting, nothing in flight)."""
        return not self._dirty and not self._in_flight and not self._timer.isActive()

    def set_delays(self, delay_ms: int, max_wait_ms: int | None = None) -> None:
        """Change how long after the last keystroke a draft is kept."""
        self._delay_ms = delay_ms
        if max_wait_ms is not None:
            self._max_wait_ms = max_wait_ms

    def assume_stored(self) -> None:
        """A draft of this key is already in the vault (a restored draft):
        blanking the editor must discard it."""
        self._stored = True

    def touch(self) -> None:
        """Something changed: keep a draft soon. Called on every keystroke, so
        it only notes the time; the timer is armed once per pause."""
        if not self._active:
            return
        now = time.monotonic()
        self._last_change = now
        if not self._dirty:
            self._dirty = True
            self._first_change = now
        if not self._timer.isActive():
            self._timer.start(self._delay_ms)

    @Slot()
    def _due(self) -> None:
        """The timer fired: save if typing paused long enough (or went on too
        long), else wait for the rest of the pause."""
        if not self._active or not self._dirty:
            return
        now = time.monotonic()
        quiet_ms = (now - self._last_change) * 1000
        typing_ms = (now - self._first_change) * 1000
        if quiet_ms >= self._delay_ms - 5 or typing_ms >= self._max_wait_ms:
            self.save_now()
            return
        wait = min(self._delay_ms - quiet_ms, self._max_wait_ms - typing_ms)
        self._timer.start(max(1, int(wait)))

    @Slot()
    def save_now(self) -> None:
        """Keep the draft now if anything changed (focus moved, or the pause
        after typing ended). One save is in flight at a time."""
        self._timer.stop()
        if not self._active or not self._dirty:
            return
        if self._in_flight:
            self._again = True
            return
        self._queue_save()

    def flush(self) -> None:
        """Hand the latest words to the worker at once (before locking)."""
        self._timer.stop()
        if self._active and self._dirty:
            self._queue_save()

    def pause(self) -> None:
        """Stop keeping drafts (while the record itself is being saved)."""
        self._active = False
        self._timer.stop()

    def resume(self) -> None:
        """Keep drafts again (saving the record failed)."""
        self._active = True
        self._dirty = True
        self._first_change = self._last_change = time.monotonic()
        self.save_now()

    def stop(self) -> None:
        """Stop for good, leaving any kept draft in the vault."""
        self.pause()
        self._again = False

    def discard(self) -> None:
        """Stop for good and delete the draft from the vault."""
        self.stop()
        self._dirty = False
        key = self.key
        self._tasks.run(lambda vault: vault.discard_draft(key), on_error=self._ignore)
        self._stored = False

    def _queue_save(self) -> None:
        payload = self._collect()
        self._dirty = False
        if payload is None:  # nothing worth keeping
            if self._stored:
                key = self.key
                self._tasks.run(lambda vault: vault.discard_draft(key), on_error=self._ignore)
                self._stored = False
                self._last = None
            return
        if payload == self._last:
            return
        self._last = payload
        stamped = dict(payload, saved_at=_now_iso())
        key = self.key
        self._in_flight = True
        self._stored = True
        self._tasks.run(
            lambda vault: vault.save_draft(key, stamped),
            on_done=self._on_saved,
            on_error=self._on_failed,
        )

    def _on_saved(self, _result: object) -> None:
        self._in_flight = False
        self.last_saved_at = datetime.now()
        self.saved.emit(self.key)
        if self._again:
            self._again = False
            self.save_now()

    def _on_failed(self, error: BaseException) -> None:
        self._in_flight = False
        self._again = False
        self._last = None
        self._dirty = True  # try again with the next change or focus move
        self.failed.emit(plain_error(error))

    @staticmethod
    def _ignore(_error: BaseException) -> None:
        """A draft that cannot be discarded now is offered again later: harmless."""


class DraftingEditor(QDialog):
    """The shared frame of the record editors: drafts, Save, Cancel, locking.

    Subclasses build their fields, then call `_finish_setup()`. They provide
    fields()/apply_fields() (JSON-able values), context(), problems(),
    build_record() and clear_widgets(). On closing, every field is emptied;
    the owner may deleteLater() the editor after `closed`."""

    saved = Signal(str)
    """The record was saved; the argument is its id."""
    closed = Signal()
    """The editor closed (saved, cancelled, or cleared for locking)."""

    kind: ClassVar[str] = ""

    def __init__(self, tasks: TaskRunner, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.record_id = record_id
        self.autosaver = DraftAutosaver(
            tasks, draft_key(self.kind, record_id), self._draft_payload, parent=self
        )
        self.autosaver.saved.connect(self._on_draft_saved)
        self.autosaver.failed.connect(self._on_draft_failed)
        self._initial: dict[str, Any] = {}
        self._saving = False
        self._finished = False
        self._asking: QMessageBox | None = None

        self.problem_line = StatusLine(self)
        self.problem_line.setWordWrap(True)
        self.problem_line.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.problem_line, self.tr("Please check"))
        self.problem_line.hide()
        font = self.problem_line.font()
        font.setBold(True)
        self.problem_line.setFont(font)

        self.status_line = QLabel(self)
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        show_content(self.status_line, self.tr("Draft status"))
        muted = self.status_line.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.status_line.setPalette(muted)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        # A QShortcut acts at once (a button's own shortcut animates a click first).
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # ----- what subclasses provide -----

    def fields(self) -> dict[str, Any]:
        """Every field's value, JSON-able (str, int, bool, None)."""
        raise NotImplementedError

    def apply_fields(self, fields: dict[str, Any]) -> None:
        """Show the values of fields() (from a draft)."""
        raise NotImplementedError

    def context(self) -> dict[str, Any]:
        """What the editor was opened with (ids), JSON-able."""
        return {}

    def problems(self) -> list[tuple[str, QWidget]]:
        """Plain sentences about what must change before saving, each with the
        field to go to."""
        return []

    def build_record(self) -> Any:
        """The record to save (only called when problems() is empty)."""
        raise NotImplementedError

    def clear_widgets(self) -> None:
        """Drop every word from every field, with undo histories."""
        raise NotImplementedError

    # ----- set-up helpers for subclasses -----

    def _finish_setup(self) -> None:
        """Remember the opening values, then keep drafts of every change."""
        self._initial = self.fields()

    def _watch(self, signal: Any) -> None:
        """A change signal of a field: each change asks for a draft."""
        signal.connect(self._changed)

    def restore_draft(self, payload: Payload) -> None:
        """Show a draft's fields; the draft stays until saved or discarded."""
        fields = payload.get("fields")
        if isinstance(fields, dict):
            self.apply_fields(fields)
        self.autosaver.assume_stored()
        saved_at = payload.get("saved_at")
        if isinstance(saved_at, str):
            self.status_line.setText(
                self.tr("Restored the draft from {when}.").format(when=format_when(saved_at))
            )

    @Slot()
    def _changed(self) -> None:
        if not self._finished:
            if self.problem_line.isVisible():
                self.problem_line.hide()
            self.autosaver.touch()

    # ----- state -----

    def has_unsaved_changes(self) -> bool:
        """True when a field differs from what the editor opened with."""
        return self.fields() != self._initial

    def draft_payload(self) -> Payload:
        """The draft as kept in the vault (without its time)."""
        return {
            "kind": self.kind,
            "id": self.record_id,
            "context": self.context(),
            "fields": self.fields(),
        }

    def _draft_payload(self) -> Payload | None:
        if self._finished or not self.has_unsaved_changes():
            return None
        return self.draft_payload()

    def _on_draft_saved(self, _key: str) -> None:
        when = QLocale().toString(
            QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat
        )
        self.status_line.setText(self.tr("Draft kept, encrypted, at {when}.").format(when=when))

    def _on_draft_failed(self, message: str) -> None:
        self.status_line.setText(self.tr("The draft could not be kept: {why}").format(why=message))

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self._finished or old is None:
            return
        try:
            inside = old is self or self.isAncestorOf(old)
        except RuntimeError:  # a widget being deleted
            return
        if inside:
            self.autosaver.save_now()

    # ----- save -----

    @Slot()
    def save(self) -> None:
        """Check the fields, then save the record on the worker (Ctrl+S)."""
        if self._saving or self._finished:
            return
        problems = self.problems()
        if problems:
            self.show_problems(problems)
            return
        record = self.build_record()
        self._saving = True
        self.save_button.setEnabled(False)
        self.autosaver.pause()
        key = self.autosaver.key

        def work(vault: Any) -> str:
            vault.save(record)
            vault.discard_draft(key)
            return str(record.id)

        self.tasks.run(work, on_done=self._on_record_saved, on_error=self._on_record_failed)

    def show_problems(self, problems: list[tuple[str, QWidget]]) -> None:
        """Say what to change, in plain words, and go to the first field."""
        self.problem_line.setText("\n".join(sentence for sentence, _ in problems))
        self.problem_line.show()
        problems[0][1].setFocus(Qt.FocusReason.OtherFocusReason)

    def problem_text(self) -> str:
        """What the problem line says ("" when hidden)."""
        return self.problem_line.text() if self.problem_line.isVisibleTo(self) else ""

    def _on_record_saved(self, record_id: str) -> None:
        self._saving = False
        self.saved.emit(record_id)
        self._finish()

    def _on_record_failed(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.problem_line.setText(
            self.tr("Not saved: {why} Your words are kept as a draft.").format(
                why=plain_error(error)
            )
        )
        self.problem_line.show()
        self.autosaver.resume()

    # ----- cancel, close, lock -----

    def reject(self) -> None:
        """Cancel (Esc): ask first when there are unsaved words."""
        if self._finished or self._saving:
            return
        if not self.has_unsaved_changes():
            self.autosaver.discard()
            self._finish()
            return
        if self._asking is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard this entry?"),
            self.tr("Discard this entry?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(self.tr("What you wrote here will not be kept."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep writing"), QMessageBox.ButtonRole.RejectRole)
        discard.setAccessibleName(self.tr("Discard"))
        keep.setAccessibleName(self.tr("Keep writing"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAccessibleName(self.tr("Discard this entry?"))
        self._asking = box

        def answered(button: QAbstractButton) -> None:
            self._asking = None
            if button is discard:
                self.autosaver.discard()
                self._finish()

        box.buttonClicked.connect(answered)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        event.ignore()
        self.reject()

    def clear_and_close(self) -> None:
        """For locking: hand the latest words to the worker as a draft (it runs
        before the vault closes), then drop every word from every widget,
        undo histories included, and close without asking."""
        if self._finished:
            return
        self.autosaver.flush()
        self.autosaver.stop()
        if self._asking is not None:
            self._asking.close()
            self._asking = None
        self.clear_widgets()
        self.problem_line.clear()
        self.status_line.clear()
        self._finish()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self.autosaver.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
        self.clear_widgets()  # its words are saved, kept as a draft, or discarded
        self.done(QDialog.DialogCode.Accepted)
        self.closed.emit()

    @property
    def is_finished(self) -> bool:
        """True once saved, cancelled or cleared."""
        return self._finished


def format_when(iso: str) -> str:
    """A draft's time, in the peer's locale ("3/14/25 2:05 PM")."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


EditorFactory = Callable[[TaskRunner, Payload, QWidget | None], DraftingEditor | None]


def restore_editor(
    tasks: TaskRunner, payload: Payload, parent: QWidget | None
) -> DraftingEditor | None:
    """An editor showing a draft, by its kind; None for a kind it does not know."""
    # Imported here: the views build on this module.
    from peerjournal.ui.views.encounter_editor import EncounterEditor
    from peerjournal.ui.views.goal_editor import GoalEditor
    from peerjournal.ui.views.reflection_editor import ReflectionEditor

    kinds: dict[str, Any] = {
        "encounter": EncounterEditor,
        "reflection": ReflectionEditor,
        "goal": GoalEditor,
    }
    editor_class = kinds.get(str(payload.get("kind")))
    if editor_class is None:
        return None
    editor: DraftingEditor = editor_class.from_draft(tasks, payload, parent)
    return editor


class DraftRecovery(QObject):
    """After unlocking: offers each kept draft back, one at a time."""

    restored = Signal(object)
    """An editor now shows a restored draft (already shown unless show_editors=False)."""
    finished = Signal()
    """Every draft was answered (or there were none)."""

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        show_editors: bool = True,
        factory: EditorFactory = restore_editor,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._window = parent
        self._show_editors = show_editors
        self._factory = factory
        self._waiting: list[tuple[str, Payload]] = []
        self.question: QMessageBox | None = None
        """The question on screen now, if any."""

    def start(self) -> None:
        """Read the drafts on the worker, then ask about each."""
        self._tasks.run(
            lambda vault: vault.drafts(),
            on_done=self._got,
            on_error=lambda _error: self.finished.emit(),
        )

    def _got(self, drafts: dict[str, Payload]) -> None:
        known = [
            (key, payload)
            for key, payload in drafts.items()
            if isinstance(payload, dict) and payload.get("kind") in _WHAT
        ]
        self._waiting = sorted(known, key=lambda item: str(item[1].get("saved_at", "")))
        self._ask_next()

    def _what(self, kind: str) -> str:
        if kind == "encounter":
            return self.tr("encounter entry")
        if kind == "reflection":
            return self.tr("reflection")
        return self.tr("goal")

    def _ask_next(self) -> None:
        if not self._waiting:
            self.question = None
            self.finished.emit()
            return
        key, payload = self._waiting.pop(0)
        what = self._what(str(payload["kind"]))
        when = format_when(str(payload.get("saved_at", "")))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unfinished entry"),
            self.tr("You have an unfinished {what} from {when}.").format(what=what, when=when),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setInformativeText(
            self.tr("Restore it to keep writing, or discard it. Later keeps it for next time.")
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        # Literal strings, so that lupdate extracts them.
        restore.setAccessibleName(self.tr("Restore"))
        discard.setAccessibleName(self.tr("Discard"))
        later.setAccessibleName(self.tr("Later"))
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.setAccessibleName(self.tr("Unfinished entry"))
        self.question = box

        def answered(button: QAbstractButton) -> None:
            if button is restore:
                editor = self._factory(self._tasks, payload, self._window)
                if editor is not None:
                    if self._show_editors:
                        editor.show()
                    self.restored.emit(editor)
            elif button is discard:
                self._tasks.run(lambda vault: vault.discard_draft(key))
            box.deleteLater()
            QTimer.singleShot(0, self._ask_next)

        box.buttonClicked.connect(answered)
        box.open()


_WHAT = frozenset({"encounter", "reflection", "goal"})


def offer_drafts(
    tasks: TaskRunner, parent: QWidget | None = None, *, show_editors: bool = True
) -> DraftRecovery:
    """Offer the kept drafts back (call after unlocking). Connect to
    `restored` to place the editors; keep the returned object while it asks
    (it is parented to `parent`)."""
    recovery = DraftRecovery(tasks, parent, show_editors=show_editors)
    recovery.start()
    return recovery


__all__ = [
    "DRAFT_DELAY_MS",
    "DRAFT_MAX_WAIT_MS",
    "DraftAutosaver",
    "DraftRecovery",
    "DraftingEditor",
    "EditorFactory",
    "Payload",
    "TaskRunner",
    "draft_key",
    "format_when",
    "offer_drafts",
    "plain_error",
    "restore_editor",
]
