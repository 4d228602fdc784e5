"""The Qt binding must not leak or drop references on ordinary calls.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt
method that returns nothing; after a few thousand the process aborts with
"none_dealloc". pyproject pins below it; this test fails if a broken binding returns.

The opposite drift is watched too: a void call must not keep a reference to None
either. (On 6.11.3, each Python-wrapped Qt object that is destroyed, and each
connection made to it, keeps one; that is bounded by the number of windows opened,
which the registry keeps small, see test_window_lifetimes.py.)"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


def test_void_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("steady")
        label.setVisible(False)
    # Other code may add a few references meanwhile; a broken binding drops ~4000.
    assert sys.getrefcount(None) - before > -100
    # ...and one that keeps a reference per call grows by ~4000.
    assert sys.getrefcount(None) - before < 100


def test_opening_and_closing_editors_keeps_references_to_none_bounded(qtbot, tasks) -> None:
    """Closed editors are deleted: what None gains per editor stays small and
    does not grow with the number of editors opened before."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from peerjournal.ui.views.goal_editor import GoalEditor

    def cycle() -> None:
        editor = GoalEditor(tasks, "p-none", None)
        editor.show()
        editor.clear_and_close()
        editor.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def per_editor(count: int) -> float:
        gc.collect()
        start = sys.getrefcount(None)
        for _ in range(count):
            cycle()
        gc.collect()
        return (sys.getrefcount(None) - start) / count

    per_editor(3)  # first-use caches
    early, late = per_editor(5), per_editor(5)
    assert late <= early + 20  # no growth that feeds on itself
    assert late < 2000
