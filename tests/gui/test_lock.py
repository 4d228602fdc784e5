"""When to lock: idle time from any input, the desktop's sleep and screen lock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from peerjournal.ui.lock import IdleWatcher, LockWatcher, SessionWatcher

TINY = 0.2 / 60  # 200 ms, in minutes


def test_idle_time_without_input_asks_to_lock(qtbot):
    watcher = LockWatcher(TINY, use_dbus=False)
    watcher.install(QApplication.instance())
    try:
        watcher.start()
        with qtbot.waitSignal(watcher.lock_requested, timeout=3000) as signal:
            pass
        assert signal.args == ["idle"]
    finally:
        watcher.uninstall()


def test_input_restarts_the_idle_time(qtbot):
    idle = IdleWatcher(10)
    idle.start()
    field = QLineEdit()
    qtbot.addWidget(field)
    qtbot.wait(300)
    before = idle.remaining_ms
    assert 0 < before < 10 * 60_000
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    assert idle.eventFilter(field, press) is False  # input is never swallowed
    after_key = idle.remaining_ms
    assert after_key > before
    qtbot.wait(300)
    before = idle.remaining_ms
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(1, 1), QPointF(1, 1),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    idle.eventFilter(field, move)
    assert idle.remaining_ms > before
    idle.stop()
    assert idle.remaining_ms == -1


def test_stopped_or_zero_minutes_never_locks(qtbot):
    watcher = LockWatcher(TINY, use_dbus=False)
    requests: list[str] = []
    watcher.lock_requested.connect(requests.append)
    watcher.start()
    watcher.stop()
    qtbot.wait(400)
    assert requests == []
    watcher.set_minutes(0)
    watcher.start()
    assert not watcher.idle.is_running
    qtbot.wait(100)
    assert requests == []


def test_sleep_and_screen_lock_ask_to_lock_waking_does_not(qtbot):
    watcher = LockWatcher(10, use_dbus=False)
    requests: list[str] = []
    watcher.lock_requested.connect(requests.append)
    watcher.start()
    watcher.session.on_prepare_for_sleep(False)
    watcher.session.on_screen_saver_active(False)
    assert requests == []
    watcher.session.on_prepare_for_sleep(True)
    watcher.session.on_screen_saver_active(True)
    assert requests == ["system", "system"]


def test_without_a_bus_the_session_watcher_simply_listens_to_nothing(qtbot, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    watcher = SessionWatcher()  # must not raise
    assert watcher.listening == []
