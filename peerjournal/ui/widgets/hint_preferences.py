"""The peer's choices about language hints, for every hinted field of the window:
the words never to hint and whether reflections show hints. They are kept in the
journal (services/hint_settings.py), read when it opens and forgotten when it locks.

One object for the window (`hint_preferences()`): highlighters listen to `changed`."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Signal

from peerjournal.services import hint_settings


class HintPreferences(QObject):
    """The words never hinted and the reflections switch, as the open journal keeps them."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._words: frozenset[str] = frozenset()
        self._in_reflections = False
        self._tasks: Any = None
        self._edits = 0  # a journal read asked before the peer's last change is stale

    # ----- following the journal -----

    def follow(self, tasks: Any) -> None:
        """Read the choices from the journal `tasks` opens, now and each time it opens;
        forget them when it closes. Calling it again with the same tasks does nothing."""
        if tasks is self._tasks:
            return
        if self._tasks is not None:
            for name, slot in (("vault_opened", self.reload), ("vault_closed", self.forget)):
                signal = getattr(self._tasks, name, None)
                if signal is not None:
                    with contextlib.suppress(RuntimeError, TypeError):
                        signal.disconnect(slot)
            self.forget()
        self._tasks = tasks
        for name, slot in (("vault_opened", self.reload), ("vault_closed", self.forget)):
            signal = getattr(tasks, name, None)
            if signal is not None:
                signal.connect(slot)
        is_open = getattr(tasks, "is_open", False)
        if is_open() if callable(is_open) else is_open:
            self.reload()

    def reload(self) -> None:
        if self._tasks is None:
            return

        def read(vault: Any) -> tuple[list[str], bool]:
            return hint_settings.never_hinted(vault), hint_settings.hints_in_reflections(vault)

        edits = self._edits
        self._tasks.run(
            read, on_done=lambda result: self._loaded(result, edits), on_error=lambda _e: None
        )

    def _loaded(self, result: tuple[list[str], bool], edits: int) -> None:
        if edits != self._edits:
            return
        words, in_reflections = result
        self._words = frozenset(words)
        self._in_reflections = in_reflections
        self.changed.emit()

    def forget(self) -> None:
        """The journal locked: no word of it stays here."""
        self._words = frozenset()
        self._in_reflections = False
        self.changed.emit()

    # ----- the choices -----

    def words(self) -> frozenset[str]:
        """The words never hinted (lower case)."""
        return self._words

    def in_reflections(self) -> bool:
        return self._in_reflections

    def never_hint(self, word: str) -> None:
        word = word.strip().casefold()
        if not word or word in self._words:
            return
        self._words = self._words | {word}
        self.changed.emit()
        self._save(lambda vault: hint_settings.never_hint(vault, word))

    def hint_again(self, word: str) -> None:
        word = word.strip().casefold()
        if word not in self._words:
            return
        self._words = self._words - {word}
        self.changed.emit()
        self._save(lambda vault: hint_settings.hint_again(vault, word))

    def set_in_reflections(self, on: bool) -> None:
        if on == self._in_reflections:
            return
        self._in_reflections = on
        self.changed.emit()
        self._save(lambda vault: hint_settings.set_hints_in_reflections(vault, on))

    def _save(self, fn: Any) -> None:
        self._edits += 1
        if self._tasks is not None:
            self._tasks.run(fn, on_error=lambda _error: None)


_PREFERENCES: HintPreferences | None = None


def hint_preferences() -> HintPreferences:
    """The window's one HintPreferences."""
    global _PREFERENCES
    if _PREFERENCES is None:
        _PREFERENCES = HintPreferences()
    return _PREFERENCES


__all__ = ["HintPreferences", "hint_preferences"]
