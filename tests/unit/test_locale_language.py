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
