#!/usr/bin/env python3
"""`make a11y`: the window as Orca meets it, through AT-SPI (issue 14 §1).

    /usr/bin/python3 tools/a11y_atspi.py        # the SYSTEM python: it has python3-pyatspi

Starts a private D-Bus session (dbus-run-session) and X server (Xvfb), opens the
app there with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on a throwaway demo journal (a
temporary home folder: nothing of yours is read or written), opens its first
person, and walks the AT-SPI tree with pyatspi (the main window, then every editor
and dialog open at once). It prints every interactive node
without a name, the sidebar buttons' roles and the person page heading's name,
then locks the journal, listens for the "Locked" announcement and checks that
no name is left in the tree. Exit 1 on a problem; 0 with a clear message when
xvfb, at-spi2-core, dbus or pyatspi are not installed (apt-get install xvfb
at-spi2-core python3-pyatspi dbus-x11).

The same file runs the app side (`--app`, under the project's venv python)."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
INSIDE = "PEERJOURNAL_A11Y_INSIDE"
WAIT_SECONDS = 240
# The journal's actions that open an editor or a dialog without a system file dialog.
DIALOG_ACTIONS = ("add_person_action", "new_encounter_action", "new_goal_action",
                  "new_reflection_action", "new_referral_action", "consents_action",
                  "disclosures_action", "edit_person_action", "clinicians_action",
                  "report_action", "settings_action", "change_passphrase_action",
                  "new_recovery_key_action", "rekey_action", "forget_person_action")
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


# ----- the app side (venv python, under Xvfb) -----

def run_app() -> int:
    """Open the demo journal and its first person; then obey lines on stdin:
    "lock" locks, "quit" ends. Says READY (the person's page shows) and LOCKED."""
    from PySide6.QtCore import QSocketNotifier, QTimer

    from peerjournal.ui import app as ui_app
    from peerjournal.ui.views.main_window import MainWindow

    qt = ui_app.make_application([])
    window = MainWindow(vault_path=None)
    window.resize(1200, 800)
    window.show()
    said: set[str] = set()

    def say(word: str) -> None:
        if word not in said:
            said.add(word)
            print(word, flush=True)

    def step() -> None:
        view = window.journal
        if view is None:
            return
        model = view.people_model
        if not view.person_page.name.text() and model.rowCount() > 0:
            view.people_list.setCurrentIndex(model.index(0, 0))
        elif view.person_page.name.text() and not window.tasks.busy:
            say("READY")

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "lock":
            window.lock()
            say("LOCKED")
        elif line == "dialogs":
            for name in DIALOG_ACTIONS:
                action = getattr(window, name, None)
                if action is not None:
                    action.trigger()
            page = window.journal.person_page if window.journal is not None else None
            if page is not None and hasattr(page, "open_person_window"):
                page.open_person_window("growth")  # then a check-in from it, their copy
                QTimer.singleShot(500, lambda: page.person_window.new_checkin())
                QTimer.singleShot(1000, lambda: page.open_person_window("their_copy"))
            QTimer.singleShot(2500, lambda: say("DIALOGS"))
        elif line in ("quit", ""):
            window.shutdown()
            qt.quit()

    poll = QTimer(window)
    poll.timeout.connect(step)
    poll.start(250)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, window)
    notifier.activated.connect(command)
    QTimer.singleShot(800, window.welcome.demo_button.click)
    return int(qt.exec())


# ----- the screen reader side (system python, pyatspi) -----

def missing() -> list[str]:
    needs = []
    if shutil.which("Xvfb") is None:
        needs.append("xvfb")
    if shutil.which("dbus-run-session") is None:
        needs.append("dbus (dbus-run-session)")
    if not any(Path(path).exists() for path in LAUNCHERS):
        needs.append("at-spi2-core")
    try:
        import pyatspi  # noqa: F401
    except (ImportError, ValueError):
        needs.append("python3-pyatspi (for this python: run it with /usr/bin/python3)")
    if not VENV_PYTHON.exists():
        needs.append(".venv (make .venv/.installed-test)")
    return needs


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp",
         "-noreset"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    # Xvfb writes the number, then a newline: closing the pipe before both are
    # read kills it ("Cannot write display number").
    number = b""
    end = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < end:
        ready, _, _ = select.select([read], [], [], 0.5)
        if ready:
            chunk = os.read(read, 32)
            if not chunk:
                break
            number += chunk
    os.close(read)
    number = number.strip()
    if not number:
        server.kill()
        raise SystemExit("a11y: Xvfb did not start")
    return server, f":{number.decode()}"


