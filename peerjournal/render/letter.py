"""The referral letter a peer prints for a clinician: warm, short, in the
person's own words, with the consent's scope and the §2.32 notice."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

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


def render_letter(content: LetterContent) -> bytes:
    """The letter as PDF bytes: the same content always gives the same bytes
    (the disclosure log keeps their SHA-256)."""
    st = styles()
    wording = words(content.language)
    story = letter_story(content, st, wording.letter, wording.common)
    return build_pdf(
        story,
        title=wording.letter.title,
        language=content.language,
        page_of=wording.common.page_of,
        footer_note=REDISCLOSURE_NOTICE_SHORT,
    )


def letter_story(
    content: LetterContent, st: Styles, w: LetterWords, common: CommonWords
) -> list[Flowable]:
    """The flowables of a letter, top to bottom."""
    name = content.person_name
    story: list[Flowable] = [*_letterhead(content.peer, st, common), gap(10)]
    story.append(Paragraph(escape(format_date(content.dated, content.language)), st.body))
    story += [gap(4), Paragraph(_recipient_lines(content.recipient, common), st.body), gap(6)]

    named = _with_pronouns(name, content.pronouns)
    kind = kind_label(content.referral_kind, content.language)
    story.append(Paragraph(escape(w.subject.format(name=named, kind=kind)), st.subject))
    story.append(Paragraph(escape(w.greeting.format(clinician=content.recipient.name)), st.body))

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
    story += [Paragraph(escape(w.in_their_words.format(name=name)), st.label)]
    story += [*quote_block(content.reason_in_their_words, st.quote), gap(8)]
    if content.request:
        story += [Paragraph(escape(w.their_request.format(name=name)), st.label)]
        story += [*quote_block(content.request, st.quote), gap(8)]

    story.append(Paragraph(escape(w.reach_heading.format(name=name)), st.label))
    contact = content.person_contact
    if contact is not None:
        reach = escape(w.reach_directly.format(name=name)) + "<br/>"
        reach += _contact_lines(contact.phone, None, contact.email, common)
    else:
        reach = escape(w.reach_through_me.format(name=name))
    story.append(Paragraph(reach, st.body))
    peer = content.peer
    if peer.phone or peer.email:
        me = escape(w.reach_me) + " " + _contact_inline(peer.phone, peer.email, common)
        story.append(Paragraph(me, st.body))
    story.append(_signature(peer, st, w, thanks=escape(w.thanks.format(name=name))))
    story += _consent_scope(content, st, w, common)
    story += _notice(content.language, st, w)
    return story


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


def _with_pronouns(name: str, pronouns: str | None) -> str:
    return f"{name} ({pronouns})" if pronouns else name


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
    lang = content.language
    name = content.person_name
    if scope.expires_on and scope.expires_when:
        expires = w.expires_or_when.format(
            date=format_date(scope.expires_on, lang), when=scope.expires_when
        )
    elif scope.expires_on:
        expires = format_date(scope.expires_on, lang)
    else:
        expires = scope.expires_when or common.not_stated
    recipient = content.recipient.name
    if content.recipient.organization:
        recipient += ", " + content.recipient.organization
    peer = content.peer.name
    if content.peer.organization:
        peer += ", " + content.peer.organization
    rows = [
        (escape(w.person), escape(_with_pronouns(name, content.pronouns))),
        (escape(w.disclosed_by), escape(peer)),
        (escape(w.disclosed_to), escape(recipient)),
        (escape(w.purpose), escape(scope.purpose)),
        (escape(w.information), escape(scope.information)),
        (escape(w.signed_on), escape(format_date(scope.signed_on, lang))),
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
