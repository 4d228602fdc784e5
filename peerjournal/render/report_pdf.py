"""The anonymized report as a PDF (spec/report.md): the same numbers as the CSV,
for people who would rather look than read.

Portrait Letter; months run down the tables, so a period of any length fits
(long tables continue on the next page with their header repeated). Hidden
numbers print as `*` with a footnote saying why. Nothing here reads the
journal: it only sees the Report's cells, and prints published values only.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from peerjournal.core.report import (
    AGE_ORDER,
    ALL,
    HOURS_MEASURE,
    KIND_CATEGORIES,
    MODE_CATEGORIES,
    QUARTER,
    SETTING_CATEGORIES,
    STATUS_CATEGORIES,
    TOTAL,
    Cell,
    Report,
    fold,
)
from peerjournal.errors import Invalid, PeerJournalError
from peerjournal.render import charts
from peerjournal.render.fonts import register_fonts

# --- words, in English and Spanish ---

LANGUAGES: tuple[str, ...] = ("en", "es")

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Anonymized activity report",
        "period_days": "Period: {start} to {end}",
        "period_months": "Period: {start} to {end}",
        "organization": "Organization: {org}",
        "merged_title": "Program report, combining {n} peer reports",
        "about": (
            "This report holds counts only: no names, no contact details, no stories, "
            "and no date finer than a month."
        ),
        "rule_on": (
            "Small cells: a count from 1 to {below} (below {n}) is not shown, nor is any "
            "number from which such a count could be worked out; hidden numbers are "
            "marked *."
        ),
        "rule_off": (
            "Small-cell suppression is off (minimum cell size 1): every number is shown, "
            "even counts of one or two people. Do not share this report outside your "
            "organization."
        ),
        "merged_note": (
            "This report adds up the reports of {n} peers: a person supported by two "
            "peers counts twice."
        ),
        "merged_note_generic": (
            "This report adds up the reports of several peers: a person supported by two "
            "peers counts twice."
        ),
        "footnote": (
            "* Not shown: the count is from 1 to {below}, or it is hidden so that a small "
            "count cannot be worked out by subtracting from a total. Contact hours are "
            "hidden wherever encounters are."
        ),
        "chart_title": "Encounters and people supported by month",
        "chart_star": "* = not shown (small number)",
        "people_table": "People supported by month",
        "people_total_note": (
            "The total counts each person once, so it is less than the sum of the months "
            "when someone was supported in more than one month."
        ),
        "encounters_mode": "Encounters by month and mode",
        "encounters_setting": "Encounters by month and setting",
        "hours_table": "Contact hours by month",
        "chart_title_q": "Encounters and people supported by quarter",
        "people_table_q": "People supported by quarter",
        "people_total_note_q": (
            "The total counts each person once, so it is less than the sum of the quarters "
            "when someone was supported in more than one quarter."
        ),
        "encounters_mode_q": "Encounters by quarter and mode",
        "encounters_setting_q": "Encounters by quarter and setting",
        "hours_table_q": "Contact hours by quarter",
        "referrals_table": "Referrals made in the period",
        "goals_table": "Goals",
        "age_table": "People supported by age band (age on {end})",
        "age_table_merged": "People supported by age band",
        "month": "Month",
        "total": "Total",
        "all": "All",
        "people": "People supported",
        "encounters": "Encounters",
        "hours": "Contact hours",
        "referrals": "Referrals",
        "category": "Category",
        "count": "Count",
        "by_kind": "By kind",
        "by_status": "By current status",
        "age": "Age band",
        "goals_set": "Goals set",
        "goals_met": "Goals met",
        "page": "Page {x} of {y}",
        "quarter": "Quarter",
        "doc_title": "Anonymized activity report, {period}",
        "months_span": "{start} to {end}",
        "audit_one": (
            "1 more number is hidden because, together with the reports written before "
            "from this journal, it would let a reader work out a small count."
        ),
        "audit_many": (
            "{n} more numbers are hidden because, together with the reports written before "
            "from this journal, they would let a reader work out a small count."
        ),
        "audit_none": (
            "Checked against the reports written before from this journal: together they "
            "give no small count away."
        ),
        "audit_merged_one": (
            "1 more number is hidden because, together with the program reports merged "
            "before, it would let a reader work out a small count."
        ),
        "audit_merged_many": (
            "{n} more numbers are hidden because, together with the program reports merged "
            "before, they would let a reader work out a small count."
        ),
        "audit_merged_none": (
            "Checked against the program reports merged before: together they give no "
            "small count away."
        ),
        "by_quarter": "Columns are calendar quarters.",
        "by_month": "Columns are months.",
        "auto_quarter": (
            "Columns are calendar quarters: they hide {hidden} numbers where months would "
            "hide {other}."
        ),
        "auto_month": (
            "Columns are months: they hide {hidden} numbers where quarters would hide {other}."
        ),
        "folded_columns": "Hidden in every {grain} and in the total: {names}.",
        "folded_row": "{names} (each hidden)",
        "grain_month": "month",
        "grain_quarter": "quarter",
    },
    "es": {
        "title": "Informe de actividad anonimizado",
        "period_days": "Período: del {start} al {end}",
        "period_months": "Período: de {start} a {end}",
        "organization": "Organización: {org}",
        "merged_title": "Informe del programa, que combina {n} informes de pares",
        "about": (
            "Este informe contiene solo recuentos: ningún nombre, ningún dato de contacto, "
            "ninguna historia y ninguna fecha más precisa que el mes."
        ),
        "rule_on": (
            "Celdas pequeñas: no se muestra un recuento de 1 a {below} (menos de {n}), ni "
            "ningún número que permita deducirlo; los números ocultos se marcan con *."
        ),
        "rule_off": (
            "La supresión de celdas pequeñas está desactivada (tamaño mínimo 1): se "
            "muestran todos los números, incluso recuentos de una o dos personas. No "
            "comparta este informe fuera de su organización."
        ),
        "merged_note": (
            "Este informe suma los informes de {n} pares: una persona acompañada por dos "
            "pares cuenta dos veces."
        ),
        "merged_note_generic": (
            "Este informe suma los informes de varios pares: una persona acompañada por "
            "dos pares cuenta dos veces."
        ),
        "footnote": (
            "* No se muestra: el recuento es de 1 a {below}, o se oculta para que un "
            "recuento pequeño no pueda deducirse restando de un total. Las horas de "
            "contacto se ocultan donde se ocultan los encuentros."
        ),
        "chart_title": "Encuentros y personas acompañadas por mes",
        "chart_star": "* = no se muestra (número pequeño)",
        "people_table": "Personas acompañadas por mes",
        "people_total_note": (
            "El total cuenta a cada persona una sola vez, por eso es menor que la suma de "
            "los meses cuando alguien fue acompañado en más de un mes."
        ),
        "encounters_mode": "Encuentros por mes y modalidad",
        "encounters_setting": "Encuentros por mes y lugar",
        "hours_table": "Horas de contacto por mes",
        "chart_title_q": "Encuentros y personas acompañadas por trimestre",
        "people_table_q": "Personas acompañadas por trimestre",
        "people_total_note_q": (
            "El total cuenta a cada persona una sola vez, por eso es menor que la suma de "
            "los trimestres cuando alguien fue acompañado en más de un trimestre."
        ),
        "encounters_mode_q": "Encuentros por trimestre y modalidad",
        "encounters_setting_q": "Encuentros por trimestre y lugar",
        "hours_table_q": "Horas de contacto por trimestre",
        "referrals_table": "Remisiones hechas en el período",
        "goals_table": "Metas",
        "age_table": "Personas acompañadas por grupo de edad (edad al {end})",
        "age_table_merged": "Personas acompañadas por grupo de edad",
        "month": "Mes",
        "total": "Total",
        "all": "Todos",
        "people": "Personas acompañadas",
        "encounters": "Encuentros",
        "hours": "Horas de contacto",
        "referrals": "Remisiones",
        "category": "Categoría",
        "count": "Número",
        "by_kind": "Por tipo",
        "by_status": "Por estado actual",
        "age": "Grupo de edad",
        "goals_set": "Metas fijadas",
        "goals_met": "Metas cumplidas",
        "page": "Página {x} de {y}",
        "quarter": "Trimestre",
        "doc_title": "Informe de actividad anonimizado, {period}",
        "months_span": "{start} a {end}",
        "audit_one": (
            "Se oculta 1 número más porque, junto con los informes hechos antes con este "
            "diario, permitiría deducir un recuento pequeño."
        ),
        "audit_many": (
            "Se ocultan {n} números más porque, junto con los informes hechos antes con "
            "este diario, permitirían deducir un recuento pequeño."
        ),
        "audit_none": (
            "Revisado junto con los informes hechos antes con este diario: juntos no "
            "permiten deducir ningún recuento pequeño."
        ),
        "audit_merged_one": (
            "Se oculta 1 número más porque, junto con los informes del programa combinados "
            "antes, permitiría deducir un recuento pequeño."
        ),
        "audit_merged_many": (
            "Se ocultan {n} números más porque, junto con los informes del programa "
            "combinados antes, permitirían deducir un recuento pequeño."
        ),
        "audit_merged_none": (
            "Revisado junto con los informes del programa combinados antes: juntos no "
            "permiten deducir ningún recuento pequeño."
        ),
        "by_quarter": "Las columnas son trimestres del año.",
        "by_month": "Las columnas son meses.",
        "auto_quarter": (
            "Las columnas son trimestres del año: así se ocultan {hidden} números, y por "
            "meses se ocultarían {other}."
        ),
        "auto_month": (
            "Las columnas son meses: así se ocultan {hidden} números, y por trimestres se "
            "ocultarían {other}."
        ),
        "folded_columns": "Ocultos en todos los {grain}s y en el total: {names}.",
        "folded_row": "{names} (cada uno oculto)",
        "grain_month": "mese",
        "grain_quarter": "trimestre",
    },
}

_CATEGORY: dict[str, dict[str, str]] = {
    "en": {
        "mode:in_person": "In person",
        "mode:phone": "Phone",
        "mode:video": "Video",
        "mode:text": "Text",
        "mode:outreach": "Outreach",
        "setting:community": "Community",
        "setting:emergency_department": "Emergency department",
        "setting:jail": "Jail",
        "setting:home": "Home",
        "setting:recovery_center": "Recovery center",
        "setting:treatment_center": "Treatment center",
        "setting:shelter": "Shelter",
        "setting:other": "Other",
        "setting:unknown": "Not recorded",
        "kind:treatment": "Treatment",
        "kind:medication": "Medication",
        "kind:mental_health": "Mental health",
        "kind:medical": "Medical",
        "kind:housing": "Housing",
        "kind:employment": "Employment",
        "kind:mutual_aid": "Mutual aid",
        "kind:legal": "Legal",
        "kind:other": "Other",
        "status:draft": "Draft",
        "status:sent": "Sent",
        "status:scheduled": "Scheduled",
        "status:attended": "Attended",
        "status:declined": "Declined",
        "status:closed": "Closed",
        "65+": "65 and over",
        "under-18": "Under 18",
        "unknown": "Not recorded",
    },
    "es": {
        "mode:in_person": "En persona",
        "mode:phone": "Teléfono",
        "mode:video": "Video",
        "mode:text": "Por mensaje de texto",
        "mode:outreach": "Trabajo de calle",
        "setting:community": "Comunidad",
        "setting:emergency_department": "Sala de emergencias",
        "setting:jail": "Cárcel",
        "setting:home": "En casa",
        "setting:recovery_center": "Centro de recuperación",
        "setting:treatment_center": "Centro de tratamiento",
        "setting:shelter": "Albergue",
        "setting:other": "Otro",
        "setting:unknown": "Sin dato",
        "kind:treatment": "Tratamiento",
        "kind:medication": "Medicación",
        "kind:mental_health": "Salud mental",
        "kind:medical": "Atención médica",
        "kind:housing": "Vivienda",
        "kind:employment": "Empleo",
        "kind:mutual_aid": "Ayuda mutua",
        "kind:legal": "Legal",
        "kind:other": "Otro",
        "status:draft": "Borrador",
        "status:sent": "Enviada",
        "status:scheduled": "Con cita",
        "status:attended": "Asistió",
        "status:declined": "No aceptó",
        "status:closed": "Cerrada",
        "65+": "65 o más",
        "under-18": "Menor de 18",
        "unknown": "Sin dato",
    },
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
}  # fmt: skip


def check_language(language: str) -> None:
    """Refuse a language the report has no words for."""
    if language not in LANGUAGES:
        raise Invalid(f"The report speaks {' and '.join(LANGUAGES)}, not {language!r}.")


def text(language: str, key: str, **values: object) -> str:
    """A sentence or label of the report in `language`."""
    return _TEXT[language][key].format(**values)


def category(language: str, token: str) -> str:
    """A category's label, e.g. `mode:phone` -> "Phone"."""
    return _CATEGORY[language].get(token, token)


