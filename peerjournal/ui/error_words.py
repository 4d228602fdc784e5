"""Sentences of the lower layers that the window shows, marked for translation
in the "Errors" context (ui.tasks.describe_error looks them up there). Each
must match the service's sentence word for word (tests/gui/test_consent_field.py
checks it); one literal each, so lupdate reads them whole."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# fmt: off
ERROR_SENTENCES = (
    QT_TRANSLATE_NOOP("Errors", "That file is larger than 20 MB, the most a photo or scan of a signed form can be. Take the photo at a lower resolution, or scan at 300 dpi. Nothing was kept."),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "That file is not a photo or a scan PeerJournal can keep: attach a PDF, JPEG or PNG. Nothing was kept."),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "That file looks like a photo but cannot be opened; it may be damaged. Nothing was kept."),  # noqa: E501
    QT_TRANSLATE_NOOP("Errors", "That file cannot be read. Nothing was kept."),
    QT_TRANSLATE_NOOP("Errors", "There is no signature to keep: sign in the box first."),
)
# fmt: on
