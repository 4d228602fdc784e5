"""Child process of the kill test (tests/gui/test_editors_drafts.py).

Reads one JSON line on stdin: {"path", "passphrase", "person_id", "text"}.
Opens the journal on the real worker, opens the encounter editor, types the
text through QTest, waits until the draft holding all of it is kept, prints
"DRAFT-KEPT", then goes on typing until the parent kills it with SIGKILL.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

MORE = " and then she laughed, and we walked on to the bus stop together"


def type_text(widget: QWidget, text: str) -> None:
    """Type any text: QTest key clicks for ASCII, plain key events for the rest
    (QTest.keyClicks only knows ASCII)."""
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii() and char.isprintable():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget,
                    QKeyEvent(
                        kind,
                        Qt.Key.Key_unknown,
                        Qt.KeyboardModifier.NoModifier,
                        char if kind == QEvent.Type.KeyPress else "",
                    ),
                )


def main() -> int:
    config = json.loads(sys.stdin.readline())
    app = QApplication([])

    from peerjournal.ui.tasks import TaskManager
    from peerjournal.ui.views.encounter_editor import EncounterEditor
    from peerjournal.vault import Vault

    tasks = TaskManager()
    tasks.open_vault(lambda: Vault.open(Path(config["path"]), passphrase=config["passphrase"]))
    editor = EncounterEditor(tasks, config["person_id"])
    editor.show()
    editor.activateWindow()
    QTest.qWaitForWindowActive(editor)
    field = editor.their_story.editor
    field.setFocus()
    type_text(field, config["text"])

    kept = {"ready": False}

    def saved(_key: str) -> None:
        kept["ready"] = True

    editor.autosaver.saved.connect(saved)
    while not (kept["ready"] and editor.autosaver.settled):
        QTest.qWait(20)
    print("DRAFT-KEPT", flush=True)

    more = iter(MORE * 100)

    def type_one() -> None:  # mid-typing when the kill comes
        type_text(field, next(more, " "))

    ticker = QTimer()
    ticker.timeout.connect(type_one)
    ticker.start(30)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