def month_long(language: str, month: str) -> str:
    """`2024-03` -> "March 2024" / "marzo 2024"."""
    year, number = int(month[:4]), int(month[5:7])
    name = _MONTHS[language][number - 1]
    return f"{name} {year}" if language == "en" else f"{name} de {year}"


def month_short(language: str, month: str) -> str:
    """`2024-03` -> "Mar 2024" / "mar 2024" (for tables and the chart)."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{_MONTHS[language][number - 1][:3]} {year}"


def day_long(language: str, day: date) -> str:
    """A date as words: "March 1, 2024" / "1 de marzo de 2024"."""
    name = _MONTHS[language][day.month - 1]
    if language == "en":
        return f"{name} {day.day}, {day.year}"
    return f"{day.day} de {name} de {day.year}"


def number(language: str, value: int | float, *, hours: bool) -> str:
    """A published number: hours with one decimal, 0 as 0. A decimal point in
    both languages: US, Mexican and Puerto Rican Spanish write 12.5, and a
    funder reading "12,5" could take it for 125."""
    if not hours or value == 0:
        return str(int(value))
    return f"{float(value):.1f}"


def period_short(language: str, period: str) -> str:
    """A column's period: "Mar 2024", or "Q1 2024" / "T1 2024" for a quarter."""
    if "-Q" in period:
        letter = "Q" if language == "en" else "T"
        return f"{letter}{period[-1]} {period[:4]}"
    return month_short(language, period)


