"""The one-page recovery sheet: the vault's recovery key, large and grouped,
with what it is, why it matters, where to keep it and how to use it."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table

from peerjournal.core.letter import RecoverySheetContent, check_language
from peerjournal.core.letter_text import format_date, words
from peerjournal.render.common import (
    ACCENT,
    CONTENT_WIDTH,
    TINT,
    Styles,
    build_pdf,
    escape,
    field_table,
    gap,
    rule,
    styles,
    table_style,
)

_GROUPS_PER_LINE = 4


def render_recovery_sheet(
    *, recovery_key: str, vault_label: str, created_on: date, language: str
) -> bytes:
    """The recovery sheet as PDF bytes. The key is printed on the page only:
    never in the PDF's metadata."""
    content = RecoverySheetContent(
        recovery_key=recovery_key,
        vault_label=vault_label,
        created_on=created_on,
        language=check_language(language),
    )
    st = styles()
    wording = words(content.language)
    return build_pdf(
        recovery_sheet_story(content, st),
        title=wording.recovery_sheet.title,
        language=content.language,
        page_of=wording.common.page_of,
    )


def recovery_sheet_story(content: RecoverySheetContent, st: Styles) -> list[Flowable]:
    """The flowables of the sheet, top to bottom."""
    w = words(content.language).recovery_sheet
    facts = [
        (escape(w.journal), escape(content.vault_label)),
        (escape(w.created_on), escape(format_date(content.created_on, content.language))),
    ]
    return [
        Paragraph(escape(w.title), st.title),
        rule(thickness=1.2),
        gap(8),
        Paragraph(escape(w.what), st.body),
        field_table(facts, st, label_width=110),
        gap(14),
        Paragraph(escape(w.key_heading), st.heading),
        _key_box(content, st),
        gap(10),
        Paragraph(escape(w.why_heading), st.heading),
        Paragraph(escape(w.why), st.body),
        Paragraph(escape(w.keep_heading), st.heading),
        Paragraph(escape(w.keep), st.body),
        Paragraph(escape(w.use_heading), st.heading),
        Paragraph(escape(w.use_window), st.body),
        Paragraph(escape(w.use_command), st.body),
        Paragraph(escape(w.command), st.command),
    ]


def _key_box(content: RecoverySheetContent, st: Styles) -> Table:
    groups = content.key_groups()
    rows = [
        "  ".join(groups[i : i + _GROUPS_PER_LINE]) for i in range(0, len(groups), _GROUPS_PER_LINE)
    ] or [""]
    text = "<br/>".join(escape(row) for row in rows)
    box = Table([[Paragraph(text, st.key)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        table_style(
            *[
                ("BOX", (0, 0), (-1, -1), 1.5, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 16),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return box
