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
DESKTOP = LINUX / "org.peerjournal.peerjournal.desktop"
METAINFO = LINUX / "org.peerjournal.peerjournal.metainfo.xml"


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
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # pedantic, warnings and errors stay clean (an old appstream may add an "unknown tag" info)
    assert not [line for line in result.stdout.splitlines() if line[:2] in ("P:", "W:", "E:")]


def test_desktop_entry_and_metainfo_agree() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "peerjournal"
    assert section["Icon"] == "org.peerjournal.peerjournal"
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


def _desktop_entry_tool():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "desktop_entry", ROOT / "tools" / "desktop_entry.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_install_desktop_writes_the_tree_a_desktop_expects_and_uninstall_removes_it(tmp_path):
    tool = _desktop_entry_tool()
    home = tmp_path / "share"
    tool.install(home, "/opt/peerjournal/bin/peerjournal")
    app_id = "org.peerjournal.peerjournal"
    entry = home / "applications" / f"{app_id}.desktop"
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # type: ignore[assignment,method-assign]
    parsed.read(entry, encoding="utf-8")
    assert parsed["Desktop Entry"]["Exec"] == "/opt/peerjournal/bin/peerjournal gui"
    assert parsed["Desktop Entry"]["Icon"] == app_id
    assert (home / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        data = png.read_bytes()
        assert int.from_bytes(data[16:20], "big") == size
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout
    tool.uninstall(home)
    assert not [p for p in home.rglob("*") if p.is_file() and app_id in p.name]


def test_the_window_announces_the_desktop_id():
    from peerjournal import paths

    assert paths.DESKTOP_ID == DESKTOP.stem == METAINFO.name.removesuffix(".metainfo.xml")
    source = (ROOT / "peerjournal" / "ui" / "app.py").read_text("utf-8")
    assert "setDesktopFileName(paths.DESKTOP_ID)" in source


def test_metainfo_names_no_unchecked_address():
    text = METAINFO.read_text("utf-8")
    assert "http://" not in text and "https://" not in text
