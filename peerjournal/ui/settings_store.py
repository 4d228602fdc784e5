"""One Settings object for the whole window, owned by the app and handed to the
views that need it, with a `changed` signal: views stop loading the file
themselves (and a test's settings folder reaches every one of them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from peerjournal.services import settings as settings_service
from peerjournal.services.settings import Settings


class SettingsStore(QObject):
    """The settings as saved in `folder` (the user's config folder when None)."""

    changed = Signal()
    """The settings were changed and saved."""

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._settings = settings_service.load(folder)

    @property
    def folder(self) -> Path | None:
        return self._folder

    @property
    def settings(self) -> Settings:
        return self._settings

    def reload(self) -> Settings:
        """Read the file again (another window of the app may have saved it)."""
        self._settings = settings_service.load(self._folder)
        return self._settings

    def update(self, change: Callable[[Settings], None]) -> None:
        """Apply `change` to the settings, save them, then say so. Raises OSError
        when the file cannot be written (the change stays in memory)."""
        change(self._settings)
        try:
            settings_service.save(self._settings, self._folder)
        finally:
            self.changed.emit()
