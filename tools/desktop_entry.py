"""Install or remove PeerJournal's desktop entry for this user (`make install-desktop`).

    .venv/bin/python tools/desktop_entry.py install   [--data-home DIR] [--exec PATH]
    .venv/bin/python tools/desktop_entry.py uninstall [--data-home DIR]

Everything goes under the XDG data folder ($XDG_DATA_HOME, else ~/.local/share), under
the one ID the window announces (paths.DESKTOP_ID), as a desktop expects:
  applications/ID.desktop                    the entry, with Exec pointing at this install
  metainfo/ID.metainfo.xml                   what software centres show
  icons/hicolor/NxN/apps/ID.png, scalable/apps/ID.svg
Nothing outside those paths is touched; uninstall removes exactly what install wrote.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from peerjournal.paths import DESKTOP_ID  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def planned(home: Path) -> dict[Path, Path]:
    """Each installed file and the file of this repository it comes from."""
    files = {
        home / "applications" / f"{DESKTOP_ID}.desktop": LINUX / f"{DESKTOP_ID}.desktop",
        home / "metainfo" / f"{DESKTOP_ID}.metainfo.xml": LINUX / f"{DESKTOP_ID}.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg":
            ICONS / "peerjournal.svg",
    }
    for size in SIZES:
        target = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        files[target] = ICONS / f"peerjournal-{size}.png"
    return files


def _refresh_caches(home: Path) -> None:
    """Tell the desktop (where its tools are installed); harmless where they are not."""
    for command in (["update-desktop-database", str(home / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def install(home: Path, executable: str) -> list[Path]:
    written = []
    for target, source in planned(home).items():
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o755)
        if target.suffix == ".desktop":
            # The venv's command is not on PATH: point the entry at this install.
            text = source.read_text("utf-8").replace("Exec=peerjournal ", f"Exec={executable} ")
            target.write_text(text, "utf-8")
        else:
            shutil.copyfile(source, target)
        target.chmod(0o644)
        written.append(target)
    _refresh_caches(home)
    return written


def uninstall(home: Path) -> list[Path]:
    removed = []
    for target in planned(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(home)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument("--data-home", type=Path, default=None)
    parser.add_argument("--exec", dest="executable",
                        default=str(Path(sys.executable).with_name("peerjournal")))
    args = parser.parse_args(argv)
    home = args.data_home or data_home()
    if args.action == "install":
        done = install(home, args.executable)
        print(f"Installed the PeerJournal desktop entry ({len(done)} files) under {home}.")
    else:
        done = uninstall(home)
        print(f"Removed {len(done)} PeerJournal desktop files from {home}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
