"""When to lock: at once (Ctrl+L), after idle minutes, on system sleep or screen lock.

`LockWatcher` only decides *when*; the main window does the locking (close
the vault, drop the key, clear every view). The desktop's sleep and screen
lock signals come over D-Bus on Linux when QtDBus is there; without D-Bus
(other systems, a bare session, tests) the watcher simply does without.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot

DEFAULT_IDLE_MINUTES = 5

# Input that counts as "someone is here". Mouse moves too: reading is activity.
_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)

# Screen savers that say "ActiveChanged(bool)" on the session bus: (service, path, interface).
_SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class IdleWatcher(QObject):
    """An app-wide event filter: any input restarts a timer; its end is `idle`."""

    idle = Signal()

    def __init__(self, minutes: float = DEFAULT_IDLE_MINUTES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may run 5 % late
        self._timer.timeout.connect(self.idle)
        self._active = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Idle time before `idle`; 0 or less turns idle locking off."""
        self._minutes = minutes
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._restart()

    @property
    def minutes(self) -> float:
        return self._minutes

    def start(self) -> None:
        """Begin watching (after unlocking)."""
        self._active = True
        self._restart()

    def stop(self) -> None:
        """Stop watching (while locked there is nothing to protect)."""
        self._active = False
        self._timer.stop()

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_ms(self) -> int:
        """Milliseconds of no input left before `idle` (-1 when not running)."""
        return int(self._timer.remainingTime())

    def _restart(self) -> None:
        if self._active and self._minutes > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _ACTIVITY_EVENTS:
            self._timer.start()
        return False  # never swallow input


class SessionWatcher(QObject):
    """Emits `lock_now` when the system goes to sleep or the screen locks.

    Listens to org.freedesktop.login1 PrepareForSleep (system bus) and the
    ActiveChanged signal of the freedesktop and GNOME screen savers (session
    bus). Never fails: without QtDBus or a bus, `listening` is simply empty.
    """

    lock_now = Signal()

    def __init__(self, parent: QObject | None = None, *, use_dbus: bool = True) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        if use_dbus:
            with contextlib.suppress(Exception):  # D-Bus is a bonus, never a failure
                self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        system: Any = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("on_prepare_for_sleep(bool)"),
        ):
            self.listening.append("login1.PrepareForSleep")
        session: Any = QDBusConnection.sessionBus()
        if not session.isConnected():
            return
        for service, path, interface in _SCREEN_SAVERS:
            if session.connect(service, path, interface, "ActiveChanged", self,
                               SLOT("on_screen_saver_active(bool)")):
                self.listening.append(f"{interface}.ActiveChanged {path}")

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        """login1: True just before sleep, False on waking."""
        if going_to_sleep:
            self.lock_now.emit()

    @Slot(bool)
    def on_screen_saver_active(self, active: bool) -> None:
        """Screen saver or screen lock came on (True) or went off."""
        if active:
            self.lock_now.emit()


class LockWatcher(QObject):
    """All the reasons to lock, as one `lock_requested` signal.

    Install with `install(app)`: it filters the app's input events to
    measure idle time. `start()` after unlocking, `stop()` after locking.
    """

    lock_requested = Signal(str)
    """The reason: "idle" or "system"."""

    def __init__(self, minutes: float = DEFAULT_IDLE_MINUTES, parent: QObject | None = None,
                 *, use_dbus: bool = True) -> None:
        super().__init__(parent)
        self.idle = IdleWatcher(minutes, self)
        self.session = SessionWatcher(self, use_dbus=use_dbus)
        self.idle.idle.connect(lambda: self._request("idle"))
        self.session.lock_now.connect(lambda: self._request("system"))
        self._active = False
        self._installed_on: QObject | None = None

    def install(self, app: QObject) -> None:
        """Watch every input event of the application."""
        if self._installed_on is None:
            app.installEventFilter(self.idle)
            self._installed_on = app

    def uninstall(self) -> None:
        """Stop filtering events (for a clean shutdown)."""
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self.idle)
            self._installed_on = None

    def set_minutes(self, minutes: float) -> None:
        """Minutes of no input before locking; 0 turns idle locking off."""
        self.idle.set_minutes(minutes)

    def start(self) -> None:
        self._active = True
        self.idle.start()

    def stop(self) -> None:
        self._active = False
        self.idle.stop()

    def _request(self, reason: str) -> None:
        if self._active:
            self.lock_requested.emit(reason)
