"""The Spanish window catalog and the Spanish guide keep issue 17's word list
(tools/spanish_words.py): remisión, Configuración, Caps Lock, Enter, presione,
“…”, revisión del rol, trabajo de calle, huella digital, especialista de apoyo
entre pares. When this fails after a merge: `tools/spanish_words.py --fix`,
rewrite what it still lists, then `tools/update_translations.py`."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import spanish_words  # noqa: E402


def test_the_spanish_catalog_keeps_the_word_list():
    assert spanish_words.catalog_problems() == []


def test_the_spanish_guide_keeps_the_word_list():
    assert spanish_words.guide_problems() == []


def test_the_rules_can_fail_and_fix(tmp_path):
    bad = ("Nueva derivación", "Ajustes guardados", "Pulse Intro para abrirla.",
           "La derivación queda con el estado «enviada».", "Huella", "Bloq Mayús",
           "Un especialista de pares", "Alcance en la calle", "Carta de referencia")
    for text in bad:
        assert spanish_words.problems_in(text), text
    assert spanish_words.fixed("Pulse Intro sobre la derivación «x»") == \
        "Presione Enter sobre la remisión “x”"
    catalog = tmp_path / "es.ts"
    catalog.write_text(
        "<TS><context><name>X</name><message><source>Open</source>"
        "<translation>Pulse Intro en la derivación</translation></message></context></TS>",
        encoding="utf-8")
    assert len(spanish_words.catalog_problems(catalog)) == 3
    assert spanish_words.fix_catalog(catalog) == 1
    assert spanish_words.catalog_problems(catalog) == []
    assert "Presione Enter en la remisión" in catalog.read_text(encoding="utf-8")
    plural = tmp_path / "plural.ts"
    plural.write_text(
        "<TS><context><name>X</name><message numerus=\"yes\"><source>%n found</source>"
        "<translation><numerusform>%n derivación</numerusform>"
        "<numerusform>%n derivaciones</numerusform></translation></message></context></TS>",
        encoding="utf-8")
    assert len(spanish_words.catalog_problems(plural)) == 2
    assert spanish_words.fix_catalog(plural) == 1
    assert "<numerusform>%n remisiones</numerusform>" in plural.read_text(encoding="utf-8")
