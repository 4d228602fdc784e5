"""The printable written consent: every element of 42 CFR §2.31, with blank
lines for what is not filled in, to print in the field and have signed."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from peerjournal.core import signature
from peerjournal.core.letter import ConsentFormContent, PeerBlock, RecipientBlock
from peerjournal.core.letter_text import CommonWords, ConsentFormWords, format_date, words
from peerjournal.core.signature import Signature
from peerjournal.render.common import (
    CONTENT_WIDTH,
    INK,
    Styles,
    build_pdf,
    escape,
    gap,
    lines,
    rule,
    styles,
    table_style,
)


def render_consent_form(content: ConsentFormContent) -> bytes:
    """The consent form as PDF bytes (deterministic)."""
    st = styles()
    wording = words(content.language)
    w = wording.consent_form
    return build_pdf(
        consent_form_story(content, st, w, wording.common),
        title=w.title,
        language=content.language,
        page_of=wording.common.page_of,
        footer_note=w.printed_on.format(date=format_date(content.printed_on, content.language)),
    )


def consent_form_story(
    content: ConsentFormContent, st: Styles, w: ConsentFormWords, common: CommonWords
) -> list[Flowable]:
    """The flowables of the form, top to bottom."""
    lang = content.language
    story: list[Flowable] = [
        Paragraph(escape(w.title), st.title),
        Paragraph(escape(w.subtitle), st.muted),
        rule(thickness=1.2),
        gap(6),
        Paragraph(escape(w.intro), st.form),
    ]
    story += _section(w.my_name, [Paragraph(f"<b>{escape(content.person_name)}</b>", st.form)], st)
    story.append(
        _side_by_side(
            _section(
                w.who_may_disclose,
                [Paragraph(_peer(content.who_may_disclose, common), st.form)],
                st,
            ),
            _section(w.recipient, [Paragraph(_recipient(content.recipient, common), st.form)], st),
        )
    )
    story += _section(w.purpose, _filled_or_blank(content.purpose, w.purpose_hint, 3, st), st)
    information = _filled_or_blank(content.information, w.information_hint, 5, st)
    information += _covers_boxes(content, w, st)
    story += _section(w.information, information, st)

    if content.expires_on and content.expires_when:
        expiry = w.expiry_text.format(
            date=format_date(content.expires_on, lang), when=content.expires_when
        )
        story += _section(w.expiry, [Paragraph(escape(expiry), st.form)], st)
    elif content.expires_on:
        expiry = w.expiry_date.format(date=format_date(content.expires_on, lang))
        story += _section(w.expiry, [Paragraph(escape(expiry), st.form)], st)
    elif content.expires_when:
        expiry = w.expiry_when.format(when=content.expires_when)
        story += _section(w.expiry, [Paragraph(escape(expiry), st.form)], st)
    else:
        story += _section(
            w.expiry,
            [
                Paragraph(escape(w.expiry_blank), st.form),
                _labelled_blanks([w.expiry_blank_date, w.expiry_blank_event], st),
            ],
            st,
        )

    peer = content.who_may_disclose
    revoke = [Paragraph(escape(w.revoke_text.format(peer=_peer_inline(peer))), st.form)]
    address = ", ".join(part.strip() for part in (peer.address or "").splitlines() if part.strip())
    reach = "; ".join(p for p in (address, peer.phone, peer.email) if p)
    if reach:
        revoke.append(Paragraph(escape(w.revoke_reach.format(contact=reach)), st.form))
    # The person signs on the same page as their rights and what the
    # recipient may do: sections 7 to 10 never split, and never leave the
    # signature alone on a page.
    closing: list[Flowable] = [
        *_section(w.revoke, revoke, st),
        *_section(w.choice, [Paragraph(escape(w.choice_text), st.form)], st),
        *_section(w.redisclosure, [Paragraph(escape(w.redisclosure_text), st.form)], st),
        Paragraph(escape(w.signature), st.form_heading),
        *_person_signature(content, w, st),
        gap(8),
        Paragraph(escape(w.representative), st.muted),
        _signature_row(
            [
                (w.representative_signature, 0.4),
                (w.representative_name, 0.4),
                (w.date, 0.2),
            ],
            st,
        ),
    ]
    story.append(KeepTogether(closing))
    return story


def _covers_boxes(content: ConsentFormContent, w: ConsentFormWords, st: Styles) -> list[Flowable]:
    """The kinds of information, each with a box: ticked as recorded, or empty
    on a blank form for the person to tick by hand."""
    labels = words(content.language).covers
    ticked = set(content.covers or ())
    rows = []
    for code, label in labels.items():
        box = "☒" if code in ticked else "☐"
        rows.append(f"{box}  {escape(label)}")
    return [Paragraph(escape(w.covers_intro), st.form), Paragraph("<br/>".join(rows), st.form)]


def _person_signature(
    content: ConsentFormContent, w: ConsentFormWords, st: Styles
) -> list[Flowable]:
    """The person's signature line, or the signature they drew on screen."""
    drawn = content.signature
    if drawn is None or drawn.is_empty():
        return [_signature_row([(w.signature_person, 0.68), (w.date, 0.32)], st)]
    day = format_date(content.signed_on or drawn.signed_on, content.language)
    pad = SignatureDrawing(drawn, width=CONTENT_WIDTH * 0.4)
    note = Paragraph(
        escape(w.signature_person) + "<br/>" + escape(w.signed_on_screen.format(date=day)),
        st.muted,
    )
    return [pad, note]


