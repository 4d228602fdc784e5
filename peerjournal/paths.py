"""Where PeerJournal keeps things on this computer (platformdirs), and the one
way it writes a file: owner-only and atomic."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import platformdirs

APP_NAME = "PeerJournal"
# The desktop entry, AppStream and icon ID (lower-case, reverse-DNS): Wayland matches the
# window to its entry by this name.
DESKTOP_ID = "org.peerjournal.peerjournal"
VAULT_FILENAME = "journal.peerjournal"
OWNER_ONLY = 0o600


def data_dir() -> Path:
    """The user's data folder for PeerJournal (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The user's config folder: settings, the list of recent journals. Never personal data."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    """The vault used when neither --vault nor $PEERJOURNAL_VAULT names one."""
    return data_dir() / VAULT_FILENAME


def resolve_vault_path(given: str | os.PathLike[str] | None) -> Path:
    """--vault, else $PEERJOURNAL_VAULT, else the default file."""
    if given:
        return Path(given).expanduser()
    env = os.environ.get("PEERJOURNAL_VAULT")
    if env:
        return Path(env).expanduser()
    return default_vault_path()


def ensure_private_dir(folder: Path) -> None:
    """Create a folder, and each missing parent, readable by its owner only
    (whatever the umask: with umask 000, mkdir's parents would be 0777)."""
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by another process: not ours to change
        os.chmod(path, 0o700)  # the umask may have taken bits away; never added any
    if not folder.is_dir():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(folder))


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where the OS cannot)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path, *, replace: bool = True, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Write `target` atomically and owner-only: a temp file in the same folder,
    fsync, rename over the target, fsync the folder. On any failure the temp file
    is removed and the target is as it was.

    With replace=False an existing target raises FileExistsError (checked again
    at the rename, with a hard link, so a race cannot overwrite it)."""
    target = Path(target)
    folder = target.parent
    if not replace and target.exists():
        raise FileExistsError(str(target))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, OWNER_ONLY)
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)  # fails if target appeared meanwhile
            tmp.unlink()
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_atomic(target: Path, data: bytes, *, replace: bool = True) -> None:
    """Write bytes to `target` atomically and owner-only."""
    with atomic_writer(target, replace=replace) as handle:
        handle.write(data)


RESOURCES_ENV = "PEERJOURNAL_RESOURCES"


def resources_dir() -> Path:
    """Where resources/ is (fonts, translations): $PEERJOURNAL_RESOURCES, else a
    frozen app's bundle (PyInstaller's sys._MEIPASS), else next to the package
    in the source tree. Here, not in render: the window finds its translations
    without loading the PDF library."""
    env = os.environ.get(RESOURCES_ENV)
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"
