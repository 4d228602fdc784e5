"""The recovery sheet: the key on the page, large and grouped, never in the
metadata; what it is, how to keep it and how to use it."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from peerjournal.core import letter_text
from peerjournal.core.letter import RecoverySheetContent
from peerjournal.errors import Invalid
from peerjournal.render.recovery_sheet import render_recovery_sheet

KEY = "K7QXM-2RTPA-W9HDN-4CZLE-VB8SY-3FJUG-N6MWK-PXA2R"


def sheet(language: str = "en", key: str = KEY) -> bytes:
    return render_recovery_sheet(
        recovery_key=key,
        vault_label="journal.peerjournal",
        created_on=date(2025, 3, 1),
        language=language,
    )


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_sheet_carries_the_key_in_groups_on_one_page() -> None:
    pdf = sheet()
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = text_of(pdf)
    assert "K7QXM 2RTPA W9HDN 4CZLE" in text
    assert "VB8SY 3FJUG N6MWK PXA2R" in text
    for expected in (
        "PeerJournal recovery sheet",
        "journal.peerjournal",
        "March 1, 2025",
        "forget your passphrase",
        "away from the computer",
        "Forgot passphrase",
        "peerjournal passwd --recovery-key-file FILE",
    ):
        assert expected in text, expected


def test_the_key_is_in_a_monospace_font() -> None:
    reader = PdfReader(io.BytesIO(sheet()))
    fonts = {
        str(ref.get_object()["/BaseFont"])
        for ref in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSansMono" in name for name in fonts)


def test_the_key_is_never_in_the_metadata() -> None:
    pdf = sheet()
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    values = " ".join(str(value) for value in meta.values())
    assert meta.title == "PeerJournal recovery sheet"
    for group in KEY.split("-"):
        assert group not in values
    assert KEY.encode() not in pdf


def test_spanish_sheet() -> None:
    text = text_of(sheet("es"))
    assert "Hoja de recuperación de PeerJournal" in text
    assert "Clave de recuperación" in text
    assert "1 de marzo de 2025" in text
    assert "K7QXM 2RTPA W9HDN 4CZLE" in text


def test_sheet_is_deterministic() -> None:
    assert sheet() == sheet()
    assert sheet() != sheet(key=KEY.replace("K7QXM", "K7QXN"))


def test_a_key_without_dashes_is_grouped_by_five() -> None:
    content = RecoverySheetContent(
        recovery_key="ABCDEFGHIJKL", vault_label="v", created_on=date(2025, 1, 1), language="en"
    )
    assert content.key_groups() == ["ABCDE", "FGHIJ", "KL"]
    assert "ABCDE FGHIJ KL" in text_of(sheet(key="ABCDEFGHIJKL"))


def test_unknown_language_is_invalid() -> None:
    with pytest.raises(Invalid):
        sheet("xx")


# ----- the sheet quotes the window's own labels, in the window's language -----

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "peerjournal_es.ts"
QUOTED = re.compile(r"\u201c([^\u201d]+)\u201d")


def window_labels(language: str) -> set[str]:
    """Every label the window shows in `language` (English: the catalog's
    sources), without the & of a mnemonic or a trailing colon."""
    root = ET.parse(TS).getroot()
    field = "source" if language == "en" else "translation"
    labels = set()
    for message in root.iter("message"):
        text = (message.findtext(field) or "").replace("&", "").strip()
        labels |= {text, text.rstrip(":").strip()}
    return labels


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_label_the_sheet_quotes_is_shown_by_the_window(language: str) -> None:
    words = letter_text.words(language).recovery_sheet
    quoted = QUOTED.findall(words.use_window)
    assert len(quoted) >= 3  # the Forgot button, the key field, the button that unlocks
    missing = [label for label in quoted if label not in window_labels(language)]
    assert missing == []


def test_the_spanish_sheet_is_spanish_through_and_through() -> None:
    text = text_of(sheet("es"))
    assert "\u00bfOlvid\u00f3 su frase de contrase\u00f1a?" in text
    assert "Desbloquear" in text
    for english in ("Forgot", "passphrase", "unlock", "Recovery key", "Journal"):
        assert not re.search(rf"\b{english}\b", text), english
