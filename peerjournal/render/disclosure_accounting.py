"""A person's accounting of disclosures: every letter about them printed or
saved, when, to whom, under which consent, and its fingerprint."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table

from peerjournal.core.letter import DisclosureRow, check_language, disclosure_row
from peerjournal.core.letter_text import format_date, words
from peerjournal.core.models import Clinician, Consent, Disclosure
from peerjournal.render.common import (
    CONTENT_WIDTH,
    RULE,
    TINT,
    Styles,
    build_pdf,
    escape,
    gap,
    rule,
    styles,
    table_style,
)

# A row, or what services hold: the disclosure with its clinician and consent.
AccountingRow = DisclosureRow | tuple[Disclosure, Clinician | None, Consent | None]

_FINGERPRINT_CHARS = 12  # enough to tell letters apart by eye; the log keeps all 64


def render_disclosure_accounting(
    person_name: str,
    rows: Iterable[AccountingRow],
    language: str,
    *,
    printed_on: date | None = None,
) -> bytes:
    """The accounting as PDF bytes, oldest disclosure first. Only whether the
    scope check was overridden is shown, never the peer's reason."""
    lang = check_language(language)
    st = styles()
    wording = words(lang)
    w = wording.accounting
    story: list[Flowable] = [
        Paragraph(escape(w.title), st.title),
        Paragraph(f"<b>{escape(person_name)}</b>", st.body),
        rule(thickness=1.2),
        gap(6),
        Paragraph(escape(w.intro.format(name=person_name)), st.body),
        gap(4),
    ]
    ordered = sorted(
        (row if isinstance(row, DisclosureRow) else disclosure_row(*row) for row in rows),
        key=lambda row: row.disclosed_at,
    )
    if ordered:
        story.append(_table(ordered, st, lang))
        story += [gap(6), Paragraph(escape(w.fingerprint_note), st.muted)]
    else:
        story.append(Paragraph(escape(w.none), st.body))
    note = w.printed_on.format(date=format_date(printed_on, lang)) if printed_on else ""
    return build_pdf(
        story, title=w.title, language=lang, page_of=wording.common.page_of, footer_note=note
    )


def _table(rows: Sequence[DisclosureRow], st: Styles, language: str) -> Table:
    w = words(language).accounting
    header = [
        Paragraph(escape(label), st.cell_bold)
        for label in (w.date, w.recipient, w.purpose, w.fingerprint, w.overridden)
    ]
    data: list[list[Flowable]] = [header]
    for row in rows:
        when = format_date(row.disclosed_at.date(), language)
        when += " " + row.disclosed_at.strftime("%H:%M")
        purpose = row.purpose or ""
        if row.consent_id:
            purpose = f"{purpose} ({row.consent_id})" if purpose else row.consent_id
        data.append(
            [
                Paragraph(escape(when), st.cell),
                Paragraph(escape(row.recipient), st.cell),
                Paragraph(escape(purpose), st.cell),
                Paragraph(escape(row.sha256[:_FINGERPRINT_CHARS]), st.cell_mono),
                Paragraph(escape(w.yes if row.overridden else w.no), st.cell),
            ]
        )
    fractions = (0.17, 0.26, 0.29, 0.15, 0.13)
    table = Table(
        data,
        colWidths=[CONTENT_WIDTH * f for f in fractions],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table
