"""The peer's hint choices kept in the journal (services/hint_settings.py, the
journal_settings table): encrypted with it, carried by an old journal's migration,
and read back after reopening."""

from __future__ import annotations

from pathlib import Path

from peerjournal.core.language import hints
from peerjournal.services import hint_settings
from peerjournal.vault import Vault
from tests.helpers.vault_fixtures import PASSPHRASE


def test_never_hinted_words_and_the_reflections_switch_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "j.peerjournal"
    vault, _ = Vault.create(path, PASSPHRASE)
    with vault:
        assert hint_settings.never_hinted(vault) == []
        assert hint_settings.hints_in_reflections(vault) is False
        assert hint_settings.never_hint(vault, "  Junkie ") == ["junkie"]
        assert hint_settings.never_hint(vault, "addict") == ["addict", "junkie"]
        hint_settings.set_hints_in_reflections(vault, True)
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        assert hint_settings.never_hinted(vault) == ["addict", "junkie"]
        assert hint_settings.hints_in_reflections(vault) is True
        assert hint_settings.hint_again(vault, "ADDICT") == ["junkie"]
        hint_settings.set_hints_in_reflections(vault, False)
        assert hint_settings.hints_in_reflections(vault) is False
        assert hint_settings.never_hinted(vault) == ["junkie"]


def test_a_checker_without_the_never_hinted_words() -> None:
    words = ["junkie"]
    check = hint_settings.without_words(hints, lambda: words)
    text = "The junkie and the addict."
    assert [h.text for h in check(text)] == ["addict"]
    words.clear()
    assert [h.text for h in check(text)] == ["junkie", "addict"]
