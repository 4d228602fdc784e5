"""Extract the window's strings into the .ts files and build the .qm catalogs.

    .venv/bin/python tools/update_translations.py            # lupdate, then lrelease
    .venv/bin/python tools/update_translations.py --release  # lrelease only (what `make i18n` runs)

lupdate (from the PySide6 wheel) reads every peerjournal/ui/**/*.py; strings
already translated keep their translation, new ones come in as unfinished and
old ones are dropped. lrelease compiles each .ts to the .qm the app loads.
Both files are kept in the repository, so a fresh clone needs no build step;
tests/gui/test_i18n.py fails when the .qm is not what lrelease makes of the .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "peerjournal" / "ui"
I18N = ROOT / "resources" / "i18n"
TRANSLATED = ("es",)
# Helpers that call translate for a module (`_tr("...")`, the enum labels'
# `_label_tr("...")`) are read as tr().
LUPDATE_OPTIONS = ("-locations", "none", "-no-obsolete",
                   "-tr-function-alias", "tr+=_tr,tr+=_label_tr",
                   "-silent")


def qt_tool(name: str) -> Path:
    """lupdate / lrelease shipped inside the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return Path(found)
    raise SystemExit(f"{name} was not found in the PySide6 wheel.")


def ui_sources() -> list[Path]:
    """Every Python file of the window, in a stable order."""
    return sorted(UI.rglob("*.py"))


def ts_file(language: str) -> Path:
    return I18N / f"peerjournal_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N / f"peerjournal_{language}.qm"


def lupdate(ts: Path, sources: list[Path] | None = None) -> None:
    """Merge the strings of `sources` (default: the ui) into `ts`."""
    files = [str(p) for p in (sources or ui_sources())]
    subprocess.run([str(qt_tool("lupdate")), *LUPDATE_OPTIONS, *files, "-ts", str(ts)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm` (unfinished strings left out, so they stay English)."""
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="build the .qm files only")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    for language in TRANSLATED:
        if not args.release:
            lupdate(ts_file(language))
        lrelease(ts_file(language), qm_file(language))
        print(f"{qm_file(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
