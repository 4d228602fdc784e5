"""`check-scope` and `check-language` as scripts call them, on the new wording of
spec/cli.md: whose voice a phrase is decides, and suggestions never diagnose."""

from __future__ import annotations

from tests.helpers import cli


def test_check_scope_flags_the_writers_voice_only() -> None:
    text = (
        "Her doctor diagnosed PTSD in 2019. Her mom has schizophrenia. "
        "She said 'I think I'm bipolar.' Please evaluate whether another level of care "
        "would fit. We met in Room F12.\n"
        "She should stop taking her Zoloft. IOP is the right level of care. COWS 14."
    )
    result = cli.run("check-scope", "-", "--json", stdin=text)
    assert result.code == 0, result.err
    found = result.json()
    second_line = text.index("\n")
    assert found and all(f["start"] > second_line for f in found)
    assert all(set(f) == {"start", "end", "text", "why"} for f in found)
    assert all(text[f["start"] : f["end"]] == f["text"] for f in found)
    texts = " | ".join(f["text"] for f in found)
    assert "Zoloft" in texts and "IOP" in texts and "COWS 14" in texts
    plain = cli.run("check-scope", "-", stdin=text)
    assert plain.code == 0 and "line 2:" in plain.out and "line 1:" not in plain.out


def test_check_language_spares_quotes_and_self_description() -> None:
    text = (
        "I was an addict for ten years. She said, 'I'm a junkie.' "
        "He tested dirty and is a pill seeker."
    )
    result = cli.run("check-language", "-", "--json", stdin=text)
    assert result.code == 0, result.err
    hints = result.json()
    assert [h["text"] for h in hints] == ["tested dirty", "pill seeker"]
    assert all("disorder" not in h["suggestion"] for h in hints)
