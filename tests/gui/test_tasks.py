"""The one journal worker: order, threads, errors, and locking drops old results."""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from peerjournal.errors import Invalid, Locked
from peerjournal.ui.tasks import WORKER_THREAD_NAME, TaskManager, describe_error
from tests.gui.gui_fakes import FakeVault


def open_fake(qtbot: Any, tasks: TaskManager, vault: FakeVault) -> None:
    with qtbot.waitSignal(tasks.vault_opened, timeout=5000):
        tasks.open_vault(lambda: vault)


def test_work_runs_on_the_worker_and_results_come_back_on_the_gui_thread(qtbot, tasks):
    vault = FakeVault(people=3)
    open_fake(qtbot, tasks, vault)
    seen: dict[str, Any] = {}

    def job(v: FakeVault) -> list[str]:
        seen["job_thread"] = threading.current_thread().name
        return [p.preferred_name for p in v.people()]

    def done(names: list[str]) -> None:
        seen["done_thread"] = threading.current_thread()
        seen["names"] = names

    tasks.run(job, on_done=done)
    qtbot.waitUntil(lambda: "names" in seen, timeout=5000)
    assert seen["job_thread"] == WORKER_THREAD_NAME
    assert seen["done_thread"] is threading.main_thread()
    assert seen["names"] == ["Person 00000", "Person 00001", "Person 00002"]
    assert vault.threads == {WORKER_THREAD_NAME}


def test_jobs_run_one_at_a_time_in_the_order_asked(qtbot, tasks):
    open_fake(qtbot, tasks, FakeVault())
    order: list[int] = []
    done: list[int] = []
    for n in range(20):
        tasks.run(lambda _v, n=n: order.append(n) or n, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 20, timeout=5000)
    assert order == list(range(20))
    assert done == list(range(20))
    assert not tasks.busy


def test_without_an_open_journal_work_fails_as_locked(qtbot, tasks):
    errors: list[BaseException] = []
    called: list[bool] = []
    tasks.run(lambda _v: called.append(True), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Locked)
    assert called == []


def test_an_error_without_handler_is_said_plainly(qtbot, tasks):
    open_fake(qtbot, tasks, FakeVault())

    def known(_v: Any) -> None:
        raise Invalid("That date is not a day.")

    with qtbot.waitSignal(tasks.failed, timeout=5000) as signal:
        tasks.run(known)
    assert signal.args == ["That date is not a day."]


def test_a_bug_is_reported_without_its_message(qtbot, tasks, capsys):
    open_fake(qtbot, tasks, FakeVault())

    def bug(_v: Any) -> None:
        raise ValueError("Secret " + "Name said something")

    with qtbot.waitSignal(tasks.failed, timeout=5000) as signal:
        tasks.run(bug)
    assert "Secret Name" not in signal.args[0]
    assert signal.args[0] == describe_error(ValueError("x"))
    err = capsys.readouterr().err
    assert "ValueError" in err
    assert "Secret Name" not in err


def test_closing_drops_results_asked_before_and_closes_on_the_worker(qtbot, tasks):
    vault = FakeVault(people=5)
    open_fake(qtbot, tasks, vault)
    gate = threading.Event()
    delivered: list[Any] = []
    ran: list[bool] = []

    def slow(v: FakeVault) -> list[Any]:
        gate.wait(5)
        ran.append(True)
        return v.people()

    tasks.run(slow, on_done=delivered.append)
    with qtbot.waitSignal(tasks.vault_closed, timeout=5000):
        tasks.close_vault()
        assert not tasks.is_open
        gate.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert ran == [True]  # queued work (e.g. a draft being saved) still ran
    assert delivered == []  # but its result did not reach the cleared window
    assert vault.closed
    assert vault.threads == {WORKER_THREAD_NAME}


def test_open_hands_back_the_extra_value_never_the_vault(qtbot, tasks):
    vault = FakeVault()
    got: list[Any] = []
    tasks.open_vault(lambda: (vault, "RECOVERY-KEY"), on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == ["RECOVERY-KEY"]
    assert tasks.is_open


def test_a_failed_open_leaves_the_journal_closed(qtbot, tasks):
    errors: list[BaseException] = []

    def wrong() -> Any:
        raise Locked("That passphrase does not open this journal.")

    tasks.open_vault(wrong, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert not tasks.is_open


def test_busy_changes_while_work_waits(qtbot, tasks):
    states: list[bool] = []
    tasks.busy_changed.connect(states.append)
    gate = threading.Event()
    tasks.run_plain(lambda: gate.wait(5))
    assert tasks.busy
    gate.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert states == [True, False]


def test_the_thread_guard_catches_a_vault_call_on_the_gui_thread(vault_thread_guard):
    """The guard the other GUI tests rely on can fail: prove it."""
    pytest.importorskip("peerjournal.vault")
    from peerjournal.vault import Vault

    assert hasattr(Vault, "people")
    # The call itself fails without a real vault; the guard sees it first.
    with contextlib.suppress(Exception):
        Vault.people(None, "x")  # type: ignore[arg-type]  # on the GUI thread
    assert vault_thread_guard.violations == ["people"]
    vault_thread_guard.violations.clear()


def test_a_result_for_a_closed_view_is_dropped(qtbot) -> None:
    """A view deleted while its job ran never gets the result (no 'already deleted' error)."""
    tasks = TaskManager()
    label = QLabel("before")
    seen: list[str] = []
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return "after"

    tasks.run_plain(slow, on_done=lambda value: (seen.append(value), label.setText(value)))
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=2000)
    release.set()
    assert tasks.wait_idle(5)
    qtbot.wait(50)
    assert seen == []
    # and a live view still gets its result
    live = QLabel("before")
    qtbot.addWidget(live)
    tasks.run_plain(lambda: "after", on_done=live.setText)
    qtbot.waitUntil(lambda: live.text() == "after", timeout=2000)
    tasks.shutdown()


def test_the_checkers_are_warmed_off_the_gui_thread() -> None:
    from peerjournal.core import language
    from peerjournal.ui.maintenance import warm_up_checkers

    thread = warm_up_checkers()
    assert thread is not threading.current_thread()
    thread.join(10)
    assert not thread.is_alive()
    assert [h.text for h in language.hints("he is an addict")] == ["addict"]


def test_the_latest_request_wins(qtbot, tasks):
    """Typing "a", "an", "ana" asks three searches: only the last one is answered,
    and a cancelled request is not answered at all; other keys are not affected."""
    open_fake(qtbot, tasks, FakeVault())
    shown: list[str] = []
    other: list[str] = []
    for query in ("a", "an", "ana"):
        tasks.run(lambda _v, q=query: q, on_done=shown.append, latest=("view", "search"))
    tasks.run(lambda _v: "page", on_done=other.append, latest=("view", "page"))
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert shown == ["ana"]
    assert other == ["page"]
    tasks.run(lambda _v: "late", on_done=shown.append, latest=("view", "search"))
    tasks.cancel_latest(("view", "search"))
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert shown == ["ana"]
