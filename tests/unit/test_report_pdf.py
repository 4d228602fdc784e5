"""The report PDF: the same numbers as the CSV, nothing that points to a person."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta

import pypdf
import pytest

from peerjournal.core.models import (
    Clinician,
    Encounter,
    Goal,
    GoalStatus,
    JournalContents,
    Mode,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
    Setting,
)
from peerjournal.core.report import Report, build_report, build_report_from_contents
from peerjournal.core.report_csv import merge, parse, to_csv
from peerjournal.errors import Invalid
from peerjournal.render.report_pdf import render_report_pdf

START, END = date(2024, 1, 1), date(2024, 6, 30)
MONTH_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()  # noqa: SIM905

IDENTIFYING = [
    "Marisol",
    "Quintanilla",
    "Dorotea Vance",
    "Lucía Ferreira",
    "Dr. Okonkwo",
    "555-0199",
    "marisol.qv@example.org",
    "Larkspur",
    "97214",
    "1987-08-23",
    "August 23, 1987",
    "08/23/1987",
    "person-zq81",
    "person-k7",
    "enc-",
    "riverbank",
    "sobriety chip",
    "bus pass",
]


def identifying_journal() -> JournalContents:
    people = [
        Person(
            id="person-zq81",
            preferred_name="Marisol",
            legal_name="Marisol Quintanilla-Vega",
            date_of_birth=date(1987, 8, 23),
            phone="+1 (503) 555-0199",
            email="marisol.qv@example.org",
            address="4417 Larkspur Lane",
            postal_code="97214",
            notes="likes the riverbank",
        ),
        *(
            Person(
                id=f"person-k{i}",
                preferred_name=f"Lucía Ferreira {i}",
                date_of_birth=date(1960 + i, 2, 1),
            )
            for i in range(30)
        ),
    ]
    encounters = [
        Encounter(
            id=f"enc-{i}",
            person_id=people[i % len(people)].id,
            occurred_at=datetime(2024, 1, 1, 9) + timedelta(hours=13 * i),
            mode=list(Mode)[i % 3],
            setting=list(Setting)[i % 4] if i % 5 else None,
            duration_minutes=25 + i % 40,
            their_story="Talked about the riverbank and a sobriety chip.",
            what_they_want="a bus pass",
            how_i_helped="called about the bus pass",
        )
        for i in range(300)
    ]
    referrals = [
        Referral(
            id=f"ref-{i}",
            person_id="person-zq81",
            clinician_id="clin-1",
            kind=list(ReferralKind)[i % 4],
            reason_in_their_words="Marisol wants help near the riverbank",
            created_on=date(2024, 1, 5) + timedelta(days=4 * i),
            status=list(ReferralStatus)[i % 3],
        )
        for i in range(40)
    ]
    goals = [
        Goal(
            id=f"goal-{i}",
            person_id="person-zq81",
            in_their_words="get a bus pass",
            set_on=date(2024, 2, 1),
            status=GoalStatus.MET,
            closed_on=date(2024, 3, 1),
        )
        for i in range(12)
    ]
    return JournalContents(
        profile=Profile(
            name="Dorotea Vance", organization="Harbor Recovery Network", phone="555-0100"
        ),
        people=people,
        clinicians=[Clinician(id="clin-1", name="Dr. Okonkwo")],
        encounters=encounters,
        referrals=referrals,
        goals=goals,
    )


def pdf_text(data: bytes) -> tuple[str, int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return text, len(reader.pages), meta


def numbers_in(text: str) -> set[str]:
    return set(re.findall(r"(?<![\d.,])\d+(?:[.,]\d)?(?![\d])", text))


@pytest.fixture(scope="module")
def journal_report() -> Report:
    return build_report_from_contents(identifying_journal(), start=START, end=END, min_cell=5)


def test_every_published_number_of_the_csv_is_in_the_pdf(journal_report: Report) -> None:
    csv_text = to_csv(journal_report)
    data = render_report_pdf(journal_report, title_org="Harbor Recovery Network")
    assert data.startswith(b"%PDF-")
    text, pages, _ = pdf_text(data)
    found = numbers_in(text)
    published = [line.rsplit(",", 1)[1] for line in csv_text.splitlines()[1:]]
    assert "suppressed" in published  # the example has hidden cells
    missing = {v for v in published if v != "suppressed" and v not in found}
    assert missing == set()
    assert "*" in text
    assert "Not shown: the count is from 1 to 4" in " ".join(text.split())
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_title_rule_and_tables_are_there(journal_report: Report) -> None:
    text, _, _ = pdf_text(render_report_pdf(journal_report, title_org="Harbor Recovery Network"))
    flat = " ".join(text.split())
    assert "Anonymized activity report" in flat
    assert "Period: January 1, 2024 to June 30, 2024" in flat
    assert "Organization: Harbor Recovery Network" in flat
    assert "a count from 1 to 4 (below 5) is not shown" in flat
    for heading in (
        "People supported by month",
        "Encounters by month and mode",
        "Encounters by month and setting",
        "Contact hours by month",
        "Referrals made in the period",
        "Goals",
        "People supported by age band (age on June 30, 2024)",
        "Encounters and people supported by month",
    ):
        assert heading in flat
    for month in ("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024"):
        assert month in flat
    assert "counts twice" not in flat


def test_nothing_identifying_in_the_csv_or_the_pdf(journal_report: Report) -> None:
    unsuppressed = build_report_from_contents(
        identifying_journal(), start=START, end=END, min_cell=1
    )
    texts = [to_csv(journal_report), to_csv(unsuppressed, unsuppressed=True)]
    for report in (journal_report, unsuppressed):
        for lang in ("en", "es"):
            text, _, meta = pdf_text(render_report_pdf(report, language=lang))
            texts += [text, meta]
    for text in texts:
        for secret in IDENTIFYING:
            assert secret not in text, secret


def test_suppression_off_is_said(journal_report: Report) -> None:
    report = build_report_from_contents(identifying_journal(), start=START, end=END, min_cell=1)
    text, _, _ = pdf_text(render_report_pdf(report))
    flat = " ".join(text.split())
    assert "Small-cell suppression is off (minimum cell size 1)" in flat
    assert "Not shown" not in flat
    assert "*" not in flat


def test_merged_report_says_a_person_counts_twice() -> None:
    one = build_report_from_contents(identifying_journal(), start=START, end=END, min_cell=1)
    parsed = [parse(to_csv(one), source=f"peer{i}.csv") for i in range(2)]
    merged = merge(parsed, min_cell=11, organization="County Peer Program")
    text, _, _ = pdf_text(render_report_pdf(merged, title_org=None, merged=True))
    flat = " ".join(text.split())
    assert "Program report, combining 2 peer reports" in flat
    assert "a person supported by two peers counts twice" in flat
    assert "Period: January 2024 to June 2024" in flat
    assert "Organization: County Peer Program" in flat
    assert "People supported by age band" in flat
    es, _, _ = pdf_text(render_report_pdf(merged, merged=True, language="es"))
    assert "una persona acompañada por dos pares cuenta dos veces" in " ".join(es.split())


def test_spanish_labels_the_screens_words_and_a_decimal_point(journal_report: Report) -> None:
    report = build_report_from_contents(identifying_journal(), start=START, end=END, min_cell=1)
    text, pages, _ = pdf_text(render_report_pdf(report, language="es"))
    flat = " ".join(text.split())
    for words in (
        "Informe de actividad anonimizado",
        "Período: del 1 de enero de 2024 al 30 de junio de 2024",
        "Encuentros por mes y modalidad",
        "Horas de contacto por mes",
        "Remisiones hechas en el período",
        "La supresión de celdas pequeñas está desactivada",
        f"Página 1 de {pages}",
        # the words the Spanish window shows (issue 17)
        "No aceptó",
        "Con cita",
        "Sala de emergencias",
        "En casa",
        "Por mensaje de texto",
    ):
        assert words in flat
    for old in ("Rechazada", "Programada", "Urgencias", "Hogar", "Derivaciones"):
        assert old not in flat
    hours = report.raw("contact_hours", "all", "total")
    assert hours != int(hours)  # a number with a decimal to show
    assert f"{hours:.1f}" in flat  # US Spanish writes a decimal point
    assert f"{hours:.1f}".replace(".", ",") not in flat


def test_a_period_over_two_years_fits_and_lists_every_month() -> None:
    encounters = [
        Encounter(
            id=f"e{i}",
            person_id=f"p{i % 40}",
            occurred_at=datetime(2023, 1, 1) + timedelta(days=i % 900),
            mode=Mode.PHONE,
            duration_minutes=30,
        )
        for i in range(2000)
    ]
    report = build_report(
        start=date(2023, 1, 1), end=date(2025, 6, 30), encounters=encounters, people_dob={}
    )
    text, pages, _ = pdf_text(render_report_pdf(report))
    assert pages >= 2
    flat = " ".join(text.split())
    for month in report.months:
        year, number = month.split("-")
        label = MONTH_ABBR[int(number) - 1]
        assert f"{label} {year}" in flat
    assert f"Page {pages} of {pages}" in flat


def test_same_report_same_bytes_and_unknown_language_refused(journal_report: Report) -> None:
    assert render_report_pdf(journal_report) == render_report_pdf(journal_report)
    with pytest.raises(Invalid, match="not 'fr'"):
        render_report_pdf(journal_report, language="fr")


def _pdf_objects(pdf: bytes) -> tuple[pypdf.PdfReader, set[str]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    return reader, fonts


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pdf_says_its_language_lists_only_embedded_fonts_and_names_the_period(
    journal_report: Report, language: str
) -> None:
    pdf = render_report_pdf(journal_report, language=language)
    reader, fonts = _pdf_objects(pdf)
    assert reader.trailer["/Root"]["/Lang"] == language
    assert fonts and not any("Helvetica" in f for f in fonts), fonts
    assert b"Helvetica" not in pdf
    title = reader.metadata.title
    assert (
        "January 2024 to June 2024" if language == "en" else "enero de 2024 a junio de 2024"
    ) in title
    assert "Harbor" not in title  # the period, never a person (nor the organization)


def test_merged_report_pdf_says_its_language_too() -> None:
    a = to_csv(build_report_from_contents(identifying_journal(), start=START, end=END, min_cell=1))
    merged = merge([parse(a, source="a.csv"), parse(a, source="b.csv")])
    reader, fonts = _pdf_objects(render_report_pdf(merged, language="es"))
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert not any("Helvetica" in f for f in fonts)


def test_age_bands_in_age_order_rows_hidden_everywhere_folded_and_one_mark(
    journal_report: Report,
) -> None:
    text, _, _ = pdf_text(render_report_pdf(journal_report))
    flat = " ".join(text.split())
    age = flat[flat.index("People supported by age band") :]
    assert age.index("Under 18") < age.index("18-24") < age.index("65 and over")
    assert "suppressed" not in flat  # one mark: *

    # One jail and one shelter encounter a month: hidden in every month and in
    # the total, so the two settings fold into one line under the table.
    encounters = [
        Encounter(
            id=f"e{m}-{i}",
            person_id=f"p{i}",
            occurred_at=datetime(2024, m, 3 + i % 20, 10),
            mode=Mode.IN_PERSON,
            setting=setting,
            duration_minutes=30,
        )
        for m in range(1, 7)
        for i, setting in enumerate([Setting.JAIL, Setting.SHELTER] + [Setting.COMMUNITY] * 30)
    ]
    report = build_report(start=START, end=END, encounters=encounters, people_dob={})
    flat = " ".join(pdf_text(render_report_pdf(report))[0].split())
    assert "Hidden in every month and in the total: Jail, Shelter." in flat
    table = flat[
        flat.index("Encounters by month and setting") : flat.index("Hidden in every month")
    ]
    assert "Jail" not in table and "Community" in table


def test_quarter_columns_are_named_as_quarters_in_both_languages() -> None:
    report = build_report_from_contents(
        identifying_journal(), start=START, end=END, min_cell=1, grain="quarter"
    )
    en = " ".join(pdf_text(render_report_pdf(report))[0].split())
    for words in ("Encounters by quarter and mode", "Q1 2024", "Q2 2024", "Quarter"):
        assert words in en
    assert "by month" not in en
    es = " ".join(pdf_text(render_report_pdf(report, language="es"))[0].split())
    for words in ("Encuentros por trimestre y modalidad", "T1 2024", "Trimestre"):
        assert words in es
