"""The Spanish guide follows the English one: the same sections in the same
order, the same shortcut table, its own Spanish screenshots, US Spanish words
(remisión, Configuración, Desbloquear, curly quotes), and the stress steps in
short sentences in both languages."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
ENGLISH = (DOCS / "user-guide.md").read_text(encoding="utf-8")
SPANISH = (DOCS / "user-guide.es.md").read_text(encoding="utf-8")


def outline(guide: str) -> list[str]:
    """The heading levels in order ("##", "###", …)."""
    return [line.split(" ", 1)[0] for line in guide.splitlines() if line.startswith("#")]


def shortcut_keys(guide: str) -> list[str]:
    return [line.split("|")[1].strip() for line in guide.splitlines()
            if line.startswith("| ") and line.count("|") >= 3][1:]


def test_the_spanish_guide_has_the_english_guides_structure():
    assert outline(SPANISH) == outline(ENGLISH)
    numbered = re.compile(r"^## (\d+)\.", re.M)
    assert numbered.findall(SPANISH) == numbered.findall(ENGLISH)


def test_the_same_shortcuts():
    spanish = [k.replace("letra subrayada", "underlined letter") for k in shortcut_keys(SPANISH)]
    assert spanish == shortcut_keys(ENGLISH)


def test_spanish_screenshots_for_every_english_one():
    english = re.findall(r"\]\(screenshots/([^)]+)\)", ENGLISH)
    spanish = re.findall(r"\]\(screenshots/([^)]+)\)", SPANISH)
    assert spanish == [f"es/{name}" for name in english]
    assert [p for p in spanish if not (DOCS / "screenshots" / p).is_file()] == []


def test_us_spanish_words():
    for word in ("derivación", "Ajustes", "Bloq Mayús", "Intro", "alcance", "«", "»"):
        assert word not in SPANISH, word
    for word in ("remisión", "Configuración", "desbloquea", "revisión del rol",
                 "trabajo de calle", "huella digital (SHA-256)"):
        assert word in SPANISH, word


def stress_sections(guide: str, starts: tuple[str, ...]) -> str:
    """Sections 6 and 7 (backups, damage, a lost laptop)."""
    begin = min(guide.index(s) for s in starts)
    return guide[begin:guide.index("\n## 8.")]


def long_sentences(text: str) -> list[str]:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\*\*[^*]+→[^*]+\*\*", "LABEL", text)  # a menu item reads as one name
    found = []
    for paragraph in re.split(r"\n\s*\n", text):
        flat = " ".join(paragraph.split())
        for sentence in re.split(r"(?<=[.!?:;])\s+(?=[A-Z¿¡*(])|\s+(?=\d+\. )|\s+- ", flat):
            if len(sentence.split()) > 25:
                found.append(sentence)
    return found


def test_the_steps_under_stress_have_short_sentences():
    assert long_sentences(stress_sections(ENGLISH, ("## 6.",))) == []
    assert long_sentences(stress_sections(SPANISH, ("## 6.",))) == []


def test_the_lost_laptop_steps_have_no_command_line():
    for guide in (ENGLISH, SPANISH):
        lost = guide[guide.index("\n## 7."):guide.index("\n## 8.")]
        assert "peerjournal " not in lost
        assert "Plug in your USB stick" in ENGLISH and "Conecte su memoria USB" in SPANISH


NOT_IN_THE_WINDOW_YET: set[str] = set()
"""Labels a guide names before the window has them (none now)."""


def window_labels(field: str) -> set[str]:
    """The catalog's English sources ("source") or Spanish translations ("translation"),
    as shown: no mnemonic "&", with and without a trailing colon."""
    import xml.etree.ElementTree as ET

    root = ET.parse(DOCS.parent / "resources" / "i18n" / "peerjournal_es.ts").getroot()
    labels = set()
    for message in root.iter("message"):
        text = (message.findtext(field) or "").replace("&", "").strip()
        labels |= {text, text.rstrip(":").strip()}
    return labels


def guide_labels(guide: str) -> set[str]:
    """The window's menu items and buttons a guide names: bold text with a → or
    an ellipsis, each step of a menu path, without its shortcut."""
    found = set()
    for bold in re.findall(r"\*\*([^*]+)\*\*", guide):
        bold = " ".join(bold.split())
        if "→" in bold or bold.endswith("…"):
            for step in bold.split("→"):
                found.add(re.sub(r"\s*\((?:Ctrl|Alt)[^)]*\)$", "", step.strip()))
    return found


def test_the_guides_name_the_windows_own_labels():
    for guide, field in ((ENGLISH, "source"), (SPANISH, "translation")):
        labels = guide_labels(guide)
        assert len(labels) >= 15
        missing = sorted(labels - window_labels(field) - NOT_IN_THE_WINDOW_YET)
        assert missing == [], field
