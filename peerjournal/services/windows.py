"""Two windows on one journal, without a socket: a window that finds the journal
already open elsewhere asks the other one to come forward by writing its own
random name into `<journal>.raise`; every window with that journal open watches
the file (with the system's file notifications) and comes forward when another
window wrote it. The file holds that random name, nothing else."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from peerjournal import paths

SUFFIX = ".raise"


def raise_request_path(journal_path: Path) -> Path:
    """`<journal>.raise`, beside the journal; made (empty, owner-only) if missing."""
    journal_path = Path(journal_path)
    path = journal_path.with_name(journal_path.name + SUFFIX)
    if not path.exists():
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT, paths.OWNER_ONLY)
            os.close(fd)
    return path


def window_name() -> str:
    """A random name for one window, to tell its own requests from others'."""
    return secrets.token_hex(8)


def ask_other_window_forward(journal_path: Path, asker: str) -> None:
    """Ask the other windows on this journal to come forward (written in place,
    so that the file the others watch stays the same file)."""
    path = raise_request_path(journal_path)
    with contextlib.suppress(OSError), open(path, "w", encoding="ascii") as handle:
        handle.write(f"{asker}\n")


def asked_by_another_window(request: Path, me: str) -> bool:
    """True when the last request in `request` came from a window other than `me`."""
    try:
        text = Path(request).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return bool(text) and text != me
