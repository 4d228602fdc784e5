"""The language of the command's own printed sheets: Spanish when the
locale says Spanish, else English (the command's messages stay English)."""

from __future__ import annotations

import os
from collections.abc import Mapping

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
