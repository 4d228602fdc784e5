"""Keyboard shortcuts that leave a button's Alt mnemonic alone.

`QAbstractButton.setShortcut()` replaces the mnemonic that the "&" in the
button's text made: Alt+letter then reaches the focused field and types the
letter. A separate QShortcut keeps both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton


def add_shortcut(button: QAbstractButton,
                 keys: QKeySequence | QKeySequence.StandardKey | str) -> QShortcut:
    """Press `button` on `keys` too (in its window), keeping its Alt mnemonic."""
    shortcut = QShortcut(QKeySequence(keys), button)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: button.animateClick() if button.isEnabled()
                               and button.isVisible() else None)
    return shortcut
