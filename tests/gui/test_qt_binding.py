"""The Qt binding must not leak or drop references on ordinary calls.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt
method that returns nothing; after a few thousand the process aborts with
"none_dealloc". pyproject pins below it; this test fails if a broken binding returns."""

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
