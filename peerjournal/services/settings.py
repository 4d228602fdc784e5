"""The peer's app settings: small, non-personal, kept as JSON in the config folder.

Only paths of journals and preferences live here; the profile (name, organization)
lives inside the encrypted vault."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from peerjournal import paths

MAX_RECENT = 8


@dataclass(slots=True)
class Settings:
    auto_lock_minutes: int = 5
    language: str | None = None  # None: follow the system locale
    second_backup_folder: str | None = None  # e.g. a USB stick
    recent_journals: list[str] = field(default_factory=list)
    last_backup_reminder: str | None = None

    def remember_journal(self, path: Path) -> None:
        """Put `path` first in the recent list."""
        text = str(Path(path).expanduser().resolve())
        self.recent_journals = [text, *[p for p in self.recent_journals if p != text]][:MAX_RECENT]


def settings_file(folder: Path | None = None) -> Path:
    return (folder or paths.config_dir()) / "settings.json"


def load(folder: Path | None = None) -> Settings:
    """The saved settings, or defaults when there are none or they are unreadable."""
    try:
        raw = json.loads(settings_file(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    settings = Settings()
    minutes = raw.get("auto_lock_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool) and 1 <= minutes <= 240:
        settings.auto_lock_minutes = minutes
    for name in ("language", "second_backup_folder", "last_backup_reminder"):
        value = raw.get(name)
        if isinstance(value, str) and value:
            setattr(settings, name, value)
    recent = raw.get("recent_journals")
    if isinstance(recent, list):
        settings.recent_journals = [p for p in recent if isinstance(p, str)][:MAX_RECENT]
    return settings


def save(settings: Settings, folder: Path | None = None) -> None:
    """Write the settings atomically, owner-only."""
    target = settings_file(folder)
    paths.ensure_private_dir(target.parent)
    data = json.dumps(asdict(settings), indent=2, ensure_ascii=False).encode("utf-8")
    paths.write_atomic(target, data)
