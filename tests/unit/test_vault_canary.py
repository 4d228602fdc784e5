"""A canary written through every path never appears in any file, in UTF-8 or UTF-16."""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from peerjournal.core.models import (
    Clinician,
    Consent,
    Disclosure,
    Encounter,
    Goal,
    JournalContents,
    Person,
    Profile,
    Referral,
    Reflection,
)
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import disclosure_for, make_vault, synthetic


def _with_canary(record: object, canary: str) -> object:
    """The record with every optional-or-text str field holding the canary."""
    changes = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if field.name.endswith("id") or field.name in {"sha256"}:
            continue
        listed = "tuple" in str(field.type)  # a list of codes (covers): no words
        if type(value) is str or (value is None and "str" in str(field.type) and not listed):
            changes[field.name] = f"{field.name} {canary} Дмитрий"
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def _files(roots: list[Path], since: float) -> Iterator[Path]:
    seen: set[Path] = set()
    for root in roots:
        # os.walk, not rglob: the shared temp folder changes under us (other processes'
        # folders come and go), and os.walk skips what vanished instead of raising
        walked = (Path(top) / name for top, _dirs, files in os.walk(root) for name in files)
        for path in walked:
            try:
                if path in seen or not path.is_file() or path.stat().st_mtime < since:
                    continue
            except OSError:
                continue
            seen.add(path)
            yield path


def test_canary_never_reaches_a_file(tmp_path: Path) -> None:
    started = time.time() - 2
    canary = "Canary" + uuid.uuid4().hex[:12]
    folder = tmp_path / "vault"
    folder.mkdir()
    base = synthetic(people=3, encounters=6)
    kinds = ("people", "clinicians", "encounters", "reflections", "goals", "consents", "referrals")
    marked = JournalContents(
        profile=_with_canary(base.profile, canary),  # type: ignore[arg-type]
        **{name: [_with_canary(r, canary) for r in getattr(base, name)] for name in kinds},
    )
    vault, _ = make_vault(folder, marked)
    # every single-record path too
    for kind in (Person, Clinician, Encounter, Reflection, Goal, Consent, Referral):
        record = vault.get(kind, getattr(base, _list_of(kind))[0].id)
        vault.save(dataclasses.replace(record, id=record.id))
    vault.set_profile(Profile(name=f"Peer {canary}"))
    disclosure: Disclosure = dataclasses.replace(
        disclosure_for(base), override_reason=f"reason {canary}"
    )
    vault.record_disclosure(disclosure)
    vault.save_draft(f"draft-{canary}", {"their_story": f"draft {canary} Nguyễn"})
    assert vault.search(canary)  # the index holds it, encrypted
    assert vault.search(canary.lower()[:9])
    new_passphrase = f"pass {canary}"
    vault.change_passphrase(new_passphrase)
    vault.backup_to(tmp_path / "backup.pjbackup")
    vault.auto_backup(tmp_path, vault_now())
    vault.verify()
    Vault.verify_file(tmp_path / "backup.pjbackup", passphrase=new_passphrase)
    Vault.restore(
        tmp_path / "backup.pjbackup", tmp_path / "restored.peerjournal", passphrase=new_passphrase
    )
    with Vault.open(tmp_path / "restored.peerjournal", passphrase=new_passphrase) as restored:
        assert restored.get(Person, "p0").notes is not None

    needles = [canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")] + [
        canary.lower().encode("utf-8"),
        canary.upper().encode("utf-8"),
    ]
    roots = [tmp_path, folder, Path(tempfile.gettempdir())]
    scanned, found = _scan(roots, started, needles)
    assert found == []
    assert scanned >= 5  # the vault, its key file, backups, the restored vault
    vault.close()
    # the scan can fail: a plain UTF-16 copy is found
    (tmp_path / "control.txt").write_bytes(canary.encode("utf-16-le"))
    assert _scan(roots, started, needles)[1] == ["control.txt"]


def _scan(roots: list[Path], since: float, needles: list[bytes]) -> tuple[int, list[str]]:
    scanned, found = 0, []
    for path in _files(roots, since):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        scanned += 1
        if any(needle in data for needle in needles):
            found.append(path.name)
    return scanned, found


def vault_now() -> object:
    from datetime import datetime

    return datetime(2025, 1, 1, 12, 0)


def _list_of(kind: type) -> str:
    return {
        Person: "people",
        Clinician: "clinicians",
        Encounter: "encounters",
        Reflection: "reflections",
        Goal: "goals",
        Consent: "consents",
        Referral: "referrals",
    }[kind]