# --- drawing ---

_MARGIN = 0.6 * inch
_PAGE_W, _PAGE_H = letter
_CONTENT_W = _PAGE_W - 2 * _MARGIN
_MONTH_COL = 54.0
_PAD = 3.0  # cell padding left and right
_HEADER_GREY = colors.Color(0.88, 0.88, 0.88)


def render_report_pdf(
    report: Report,
    *,
    title_org: str | None = None,
    merged: bool = False,
    language: str = "en",
) -> bytes:
    """The report as PDF bytes.

    `title_org` names the organization in the title (else the report's own;
    never a person). `merged` (or a report that says it was merged) adds the
    sentence that a person supported by two peers counts twice. `language` is
    "en" or "es". Only published values are printed: a hidden cell is `*`.
    """
    check_language(language)
    regular, bold = _fonts()
    lang = language
    styles = _Styles(regular, bold)
    merged = merged or report.merged_from > 0
    org = title_org if title_org is not None else report.organization

    story: list[Flowable] = []
    if merged:
        title = (
            text(lang, "merged_title", n=report.merged_from)
            if report.merged_from
            else text(lang, "title")
        )
    else:
        title = text(lang, "title")
    story.append(Paragraph(escape(title), styles.title))
    story.append(Paragraph(escape(_period_line(report, lang)), styles.subtitle))
    if org:
        story.append(Paragraph(escape(text(lang, "organization", org=org)), styles.subtitle))
    story.append(Spacer(1, 6))
    story.append(Paragraph(escape(text(lang, "about")), styles.body))
    if report.suppression_on:
        rule = text(lang, "rule_on", below=report.min_cell - 1, n=report.min_cell)
    else:
        rule = text(lang, "rule_off")
    story.append(Paragraph(f"<b>{escape(rule)}</b>", styles.body))
    if merged:
        note = (
            text(lang, "merged_note", n=report.merged_from)
            if report.merged_from
            else text(lang, "merged_note_generic")
        )
        story.append(Paragraph(f"<b>{escape(note)}</b>", styles.body))
    if report.suppression_on:
        story.append(Paragraph(escape(audit_sentence(report, lang)), styles.body))
    story.append(Paragraph(escape(grain_sentence(report, lang)), styles.body))
    story.append(Spacer(1, 8))
    story.append(_chart_block(report, lang, styles, regular, bold))
    for block in _tables(report, lang, styles):
        story.append(Spacer(1, 10))
        story.extend(block)

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=letter,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 10,
        # the period, never a person
        title=text(lang, "doc_title", period=_months_span(report, lang)),
        author="",
        subject="",
        creator="PeerJournal",
        producer="PeerJournal",
        invariant=True,  # same report, same bytes: no timestamps, no random ids
        lang=lang,  # /Lang: screen readers and preflight know the language
        initialFontName=regular,  # else an unused, unembedded Helvetica is listed
    )
    doc.build(story, canvasmaker=_numbered_canvas(regular, lang))
    return buf.getvalue()


