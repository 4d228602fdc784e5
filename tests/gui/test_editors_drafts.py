"""Never lose a word: drafts kept on the worker, offered back after unlocking,
and the kill test (a child process killed with SIGKILL mid-typing)."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from peerjournal.core.models import Encounter
from peerjournal.ui.views.encounter_editor import EncounterEditor
from peerjournal.ui.views.goal_editor import GoalEditor
from peerjournal.ui.views.reflection_editor import ReflectionEditor
from peerjournal.ui.widgets.autosave import DraftAutosaver, offer_drafts
from tests.gui.test_editors_support import (
    PASSPHRASE,
    PERSON,
    click_button,
    journal_fixture,  # noqa: F401 (the journal fixture)
    open_journal,
    run_on_worker,
    show_active,
    type_text,
)

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("draft_crash_child.py")
KILL_TEXT = (
    "Her words: “I slept at the bus station again.” She wants a bed at Haven House "
    "and her ID back — «pronto».\nNext: call the shelter at 9."
)


def drafts_of(qtbot, tasks) -> dict:
    return run_on_worker(qtbot, tasks, lambda vault: vault.drafts())


def keep_draft_then_lock(qtbot, tasks, editor, field, text) -> None:
    """Type, let the draft be kept, then clear the editor as locking does."""
    show_active(editor)
    editor.autosaver.set_delays(50)  # a quick test; the app waits about 1.5 s
    with qtbot.waitSignal(editor.autosaver.saved, timeout=10_000):
        type_text(field.editor, text)
    editor.clear_and_close()
    tasks.wait_idle()


def answer_offer(qtbot, recovery, name: str) -> None:
    qtbot.waitUntil(
        lambda: recovery.question is not None and recovery.question.isVisible(), timeout=10_000
    )
    assert "unfinished" in recovery.question.text()
    click_button(recovery.question, name)


def test_a_kept_draft_is_offered_back_and_restore_brings_every_word(qtbot, tasks, journal):
    text = "Wants to see her daughter on Sunday — “no matter what.”"
    editor = EncounterEditor(tasks, PERSON.id)
    qtbot.addWidget(editor)
    keep_draft_then_lock(qtbot, tasks, editor, editor.their_story, text)

    recovery = offer_drafts(tasks, None)
    with qtbot.waitSignal(recovery.restored, timeout=10_000) as restored:
        answer_offer(qtbot, recovery, "Restore")
    again = restored.args[0]
    qtbot.addWidget(again)
    assert isinstance(again, EncounterEditor)
    assert again.their_story.text() == text
    assert again.person_id == PERSON.id
    assert again.record_id == editor.record_id

    with qtbot.waitSignal(again.saved, timeout=10_000):
        again.save_button.click()
    stored = run_on_worker(qtbot, tasks, lambda vault: vault.get(Encounter, again.record_id))
    assert stored.their_story == text
    assert drafts_of(qtbot, tasks) == {}


def test_discard_forgets_a_draft_and_later_keeps_it(qtbot, tasks, journal):
    first = ReflectionEditor(tasks)
    qtbot.addWidget(first)
    keep_draft_then_lock(
        qtbot, tasks, first, first.what_i_shared, "I told him about my first year."
    )
    second = GoalEditor(tasks, PERSON.id)
    qtbot.addWidget(second)
    keep_draft_then_lock(qtbot, tasks, second, second.in_their_words, "“Keep my job.”")
    assert len(drafts_of(qtbot, tasks)) == 2

    recovery = offer_drafts(tasks, None, show_editors=False)
    answer_offer(qtbot, recovery, "Discard")  # the older one: the reflection
    with qtbot.waitSignal(recovery.finished, timeout=10_000):
        answer_offer(qtbot, recovery, "Later")
    tasks.wait_idle()
    left = drafts_of(qtbot, tasks)
    assert [payload["kind"] for payload in left.values()] == ["goal"]
    assert [payload["fields"]["in_their_words"] for payload in left.values()] == ["“Keep my job.”"]


def test_each_kind_of_draft_restores_into_its_own_editor(qtbot, tasks, journal):
    editor = ReflectionEditor(tasks, "e-linked01")
    qtbot.addWidget(editor)
    keep_draft_then_lock(
        qtbot, tasks, editor, editor.self_care, "A walk, and a call to my sponsor."
    )
    recovery = offer_drafts(tasks, None, show_editors=False)
    with qtbot.waitSignal(recovery.restored, timeout=10_000) as restored:
        answer_offer(qtbot, recovery, "Restore")
    again = restored.args[0]
    qtbot.addWidget(again)
    assert isinstance(again, ReflectionEditor)
    assert again.encounter_id == "e-linked01"
    assert again.self_care.text() == "A walk, and a call to my sponsor."
    assert "Restored the draft" in again.status_line.text()


def test_nothing_typed_keeps_no_draft_and_erasing_everything_discards_it(qtbot, tasks, journal):
    editor = EncounterEditor(tasks, PERSON.id)
    qtbot.addWidget(editor)
    show_active(editor)
    editor.minutes.setFocus()
    editor.their_story.editor.setFocus()  # focus changes with nothing typed
    QApplication.processEvents()
    tasks.wait_idle()
    assert drafts_of(qtbot, tasks) == {}

    with qtbot.waitSignal(editor.autosaver.saved, timeout=10_000):
        type_text(editor.their_story.editor, "abc")
    editor.their_story.editor.selectAll()
    type_text(editor.their_story.editor, "\b")  # Backspace
    editor.their_story.set_text("")
    editor.minutes.setFocus()  # focus change: the draft follows the (now empty) editor
    QApplication.processEvents()
    tasks.wait_idle()
    assert drafts_of(qtbot, tasks) == {}


def test_a_draft_failure_is_said_plainly_and_tried_again(qtbot):
    class FailingOnce:
        def __init__(self) -> None:
            self.calls = 0

        def run(self, fn, on_done=None, on_error=None):
            self.calls += 1
            if self.calls == 1:
                on_error(OSError("disk trouble with secret words"))
            else:
                on_done(None)

    tasks = FailingOnce()
    autosaver = DraftAutosaver(tasks, "encounter:e-1", lambda: {"fields": {"a": "b"}})
    with qtbot.waitSignal(autosaver.failed, timeout=5000) as failed:
        autosaver.touch()
        autosaver.save_now()
    assert "secret" not in failed.args[0]
    assert autosaver.dirty  # kept for the next try
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        autosaver.save_now()
    assert autosaver.settled


def _read_line(proc: subprocess.Popen[str], timeout: float) -> str:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            return proc.stdout.readline().strip()
        if proc.poll() is not None:
            break
    return ""


@pytest.mark.slow
def test_a_killed_app_loses_no_word_and_offers_the_draft_back(qtbot, tasks, tmp_path, private_home):
    path = tmp_path / "journal" / "journal.peerjournal"
    open_journal(qtbot, tasks, path, create=True)
    run_on_worker(qtbot, tasks, lambda vault: vault.save(PERSON))
    with qtbot.waitSignal(tasks.vault_closed, timeout=10_000):
        tasks.close_vault()

    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PEERJOURNAL_TEST_FAST_KDF="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        HOME=str(private_home),
    )
    proc = subprocess.Popen(
        [sys.executable, str(CHILD)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=str(ROOT),
    )
    try:
        assert proc.stdin is not None
        proc.stdin.write(
            json.dumps(
                {
                    "path": str(path),
                    "passphrase": PASSPHRASE,
                    "person_id": PERSON.id,
                    "text": KILL_TEXT,
                }
            )
            + "\n"
        )
        proc.stdin.close()
        assert _read_line(proc, 60) == "DRAFT-KEPT"
        time.sleep(0.3)  # mid-typing, mid-autosave perhaps: the harshest moment we can pick
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    open_journal(qtbot, tasks, path, create=False)
    drafts = drafts_of(qtbot, tasks)
    (payload,) = drafts.values()
    story = payload["fields"]["their_story"]
    assert story.startswith(KILL_TEXT)  # every word typed before the draft, maybe more

    recovery = offer_drafts(tasks, None, show_editors=False)
    with qtbot.waitSignal(recovery.restored, timeout=10_000) as restored:
        answer_offer(qtbot, recovery, "Restore")
    editor = restored.args[0]
    qtbot.addWidget(editor)
    assert editor.their_story.text() == story
