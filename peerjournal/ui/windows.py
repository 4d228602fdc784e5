"""The journal's open windows: every editor, dialog and view it opens goes
through one registry, which deletes it once it closes (after the jobs it asked
for have come back) and clears and closes all of them when the journal locks.

A window that holds journal text says how to forget it by having
`clear_and_close()` (the `ClearsOnLock` protocol)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QDialog, QWidget

from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.widgets.autosave import DraftingEditor


@runtime_checkable
class ClearsOnLock(Protocol):
    """A window that empties every field it shows, then closes (for locking)."""

    def clear_and_close(self) -> None: ...


def delete_when_idle(tasks: TaskManager, widget: QObject) -> None:
    """Delete a closed window once the jobs it asked for have come back (their
    results would otherwise reach a deleted widget). After a lock those results
    are dropped, and the window goes with the journal view that owns it."""
    tasks.run_plain(lambda: None, on_done=lambda _none: widget.deleteLater())


class OpenWindows(QObject):
    """The windows open now, in the order they were opened."""

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._windows: list[QWidget] = []
        # What the journal connected to each window, undone when it closes.
        self._connections: dict[int, list[tuple[SignalInstance, Callable[..., Any]]]] = {}

    def add(self, window: QWidget,
            connections: list[tuple[SignalInstance, Callable[..., Any]]] | None = None) -> QWidget:
        """Keep `window` until it closes; then disconnect `connections` (signal,
        slot pairs the opener made) and delete it."""
        self._windows.append(window)
        made = list(connections or [])
        for signal, slot in made:
            signal.connect(slot)
        closed: SignalInstance | None = None
        if isinstance(window, DraftingEditor):
            closed = window.closed
        elif isinstance(window, QDialog):
            closed = window.finished
        if closed is not None:
            def on_closed(*_args: Any) -> None:
                self.closed(window)

            closed.connect(on_closed)
            made.append((closed, on_closed))
        self._connections[id(window)] = made
        return window

    def closed(self, window: QWidget) -> None:
        """`window` closed: forget it, undo the connections, delete it when idle."""
        if window not in self._windows:
            return
        self._windows.remove(window)
        for signal, slot in self._connections.pop(id(window), []):
            with contextlib.suppress(RuntimeError, TypeError):  # gone with its sender
                signal.disconnect(slot)
        delete_when_idle(self._tasks, window)

    def windows(self) -> list[QWidget]:
        return list(self._windows)

    def __contains__(self, window: object) -> bool:
        return window in self._windows

    def to_clear(self, extra_root: QWidget | None = None) -> list[QWidget]:
        """Every open window that holds journal text, the ones opened from inside
        another (a composer's consents) before their opener."""
        found: list[QWidget] = []
        for window in list(self._windows):
            for inner in reversed(window.findChildren(QDialog)):
                if isinstance(inner, ClearsOnLock) and inner not in found:
                    found.append(inner)
            if window not in found:
                found.append(window)
        if extra_root is not None:
            for inner in reversed(extra_root.findChildren(QDialog)):
                if isinstance(inner, ClearsOnLock) and inner not in found:
                    found.append(inner)
        return found

    def close_all(self, extra_root: QWidget | None = None) -> None:
        """Locking: each window hands its last words to the worker (drafts),
        empties its fields and closes; all are deleted."""
        for window in self.to_clear(extra_root):
            if isinstance(window, ClearsOnLock):
                window.clear_and_close()
            else:
                window.close()
        for window in list(self._windows):
            self.closed(window)
        self._windows.clear()
        self._connections.clear()
