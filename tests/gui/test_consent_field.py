"""Consent in the field, in the window: the signature pad, signing on screen,
and photos or scans of a paper form kept inside the journal (issue 12)."""

from __future__ import annotations

import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from peerjournal.core.models import Clinician, Consent, Person, Profile
from peerjournal.services import consents
from peerjournal.services.unlock import create_journal, unlock
from peerjournal.ui import error_words
from peerjournal.ui.tasks import TaskManager
from peerjournal.ui.views.attachment_viewer import AttachmentViewer
from peerjournal.ui.views.consent_editor import ConsentEditor
from peerjournal.ui.views.consent_signing import ConsentSigning
from peerjournal.ui.widgets.signature_pad import SignaturePad

PASSPHRASE = "synthetic test passphrase"
TODAY = date(2025, 6, 2)
WAIT = 15000

# A recorded signature: three strokes, as a hand moves (widget pixels, pad 600 x 200).
STROKES = (
    [(40, 150), (52, 120), (66, 96), (80, 90), (95, 104), (104, 130), (118, 150), (140, 118)],
    [(160, 140), (175, 100), (190, 80), (210, 84), (226, 110), (240, 140)],
    [(280, 120), (300, 118), (330, 121), (370, 119)],
)


def draw(qtbot: Any, pad: SignaturePad) -> None:
    for stroke in STROKES:
        first = QPoint(*stroke[0])
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=first)
        for x, y in stroke[1:]:
            qtbot.mouseMove(pad, QPoint(x, y))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[-1]))


def png_bytes(pad: SignaturePad) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pad.image().save(buffer, "PNG")
    return bytes(data.data())


def new_pad(qtbot: Any) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.setFixedSize(600, 200)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_a_recorded_stroke_sequence_gives_the_same_image_and_consent_pdf(
    qtbot: Any, tmp_path: Path, vault_thread_guard: Any
) -> None:
    first, second = new_pad(qtbot), new_pad(qtbot)
    draw(qtbot, first)
    draw(qtbot, second)
    assert len(first.strokes()) == 3
    assert len(first.strokes()[0]) == len(STROKES[0])  # every move kept, as vectors
    assert first.strokes() == second.strokes()
    assert png_bytes(first) == png_bytes(second)
    signed = first.signature(TODAY)
    assert signed is not None

    with vault_thread_guard.paused():
        vault, _key = create_journal(tmp_path / "j.peerjournal", PASSPHRASE)
        try:
            vault.set_profile(Profile(name="Dana Whitfield"))
            vault.save(Person(id="p1", preferred_name="Ana"))
            vault.save(Clinician(id="c1", name="Dr. Jordan Lee"))
            pdfs = [
                consents.consent_form_pdf(
                    vault,
                    "p1",
                    "c1",
                    on=TODAY,
                    purpose="p",
                    information="i",
                    signature=pad.signature(TODAY).to_json(),  # type: ignore[union-attr]
                    signed_on=TODAY,
                )
                for pad in (first, second)
            ]
        finally:
            vault.close()
    assert pdfs[0] == pdfs[1]


def test_undo_clear_and_no_keyboard_trap(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    pad = SignaturePad(host)
    pad.setGeometry(0, 0, 600, 200)
    after = QWidget(host)
    after.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    after.setGeometry(0, 210, 50, 20)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    assert pad.accessibleName()
    draw(qtbot, pad)
    pad.undo()
    assert len(pad.strokes()) == 2
    pad.setFocus()
    qtbot.waitUntil(pad.hasFocus)
    qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.strokes()) == 1
    qtbot.keyClick(pad, Qt.Key.Key_Tab)
    assert after.hasFocus()  # Tab leaves the pad
    pad.clear()
    assert pad.is_empty() and pad.signature(TODAY) is None


# --- the consent editor ----------------------------------------------------------


@pytest.fixture
def journal(tmp_path: Path, vault_thread_guard: Any) -> Path:
    path = tmp_path / "journal" / "journal.peerjournal"
    path.parent.mkdir()
    with vault_thread_guard.paused():
        vault, _key = create_journal(path, PASSPHRASE)
        try:
            vault.set_profile(Profile(name="Dana Whitfield", credentials="CPRS"))
            vault.save(Person(id="p-ana", preferred_name="Ana", preferred_language="es"))
            vault.save(Clinician(id="c-lee", name="Dr. Jordan Lee"))
            vault.save(
                Consent(
                    id="k-1",
                    person_id="p-ana",
                    recipient_id="c-lee",
                    purpose="to arrange an appointment",
                    information="my name and my request",
                    signed_on=TODAY,
                    expires_on=date(2026, 6, 2),
                    covers=("their_words",),
                )
            )
        finally:
            vault.close()
    return path


