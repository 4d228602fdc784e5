"""The words of a person's own copy of their record, in English and Spanish.

Written to the person ("you"), by the peer ("I"): warm and plain, no jargon,
no labels, no scores. Spanish is US Spanish with *usted*.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class CopyWords:
    """All the wording of the copy in one language."""

    title: str
    hello: str  # {name}
    intro: str
    intro_period_all: str
    intro_period_from: str  # {date}
    not_a_disclosure: str
    page_of: str  # {page} {pages}
    made_on: str  # {date}
    made_by: str  # {peer}
    # sections
    details: str
    details_intro: str
    detail_labels: dict[str, str]
    encounters: str
    encounters_intro: str
    encounters_none: str
    minutes: str  # {n}
    their_story: str
    what_they_want: str
    how_can_i_help: str
    how_can_i_help_older: str
    what_i_did: str
    nothing_written: str
    goals: str
    goals_intro: str
    goals_none: str
    goal_set_on: str  # {date}
    goal_active: str
    goal_met: str  # {date}
    goal_set_aside: str  # {date}
    checkins: str
    checkins_intro: str
    checkins_none: str
    chart_latest: str  # {rating} {date}
    chart_first: str  # {rating} {date}
    checkin_on: str  # {date}
    part: str
    how_it_goes: str
    in_your_words: str
    numbers_heading: str
    words_heading: str
    language_names: dict[str, str]
    consents: str
    consents_intro: str
    consents_none: str
    consent_to: str
    consent_purpose: str
    consent_information: str
    consent_signed_on: str
    consent_expires_on: str
    consent_expires_when: str
    consent_revoked_on: str
    consent_signature: str
    consent_signed_on_screen: str
    referrals: str
    referrals_intro: str
    referrals_none: str
    referral_to: str
    referral_kind: str
    referral_reason: str
    referral_request: str
    referral_made_on: str
    referral_status: str  # {status}
    referral_status_on: str  # {status} {date}
    disclosures: str
    disclosures_intro: str
    disclosures_none: str
    disclosure_when: str
    disclosure_to: str
    disclosure_consent: str
    disclosure_fingerprint: str
    fingerprint_note: str
    closing: str
    modes: dict[str, str]
    settings: dict[str, str]
    kinds: dict[str, str]
    statuses: dict[str, str]
    unknown_recipient: str


_ENGLISH = CopyWords(
    title="Your copy of your record",
    hello="For {name}",
    intro=(
        "This is everything I have written down about our work together, so you can "
        "see it for yourself and keep it. Your story is yours. If something here is not "
        "how you remember it, or not how you would say it, tell me and we will talk about it."
    ),
    intro_period_all="It covers all the time we have worked together.",
    intro_period_from="It covers our work together from {date} on.",
    not_a_disclosure=(
        "This copy was made for you. Giving you your own record is not sharing it with "
        "anyone else, so it is not listed among the letters that left my journal."
    ),
    page_of="Page {page} of {pages}",
    made_on="Made on {date}",
    made_by="Written by {peer}",
    details="About you, as I have it written down",
    details_intro="If anything here has changed, let me know and I will fix it.",
    detail_labels={
        "preferred_name": "The name you use",
        "legal_name": "Legal name",
        "pronouns": "Pronouns",
        "date_of_birth": "Date of birth",
        "phone": "Phone",
        "email": "Email",
        "address": "Address",
        "postal_code": "ZIP code",
        "preferred_language": "Language",
    },
    encounters="Our times together",
    encounters_intro="Each time we met or talked, in the order it happened.",
    encounters_none="I have not written about any time together in this period.",
    minutes="{n} minutes",
    their_story="What happened, in your words",
    what_they_want="What you wanted to do",
    how_can_i_help="When I asked “How can I help?”",
    how_can_i_help_older="When I asked “How can I help?”, and what I did",
    what_i_did="What I did",
    nothing_written="Nothing else was written down that time.",
    goals="Your goals",
    goals_intro="What you set out to do, in your words.",
    goals_none="No goals were written down in this period.",
    goal_set_on="Set on {date}",
    goal_active="Still working on it",
    goal_met="Met on {date}",
    goal_set_aside="Set aside on {date}",
    checkins="Your check-ins",
    checkins_intro=(
        "Your own look at the parts of life that matter to you, each from 1 (hard right "
        "now) to 5 (going well). There is no total and no score: each part stands on its "
        "own. Each picture shows one part over time, with your number at each point; "
        "a small ▲ under a picture marks the day you met a goal."
    ),
    checkins_none="You did not do a check-in in this period.",
    chart_latest="Most recent: {rating} on {date}.",
    chart_first="First: {rating} on {date}.",
    checkin_on="Check-in of {date}",
    part="Part of life",
    how_it_goes="1 to 5",
    in_your_words="In your words",
    numbers_heading="Your numbers, check-in by check-in (— means not that time)",
    words_heading="What you said, in your words",
    language_names={
        "en": "English",
        "es": "Spanish",
        "fr": "French",
        "pt": "Portuguese",
        "zh": "Chinese",
        "vi": "Vietnamese",
        "ar": "Arabic",
        "so": "Somali",
        "ht": "Haitian Creole",
        "ru": "Russian",
        "ko": "Korean",
        "tl": "Tagalog",
    },
    consents="Your consents",
    consents_intro="Each time you agreed in writing that I could share information with someone.",
    consents_none="You did not sign a consent in this period.",
    consent_to="With whom",
    consent_purpose="What for",
    consent_information="What could be shared",
    consent_signed_on="Signed on",
    consent_expires_on="Ends on",
    consent_expires_when="Ends when",
    consent_revoked_on="You took it back on",
    consent_signature="Your signature",
    consent_signed_on_screen="Signed on screen",
    referrals="Referrals",
    referrals_intro="Each time I connected you with someone, and who received it.",
    referrals_none="There were no referrals in this period.",
    referral_to="Who received it",
    referral_kind="What kind of help",
    referral_reason="Why, in your words",
    referral_request="What you asked for",
    referral_made_on="Made on",
    referral_status="{status}",
    referral_status_on="{status} ({date})",
    disclosures="Who received your information",
    disclosures_intro=(
        "Every letter about you that left my journal: when, to whom, and under which "
        "of your consents."
    ),
    disclosures_none="No letter about you left my journal in this period.",
    disclosure_when="When",
    disclosure_to="To whom",
    disclosure_consent="Your consent signed on",
    disclosure_fingerprint="Fingerprint",
    fingerprint_note=(
        "The fingerprint is a short code that matches only the exact letter that was sent."
    ),
    closing="Thank you for letting me walk beside you. This copy is yours to keep.",
    modes={
        "in_person": "In person",
        "phone": "By phone",
        "video": "By video",
        "text": "By text message",
        "outreach": "Outreach",
    },
    settings={
        "community": "in the community",
        "emergency_department": "at the emergency department",
        "jail": "at the jail",
        "home": "at home",
        "recovery_center": "at the recovery center",
        "treatment_center": "at the treatment center",
        "shelter": "at the shelter",
        "other": "",
    },
    kinds={
        "treatment": "treatment",
        "medication": "medication",
        "mental_health": "mental health",
        "medical": "medical care",
        "housing": "housing",
        "employment": "work",
        "mutual_aid": "mutual aid",
        "legal": "legal help",
        "other": "other support",
    },
    statuses={
        "draft": "Not sent yet",
        "sent": "Sent",
        "scheduled": "Appointment made",
        "attended": "You went",
        "declined": "Declined",
        "closed": "Closed",
    },
    unknown_recipient="(no longer in my journal)",
)

_SPANISH = CopyWords(
    title="Su copia de su expediente",
    hello="Para {name}",
    intro=(
        "Aquí está todo lo que he escrito sobre nuestro trabajo juntos, para que usted lo "
        "vea por sí mismo y lo guarde. Su historia es suya. Si algo aquí no es como usted "
        "lo recuerda, o no es como usted lo diría, dígamelo y lo hablamos."
    ),
    intro_period_all="Abarca todo el tiempo que hemos trabajado juntos.",
    intro_period_from="Abarca nuestro trabajo juntos desde el {date}.",
    not_a_disclosure=(
        "Esta copia se hizo para usted. Darle su propio expediente no es compartirlo con "
        "nadie más, por eso no aparece entre las cartas que salieron de mi diario."
    ),
    page_of="Página {page} de {pages}",
    made_on="Hecha el {date}",
    made_by="Escrita por {peer}",
    details="Sus datos, como los tengo anotados",
    details_intro="Si algo ha cambiado, avíseme y lo corrijo.",
    detail_labels={
        "preferred_name": "El nombre que usa",
        "legal_name": "Nombre legal",
        "pronouns": "Pronombres",
        "date_of_birth": "Fecha de nacimiento",
        "phone": "Teléfono",
        "email": "Correo electrónico",
        "address": "Dirección",
        "postal_code": "Código postal",
        "preferred_language": "Idioma",
    },
    encounters="Nuestros encuentros",
    encounters_intro="Cada vez que nos vimos o hablamos, en el orden en que pasó.",
    encounters_none="No escribí sobre ningún encuentro en este período.",
    minutes="{n} minutos",
    their_story="Lo que pasó, en sus palabras",
    what_they_want="Lo que usted quería hacer",
    how_can_i_help="Cuando le pregunté “¿Cómo puedo ayudarle?”",
    how_can_i_help_older="Cuando le pregunté “¿Cómo puedo ayudarle?”, y lo que hice",
    what_i_did="Lo que hice",
    nothing_written="Esa vez no se anotó nada más.",
    goals="Sus metas",
    goals_intro="Lo que usted se propuso, en sus palabras.",
    goals_none="No se anotaron metas en este período.",
    goal_set_on="Propuesta el {date}",
    goal_active="Todavía trabajando en ella",
    goal_met="Cumplida el {date}",
    goal_set_aside="Dejada a un lado el {date}",
    checkins="Sus chequeos",
    checkins_intro=(
        "Su propia mirada a las partes de la vida que le importan, cada una de 1 (difícil "
        "ahora) a 5 (va bien). No hay total ni puntaje: cada parte vale por sí misma. Cada "
        "dibujo muestra una parte a lo largo del tiempo, con su número en cada punto; un "
        "pequeño ▲ debajo de un dibujo marca el día en que usted cumplió una meta."
    ),
    checkins_none="No hizo ningún chequeo en este período.",
    chart_latest="Lo más reciente: {rating} el {date}.",
    chart_first="La primera vez: {rating} el {date}.",
    checkin_on="Chequeo del {date}",
    part="Parte de la vida",
    how_it_goes="1 a 5",
    in_your_words="En sus palabras",
    numbers_heading="Sus números, chequeo por chequeo (— quiere decir que esa vez no)",
    words_heading="Lo que usted dijo, en sus palabras",
    language_names={
        "en": "inglés",
        "es": "español",
        "fr": "francés",
        "pt": "portugués",
        "zh": "chino",
        "vi": "vietnamita",
        "ar": "árabe",
        "so": "somalí",
        "ht": "criollo haitiano",
        "ru": "ruso",
        "ko": "coreano",
        "tl": "tagalo",
    },
    consents="Sus consentimientos",
    consents_intro=(
        "Cada vez que usted aceptó por escrito que yo compartiera información con alguien."
    ),
    consents_none="No firmó ningún consentimiento en este período.",
    consent_to="Con quién",
    consent_purpose="Para qué",
    consent_information="Qué se podía compartir",
    consent_signed_on="Firmado el",
    consent_expires_on="Termina el",
    consent_expires_when="Termina cuando",
    consent_revoked_on="Usted lo retiró el",
    consent_signature="Su firma",
    consent_signed_on_screen="Firmado en la pantalla",
    referrals="Remisiones",
    referrals_intro="Cada vez que le puse en contacto con alguien, y quién lo recibió.",
    referrals_none="No hubo remisiones en este período.",
    referral_to="Quién la recibió",
    referral_kind="Qué tipo de ayuda",
    referral_reason="Por qué, en sus palabras",
    referral_request="Lo que usted pidió",
    referral_made_on="Hecha el",
    referral_status="{status}",
    referral_status_on="{status} ({date})",
    disclosures="Quién recibió su información",
    disclosures_intro=(
        "Cada carta sobre usted que salió de mi diario: cuándo, a quién y con cuál de sus "
        "consentimientos."
    ),
    disclosures_none="Ninguna carta sobre usted salió de mi diario en este período.",
    disclosure_when="Cuándo",
    disclosure_to="A quién",
    disclosure_consent="Su consentimiento firmado el",
    disclosure_fingerprint="Huella",
    fingerprint_note=(
        "La huella es un código corto que coincide solo con la carta exacta que se envió."
    ),
    closing="Gracias por dejarme acompañarle. Esta copia es suya.",
    modes={
        "in_person": "En persona",
        "phone": "Por teléfono",
        "video": "Por video",
        "text": "Por mensaje de texto",
        "outreach": "Alcance comunitario",
    },
    settings={
        "community": "en la comunidad",
        "emergency_department": "en la sala de emergencias",
        "jail": "en la cárcel",
        "home": "en casa",
        "recovery_center": "en el centro de recuperación",
        "treatment_center": "en el centro de tratamiento",
        "shelter": "en el albergue",
        "other": "",
    },
    kinds={
        "treatment": "tratamiento",
        "medication": "medicación",
        "mental_health": "salud mental",
        "medical": "atención médica",
        "housing": "vivienda",
        "employment": "trabajo",
        "mutual_aid": "ayuda mutua",
        "legal": "ayuda legal",
        "other": "otro apoyo",
    },
    statuses={
        "draft": "Todavía no enviada",
        "sent": "Enviada",
        "scheduled": "Cita hecha",
        "attended": "Usted fue",
        "declined": "Rechazada",
        "closed": "Cerrada",
    },
    unknown_recipient="(ya no está en mi diario)",
)


def copy_words(language: str) -> CopyWords:
    """The copy's wording: Spanish for "es", else English."""
    return _SPANISH if language == "es" else _ENGLISH
