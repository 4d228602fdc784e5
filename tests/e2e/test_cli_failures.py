"""The command's last-resort behaviour: a bug is exit 1 with one plain line (a traceback
only with --debug), the window opens from the command, and the network guard bites."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers import cli

pytestmark = pytest.mark.e2e

# Runs the real `main()` in a fresh interpreter with one function broken on purpose.
BROKEN = (
    "import sys, peerjournal.core.language as language, peerjournal.cli as cli\n"
    "def broken(text):\n"
    "    raise RuntimeError('secret words of a person')\n"
    "language.hints = broken\n"
    "raise SystemExit(cli.main(sys.argv[1:]))\n"
)


def run_broken(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(cli.NONET), str(cli.ROOT)]))
    return subprocess.run(
        [sys.executable, "-c", BROKEN, *args],
        input="hello",
        capture_output=True,
        text=True,
        env=env,
        cwd=cli.ROOT,
        timeout=60,
    )


def test_a_bug_is_exit_1_with_one_line_and_no_personal_text() -> None:
    result = run_broken("check-language", "-")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "--debug" in lines[0]
    assert "secret words" not in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback() -> None:
    result = run_broken("check-language", "-", "--debug")
    assert result.returncode == 1
    assert "Traceback" in result.stderr


def test_the_window_opens_from_the_command(tmp_path) -> None:
    result = cli.run(
        "gui", "--smoke-test", "--vault", str(tmp_path / "none.peerjournal"), timeout=120
    )
    assert result.code == 0, result.err
    assert "PeerJournal window opened: PeerJournal" in result.out


def test_the_network_guard_stops_a_subprocess_that_opens_a_socket() -> None:
    env = dict(os.environ, PYTHONPATH=str(cli.NONET))
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 97
    assert "NETWORK-GUARD" in result.stderr


def test_the_in_process_guard_refuses_sockets() -> None:
    import socket

    from tests.helpers.network_guard import NetworkUsed

    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