def _fonts() -> tuple[str, str]:
    """The bundled Unicode fonts when present, else the PDF's built-in Helvetica
    (the report's words are all in Latin-1, so it still prints right)."""
    try:
        fs = register_fonts()
    except PeerJournalError:
        return "Helvetica", "Helvetica-Bold"
    return fs.regular, fs.bold


class _Styles:
    def __init__(self, regular: str, bold: str) -> None:
        self.title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", fontName=regular, fontSize=11, leading=14)
        self.body = ParagraphStyle(
            "body", fontName=regular, fontSize=9.5, leading=12.5, spaceAfter=3
        )
        self.heading = ParagraphStyle(
            "heading", fontName=bold, fontSize=11.5, leading=14, keepWithNext=1, spaceAfter=4
        )
        self.small = ParagraphStyle(
            "small", fontName=regular, fontSize=8, leading=10, spaceBefore=3
        )
        self.head_cell = ParagraphStyle(
            "head_cell", fontName=bold, fontSize=7.5, leading=9, alignment=TA_RIGHT
        )
        self.head_first = ParagraphStyle("head_first", fontName=bold, fontSize=7.5, leading=9)
        self.cell_font = regular
        self.bold_font = bold
        self.centered = ParagraphStyle(
            "centered", fontName=regular, fontSize=8, alignment=TA_CENTER
        )


