"""The bundled Unicode fonts (DejaVu) every PDF embeds, so any Latin,
Vietnamese, Cyrillic or Greek name prints the same on every computer."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from peerjournal import paths
from peerjournal.errors import PeerJournalError

# Overrides where resources/ lives (a packaged or relocated install).
RESOURCES_ENV = paths.RESOURCES_ENV

_FILES = {
    "PJSans": "DejaVuSans.ttf",
    "PJSans-Bold": "DejaVuSans-Bold.ttf",
    "PJSans-Oblique": "DejaVuSans-Oblique.ttf",
    "PJSansMono": "DejaVuSansMono.ttf",
}


@dataclass(frozen=True, slots=True)
class FontSet:
    """The registered font names to use in styles and on the canvas."""

    regular: str
    bold: str
    italic: str
    mono: str


def resources_dir() -> Path:
    """Where resources/ is (see `paths.resources_dir`)."""
    return paths.resources_dir()


def fonts_dir() -> Path:
    """The folder of the bundled TTF files."""
    return resources_dir() / "fonts"


def register_fonts() -> FontSet:
    """Register the bundled fonts with reportlab (once per process) and say
    their names. Safe to call before every render."""
    return _register(fonts_dir())


@functools.cache
def _register(folder: Path) -> FontSet:
    # reportlab keeps one registry per process; cache so each TTF is parsed once.
    for name, filename in _FILES.items():
        if name in pdfmetrics.getRegisteredFontNames():
            continue
        path = folder / filename
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # reportlab raises TTFError or a plain OSError
            raise PeerJournalError(
                f"The font {filename} is missing or unreadable in {folder}. "
                "Reinstall PeerJournal to print letters."
            ) from exc
    # <b> and <i> in paragraph markup pick the right face.
    addMapping("PJSans", 0, 0, "PJSans")
    addMapping("PJSans", 1, 0, "PJSans-Bold")
    addMapping("PJSans", 0, 1, "PJSans-Oblique")
    addMapping("PJSans", 1, 1, "PJSans-Bold")
    return FontSet(regular="PJSans", bold="PJSans-Bold", italic="PJSans-Oblique", mono="PJSansMono")
