"""GUI test setup: offscreen Qt, quick key derivation (private folders come
from tests/conftest.py), and a guard that fails a test if the journal (vault)
is touched on the GUI thread."""

from __future__ import annotations

import os

# Before any Qt import: no display needed, and key derivation fast for tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PEERJOURNAL_TEST_FAST_KDF"] = "1"

import contextlib
import functools
import inspect
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from peerjournal.ui.tasks import TaskManager


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


class VaultThreadGuard:
    """Wraps every public method of `Vault` to note calls made on the GUI (main) thread."""

    def __init__(self) -> None:
        self.violations: list[str] = []
        self.calls_off_gui_thread = 0
        self._paused = 0

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """For test setup that builds a journal directly (no window involved)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def checked(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                if not self._paused:
                    self.violations.append(name)
            else:
                self.calls_off_gui_thread += 1
            return fn(*args, **kwargs)

        return checked

    def install(self, monkeypatch: pytest.MonkeyPatch, cls: type) -> None:
        for name, raw in list(vars(cls).items()):
            if name.startswith("_") and name not in ("__enter__", "__exit__"):
                continue
            if isinstance(raw, staticmethod):
                monkeypatch.setattr(cls, name, staticmethod(self.wrap(name, raw.__func__)))
            elif isinstance(raw, classmethod):
                monkeypatch.setattr(cls, name, classmethod(self.wrap(name, raw.__func__)))
            elif inspect.isfunction(raw):
                monkeypatch.setattr(cls, name, self.wrap(name, raw))


@pytest.fixture(autouse=True)
def vault_thread_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[VaultThreadGuard]:
    """Fails the test if any Vault method ran on the GUI thread."""
    guard = VaultThreadGuard()
    try:
        from peerjournal.vault import Vault
    except ImportError:
        Vault = None
    if Vault is not None:
        guard.install(monkeypatch, Vault)
    yield guard
    assert not guard.violations, f"vault used on the GUI thread: {sorted(set(guard.violations))}"


@pytest.fixture
def tasks(qapp: Any) -> Iterator[TaskManager]:
    """A journal worker, stopped after the test."""
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The real main window on a journal path in tmp_path (created by the test), active,
    with its own settings folder; shut down (locked, worker stopped) after the test."""
    from peerjournal.ui.views.main_window import MainWindow

    win = MainWindow(
        tmp_path / "journal.peerjournal", use_dbus=False, settings_folder=tmp_path / "config"
    )
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.shutdown()
