"""Cold start: from starting the process to the window painted, PeerJournal's
window against a bare PySide6 window started the same way in the same run
(a fresh process each time; the median of a few). Target: at most 2x the bare one.

`run()` returns [(name, value, unit, target)].
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

Result = tuple[str, float, str, float | str]
ROOT = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("BENCH_COLD_RUNS", "5"))

# Both print PAINTED at the window's first paint, then quit.
_PAINTED = """
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False
painted = FirstPaint()
window.installEventFilter(painted)
window.show()
app.exec()
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1120, 720)
""" + _PAINTED

PEERJOURNAL = """
import sys
sys.path.insert(0, {root!r})
from peerjournal.ui.app import make_application
app = make_application([])
from peerjournal.ui.views.main_window import MainWindow
window = MainWindow(use_dbus=False)
""" + _PAINTED


def _time_to_paint(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - start
            break
    else:
        child.wait()
        raise RuntimeError("the window was never painted")
    child.wait(30)
    return elapsed * 1000


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="peerjournal-cold-") as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
                   XDG_DATA_HOME=f"{home}/.local/share")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # One of each first, so both start from warm file caches.
        _time_to_paint(BARE, env)
        _time_to_paint(PEERJOURNAL.format(root=str(ROOT)), env)
        bare, ours = [], []
        for _ in range(RUNS):  # interleaved: the machine's load falls on both alike
            bare.append(_time_to_paint(BARE, env))
            ours.append(_time_to_paint(PEERJOURNAL.format(root=str(ROOT)), env))
    bare_ms, ours_ms = statistics.median(bare), statistics.median(ours)
    return [
        ("cold start to a painted window: bare PySide6", round(bare_ms), "ms", "-"),
        ("cold start to a painted window: PeerJournal", round(ours_ms), "ms", "-"),
        ("cold start, PeerJournal / bare", round(ours_ms / bare_ms, 2), "x", 2.0),
    ]


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name}: {value} {unit} (target {target})")