def _fitting(style: ParagraphStyle, labels: Sequence[str], width: float) -> ParagraphStyle:
    """The header style, shrunk until every word of every label fits its column
    (a header may wrap between words, never inside one)."""
    words = [w for label in labels for w in label.split()]
    size = float(style.fontSize)
    while size > 5.5 and any(stringWidth(w, style.fontName, size) > width for w in words):
        size -= 0.5
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size + 1.5)


def _period_line(report: Report, lang: str) -> str:
    if report.start is not None and report.end is not None:
        return text(
            lang, "period_days", start=day_long(lang, report.start), end=day_long(lang, report.end)
        )
    return text(
        lang,
        "period_months",
        start=month_long(lang, report.months[0]),
        end=month_long(lang, report.months[-1]),
    )


def _months_span(report: Report, lang: str) -> str:
    first, last = report.first_month, report.last_month
    if first == last:
        return month_long(lang, first)
    return text(lang, "months_span", start=month_long(lang, first), end=month_long(lang, last))


def grain_sentence(report: Report, lang: str) -> str:
    """Which columns the report has, and (chosen automatically) why."""
    quarter = report.grain == QUARTER
    if report.other_grain_hidden >= 0:
        return text(
            lang,
            "auto_quarter" if quarter else "auto_month",
            hidden=len(report.suppressed_keys()),
            other=report.other_grain_hidden,
        )
    return text(lang, "by_quarter" if quarter else "by_month")


def audit_sentence(report: Report, lang: str) -> str:
    """What the check against earlier reports added (a line of its own)."""
    n = report.audit_hidden
    if report.merged_from:
        if n == 0:
            return text(lang, "audit_merged_none")
        return text(lang, "audit_merged_one") if n == 1 else text(lang, "audit_merged_many", n=n)
    if n == 0:
        return text(lang, "audit_none")
    return text(lang, "audit_one") if n == 1 else text(lang, "audit_many", n=n)


def _shown(cell: Cell, lang: str) -> str:
    if cell.suppressed:
        return "*"
    # Published, so the value is the raw number.
    return number(lang, cell.raw, hours=cell.measure == HOURS_MEASURE)


