"""The referral letter a peer prints for a clinician: warm, short, in the
person's own words, with the consent's scope and the §2.32 notice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from peerjournal.core.letter import LetterContent, PeerBlock, RecipientBlock
from peerjournal.core.letter_text import (
    REDISCLOSURE_NOTICE_CLOSING,
    REDISCLOSURE_NOTICE_ES_CLOSING,
    REDISCLOSURE_NOTICE_ES_INTRO,
    REDISCLOSURE_NOTICE_ES_ITEMS,
    REDISCLOSURE_NOTICE_INTRO,
    REDISCLOSURE_NOTICE_ITEMS,
    REDISCLOSURE_NOTICE_SHORT,
    CommonWords,
    LetterWords,
    format_date,
    kind_label,
    words,
)
from peerjournal.render.common import (
    Styles,
    build_pdf,
    escape,
    field_table,
    gap,
    lines,
    quote_block,
    rule,
    styles,
)


def render_letter(content: LetterContent, *, fax_cover: FaxCover | None = None) -> bytes:
    """The letter as PDF bytes: the same content always gives the same bytes
    (the disclosure log keeps their SHA-256). A draft (no consent yet) is
    watermarked on every page. With `fax_cover`, a cover sheet comes first
    and its page count includes itself."""
    st = styles()
    wording = words(content.language)
    story = letter_story(content, st, wording.letter, wording.common)
    options: dict[str, Any] = {
        "title": wording.letter.title,
        "language": content.language,
        "page_of": wording.common.page_of,
        "footer_note": REDISCLOSURE_NOTICE_SHORT,
        "watermark": wording.letter.draft_mark if content.draft else "",
    }
    if fax_cover is None:
        return build_pdf(story, **options)
    # The cover says how many pages go out: lay out once to count them, and
    # again should the count itself have moved a line.
    total = page_count(build_pdf(list(story), **options)) + 1
    for _ in range(3):
        cover = fax_cover_story(content, fax_cover, total, st)
        pdf = build_pdf(
            [*cover, PageBreak(), *letter_story(content, st, wording.letter, wording.common)],
            **options,
        )
        if page_count(pdf) == total:
            break
        total = page_count(pdf)
    return pdf


def page_count(pdf: bytes) -> int:
    """How many pages a PDF reportlab wrote has (its page tree's /Count)."""
    found = re.search(rb"/Count (\d+)", pdf)
    return int(found.group(1)) if found else 1


@dataclass(frozen=True, slots=True)
class FaxCover:
    """What the fax cover sheet says beyond the letter: the date it is sent."""

    sent_on: date


def fax_cover_story(
    content: LetterContent, cover: FaxCover, pages: int, st: Styles
) -> list[Flowable]:
    """The cover sheet: recipient, fax number, pages, a confidentiality line and the
    §2.32 notice. It never names the person: a front desk reads it."""
    w = words(content.language)
    fw = w.fax_cover
    recipient = content.recipient
    peer = content.peer
    to = lines(recipient.name, recipient.organization)
    sender = lines(
        peer.name + (", " + peer.credentials if peer.credentials else ""), peer.organization
    )
    rows = [(escape(fw.to), to), (escape(fw.fax), escape(recipient.fax or w.common.not_stated))]
    if recipient.phone:
        rows.append((escape(fw.phone), escape(recipient.phone)))
    rows.append((escape(fw.sender), sender))
    if peer.phone:
        rows.append((escape(fw.phone), escape(peer.phone)))
    if peer.email:
        rows.append((escape(w.common.email), escape(peer.email)))
    rows += [
        (escape(fw.date), escape(format_date(cover.sent_on, content.language))),
        (escape(fw.pages), escape(fw.pages_value.format(pages=pages))),
        (escape(fw.regarding), escape(fw.regarding_value)),
    ]
    return [
        Paragraph(escape(fw.title), st.title),
        rule(thickness=1.2),
        gap(10),
        field_table(rows, st, label_width=110),
        gap(16),
        Paragraph(escape(fw.confidential_heading), st.heading),
        Paragraph(escape(fw.confidential), st.body),
        # The official notice only: the letter itself carries the translation.
        *_notice("en", st, w.letter),
    ]


def letter_story(
    content: LetterContent, st: Styles, w: LetterWords, common: CommonWords
) -> list[Flowable]:
    """The flowables of a letter, top to bottom. The full name is printed once,
    in the subject line; after it the letter says the name the person uses."""
    name = content.person_name
    lang = content.language
    story: list[Flowable] = [*_letterhead(content.peer, st, common), gap(10)]
    story.append(Paragraph(escape(format_date(content.dated, lang)), st.body))
    story += [gap(4), Paragraph(_recipient_lines(content.recipient, common), st.body), gap(6)]

    kind = kind_label(content.referral_kind, lang)
    full = content.full_name or name
    story.append(Paragraph(escape(w.subject.format(name=full, kind=kind)), st.subject))
    about = _about_line(content, w)
    if about:
        story.append(Paragraph(about, st.body))
    if content.draft and content.consent is None:
        story.append(Paragraph(f"<b>{escape(w.draft_no_consent.format(name=name))}</b>", st.body))
    story.append(Paragraph(escape(_greeting(content.recipient.salutation, w)), st.body))

    at_org = (
        w.at_org.format(organization=content.peer.organization) if content.peer.organization else ""
    )
    who_i_am = w.who_i_am if content.peer.name.strip() else w.who_i_am_unnamed
    story.append(
        Paragraph(
            escape(w.asked_me.format(name=name))
            + " "
            + escape(who_i_am.format(peer=content.peer.name, at_org=at_org, name=name))
            + " "
            + escape(w.not_a_clinician.format(name=name)),
            st.body,
        )
    )
    # Their words are set apart as quotes; the peer's own (how I will help) are not.
    for heading, text in (
        (w.in_their_words, content.reason_in_their_words),
        (w.their_request, content.request),
        (w.to_know, content.to_know),
        (w.going_well, content.going_well),
    ):
        if text:
            story += [Paragraph(escape(heading.format(name=name)), st.label)]
            story += [*quote_block(text, st.quote), gap(8)]
    if content.how_i_will_help:
        story += [
            Paragraph(escape(w.how_i_will_help), st.label),
            Paragraph(escape(content.how_i_will_help), st.body),
        ]

    story.append(Paragraph(escape(w.reach_heading.format(name=name)), st.label))
    contact = content.person_contact
    if contact is not None:
        reach = escape(w.reach_directly.format(name=name)) + "<br/>"
        reach += _contact_lines(contact.phone, None, contact.email, common)
        if contact.address:
            reach += "<br/>" + escape(w.address) + ": " + escape(_one_line(contact.address))
    else:
        reach = escape(w.reach_through_me.format(name=name))
    story.append(Paragraph(reach, st.body))
    peer = content.peer
    if peer.phone or peer.email:
        me = escape(w.reach_me) + " " + _contact_inline(peer.phone, peer.email, common)
        story.append(Paragraph(me, st.body))
    story.append(_signature(peer, st, w, thanks=escape(w.thanks.format(name=name))))
    story += _consent_scope(content, st, w, common)
    story += _notice(lang, st, w)
    return story


def _about_line(content: LetterContent, w: LetterWords) -> str:
    """Who the letter is about, for the clinic's records: the name they use,
    pronouns, and the date of birth when the consent covers it."""
    parts = []
    if content.full_name and content.person_name != content.full_name:
        parts.append(f"{escape(w.goes_by)}: {escape(content.person_name)}")
    if content.pronouns:
        parts.append(f"{escape(w.pronouns)}: {escape(content.pronouns)}")
    if content.date_of_birth is not None:
        born = format_date(content.date_of_birth, content.language)
        parts.append(f"{escape(w.date_of_birth)}: {escape(born)}")
    return "  ·  ".join(parts)


def _greeting(salutation: str, w: LetterWords) -> str:
    first = salutation.split(" ", 1)[0].casefold()
    if first in ("dra.", "sra.", "srta."):
        return w.greeting_f.format(clinician=salutation)
    if first in ("dr.", "sr."):
        return w.greeting_m.format(clinician=salutation)
    return w.greeting.format(clinician=salutation)


def _one_line(text: str) -> str:
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())