class SignatureDrawing(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A signature drawn on screen, as vector curves over a signing line (the
    same smoothing as the pad on screen)."""

    def __init__(self, drawn: Signature, width: float) -> None:
        super().__init__()
        self.drawn = drawn
        self.width = width
        self.height = width * signature.HEIGHT / signature.WIDTH

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        scale = self.width / signature.WIDTH
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(0, 1, self.width, 1)  # the signing line
        canvas.setLineWidth(1.4)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.drawn.strokes:
            path = canvas.beginPath()
            x0 = y0 = 0.0
            for segment in signature.smooth_segments(stroke):
                op = segment[0]
                if op == "M":
                    x0, y0 = segment[1] * scale, self.height - segment[2] * scale
                    path.moveTo(x0, y0)
                elif op == "L":
                    x0, y0 = segment[1] * scale, self.height - segment[2] * scale
                    path.lineTo(x0, y0)
                else:  # a quadratic curve, as the cubic it equals
                    cx, cy = segment[1] * scale, self.height - segment[2] * scale
                    x, y = segment[3] * scale, self.height - segment[4] * scale
                    path.curveTo(
                        x0 + 2 / 3 * (cx - x0),
                        y0 + 2 / 3 * (cy - y0),
                        x + 2 / 3 * (cx - x),
                        y + 2 / 3 * (cy - y),
                        x,
                        y,
                    )
                    x0, y0 = x, y
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def _section(title: str, body: list[Flowable], st: Styles) -> list[Flowable]:
    return [Paragraph(escape(title), st.form_heading), *body]


def _peer_inline(peer: PeerBlock) -> str:
    text = peer.name
    if peer.credentials:
        text += ", " + peer.credentials
    if peer.organization:
        text += " (" + peer.organization + ")"
    return text


def _peer(peer: PeerBlock, common: CommonWords) -> str:
    head = f"<b>{escape(peer.name)}</b>"
    if peer.credentials:
        head += ", " + escape(peer.credentials)
    rest = lines(peer.organization, peer.address)
    numbers = _numbers(peer.phone, None, peer.email, common)
    return "<br/>".join(p for p in (head, rest, numbers) if p)


def _recipient(recipient: RecipientBlock, common: CommonWords) -> str:
    head = f"<b>{escape(recipient.name)}</b>"
    rest = lines(recipient.organization, recipient.address)
    numbers = _numbers(recipient.phone, recipient.fax, None, common)
    return "<br/>".join(p for p in (head, rest, numbers) if p)


def _numbers(phone: str | None, fax: str | None, email: str | None, common: CommonWords) -> str:
    parts = []
    if phone:
        parts.append(f"{escape(common.phone)}: {escape(phone)}")
    if fax:
        parts.append(f"{escape(common.fax)}: {escape(fax)}")
    if email:
        parts.append(f"{escape(common.email)}: {escape(email)}")
    return "  ·  ".join(parts)


def _filled_or_blank(value: str | None, hint: str, blank_lines: int, st: Styles) -> list[Flowable]:
    if value:
        return [Paragraph(escape(value), st.form)]
    return [Paragraph(escape(hint), st.muted), _blank_lines(blank_lines)]


def _blank_lines(count: int) -> Table:
    table = Table([[""] for _ in range(count)], colWidths=[CONTENT_WIDTH], rowHeights=[22] * count)
    table.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.6, INK)))
    return table


def _labelled_blanks(labels: list[str], st: Styles) -> Table:
    """Rows of "label  ______" to write on."""
    label_width = 190.0
    rows = [[Paragraph(escape(label), st.cell), ""] for label in labels]
    table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], rowHeights=24)
    table.setStyle(
        table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
            ]
        )
    )
    return table


def _side_by_side(left: list[Flowable], right: list[Flowable]) -> Table:
    """Two short sections in two columns, to keep the form on as few pages as can be."""
    half = (CONTENT_WIDTH - 16) / 2
    table = Table([[left, "", right]], colWidths=[half, 16, half], hAlign="LEFT")
    table.setStyle(
        table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _signature_row(fields: list[tuple[str, float]], st: Styles) -> Table:
    """Lines to sign on, each with its label underneath, a gap between them."""
    space = 18.0
    usable = CONTENT_WIDTH - space * (len(fields) - 1)
    widths: list[float] = []
    top: list[str] = []
    labels: list[Flowable | str] = []
    for index, (label, fraction) in enumerate(fields):
        if index:
            widths.append(space)
            top.append("")
            labels.append("")
        widths.append(usable * fraction)
        top.append("")
        labels.append(Paragraph(escape(label), st.muted))
    table = Table([top, labels], colWidths=widths, rowHeights=[28, None], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 2),
    ]
    for column in range(0, len(widths), 2):
        commands.append(("LINEBELOW", (column, 0), (column, 0), 0.7, INK))
    table.setStyle(table_style(*commands))
    return table
