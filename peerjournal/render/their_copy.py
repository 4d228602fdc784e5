"""A person's own copy of their record, as PDF.

Draws exactly a `TheirCopyContent` (core/their_copy): nothing else of the
journal can reach the page. The pictures of each part of life read in black
and white: a line with a round mark at each check-in on a 1-to-5 grid, the
numbers in a row above it, a small triangle on each day a goal was met; every
number is in the text below them too.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from datetime import date, datetime

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Table, TableStyle

from peerjournal.core.checkins import PartSeries, labelled_marks, short_date
from peerjournal.core.letter_text import format_date
from peerjournal.core.models import RATING_HIGHEST, RATING_LOWEST, GoalStatus
from peerjournal.core.their_copy import (
    ConsentEntry,
    EncounterEntry,
    ReferralEntry,
    SignatureStrokes,
    TheirCopyContent,
)
from peerjournal.core.their_copy_text import CopyWords, copy_words
from peerjournal.render.common import (
    CONTENT_WIDTH,
    RULE,
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
from peerjournal.render.fonts import FontSet

CHART_HEIGHT = 92.0
_CHART_GAP = 14.0
_CHART_WIDTH = (CONTENT_WIDTH - _CHART_GAP) / 2
_MIN_LABEL_SPACING = 9.0  # points between marks below which only some numbers print
_FINGERPRINT_CHARS = 16


def render_their_copy(content: TheirCopyContent) -> bytes:
    """The copy as PDF bytes (deterministic for the same content)."""
    st = styles()
    w = copy_words(content.language)
    lang = content.language
    story: list[Flowable] = []
    story += _opening(content, st, w)
    story += _details(content, st, w)
    story += _encounters(content, st, w)
    story += _goals(content, st, w)
    story += _checkins(content, st, w)
    story += _consents(content, st, w)
    story += _referrals(content, st, w)
    story += _disclosures(content, st, w)
    story += [gap(12), rule(), gap(4), Paragraph(escape(w.closing), st.body)]
    footer = w.made_on.format(date=format_date(content.made_on, lang))
    return build_pdf(story, title=w.title, language=lang, page_of=w.page_of, footer_note=footer)


def _day(day: date, language: str) -> str:
    return format_date(day, language)


def _moment(when: datetime, language: str) -> str:
    return f"{format_date(when.date(), language)}, {when.strftime('%H:%M')}"


def _opening(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    lang = content.language
    by = [w.made_on.format(date=_day(content.made_on, lang))]
    if content.peer_name:
        peer = content.peer_name
        if content.peer_organization:
            peer = f"{peer}, {content.peer_organization}"
        by.append(w.made_by.format(peer=peer))
    period = (
        w.intro_period_all
        if content.period_from is None
        else w.intro_period_from.format(date=_day(content.period_from, lang))
    )
    return [
        Paragraph(escape(w.title), st.title),
        Paragraph(f"<b>{escape(w.hello.format(name=content.name))}</b>", st.body),
        Paragraph(escape(" · ".join(by)), st.muted),
        rule(thickness=1.2),
        gap(6),
        Paragraph(escape(w.intro), st.body),
        Paragraph(escape(period), st.body),
        Paragraph(f"<i>{escape(w.not_a_disclosure)}</i>", st.body),
    ]


def _heading(text: str, st: Styles) -> Paragraph:
    return Paragraph(escape(text), st.heading)


def _details(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    rows = []
    for name, value in content.details:
        shown = value
        if name == "date_of_birth":
            shown = _day(date.fromisoformat(value), content.language)
        elif name == "preferred_language":
            shown = w.language_names.get(value.strip().lower()[:2], value)
        rows.append((escape(w.detail_labels[name]), escape(shown)))
    return [
        gap(4),
        _heading(w.details, st),
        Paragraph(escape(w.details_intro), st.muted),
        field_table(rows, st, CONTENT_WIDTH * 0.3),
    ]


@functools.cache
def _their_words(st: Styles) -> ParagraphStyle:
    """Their words, set in a little from the labels (plain paragraphs: a copy of
    500 encounters must stay fast to make)."""
    return ParagraphStyle("their-words", parent=st.body, leftIndent=12, spaceAfter=4)


def _encounter(
    entry: EncounterEntry, st: Styles, w: CopyWords, lang: str, *, split: bool
) -> list[Flowable]:
    """One time together: its day and how, then each answer with its label in
    bold. The heading shares a paragraph with the first answer, so it never
    stands alone at the foot of a page (and a copy of 500 encounters stays quick)."""
    how = entry.mode + (f" {entry.setting}" if entry.setting else "")
    if entry.duration_minutes:
        how += f" · {w.minutes.format(n=entry.duration_minutes)}"
    head = f"<b>{escape(_moment(entry.occurred_at, lang))}</b> · {escape(how)}"
    # Before "what I did" had its own field, the answer field held both: say so
    # unless this encounter keeps them apart.
    help_label = w.how_can_i_help if split and entry.what_i_did else w.how_can_i_help_older
    answers = [
        f"<b>{escape(label)}:</b> {escape(text.strip())}"
        for label, text in (
            (w.their_story, entry.their_story),
            (w.what_they_want, entry.what_they_want),
            (help_label, entry.how_can_i_help),
            (w.what_i_did, entry.what_i_did),
        )
        if text and text.strip()
    ] or [f"<i>{escape(w.nothing_written)}</i>"]
    first = Paragraph(f"{head}<br/>{answers[0]}", _encounter_head(st))
    return [first, *(Paragraph(answer, _their_words(st)) for answer in answers[1:])]


@functools.cache
def _encounter_head(st: Styles) -> ParagraphStyle:
    """The day and how, flush left; the first answer under it, set in like the rest."""
    return ParagraphStyle(
        "encounter-head",
        parent=_their_words(st),
        firstLineIndent=-12,
        spaceBefore=4,
        spaceAfter=4,
    )


def _encounters(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    out: list[Flowable] = [_heading(w.encounters, st)]
    if not content.encounters:
        return [*out, Paragraph(escape(w.encounters_none), st.body)]
    out.append(Paragraph(escape(w.encounters_intro), st.muted))
    for entry in content.encounters:
        out.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=4))
        out += _encounter(entry, st, w, content.language, split=content.has_what_i_did)
    return out


def _goals(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    out: list[Flowable] = [_heading(w.goals, st)]
    if not content.goals:
        return [*out, Paragraph(escape(w.goals_none), st.body)]
    out.append(Paragraph(escape(w.goals_intro), st.muted))
    lang = content.language
    data = []
    for goal in content.goals:
        closed = _day(goal.closed_on, lang) if goal.closed_on else ""
        if goal.status is GoalStatus.MET:
            status = w.goal_met.format(date=closed)
        elif goal.status is GoalStatus.SET_ASIDE:
            status = w.goal_set_aside.format(date=closed)
        else:
            status = w.goal_active
        when = w.goal_set_on.format(date=_day(goal.set_on, lang))
        mark = "✓ " if goal.status is GoalStatus.MET else ""
        data.append(
            [
                Paragraph(escape(goal.in_their_words), st.cell),
                Paragraph(escape(when), st.cell),
                Paragraph(f"<b>{escape(mark + status)}</b>", st.cell),
            ]
        )
    table = Table(data, colWidths=[CONTENT_WIDTH * f for f in (0.52, 0.22, 0.26)], hAlign="LEFT")
    table.setStyle(_grid())
    out.append(table)
    return out


def _grid() -> TableStyle:
    return table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    )


# --- check-ins and their pictures ------------------------------------------------------


def part_picture(
    series: PartSeries,
    *,
    width: float,
    height: float,
    fonts: FontSet,
    language: str,
    start: date | None = None,
    end: date | None = None,
    goals_met: Sequence[date] = (),
) -> Drawing:
    """One part of life over time: a 1-to-5 grid, a black line through round
    marks, the number at each mark (some when they would crowd), the first and
    last dates under it, and a small ▲ under the grid on each day a goal was met."""
    drawing = Drawing(width, height)
    left, right, bottom, top = 14.0, 8.0, 14.0, 14.0
    plot_w, plot_h = width - left - right, height - bottom - top
    points = series.points
    first = start or points[0].day
    last = end or points[-1].day
    span = max(1, (last - first).days)

    def x_of(day: date) -> float:
        if first == last:
            return left + plot_w / 2
        return left + plot_w * (day - first).days / span

    def y_of(rating: int) -> float:
        return bottom + plot_h * (rating - RATING_LOWEST) / (RATING_HIGHEST - RATING_LOWEST)

    grey = colors.Color(0.72, 0.72, 0.72)
    for level in range(RATING_LOWEST, RATING_HIGHEST + 1):
        y = y_of(level)
        drawing.add(
            Line(
                left,
                y,
                left + plot_w,
                y,
                strokeColor=grey,
                strokeWidth=0.4,
                strokeDashArray=None if level in (RATING_LOWEST, RATING_HIGHEST) else [1, 2],
            )
        )
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                str(level),
                fontName=fonts.regular,
                fontSize=6.5,
                fillColor=colors.Color(0.3, 0.3, 0.3),
                textAnchor="end",
            )
        )
    xy = [(x_of(p.day), y_of(p.rating)) for p in points]
    if len(xy) > 1:
        flat = [v for pair in xy for v in pair]
        drawing.add(PolyLine(flat, strokeColor=colors.black, strokeWidth=1.1))
    for x, y in xy:
        drawing.add(
            Circle(x, y, 2.1, fillColor=colors.black, strokeColor=colors.white, strokeWidth=0.5)
        )
    # The numbers in a row of their own above the grid: never on the line.
    for index in labelled_marks([x for x, _y in xy], _MIN_LABEL_SPACING):
        drawing.add(
            String(
                xy[index][0],
                height - 8,
                str(points[index].rating),
                fontName=fonts.bold,
                fontSize=7,
                fillColor=colors.black,
                textAnchor="middle",
            )
        )
    for day in goals_met:
        if first <= day <= last:
            x, tip = x_of(day), bottom - 2
            drawing.add(
                Polygon(
                    [x, tip, x - 3.5, tip - 6, x + 3.5, tip - 6],
                    fillColor=colors.black,
                    strokeColor=None,
                )
            )
    for day, anchor, x in ((first, "start", left), (last, "end", left + plot_w)):
        drawing.add(
            String(
                x,
                2,
                short_date(day, language),
                fontName=fonts.regular,
                fontSize=6.5,
                fillColor=colors.Color(0.3, 0.3, 0.3),
                textAnchor=anchor,
            )
        )
    return drawing


def _chart_cell(
    series: PartSeries, content: TheirCopyContent, st: Styles, w: CopyWords
) -> list[Flowable]:
    lang = content.language
    first, latest = series.points[0], series.points[-1]
    caption = w.chart_latest.format(rating=latest.rating, date=short_date(latest.day, lang))
    if len(series.points) > 1:
        caption += " " + w.chart_first.format(rating=first.rating, date=short_date(first.day, lang))
    picture = part_picture(
        series,
        width=_CHART_WIDTH - 8,
        height=CHART_HEIGHT,
        fonts=st.fonts,
        language=lang,
        start=content.checkins[0].taken_on,
        end=content.checkins[-1].taken_on,
        goals_met=[
            g.closed_on for g in content.goals if g.status is GoalStatus.MET and g.closed_on
        ],
    )
    return [
        Paragraph(f"<b>{escape(series.name)}</b>", st.cell),
        picture,
        Paragraph(escape(caption), st.muted),
    ]


def _checkins(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    out: list[Flowable] = [_heading(w.checkins, st)]
    if not content.checkins:
        return [*out, Paragraph(escape(w.checkins_none), st.body)]
    out.append(Paragraph(escape(w.checkins_intro), st.body))
    cells = [_chart_cell(series, content, st, w) for series in content.series]
    for start in range(0, len(cells), 2):
        pair = cells[start : start + 2]
        row = [pair[0], pair[1] if len(pair) > 1 else ""]
        table = Table([row], colWidths=[_CHART_WIDTH + _CHART_GAP / 2] * 2, hAlign="LEFT")
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            )
        )
        out.append(table)
    out += _numbers_tables(content, st, w)
    out += _their_words_of_checkins(content, st, w)
    return out


_COLUMNS_PER_TABLE = 8


def _numbers_tables(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    """Every number as text: parts down, check-in days across, a few days per table."""
    lang = content.language
    names = [series.name for series in content.series]
    out: list[Flowable] = [Paragraph(escape(w.numbers_heading), st.label)]
    checkins = content.checkins
    for start in range(0, len(checkins), _COLUMNS_PER_TABLE):
        chunk = checkins[start : start + _COLUMNS_PER_TABLE]
        header: list[object] = [Paragraph(escape(w.part), st.cell_bold)]
        header += [Paragraph(escape(short_date(c.taken_on, lang)), _day_head(st)) for c in chunk]
        rows: list[list[object]] = [header]
        for name in names:
            row: list[object] = [Paragraph(escape(name), st.cell)]
            for checkin in chunk:
                rating = next((p.rating for p in checkin.parts if p.name == name), None)
                row.append(Paragraph("—" if rating is None else f"<b>{rating}</b>", st.cell))
            rows.append(row)
        name_width = CONTENT_WIDTH * 0.3
        day_width = (CONTENT_WIDTH - name_width) / _COLUMNS_PER_TABLE
        table = Table(
            rows, colWidths=[name_width] + [day_width] * len(chunk), repeatRows=1, hAlign="LEFT"
        )
        table.setStyle(_grid())
        table.setStyle(
            table_style(
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            )
        )
        out += [table, gap(6)]
    return out


@functools.cache
def _day_head(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("day-head", parent=st.cell_bold, fontSize=8, leading=10)


def _their_words_of_checkins(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    """What they said about each part, check-in by check-in (newest first)."""
    lang = content.language
    out: list[Flowable] = []
    for checkin in reversed(content.checkins):
        said = [p for p in checkin.parts if p.in_their_words and p.in_their_words.strip()]
        if not said:
            continue
        if not out:
            out.append(Paragraph(escape(w.words_heading), st.label))
        day = escape(w.checkin_on.format(date=_day(checkin.taken_on, lang)))
        lines = [
            f"<b>{escape(p.name)}</b> ({p.rating}): {escape(p.in_their_words or '')}" for p in said
        ]
        out.append(Paragraph(f"<b>{day}</b><br/>" + "<br/>".join(lines), _their_words(st)))
    return out


# --- consents, referrals, disclosures --------------------------------------------------


def _consent(entry: ConsentEntry, st: Styles, w: CopyWords, lang: str) -> list[Flowable]:
    rows = [
        (escape(w.consent_to), escape(entry.recipient)),
        (escape(w.consent_purpose), escape(entry.purpose)),
        (escape(w.consent_information), escape(entry.information)),
        (escape(w.consent_signed_on), escape(_day(entry.signed_on, lang))),
    ]
    if entry.expires_on:
        rows.append((escape(w.consent_expires_on), escape(_day(entry.expires_on, lang))))
    if entry.expires_when:
        rows.append((escape(w.consent_expires_when), escape(entry.expires_when)))
    if entry.revoked_on:
        rows.append((escape(w.consent_revoked_on), escape(_day(entry.revoked_on, lang))))
    drawn = entry.signature_png is not None or entry.signature_strokes is not None
    if entry.signed_on_screen and not drawn:
        rows.append((escape(w.consent_signature), escape(w.consent_signed_on_screen)))
    out: list[Flowable] = [field_table(rows, st, CONTENT_WIDTH * 0.3)]
    picture: Flowable | None = None
    if entry.signature_png is not None:
        picture = _signature_image(entry.signature_png)
    elif entry.signature_strokes is not None:
        picture = _signature_drawing(entry.signature_strokes)
    if picture is not None:
        out += [gap(4), Paragraph(escape(w.consent_signature), st.label), picture]
    out.append(gap(8))
    return out


def _signature_drawing(strokes: SignatureStrokes, width: float = 180.0) -> Drawing:
    """The strokes drawn on screen, as lines, scaled to `width` (screen y runs down)."""
    (canvas_w, canvas_h), lines = strokes
    scale = width / canvas_w
    drawing = Drawing(width, canvas_h * scale)
    drawing.hAlign = "LEFT"
    for stroke in lines:
        if len(stroke) == 1:
            (x, y) = stroke[0]
            drawing.add(
                Circle(
                    x * scale, (canvas_h - y) * scale, 0.8, fillColor=colors.black, strokeColor=None
                )
            )
            continue
        points = [v for x, y in stroke for v in (x * scale, (canvas_h - y) * scale)]
        drawing.add(
            PolyLine(
                points, strokeColor=colors.black, strokeWidth=1.2, strokeLineCap=1, strokeLineJoin=1
            )
        )
    return drawing


def _signature_image(png: bytes) -> Image | None:
    try:
        image = Image(io.BytesIO(png))
    except Exception:  # a signature that cannot be read is left out, never a failed copy
        return None
    scale = min(1.0, 200 / max(1.0, image.drawWidth), 60 / max(1.0, image.drawHeight))
    image.drawWidth *= scale
    image.drawHeight *= scale
    image.hAlign = "LEFT"
    return image


def _consents(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    out: list[Flowable] = [_heading(w.consents, st)]
    if not content.consents:
        return [*out, Paragraph(escape(w.consents_none), st.body)]
    out.append(Paragraph(escape(w.consents_intro), st.muted))
    for entry in content.consents:
        out += _consent(entry, st, w, content.language)
    return out


def _referral(entry: ReferralEntry, st: Styles, w: CopyWords, lang: str) -> list[Flowable]:
    status = (
        w.referral_status_on.format(status=entry.status, date=_day(entry.status_on, lang))
        if entry.status_on
        else w.referral_status.format(status=entry.status)
    )
    rows = [
        (escape(w.referral_to), escape(entry.recipient)),
        (escape(w.referral_kind), escape(entry.kind)),
        (escape(w.referral_reason), escape(entry.reason_in_their_words)),
    ]
    if entry.request:
        rows.append((escape(w.referral_request), escape(entry.request)))
    rows.append((escape(w.referral_made_on), escape(_day(entry.created_on, lang))))
    rows.append(("", escape(status)))
    return [field_table(rows, st, CONTENT_WIDTH * 0.3), gap(8)]


def _referrals(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    out: list[Flowable] = [_heading(w.referrals, st)]
    if not content.referrals:
        return [*out, Paragraph(escape(w.referrals_none), st.body)]
    out.append(Paragraph(escape(w.referrals_intro), st.muted))
    for entry in content.referrals:
        out += _referral(entry, st, w, content.language)
    return out


def _disclosures(content: TheirCopyContent, st: Styles, w: CopyWords) -> list[Flowable]:
    out: list[Flowable] = [_heading(w.disclosures, st)]
    if not content.disclosures:
        return [*out, Paragraph(escape(w.disclosures_none), st.body)]
    out.append(Paragraph(escape(w.disclosures_intro), st.muted))
    lang = content.language
    header = [
        Paragraph(escape(label), st.cell_bold)
        for label in (
            w.disclosure_when,
            w.disclosure_to,
            w.disclosure_consent,
            w.disclosure_fingerprint,
        )
    ]
    data: list[Sequence[object]] = [header]
    for entry in content.disclosures:
        data.append(
            [
                Paragraph(escape(_moment(entry.disclosed_at, lang)), st.cell),
                Paragraph(escape(entry.recipient), st.cell),
                Paragraph(
                    escape(_day(entry.consent_signed_on, lang) if entry.consent_signed_on else "—"),
                    st.cell,
                ),
                Paragraph(escape(entry.sha256[:_FINGERPRINT_CHARS]), st.cell_mono),
            ]
        )
    table = Table(
        data,
        colWidths=[CONTENT_WIDTH * f for f in (0.24, 0.32, 0.2, 0.24)],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(_grid())
    table.setStyle(table_style(("BACKGROUND", (0, 0), (-1, 0), TINT)))
    out += [table, gap(4), Paragraph(escape(w.fingerprint_note), st.muted)]
    return out