def _letterhead(peer: PeerBlock, st: Styles, common: CommonWords) -> list[Flowable]:
    head = escape(peer.name)
    if peer.credentials:
        head += f'<font name="{st.fonts.regular}" size="11">, {escape(peer.credentials)}</font>'
    details = lines(peer.organization, peer.address)
    contact = _contact_inline(peer.phone, peer.email, common)
    flow: list[Flowable] = [Paragraph(head, st.letterhead)]
    if details or contact:
        flow.append(Paragraph("<br/>".join(p for p in (details, contact) if p), st.muted))
    flow.append(rule(thickness=1.2))
    return flow


def _contact_inline(phone: str | None, email: str | None, common: CommonWords) -> str:
    parts = []
    if phone:
        parts.append(f"{escape(common.phone)}: {escape(phone)}")
    if email:
        parts.append(f"{escape(common.email)}: {escape(email)}")
    return "  ·  ".join(parts)


def _contact_lines(
    phone: str | None, fax: str | None, email: str | None, common: CommonWords
) -> str:
    parts = []
    if phone:
        parts.append(f"{escape(common.phone)}: {escape(phone)}")
    if fax:
        parts.append(f"{escape(common.fax)}: {escape(fax)}")
    if email:
        parts.append(f"{escape(common.email)}: {escape(email)}")
    return "<br/>".join(parts)