@pytest.fixture
def opened(qtbot: Any, tasks: TaskManager, journal: Path) -> TaskManager:
    with qtbot.waitSignal(tasks.vault_opened, timeout=WAIT):
        tasks.open_vault(lambda: unlock(journal, passphrase=PASSPHRASE))
    return tasks


def in_vault(qtbot: Any, tasks: TaskManager, fn: Any) -> Any:
    box: list[Any] = []
    tasks.run(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    return box[0]


@pytest.fixture
def editor(qtbot: Any, opened: TaskManager) -> Iterator[ConsentEditor]:
    made = ConsentEditor(opened, "p-ana", today=TODAY)
    qtbot.addWidget(made)
    qtbot.waitUntil(lambda: made.model.rowCount() == 1, timeout=WAIT)
    made.table.selectRow(0)
    qtbot.waitUntil(lambda: made.recipient.currentData() == "c-lee", timeout=WAIT)
    yield made
    made.clear_and_close()


def test_a_new_consent_names_no_clinician_and_the_form_follows_the_persons_language(
    qtbot: Any, opened: TaskManager
) -> None:
    made = ConsentEditor(opened, "p-ana", today=TODAY)
    qtbot.addWidget(made)
    qtbot.waitUntil(lambda: made.recipient.count() == 2, timeout=WAIT)
    made.start_new()
    assert made.recipient.currentData() is None
    assert made.form_language.currentData() == "es"
    made.save()
    assert made.status.text().startswith("The consent is missing: who receives it")
    made.clear_and_close()


def test_a_consent_without_an_end_asks_for_one_instead_of_inventing_a_date(
    qtbot: Any, opened: TaskManager, editor: ConsentEditor
) -> None:
    undated = Consent(
        id="k-old",
        person_id="p-ana",
        recipient_id="c-lee",
        purpose="p",
        information="i",
        signed_on=TODAY,
    )
    in_vault(qtbot, opened, lambda v: v.save(undated))
    editor.reload()
    qtbot.waitUntil(lambda: editor.model.rowCount() == 2, timeout=WAIT)
    editor.table.selectRow(editor.model.row_of_id("k-old"))
    assert editor.ends_when_choice.isChecked() and editor.ends_when.text() == ""
    editor.save()
    assert "the event or condition that ends it" in editor.status.text()


def test_covers_ticks_are_kept(qtbot: Any, opened: TaskManager, editor: ConsentEditor) -> None:
    from peerjournal.core.models import Covers

    assert editor.covers[Covers.THEIR_WORDS].isChecked()
    assert not editor.covers[Covers.CONTACT].isChecked()
    editor.covers[Covers.CONTACT].setChecked(True)
    with qtbot.waitSignal(editor.consents_changed, timeout=WAIT):
        editor.save()
    saved = in_vault(qtbot, opened, lambda v: v.get(Consent, "k-1"))
    assert saved.covers == ("contact", "their_words")


def test_signing_on_screen_keeps_the_signature_with_the_consent(
    qtbot: Any, opened: TaskManager, editor: ConsentEditor
) -> None:
    editor.show()
    editor.sign_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(editor, "signing", None), ConsentSigning),
                    timeout=WAIT)  # fmt: skip
    signing: ConsentSigning = editor.signing
    qtbot.waitExposed(signing)
    body = " ".join(label.text() for label in signing.sections)
    assert "para organizar" not in body  # the person's words stay as written
    assert "Puedo revocar este consentimiento" in body  # in the person's language (Spanish)
    assert signing.sections[0].font().pointSizeF() > editor.font().pointSizeF() * 1.3
    assert not signing.sign_button.isEnabled()
    signing.pad.setFixedSize(600, 200)
    draw(qtbot, signing.pad)
    signing_strokes = signing.pad.strokes()
    with qtbot.waitSignal(editor.consents_changed, timeout=WAIT):
        signing.sign_button.click()
    saved = in_vault(qtbot, opened, lambda v: v.get(Consent, "k-1"))
    assert saved.signature is not None and saved.signed_on == TODAY
    qtbot.waitUntil(lambda: "Signed on screen" in editor.signature_note.text(), timeout=WAIT)
    assert editor.signature_view.isVisibleTo(editor)
    assert editor.signature_view.strokes() == signing_strokes


def _files_since(roots: list[Path], since: float) -> Iterator[Path]:
    seen: set[Path] = set()
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            try:
                if path in seen or not path.is_file() or path.stat().st_mtime < since:
                    continue
            except OSError:
                continue
            seen.add(path)
            yield path


