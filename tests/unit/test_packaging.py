"""Packaging files pass their platform validators and point at things that exist."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "org.peerjournal.PeerJournal.desktop"
METAINFO = LINUX / "org.peerjournal.PeerJournal.metainfo.xml"


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_and_metainfo_agree() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "peerjournal"
    assert section["Icon"] == "org.peerjournal.PeerJournal"
    tree = ET.parse(METAINFO)
    launchable = tree.getroot().find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert tree.getroot().findtext("id") == DESKTOP.stem


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_sizes_exist(size: int) -> None:
    png = ROOT / "resources" / "icons" / f"peerjournal-{size}.png"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    assert (width, height) == (size, size)


def test_pyinstaller_spec_is_valid_python_and_bundles_resources() -> None:
    spec = (ROOT / "packaging" / "peerjournal.spec").read_text(encoding="utf-8")
    compile(spec, "peerjournal.spec", "exec")
    for folder in ("fonts", "icons", "i18n"):
        assert f'"resources" / "{folder}"' in spec
        assert (ROOT / "resources" / folder).is_dir()
    assert (ROOT / "packaging" / "launcher.py").is_file()
