"""The command's language: Spanish when the locale says Spanish, else
English. It chooses the language of the sheets the command prints, and of
the problems it reports that carry a message id (their Spanish comes from the
window's catalog, resources/i18n/peerjournal_es.ts); other sentences stay
English."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree

from peerjournal.errors import MESSAGES, PeerJournalError

SPOKEN = ("en", "es")


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """"es" or "en" from the locale variables, in the order gettext reads them:
    LANGUAGE (a list such as "es_US:en"), then LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if not value:
            continue
        code = value.split(":", 1)[0].split("_", 1)[0].split(".", 1)[0].lower()
        if name == "LANGUAGE" and code not in SPOKEN:
            continue  # a language we do not speak first in the list: read the locale
        return code if code in SPOKEN else "en"
    return "en"


def catalog_sentences(ts_path: Path, context: str = "Messages") -> dict[str, str]:
    """English → translation of the finished messages of one context of a Qt
    .ts catalog (the window's own, so the command and the window say the same)."""
    try:
        root = ElementTree.parse(ts_path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[str, str] = {}
    for block in root.iter("context"):
        if (block.findtext("name") or "") != context:
            continue
        for message in block.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") or not translation.text:
                continue
            found[source] = translation.text
    return found


def command_sentence(
    error: PeerJournalError, ts_path: Path, environ: Mapping[str, str] | None = None
) -> str:
    """An error as the command says it: in Spanish when the locale says Spanish
    and the problem has a message id the catalog translates; else its English."""
    if error.message_id not in MESSAGES or locale_language(environ) != "es":
        return error.message
    template = catalog_sentences(ts_path).get(MESSAGES[error.message_id])
    if template is None:
        return error.message
    try:
        return template.format(**error.arguments)
    except (KeyError, IndexError, ValueError):
        return error.message
