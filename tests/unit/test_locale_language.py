"""The command's printed sheets follow the locale: Spanish when it says Spanish."""

from __future__ import annotations

import pytest

from peerjournal.locale_language import locale_language


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "es_US.UTF-8"}, "es"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({"LC_ALL": "es_PR.UTF-8", "LANG": "en_US.UTF-8"}, "es"),  # LC_ALL wins
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "es_US.UTF-8"}, "en"),
    ({"LANGUAGE": "es_US:en", "LANG": "en_US.UTF-8"}, "es"),
    ({"LANGUAGE": "fr:de", "LANG": "es_US.UTF-8"}, "es"),  # not spoken: the locale decides
])
def test_the_locale_says_the_language(environ, expected):
    assert locale_language(environ) == expected


def test_the_command_says_a_known_problem_in_the_locales_language(tmp_path):
    from peerjournal.errors import Damaged, Invalid
    from peerjournal.locale_language import catalog_sentences, command_sentence
    from peerjournal.render.fonts import resources_dir

    ts = resources_dir() / "i18n" / "peerjournal_es.ts"
    problem = Damaged.known("key_file_missing", name="j.peerjournal.keys")
    spanish = command_sentence(problem, ts, {"LANG": "es_US.UTF-8"})
    assert spanish.startswith("Falta el archivo de claves del diario (j.peerjournal.keys)")
    assert command_sentence(problem, ts, {"LANG": "en_US.UTF-8"}) == problem.message
    plain = Invalid("A sentence with no id.")
    assert command_sentence(plain, ts, {"LANG": "es_US.UTF-8"}) == plain.message
    # No catalog, or a broken one: English.
    assert command_sentence(problem, tmp_path / "none.ts", {"LANG": "es_US.UTF-8"}) == \
        problem.message
    (tmp_path / "broken.ts").write_text("<TS", encoding="utf-8")
    assert catalog_sentences(tmp_path / "broken.ts") == {}
