"""Check (and, where it is safe, fix) the words of the Spanish window catalog
and the Spanish guide against issue 17's word list: US Spanish as a peer
would write it.

    .venv/bin/python tools/spanish_words.py          # list what breaks the list
    .venv/bin/python tools/spanish_words.py --fix    # fix what can be fixed word for word,
                                                     # then run tools/update_translations.py

Some words cannot be fixed blindly ("Ajustes guardados" needs "Configuración
guardada"): those are listed for a person to rewrite.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "resources" / "i18n" / "peerjournal_es.ts"
GUIDE = ROOT / "docs" / "user-guide.es.md"

FIXES: list[tuple[str, str]] = [
    # word for word, safe in any sentence
    ("derivaciones", "remisiones"), ("Derivaciones", "Remisiones"),
    ("derivación", "remisión"), ("Derivación", "Remisión"),
    ("carta de referencia", "carta de remisión"), ("Carta de referencia", "Carta de remisión"),
    ("cartas de referencia", "cartas de remisión"),
    ("revisión del alcance", "revisión del rol"), ("Revisión del alcance", "Revisión del rol"),
    ("revisión de alcance", "revisión del rol"),
    ("alcance en la calle", "trabajo de calle"), ("Alcance en la calle", "Trabajo de calle"),
    ("Se pasó por alto la revisión del rol", "Enviada pese a la revisión"),
    ("Excepción de alcance", "Enviada pese a la revisión"),
    ("Bloq Mayús", "Caps Lock"),
    ("Pulse Intro", "Presione Enter"), ("pulse Intro", "presione Enter"),
    ("Intro", "Enter"), ("Pulse ", "Presione "), ("pulse ", "presione "),
    ("en Ajustes", "en Configuración"), ("Ajustes…", "Configuración…"),
    ("&Ajustes…", "&Configuración…"),
    ("«", "“"), ("»", "”"),
    ("Huella (SHA-256)", "Huella digital (SHA-256)"), ("huella (SHA-256)", "huella digital (SHA-256)"),
]

BANNED: list[tuple[str, str]] = [
    (r"(?i)\bderivaci", "remisión, not derivación"),
    (r"\b[Aa]justes\b", "Configuración, not Ajustes"),
    (r"Bloq Mayús", "Caps Lock"),
    (r"\bIntro\b", "Enter"),
    (r"\b[Pp]ulse\b", "presione / haga clic en"),
    (r"[«»]", "curly quotes “…”"),
    (r"(?i)\balcance\b", "revisión del rol / trabajo de calle"),
    (r"(?i)\breferencia\b", "remisión, not referencia"),
    (r"(?i)\bhuella\b(?! digital)", "huella digital (SHA-256)"),
    (r"(?i)\bespecialistas?\b(?! de apoyo entre pares)(?= (?:de|en) )",
     "especialista de apoyo entre pares"),
    (r"Se pasó por alto", "Enviada pese a la revisión"),
    (r"(?i)\bdesbloqueo\b", "Desbloquear"),
    (r"\b(?:Rechazad|Programad)[ao]s?\b", "No aceptó / Con cita"),
]

_MESSAGE = re.compile(
    r"(?P<head><source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?"
    r"<translation(?P<attr>[^>]*)>)(?P<text>.*?)(?P<tail></translation>)",
    re.S,
)
_TAG = re.compile(r"(<[^>]+>)")


def _texts(inner: str) -> list[str]:
    """The words of a translation: its text, or each plural form's."""
    return [html.unescape(part) for part in _TAG.split(inner)
            if part and not part.startswith("<") and part.strip()]


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def problems_in(text: str) -> list[str]:
    """The word-list rules `text` breaks."""
    return [why for pattern, why in BANNED if re.search(pattern, text)]


def fixed(text: str) -> str:
    for old, new in FIXES:
        text = text.replace(old, new)
    return text


def catalog_problems(path: Path = CATALOG) -> list[str]:
    found = []
    for match in _MESSAGE.finditer(path.read_text(encoding="utf-8")):
        for text in _texts(match.group("text")):
            for why in problems_in(text):
                found.append(f"{html.unescape(match.group('source'))!r} → {text!r}: {why}")
    return found


def guide_problems(path: Path = GUIDE) -> list[str]:
    found = []
    for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        flat = " ".join(paragraph.split())  # a phrase may wrap over two lines
        found += [f"{path.name}: {flat[:80]!r}…: {why}" for why in problems_in(flat)]
    return found


def fix_catalog(path: Path = CATALOG) -> int:
    raw = path.read_text(encoding="utf-8")
    changed = 0

    def one(match: re.Match[str]) -> str:
        nonlocal changed
        inner = match.group("text")
        parts = [part if part.startswith("<") else _escape(fixed(html.unescape(part)))
                 for part in _TAG.split(inner)]
        if "".join(parts) == inner:
            return match.group(0)
        changed += 1
        return match.group("head") + "".join(parts) + match.group("tail")

    path.write_text(_MESSAGE.sub(one, raw), encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fix", action="store_true", help="fix what can be fixed word for word")
    args = parser.parse_args(argv)
    if args.fix:
        print(f"fixed {fix_catalog()} translations; now run tools/update_translations.py")
    left = catalog_problems() + guide_problems()
    for line in left:
        print(line)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