def _chart_block(report: Report, lang: str, styles: _Styles, regular: str, bold: str) -> Flowable:
    def series(measure: str, name: str) -> charts.Series:
        vals: list[float | None] = []
        for m in report.months:
            c = report.cell(measure, ALL, m)
            vals.append(None if c.suppressed else float(c.raw))
        return charts.Series(name, tuple(vals))

    pair = [
        series("encounters", text(lang, "encounters")),
        series("people_supported", text(lang, "people")),
    ]
    any_hidden = any(v is None for s in pair for v in s.values)
    drawing = charts.grouped_bars(
        [period_short(lang, m) for m in report.months],
        pair,
        width=_CONTENT_W,
        height=210,
        font=regular,
        bold_font=bold,
        hidden_note=text(lang, "chart_star") if any_hidden else None,
    )
    title = text(lang, _by_grain(report, "chart_title"))
    return KeepTogether([Paragraph(escape(title), styles.heading), drawing])


def _by_grain(report: Report, key: str) -> str:
    """The words' key for the report's grain: "by month" or "by quarter"."""
    return f"{key}_q" if report.grain == QUARTER else key


def _tables(report: Report, lang: str, styles: _Styles) -> list[list[Flowable]]:
    out: list[list[Flowable]] = []
    out.append(
        _monthly(
            report,
            lang,
            styles,
            "people_table",
            "people_supported",
            [(ALL, text(lang, "people"))],
            note=None if report.merged_from else text(lang, _by_grain(report, "people_total_note")),
        )
    )
    out.append(
        _monthly(
            report,
            lang,
            styles,
            "encounters_mode",
            "encounters",
            [(ALL, text(lang, "all"))] + [(c, category(lang, c)) for c in MODE_CATEGORIES],
        )
    )
    out.append(
        _monthly(
            report,
            lang,
            styles,
            "encounters_setting",
            "encounters",
            [(c, category(lang, c)) for c in SETTING_CATEGORIES],
        )
    )
    out.append(
        _monthly(report, lang, styles, "hours_table", HOURS_MEASURE, [(ALL, text(lang, "hours"))])
    )
    referral_rows: list[tuple[str, str, bool]] = [
        (text(lang, "all"), "referrals|" + ALL, True),
        (text(lang, "by_kind"), "", False),
        *_folded_rows(report, lang, "referrals", KIND_CATEGORIES),
        (text(lang, "by_status"), "", False),
        *_folded_rows(report, lang, "referrals", STATUS_CATEGORIES),
    ]
    out.append(
        _totals(
            report,
            lang,
            styles,
            text(lang, "referrals_table"),
            text(lang, "referrals"),
            referral_rows,
        )
    )
    out.append(
        _totals(
            report,
            lang,
            styles,
            text(lang, "goals_table"),
            text(lang, "count"),
            [
                (text(lang, "goals_set"), "goals|set", True),
                (text(lang, "goals_met"), "goals|met", True),
            ],
        )
    )
    age_title = (
        text(lang, "age_table", end=day_long(lang, report.end))
        if report.end is not None
        else text(lang, "age_table_merged")
    )
    out.append(
        _totals(
            report,
            lang,
            styles,
            age_title,
            text(lang, "people"),
            _folded_rows(report, lang, "age_band", AGE_ORDER),
        )
    )
    return out


def _folded_rows(
    report: Report, lang: str, measure: str, family: Sequence[str]
) -> list[tuple[str, str, bool]]:
    """A family's rows for a totals table; rows hidden in every column become
    one line (its reference names the first folded category: its cell is `*`)."""
    shown, folded = fold(report, measure, family)
    rows = [(category(lang, c), f"{measure}|{c}", True) for c in shown]
    if folded:
        names = ", ".join(category(lang, c) for c in folded)
        rows.append((text(lang, "folded_row", names=names), f"{measure}|{folded[0]}", True))
    return rows


def _table_style(n_rows: int, total_row: bool, font: str) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        # every cell, the header's too: a table's default font is an unembedded Helvetica
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.Color(0.6, 0.6, 0.6)),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total_row:
        cmds.append(("LINEABOVE", (0, n_rows - 1), (-1, n_rows - 1), 0.8, colors.black))
    return TableStyle(cmds)