def _recipient_lines(recipient: RecipientBlock, common: CommonWords) -> str:
    text = f"<b>{escape(recipient.name)}</b>"
    rest = lines(recipient.organization, recipient.address)
    if rest:
        text += "<br/>" + rest
    numbers = []
    if recipient.phone:
        numbers.append(f"{escape(common.phone)}: {escape(recipient.phone)}")
    if recipient.fax:
        numbers.append(f"{escape(common.fax)}: {escape(recipient.fax)}")
    if numbers:
        text += "<br/>" + "  ·  ".join(numbers)
    if recipient.email:
        text += f"<br/>{escape(common.email)}: {escape(recipient.email)}"
    return text


def _signature(peer: PeerBlock, st: Styles, w: LetterWords, *, thanks: str) -> Flowable:
    who = f"<b>{escape(peer.name)}</b>"
    if peer.credentials:
        who += ", " + escape(peer.credentials)
    if peer.organization:
        who += "<br/>" + escape(peer.organization)
    # The thanks stays with the signature, so a signature never starts a page alone.
    return KeepTogether(
        [
            Paragraph(thanks, st.body),
            Paragraph(escape(w.closing), st.body),
            gap(24),
            rule(width=230, thickness=0.7),
            Paragraph(escape(w.signature), st.muted),
            Paragraph(who, st.body),
        ]
    )


def _consent_scope(
    content: LetterContent, st: Styles, w: LetterWords, common: CommonWords
) -> list[Flowable]:
    scope = content.consent
    if scope is None:
        return []
    lang = content.language
    name = content.person_name
    if scope.expires_on and scope.expires_when:
        expires = w.expires_or_when.format(
            date=format_date(scope.expires_on, lang), when=scope.expires_when
        )
    elif scope.expires_on:
        expires = format_date(scope.expires_on, lang)
    else:
        expires = (
            w.expires_when.format(when=scope.expires_when)
            if scope.expires_when
            else common.not_stated
        )
    recipient = content.recipient.name
    if content.recipient.organization:
        recipient += ", " + content.recipient.organization
    peer = content.peer.name
    if content.peer.organization:
        peer += ", " + content.peer.organization
    signed = format_date(scope.signed_on, lang)
    if scope.signed_on_screen:
        signed = w.signed_on_screen.format(date=signed)
    rows = [
        (escape(w.person), escape(content.full_name or name)),
        (escape(w.disclosed_by), escape(peer)),
        (escape(w.disclosed_to), escape(recipient)),
        (escape(w.purpose), escape(scope.purpose)),
        (escape(w.information), escape(scope.information)),
    ]
    if scope.covers is not None:
        labels = words(lang).covers
        listed = "; ".join(labels[c] for c in labels if c in scope.covers)
        rows.append((escape(w.covers), escape(listed or common.not_stated)))
    rows += [
        (escape(w.signed_on), escape(signed)),
        (escape(w.expires), escape(expires)),
        (escape(w.revocable_label), escape(w.revocable.format(name=name))),
    ]
    # Heading, intro and table move to the next page together rather than
    # leaving a heading alone at the foot of the letter.
    return [
        gap(10),
        KeepTogether(
            [
                Paragraph(escape(w.consent_heading), st.heading),
                Paragraph(escape(w.consent_intro.format(name=name)), st.body),
                field_table(rows, st, label_width=128),
            ]
        ),
    ]


def _notice(language: str, st: Styles, w: LetterWords) -> list[Flowable]:
    official: list[Flowable] = [
        Paragraph(escape(w.notice_heading), st.heading),
        Paragraph(escape(REDISCLOSURE_NOTICE_INTRO), st.notice),
        *(Paragraph(escape(item), st.notice_item) for item in REDISCLOSURE_NOTICE_ITEMS),
        Paragraph(escape(REDISCLOSURE_NOTICE_CLOSING), st.notice),
    ]
    story: list[Flowable] = [gap(6), KeepTogether(official)]
    if language == "es":
        # The translation may break across pages; the official notice does not.
        story += [
            gap(4),
            Paragraph(f"<b>{escape(w.notice_translation)}</b>", st.notice_label),
            Paragraph(escape(REDISCLOSURE_NOTICE_ES_INTRO), st.notice),
            *(Paragraph(escape(item), st.notice_item) for item in REDISCLOSURE_NOTICE_ES_ITEMS),
            Paragraph(escape(REDISCLOSURE_NOTICE_ES_CLOSING), st.notice),
        ]
    return story
