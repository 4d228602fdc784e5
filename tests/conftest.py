"""Test-wide rules: headless Qt, fast (but never below OWASP) key derivation, a private
home for every test, and no network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PEERJOURNAL_TEST_FAST_KDF"] = "1"

from tests.helpers import network_guard


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own HOME and XDG folders, so nothing reaches the real ones and
    tests can scan them for leaks."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("PEERJOURNAL_VAULT", raising=False)
    monkeypatch.delenv("PEERJOURNAL_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any network socket or name lookup in any test fails it."""
    monkeypatch.setattr(socket, "socket", network_guard.GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", network_guard.refuse_name_lookup)
    monkeypatch.setattr(socket, "getaddrinfo", network_guard.refuse_name_lookup)
    yield
