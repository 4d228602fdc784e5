"""Helpers shared by the editor tests (no tests here): a real journal on the
real worker, typing any Unicode text, and scanning files for a canary."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from peerjournal.core.models import Person
from peerjournal.ui.tasks import TaskManager
from tests.gui.draft_crash_child import type_text

PASSPHRASE = "correct horse battery staple 42"
PERSON = Person(id="p-test0001", preferred_name="Río “Ro” Synthetic")


def show_active(widget: QWidget) -> None:
    """Show a window and make it the active one (focus and shortcuts need that)."""
    widget.show()
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)


def run_on_worker(
    qtbot: Any, tasks: TaskManager, fn: Callable[[Any], Any], timeout: int = 10_000
) -> Any:
    """Run fn(vault) on the worker and wait for its result (tests only)."""
    box: dict[str, Any] = {}
    tasks.run(
        fn,
        on_done=lambda value: box.setdefault("value", value),
        on_error=lambda error: box.setdefault("error", error),
    )
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    if "error" in box:
        raise box["error"]
    return box["value"]


def open_journal(qtbot: Any, tasks: TaskManager, path: Path, *, create: bool) -> None:
    """Create or open a real, encrypted journal on the worker."""
    from peerjournal.vault import Vault

    def opener() -> Any:
        if create:
            return Vault.create(path, PASSPHRASE)
        return Vault.open(path, passphrase=PASSPHRASE)

    failures: list[BaseException] = []
    with qtbot.waitSignal(tasks.vault_opened, timeout=20_000):
        tasks.open_vault(opener, on_error=failures.append)
    assert not failures


@pytest.fixture(name="journal")
def journal_fixture(qtbot: Any, tasks: TaskManager, tmp_path: Path) -> Iterator[Path]:
    """A new real journal, open on the worker, holding one synthetic person."""
    path = tmp_path / "journal" / "journal.peerjournal"
    open_journal(qtbot, tasks, path, create=True)
    run_on_worker(qtbot, tasks, lambda vault: vault.save(PERSON))
    yield path


def files_holding(folders: list[Path], canary: str) -> list[Path]:
    """Every file under the folders whose bytes hold the canary (UTF-8 or UTF-16)."""
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]
    found: list[Path] = []
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                file = Path(root, name)
                try:
                    data = file.read_bytes()
                except OSError:
                    continue
                if any(needle in data for needle in needles):
                    found.append(file)
    return found


def visible_message_box() -> QMessageBox | None:
    """The message box on screen, if any."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


def click_button(box: QMessageBox, name: str) -> None:
    """Click the message box button with this accessible name."""
    for button in box.buttons():
        if button.accessibleName() == name:
            button.click()
            return
    raise AssertionError(f"no button named {name}")


__all__ = [
    "PASSPHRASE",
    "PERSON",
    "click_button",
    "files_holding",
    "journal_fixture",
    "open_journal",
    "run_on_worker",
    "show_active",
    "type_text",
    "visible_message_box",
]