def _monthly(
    report: Report,
    lang: str,
    styles: _Styles,
    title_key: str,
    measure: str,
    columns: Sequence[tuple[str, str]],
    *,
    note: str | None = None,
) -> list[Flowable]:
    """Months down, categories across, the total last (bold). Categories hidden
    in every month are folded into one line under the table."""
    shown, folded = fold(report, measure, [cat for cat, _ in columns])
    names = dict(columns)
    columns = [(cat, label) for cat, label in columns if cat in shown]
    first_head = text(lang, "quarter" if report.grain == QUARTER else "month")
    header: list[Any] = [Paragraph(escape(first_head), styles.head_first)]
    col_w = min(110.0, (_CONTENT_W - _MONTH_COL) / len(columns))
    head_style = _fitting(styles.head_cell, [label for _, label in columns], col_w - 2 * _PAD)
    header += [Paragraph(escape(label), head_style) for _, label in columns]
    rows: list[list[Any]] = [header]
    hidden = False
    for period in (*report.months, TOTAL):
        label = text(lang, "total") if period == TOTAL else period_short(lang, period)
        row: list[Any] = [label]
        for cat, _ in columns:
            c = report.cell(measure, cat, period)
            hidden = hidden or c.suppressed
            row.append(_shown(c, lang))
        rows.append(row)
    table = Table(
        rows, colWidths=[_MONTH_COL] + [col_w] * len(columns), repeatRows=1, hAlign="LEFT"
    )
    style = _table_style(len(rows), total_row=True, font=styles.cell_font)
    style.add("FONTNAME", (0, 1), (-1, -1), styles.cell_font)
    style.add("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), styles.bold_font)
    table.setStyle(style)
    heading = text(lang, _by_grain(report, title_key))
    parts: list[Flowable] = [Paragraph(escape(heading), styles.heading), table]
    if folded:
        grain = text(lang, "grain_quarter" if report.grain == QUARTER else "grain_month")
        listed = ", ".join(names[c] for c in folded)
        parts.append(
            Paragraph(escape(text(lang, "folded_columns", grain=grain, names=listed)), styles.small)
        )
        hidden = True
    if note:
        parts.append(Paragraph(escape(note), styles.small))
    if hidden:
        parts.append(_footnote(report, lang, styles))
    # Short tables stay with their heading; long ones may flow over pages.
    return [KeepTogether(parts)] if len(rows) <= 15 else parts


def _totals(
    report: Report,
    lang: str,
    styles: _Styles,
    title: str,
    value_header: str,
    lines: Sequence[tuple[str, str, bool]],
) -> list[Flowable]:
    """A two-column table of period totals; rows without a cell are sub-headings."""
    rows: list[list[Any]] = [
        [
            Paragraph(escape(text(lang, "category")), styles.head_first),
            Paragraph(escape(value_header), styles.head_cell),
        ]
    ]
    sub_rows: list[int] = []
    total_rows: list[int] = []
    hidden = False
    for label, ref, has_cell in lines:
        if not has_cell:
            sub_rows.append(len(rows))
            rows.append([label, ""])
            continue
        measure, cat = ref.split("|", 1)
        c = report.cell(measure, cat, TOTAL)
        hidden = hidden or c.suppressed
        if cat == ALL:
            total_rows.append(len(rows))
        rows.append([label, _shown(c, lang)])
    table = Table(rows, colWidths=[170.0, 90.0], repeatRows=1, hAlign="LEFT")
    style = _table_style(len(rows), total_row=False, font=styles.cell_font)
    style.add("FONTNAME", (0, 1), (-1, -1), styles.cell_font)
    for r in sub_rows:  # sub-headings: shaded, not bold (bold is for a measure's total)
        style.add("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95))
    for r in total_rows:
        style.add("FONTNAME", (0, r), (-1, r), styles.bold_font)
    table.setStyle(style)
    parts: list[Flowable] = [Paragraph(escape(title), styles.heading), table]
    if hidden:
        parts.append(_footnote(report, lang, styles))
    return [KeepTogether(parts)]


def _footnote(report: Report, lang: str, styles: _Styles) -> Flowable:
    return Paragraph(escape(text(lang, "footnote", below=report.min_cell - 1)), styles.small)


def _numbered_canvas(font: str, lang: str) -> type[Canvas]:
    """A canvas that writes "Page X of Y" once the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.drawCentredString(
                    _PAGE_W / 2, _MARGIN / 2, text(lang, "page", x=self._pageNumber, y=total)
                )
                super().showPage()
            super().save()

    return NumberedCanvas