def app_environment(home: Path, display: str) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("WAYLAND_DISPLAY", "PEERJOURNAL_VAULT"):
        env.pop(name, None)
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env.update({
        "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime), "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1",
        "LANG": "C.UTF-8", "LANGUAGE": "en", "LC_ALL": "C.UTF-8",
        # A throwaway demo journal: quick key derivation spares the shared machine.
        "PEERJOURNAL_TEST_FAST_KDF": "1",
    })
    return env


class App:
    """The app process: lines out (READY, LOCKED), commands in."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [str(VENV_PYTHON), str(Path(__file__).resolve()), "--app"], env=env, cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait_for(self, word: str, seconds: float, pump: object = None) -> bool:
        end = time.monotonic() + seconds
        assert self.process.stdout is not None
        while time.monotonic() < end:
            if self.process.poll() is not None:
                return False
            ready, _, _ = select.select([self.process.stdout], [], [], 0.1)
            if callable(pump):
                pump()
            if ready and self.process.stdout.readline().strip() == word:
                return True
        return False

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def stop(self) -> str:
        if self.process.poll() is None:
            try:
                self.send("quit")
                self.process.wait(timeout=20)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        return self.process.stderr.read() if self.process.stderr is not None else ""


def find_app(pyatspi: object, name: str, seconds: float) -> object | None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)  # type: ignore[attr-defined]
        for index in range(desktop.childCount):
            child = desktop.getChildAtIndex(index)
            if child is not None and child.name == name:
                return child
        time.sleep(0.5)
    return None


def walk(node: object, pyatspi: object, leaves: set[object], depth: int = 0):
    """Every node under `node`, depth first; the items of lists, tables and combos
    are theirs (a list of 40 people is not walked row by row)."""
    yield node
    if depth > 60 or node.getRole() in leaves:  # type: ignore[attr-defined]
        return
    for index in range(node.childCount):  # type: ignore[attr-defined]
        try:
            child = node.getChildAtIndex(index)  # type: ignore[attr-defined]
        except Exception:  # a node that went away while walking
            continue
        if child is not None:
            yield from walk(child, pyatspi, leaves, depth + 1)


def screen_reader_side() -> int:
    home = Path(tempfile.mkdtemp(prefix="peerjournal-a11y-"))
    server, display = start_xvfb()
    os.environ["DISPLAY"] = display
    import gi

    gi.require_version("Atspi", "2.0")
    import pyatspi
    from gi.repository import Atspi, GLib

    roles = pyatspi
    interactive = {
        roles.ROLE_PUSH_BUTTON, roles.ROLE_TOGGLE_BUTTON, roles.ROLE_CHECK_BOX,
        roles.ROLE_RADIO_BUTTON, roles.ROLE_COMBO_BOX, roles.ROLE_ENTRY,
        roles.ROLE_PASSWORD_TEXT, roles.ROLE_SPIN_BUTTON, roles.ROLE_LIST, roles.ROLE_LIST_BOX,
        roles.ROLE_TABLE, roles.ROLE_TREE, roles.ROLE_TREE_TABLE, roles.ROLE_PAGE_TAB,
        roles.ROLE_SLIDER, roles.ROLE_LINK, roles.ROLE_MENU_ITEM,
    }
    leaves = {roles.ROLE_LIST, roles.ROLE_LIST_BOX, roles.ROLE_TABLE, roles.ROLE_TREE,
              roles.ROLE_TREE_TABLE, roles.ROLE_COMBO_BOX}

    def is_interactive(node: object) -> bool:
        role = node.getRole()  # type: ignore[attr-defined]
        if role in interactive:
            return True
        states = node.getState()  # type: ignore[attr-defined]
        return role == roles.ROLE_TEXT and states.contains(roles.STATE_EDITABLE)

    app = App(app_environment(home, display))
    heard: list[str] = []
    problems: list[str] = []
    try:
        context = GLib.MainContext.default()

        def pump() -> None:
            while context.pending():
                context.iteration(False)

        def note(event: object) -> None:
            text = getattr(event, "any_data", None)
            heard.append(str(text) if text else str(getattr(event, "detail1", "")))

        listener = Atspi.EventListener.new(note)
        listening = listener.register("object:announcement")
        if not app.wait_for("READY", WAIT_SECONDS, pump):
            print("a11y: the app did not open its demo journal in time", file=sys.stderr)
            print(app.stop()[-3000:], file=sys.stderr)
            return 1
        found = find_app(pyatspi, "PeerJournal", 30)
        if found is None:
            print("a11y: PeerJournal is not on the AT-SPI bus "
                  "(QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 did not take)", file=sys.stderr)
            return 1
        time.sleep(1)  # the page's last texts reach the bus
        nodes = list(walk(found, pyatspi, leaves))
        touchable = [n for n in nodes if is_interactive(n)]
        nameless = [n for n in touchable if not (n.name or "").strip()]
        print(f"AT-SPI: {len(nodes)} nodes, {len(touchable)} interactive, "
              f"{len(nameless)} without a name")
        for node in nameless:
            parent = node.parent
            showing = node.getState().contains(roles.STATE_SHOWING)
            print(f"  NO NAME: {node.getRoleName()} in {parent.getRoleName() if parent else '?'}"
                  f" {parent.name if parent else ''!r}{'' if showing else ' (not showing)'}")
            problems.append("an interactive node without a name")
        headings = [n for n in nodes if n.getRole() == roles.ROLE_LABEL
                    and n.description == "Person"]
        heading = headings[0].name if headings else ""
        print(f"Person page heading: {heading!r} (description 'Person')")
        if not heading.strip():
            problems.append("the person page heading has no name")
        for node in nodes:
            if (node.name or "").startswith(("Follow-ups due", "My reflections")) and \
                    node.getRole() in (roles.ROLE_PUSH_BUTTON, roles.ROLE_CHECK_BOX,
                                       roles.ROLE_TOGGLE_BUTTON):
                print(f"Sidebar: {node.name!r} is a {node.getRoleName()}")
                if node.getRole() == roles.ROLE_CHECK_BOX:
                    problems.append("a sidebar button reads as a check box")
        for node in nodes:
            if (node.description or "") == "Last backup":
                print(f"Last backup label reads: {node.name!r}")

        # Every editor and dialog, open at once: each is a window of the app.
        app.send("dialogs")
        app.wait_for("DIALOGS", 60, pump)
        time.sleep(1)
        windows = [found.getChildAtIndex(i) for i in range(found.childCount)]
        more = [n for w in windows if w is not None for n in walk(w, pyatspi, leaves)]
        more_touchable = [n for n in more if is_interactive(n)]
        more_nameless = [n for n in more_touchable if not (n.name or "").strip()]
        print(f"With every editor and dialog open: {len(windows)} windows, {len(more)} nodes, "
              f"{len(more_touchable)} interactive, {len(more_nameless)} without a name")
        for node in more_nameless:
            window_of = node
            while window_of.parent is not None and window_of.parent != found:
                window_of = window_of.parent
            print(f"  NO NAME: {node.getRoleName()} in {node.parent.getRoleName()} "
                  f"{node.parent.name!r}, window {window_of.name!r}")
            problems.append("an interactive node without a name")

        if listening:
            print(f"Announced before locking: {heard!r}")
        heard.clear()
        app.send("lock")
        app.wait_for("LOCKED", 30, pump)
        end = time.monotonic() + 5
        while time.monotonic() < end and not heard:
            pump()
            time.sleep(0.05)
        if not listening:
            print("Announcements: this AT-SPI cannot listen for object:announcement")
        else:
            print(f"Announced on lock: {heard!r}")
            if not heard:  # "Locked…", or for the demo "The demo journal is closed."
                problems.append("locking was not announced over AT-SPI")
        time.sleep(1)
        after = [f"{n.name or ''} {n.description or ''}" for n in walk(found, pyatspi, leaves)]
        left = [text for text in after if heading and heading in text]
        print(f"After locking, nodes naming the person: {len(left)}")
        if left:
            problems.append("a name is left in the tree after locking")
    finally:
        errors = app.stop()
        server.terminate()
        server.wait()
        shutil.rmtree(home, ignore_errors=True)
    if problems:
        print("a11y: FAILED: " + "; ".join(sorted(set(problems))))
        if errors.strip():
            print("app stderr (last lines):\n" + "\n".join(errors.strip().splitlines()[-15:]))
        return 1
    print("a11y: OK")
    return 0


def main() -> int:
    if "--app" in sys.argv:
        return run_app()
    needs = missing()
    if needs:
        print("a11y: skipped: not installed: " + ", ".join(needs))
        return 0
    if os.environ.get(INSIDE) != "1":
        # A D-Bus session of our own: the accessibility bus starts inside it.
        env = dict(os.environ, **{INSIDE: "1"})
        done = subprocess.run(["dbus-run-session", "--", sys.executable,
                               str(Path(__file__).resolve())], env=env, stderr=subprocess.PIPE,
                              text=True, check=False)
        # The private buses' chatter ("Activating service…") is not news.
        for line in done.stderr.splitlines():
            if not line.startswith(("dbus-daemon[", "SpiRegistry daemon")):
                print(line, file=sys.stderr)
        return done.returncode
    return screen_reader_side()


if __name__ == "__main__":
    raise SystemExit(main())