def test_an_attachment_viewed_leaves_no_copy_outside_the_journal(
    qtbot: Any, opened: TaskManager, editor: ConsentEditor, journal: Path, tmp_path: Path
) -> None:
    started = time.time() - 2
    canary = ("CanaryScan" + uuid.uuid4().hex).encode()
    source_dir = tmp_path / "phone"
    source_dir.mkdir()
    source = source_dir / "scan.pdf"
    source.write_bytes(b"%PDF-1.4\n% " + canary + b"\n" + b"1" * 4000 + b"\n%%EOF\n")
    editor.attach_files([source_dir])  # a folder dropped from the phone
    qtbot.waitUntil(lambda: len(editor.attached()) == 1, timeout=2 * WAIT)
    source.unlink()
    editor.view_attachment()
    qtbot.waitUntil(lambda: isinstance(getattr(editor, "viewer", None), AttachmentViewer),
                    timeout=2 * WAIT)  # fmt: skip
    viewer: AttachmentViewer = editor.viewer
    viewer.show()
    qtbot.waitExposed(viewer)
    QApplication.processEvents()
    viewer.close()
    roots = [journal.parent, Path(tempfile.gettempdir()), Path.home()]
    for path in _files_since(roots, started):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        assert canary not in data, f"the attachment's bytes are in {path}"


def test_a_file_too_large_is_refused_with_a_sentence(
    qtbot: Any, opened: TaskManager, editor: ConsentEditor, tmp_path: Path
) -> None:
    big = tmp_path / "huge.jpg"
    with big.open("wb") as handle:
        handle.write(b"\xff\xd8\xff")
        handle.truncate(25 * 1024 * 1024)
    editor.attach_files([big])
    qtbot.waitUntil(lambda: "20 MB" in editor.status.text(), timeout=WAIT)
    assert "Nothing was kept" in editor.status.text()
    assert in_vault(qtbot, opened, lambda v: v.attachments_of("k-1")) == []


def test_the_refusal_sentences_are_marked_for_translation() -> None:
    for sentence in (consents.TOO_LARGE, consents.NOT_A_FORM, consents.DAMAGED,
                     consents.UNREADABLE, consents.NO_SIGNATURE):  # fmt: skip
        assert sentence in error_words.ERROR_SENTENCES


# --- Alt-letters: one per window, in each language (issue 17) -------------------

_MNEMONIC = __import__("re").compile(r"&([^&\s])")


def mnemonics(window: QWidget) -> list[str]:
    """The Alt-letters of a window's buttons, check boxes and labelled fields."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    letters: list[str] = []
    for widget in window.findChildren(QWidget):
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        found = _MNEMONIC.search(text.replace("&&", ""))
        if found:
            letters.append(found.group(1).casefold())
    return letters


@pytest.mark.parametrize("code", ["en", "es"])
def test_no_alt_letter_is_used_twice_in_a_window(
    qtbot: Any, tasks: TaskManager, qapp: Any, code: str
) -> None:
    from peerjournal.core.letter import build_consent_form
    from peerjournal.ui import i18n
    from peerjournal.ui.views.clinicians import CliniciansDialog
    from peerjournal.ui.views.referral_composer import ReferralComposer

    i18n.install(qapp, code)
    try:
        content = build_consent_form(
            profile=Profile(name="Dana"),
            person=Person(id="p", preferred_name="Ana"),
            clinician=Clinician(id="c", name="Dr. Lee"),
            on=TODAY,
            language=code,
        )
        windows = [
            ReferralComposer(tasks, today=TODAY),
            ConsentEditor(tasks, "p", today=TODAY),
            ConsentSigning(content, today=TODAY),
            CliniciansDialog(tasks),
        ]
        for window in windows:
            qtbot.addWidget(window)
            letters = mnemonics(window)
            assert letters, type(window).__name__
            doubled = sorted({x for x in letters if letters.count(x) > 1})
            assert not doubled, (type(window).__name__, code, doubled)
        print_button = windows[1].print_button.text()  # type: ignore[attr-defined]
        assert print_button == ("&Imprimir formulario…" if code == "es" else "Print &form…")
    finally:
        i18n.install(qapp, "en")


def test_a_folder_dropped_on_the_window_is_attached_and_a_copy_is_saved_only_when_asked(
    qtbot: Any, opened: TaskManager, editor: ConsentEditor, tmp_path: Path, monkeypatch: Any
) -> None:
    import stat

    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from peerjournal.ui.views import pdf_output

    folder = tmp_path / "DCIM"
    folder.mkdir()
    scan = b"%PDF-1.4\n% a scan\n" + b"2" * 3000 + b"\n%%EOF\n"
    (folder / "scan.pdf").write_bytes(scan)
    (folder / "notes.txt").write_text("not a form", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.dropEvent(drop)
    qtbot.waitUntil(lambda: len(editor.attached()) == 1, timeout=WAIT)
    assert editor.attached()[0].media_type == "application/pdf"
    assert not list(tmp_path.glob("*.pdf"))  # nothing written out by attaching

    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(pdf_output, "ask_save_path", lambda *_args: target)
    editor.attachments.setCurrentRow(0)
    editor.save_copy_button.click()
    qtbot.waitUntil(lambda: "not encrypted" in editor.status.text(), timeout=WAIT)
    assert target.read_bytes() == scan
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
