"""The window's language: English or Spanish, following the system unless the
peer chose one in Settings.

Our strings come from resources/i18n/peerjournal_<lang>.qm (built from the
.ts with lrelease, both kept in the repository); Qt's own strings (standard
buttons such as Save and Cancel, file dialogs) from the qtbase translations
shipped with Qt. English needs no file: it is the language of the source.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from peerjournal.paths import resources_dir

LANGUAGES = ("en", "es")
"""The languages PeerJournal speaks, source language first."""
SOURCE_LANGUAGE = "en"
CATALOG = "peerjournal"


def i18n_dir() -> Path:
    """The folder of the .ts sources and the compiled .qm catalogs."""
    return resources_dir() / "i18n"


def catalog_path(language: str, suffix: str = ".qm") -> Path:
    """resources/i18n/peerjournal_<language>.qm (or .ts)."""
    return i18n_dir() / f"{CATALOG}_{language}{suffix}"


def choose_language(setting: str | None, system: QLocale | None = None) -> str:
    """The language to show: the setting when it names one we speak, else the
    system's language when we speak it, else English."""
    if setting is not None and setting in LANGUAGES:
        return setting
    name = (system or QLocale.system()).name()  # e.g. "es_US"
    code = name.split("_", 1)[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


class Translator(QTranslator):
    """Our catalog, forgiving about the context a string was extracted in.

    lupdate files strings called through a helper (`tr = self.tr`, a module's
    `_tr`) under the empty context, while at run time Qt asks with the class
    name; looking in the empty context second finds them either way."""

    def translate(self, context: str, source_text: str,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        # None (a null QString), not "": Qt then asks the next translator (qtbase).
        return found or None


HOLDER_NAME = "peerjournal-translations"
"""The app's child object that owns the translators `install` put in, so a
change of language can take them out again."""


def _holder(app: QCoreApplication) -> QObject:
    holder = app.findChild(QObject, HOLDER_NAME)
    if holder is None:
        holder = QObject(app)
        holder.setObjectName(HOLDER_NAME)
    return holder


def install(app: QCoreApplication, setting: str | None = None,
            system: QLocale | None = None) -> str:
    """Show the window in the chosen language from now on: take out the
    translators this function installed before, put in ours and Qt's for the
    language, and make dates and numbers follow it. Returns the language code
    in use ("en" or "es"). Widgets already built keep their text."""
    language = choose_language(setting, system)
    holder = _holder(app)
    for old in holder.findChildren(QTranslator):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()

    system_locale = system or QLocale.system()
    if system_locale.name().split("_", 1)[0].lower() == language:
        QLocale.setDefault(system_locale)  # keep the region's own date style
    else:
        QLocale.setDefault(QLocale(QLocale(language).language(), system_locale.territory()))
    if language == SOURCE_LANGUAGE:
        return language

    qt_translator = QTranslator(holder)
    if qt_translator.load(f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    ours = Translator(holder)
    if ours.load(str(catalog_path(language))):
        app.installTranslator(ours)
    return language


def language_names() -> list[tuple[str | None, str]]:
    """The choices for the language setting: (setting value, label). Language
    names are written in their own language, so anyone can find theirs."""
    return [
        (None, QCoreApplication.translate("Languages", "As the system (automatic)")),
        ("en", "English"),
        ("es", "Español"),
    ]
