"""The wording of the printed documents, in English and Spanish.

Templates take the person's words as format *arguments* (never as a format
string), so braces in a name or a quote print as written. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peerjournal.core.models import ReferralKind

# 42 CFR §2.32(a)(1), "Statement 1", as amended by the 2024 final rule
# (89 FR 12472, Feb. 16, 2024), compared with the eCFR text as reproduced in
# several public sources. The wording is regulatory: do not edit it. The
# (i)-(iii) items are printed on their own lines, as the regulation sets them.
REDISCLOSURE_NOTICE_INTRO = (
    "This record which has been disclosed to you is protected by Federal confidentiality "
    "rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, "
    "or testimony that describes the information contained in this record, in any civil, "
    "criminal, administrative, or legislative proceedings by any Federal, State, or local "
    "authority, against the patient, unless authorized by the consent of the patient, "
    "except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance "
    "with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any "
    "other use or disclosure of this record unless at least one of the following applies:"
)
REDISCLOSURE_NOTICE_ITEMS = (
    "(i) Further use or disclosure is expressly permitted by the written consent of the "
    "individual whose information is being disclosed in this record or as otherwise "
    "permitted by 42 CFR part 2.",
    "(ii) You are a covered entity or business associate and have received the record for "
    "treatment, payment, or health care operations, or",
    "(iii) You have received the record from a covered entity or business associate as "
    "permitted by 45 CFR part 164, subparts A and E.",
)
REDISCLOSURE_NOTICE_CLOSING = (
    "A general authorization for the release of medical or other information is NOT "
    "sufficient to meet the required elements of written consent to further use or "
    "redisclose the record (see 42 CFR 2.31)."
)
REDISCLOSURE_NOTICE = " ".join(
    (REDISCLOSURE_NOTICE_INTRO, *REDISCLOSURE_NOTICE_ITEMS, REDISCLOSURE_NOTICE_CLOSING)
)

# 42 CFR §2.32(a)(2), "Statement 2" (2024): the short form, printed in the
# footer of every page of a letter so a page that travels alone still carries it.
REDISCLOSURE_NOTICE_SHORT = (
    "42 CFR part 2 prohibits unauthorized use or disclosure of these records."
)

# An informative Spanish translation; the official notice is the English one,
# which Spanish letters print first.
REDISCLOSURE_NOTICE_ES_INTRO = (
    "Este expediente que se le ha divulgado está protegido por las normas federales de "
    "confidencialidad (42 CFR parte 2). Estas normas le prohíben usar o divulgar este "
    "expediente, o testimonios que describan la información contenida en él, en cualquier "
    "procedimiento civil, penal, administrativo o legislativo de cualquier autoridad "
    "federal, estatal o local contra el paciente, salvo que lo autorice el consentimiento "
    "del paciente, excepto según lo previsto en 42 CFR 2.12(c)(5) o según lo autorice un "
    "tribunal de conformidad con 42 CFR 2.64 o 2.65. Además, las normas federales le "
    "prohíben hacer cualquier otro uso o divulgación de este expediente a menos que se "
    "cumpla al menos una de las siguientes condiciones:"
)
REDISCLOSURE_NOTICE_ES_ITEMS = (
    "(i) El consentimiento por escrito de la persona cuya información se divulga en este "
    "expediente permite expresamente el uso o la divulgación posterior, o lo permite de "
    "otro modo 42 CFR parte 2.",
    "(ii) Usted es una entidad cubierta o un socio comercial y ha recibido el expediente "
    "para tratamiento, pago u operaciones de atención médica, o",
    "(iii) Usted ha recibido el expediente de una entidad cubierta o de un socio comercial "
    "según lo permite 45 CFR parte 164, subpartes A y E.",
)
REDISCLOSURE_NOTICE_ES_CLOSING = (
    "Una autorización general para divulgar información médica o de otro tipo NO es "
    "suficiente para cumplir los requisitos del consentimiento por escrito para usar o "
    "volver a divulgar el expediente (véase 42 CFR 2.31)."
)

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
}  # fmt: skip


def format_date(day: date, language: str) -> str:
    """A date as a letter writes it: "March 5, 2025" or "5 de marzo de 2025"."""
    if language == "es":
        return f"{day.day} de {_MONTHS['es'][day.month - 1]} de {day.year}"
    return f"{_MONTHS['en'][day.month - 1]} {day.day}, {day.year}"


_KINDS = {
    "en": {
        ReferralKind.TREATMENT: "treatment",
        ReferralKind.MEDICATION: "medication",
        ReferralKind.MENTAL_HEALTH: "mental health",
        ReferralKind.MEDICAL: "medical care",
        ReferralKind.HOUSING: "housing",
        ReferralKind.EMPLOYMENT: "employment",
        ReferralKind.MUTUAL_AID: "mutual aid",
        ReferralKind.LEGAL: "legal help",
        ReferralKind.OTHER: "other support",
    },
    "es": {
        ReferralKind.TREATMENT: "tratamiento",
        ReferralKind.MEDICATION: "medicación",
        ReferralKind.MENTAL_HEALTH: "salud mental",
        ReferralKind.MEDICAL: "atención médica",
        ReferralKind.HOUSING: "vivienda",
        ReferralKind.EMPLOYMENT: "empleo",
        ReferralKind.MUTUAL_AID: "ayuda mutua",
        ReferralKind.LEGAL: "ayuda legal",
        ReferralKind.OTHER: "otro apoyo",
    },
}


def kind_label(kind: ReferralKind, language: str) -> str:
    """The referral kind in plain words."""
    return _KINDS["es" if language == "es" else "en"][kind]


@dataclass(frozen=True, slots=True, kw_only=True)
class CommonWords:
    """Labels every document shares."""

    page_of: str  # {page} {pages}
    phone: str
    fax: str
    email: str
    not_stated: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LetterWords:
    """The referral letter. {name} is the name the person uses, {peer} the peer."""

    title: str
    subject: str  # {name} (the full name, its one mention) {kind}
    goes_by: str  # label: the name they use
    pronouns: str
    date_of_birth: str
    greeting: str  # {clinician}
    greeting_m: str  # {clinician}, for "Dr." in Spanish
    greeting_f: str  # {clinician}, for "Dra." in Spanish
    asked_me: str
    who_i_am: str  # {peer} {at_org}
    who_i_am_unnamed: str  # {at_org}, when the profile has no name yet
    at_org: str  # {organization}
    not_a_clinician: str
    in_their_words: str
    their_request: str
    to_know: str
    going_well: str
    how_i_will_help: str
    reach_heading: str
    reach_directly: str
    reach_through_me: str
    reach_me: str
    address: str
    thanks: str
    closing: str
    signature: str
    consent_heading: str
    consent_intro: str
    person: str
    disclosed_by: str
    disclosed_to: str
    purpose: str
    information: str
    covers: str
    signed_on: str
    signed_on_screen: str  # {date}
    expires: str
    expires_or_when: str  # {date} {when}
    expires_when: str  # {when}
    revocable_label: str
    revocable: str
    notice_heading: str
    notice_translation: str  # empty in English
    draft_mark: str
    draft_no_consent: str  # {name}


@dataclass(frozen=True, slots=True, kw_only=True)
class FaxCoverWords:
    """The fax cover sheet sent before a letter. It never names the person:
    a front desk reads it."""

    title: str
    to: str
    fax: str
    phone: str
    sender: str
    date: str
    pages: str
    pages_value: str  # {pages}
    regarding: str
    regarding_value: str
    confidential_heading: str
    confidential: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentFormWords:
    """The printable written consent (42 CFR §2.31)."""

    title: str
    subtitle: str
    intro: str
    my_name: str
    who_may_disclose: str
    recipient: str
    purpose: str
    purpose_hint: str
    information: str
    information_hint: str
    covers_intro: str
    expiry: str
    expiry_text: str  # {date} {when}
    expiry_date: str  # {date}
    expiry_when: str  # {when}
    expiry_blank: str
    expiry_blank_date: str
    expiry_blank_event: str
    revoke: str
    revoke_text: str  # {peer}
    revoke_reach: str  # {contact}
    choice: str
    choice_text: str
    redisclosure: str
    redisclosure_text: str
    signature: str
    signature_person: str
    date: str
    representative: str
    representative_name: str
    representative_signature: str
    printed_on: str  # {date}
    signed_on_screen: str  # {date}


@dataclass(frozen=True, slots=True, kw_only=True)
class RecoverySheetWords:
    """The sheet that carries a vault's recovery key."""

    title: str
    what: str
    journal: str
    created_on: str
    key_heading: str
    why_heading: str
    why: str
    keep_heading: str
    keep: str
    use_heading: str
    use_window: str
    use_command: str
    command: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountingWords:
    """A person's accounting of disclosures."""

    title: str
    intro: str  # {name}
    date: str
    recipient: str
    purpose: str
    fingerprint: str
    overridden: str
    yes: str
    no: str
    none: str
    printed_on: str  # {date}
    fingerprint_note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Words:
    """All the wording of one language."""

    common: CommonWords
    letter: LetterWords
    consent_form: ConsentFormWords
    recovery_sheet: RecoverySheetWords
    accounting: AccountingWords
    fax_cover: FaxCoverWords
    covers: dict[str, str]  # Covers value -> what the consent calls it


_ENGLISH = Words(
    common=CommonWords(
        page_of="Page {page} of {pages}",
        phone="Phone",
        fax="Fax",
        email="Email",
        not_stated="not stated",
    ),
    letter=LetterWords(
        title="Referral letter",
        subject="Re: referral of {name} for {kind}",
        goes_by="Name they use",
        pronouns="Pronouns",
        date_of_birth="Date of birth",
        greeting="Dear {clinician},",
        greeting_m="Dear {clinician},",
        greeting_f="Dear {clinician},",
        asked_me="{name} asked me to write to you.",
        who_i_am="I am {peer}, a peer recovery specialist{at_org}. I walk alongside {name} "
        "as someone with lived experience of recovery.",
        who_i_am_unnamed="I am a peer recovery specialist{at_org}. I walk alongside {name} as "
        "someone with lived experience of recovery.",
        at_org=" at {organization}",
        not_a_clinician="I am not a clinician, and this letter does not assess or diagnose. "
        "It carries only what {name} agreed in writing to share.",
        in_their_words="In {name}'s own words:",
        their_request="What {name} is asking of you:",
        to_know="What {name} would like you to know:",
        going_well="What is going well, in {name}'s words:",
        how_i_will_help="How I will help:",
        reach_heading="How to reach {name}",
        reach_directly="{name} welcomes a call or message from you directly:",
        reach_through_me="Please contact me, and I will pass your message to {name} and help "
        "find a time that works.",
        reach_me="How to reach me:",
        address="Address",
        thanks="Thank you for making time for {name}. I am glad to help with anything that "
        "makes the first contact easier.",
        closing="With respect,",
        signature="Signature",
        consent_heading="Consent for this disclosure (42 CFR §2.31, §2.32(b))",
        consent_intro="{name} gave written consent for this letter. The consent's scope:",
        person="Person",
        disclosed_by="Disclosed by",
        disclosed_to="Disclosed to",
        purpose="Purpose",
        information="Information that may be disclosed",
        covers="It covers",
        signed_on="Signed on",
        signed_on_screen="{date} (signed on screen)",
        expires="Expires",
        expires_or_when="{date}, or when {when}",
        expires_when="when {when}",
        revocable_label="Revocation",
        revocable="{name} may revoke this consent at any time, except to the extent that "
        "action has already been taken in reliance on it.",
        notice_heading="Notice to the recipient: prohibition on redisclosure (42 CFR §2.32)",
        notice_translation="",
        draft_mark="DRAFT",
        draft_no_consent="Draft for {name} to read. No written consent covers this letter yet: "
        "it cannot be sent until {name} signs one.",
    ),
    consent_form=ConsentFormWords(
        title="Consent to disclose information",
        subtitle="Written consent under federal confidentiality rules (42 CFR part 2, §2.31)",
        intro="I agree that the peer recovery specialist named below may share the information "
        "described on this form with the recipient named below, for the purpose described "
        "here, and for no other purpose.",
        my_name="1. My name",
        who_may_disclose="2. Who may disclose the information",
        recipient="3. Who may receive it (the recipient)",
        purpose="4. Why it is shared (the purpose)",
        purpose_hint="For example: so I can make an appointment I asked for.",
        information="5. How much and what kind of information",
        information_hint="Say exactly what may be shared, including anything about substance "
        "use. For example: my name, how to reach me, and what I ask for in my own words.",
        covers_intro="It covers (ticked):",
        expiry="6. When this consent ends",
        expiry_text="This consent ends on {date}, or when {when}, whichever comes first.",
        expiry_date="This consent ends on {date}.",
        expiry_when="This consent ends when {when}.",
        expiry_blank="This consent ends on the date or when the event written here, whichever "
        "comes first:",
        expiry_blank_date="Date",
        expiry_blank_event="Or when (an event or condition)",
        revoke="7. My right to revoke (cancel) this consent",
        revoke_text="I may revoke this consent at any time, in writing, except to the extent "
        "that action has already been taken in reliance on it. To revoke it, I give or send a "
        "signed and dated note saying so to {peer}.",
        revoke_reach="Reach them at: {contact}",
        choice="8. Signing is my choice",
        choice_text="My treatment, payment, enrollment or eligibility for benefits does not "
        "depend on whether I sign this form. I may ask for a copy of it.",
        redisclosure="9. What the recipient may do with it",
        redisclosure_text="The information is sent with a notice that federal rules "
        "(42 CFR part 2) forbid the recipient to use or disclose it further, except as those "
        "rules allow.",
        signature="10. Signature",
        signature_person="Signature of the person named above",
        date="Date",
        representative="If a representative signs for the person:",
        representative_name="Their name and authority to sign (for example: guardian)",
        representative_signature="Signature of the representative",
        printed_on="Form printed on {date}",
        signed_on_screen="Signed on screen on {date}",
    ),
    recovery_sheet=RecoverySheetWords(
        title="PeerJournal recovery sheet",
        what="This sheet holds the recovery key of your PeerJournal journal. The key opens "
        "the journal if you ever forget your passphrase.",
        journal="Journal",
        created_on="Created on",
        key_heading="Recovery key",
        why_heading="Why it matters",
        why="Your journal is encrypted. Without your passphrase or this key, nobody can open "
        "it, not even you. Anyone who has this key and a copy of your journal file can read "
        "everything in it.",
        keep_heading="Keep it safe",
        keep="Keep this sheet on paper, offline, and away from the computer: a locked drawer, "
        "a safe, or a sealed envelope with someone you trust. Do not photograph it, scan it, "
        "or keep it in email, chat or the cloud.",
        use_heading="How to use it",
        use_window="In the window: on the unlock screen, click \u201cForgot passphrase?\u201d, "
        "type this key under \u201cRecovery key\u201d, choose a new passphrase, then click "
        "\u201cUnlock and set the new passphrase\u201d.",
        use_command="On the command line: save the key in a file only you can read, run the "
        "command below, choose a new passphrase, then delete the file.",
        command="peerjournal passwd --recovery-key-file FILE",
    ),
    accounting=AccountingWords(
        title="Accounting of disclosures",
        intro="Every letter about {name} printed or saved from this journal: when, to whom, "
        "and under which consent.",
        date="Date",
        recipient="Recipient",
        purpose="Purpose (consent)",
        fingerprint="Fingerprint (SHA-256)",
        overridden="Scope override",
        yes="Yes",
        no="No",
        none="No disclosures are recorded.",
        printed_on="Printed on {date}",
        fingerprint_note="The fingerprint identifies the exact PDF that was shared (its first "
        "12 characters are shown). A scope override means the peer printed the letter after the "
        "scope check flagged it, and recorded why.",
    ),
    fax_cover=FaxCoverWords(
        title="Fax cover sheet",
        to="To",
        fax="Fax",
        phone="Phone",
        sender="From",
        date="Date",
        pages="Pages",
        pages_value="{pages}, including this cover sheet",
        regarding="Regarding",
        regarding_value="A referral letter, sent with the written consent of the person it "
        "concerns",
        confidential_heading="Confidential",
        confidential="This fax holds health information protected by federal confidentiality "
        "rules (42 CFR part 2). It is meant only for the recipient named above. If you received "
        "it by mistake, please call the sender at once, do not read or share it, and destroy "
        "every page.",
    ),
    covers={
        "contact": "their contact details (phone, email, address)",
        "date_of_birth": "their date of birth",
        "their_words": "their reason and request, in their words",
        "going_well": "what is going well",
        "how_i_will_help": "how the peer specialist will help",
    },
)

_SPANISH = Words(
    common=CommonWords(
        page_of="Página {page} de {pages}",
        phone="Teléfono",
        fax="Fax",
        email="Correo electrónico",
        not_stated="no indicado",
    ),
    letter=LetterWords(
        title="Carta de remisión",
        subject="Asunto: remisión de {name} para {kind}",
        goes_by="Nombre que usa",
        pronouns="Pronombres",
        date_of_birth="Fecha de nacimiento",
        greeting="Estimado/a {clinician}:",
        greeting_m="Estimado {clinician}:",
        greeting_f="Estimada {clinician}:",
        asked_me="{name} me pidió que le escribiera.",
        who_i_am="Soy {peer}, especialista de apoyo entre pares{at_org}. Acompaño a {name} "
        "desde mi propia experiencia de recuperación.",
        who_i_am_unnamed="Soy especialista de apoyo entre pares{at_org}. Acompaño a {name} "
        "desde mi propia experiencia de recuperación.",
        at_org=" en {organization}",
        not_a_clinician="No formo parte del personal clínico, y esta carta no evalúa ni "
        "diagnostica. Solo transmite lo que {name} aceptó compartir por escrito.",
        in_their_words="En palabras de {name}:",
        their_request="Lo que {name} le pide:",
        to_know="Lo que {name} quiere que usted sepa:",
        going_well="Lo que va bien, en palabras de {name}:",
        how_i_will_help="Cómo voy a ayudar:",
        reach_heading="Cómo comunicarse con {name}",
        reach_directly="{name} prefiere que usted se comunique directamente:",
        reach_through_me="Por favor, comuníquese conmigo: haré llegar su mensaje a {name} y "
        "ayudaré a encontrar un momento que le convenga.",
        reach_me="Cómo comunicarse conmigo:",
        address="Dirección",
        thanks="Gracias por dedicar su tiempo a {name}. Con gusto ayudaré en lo que facilite "
        "el primer contacto.",
        closing="Atentamente,",
        signature="Firma",
        consent_heading="Consentimiento para esta divulgación (42 CFR §2.31, §2.32(b))",
        consent_intro="{name} dio su consentimiento por escrito para esta carta. Su alcance:",
        person="Persona",
        disclosed_by="Divulga",
        disclosed_to="Destinatario",
        purpose="Propósito",
        information="Información que puede divulgarse",
        covers="Incluye",
        signed_on="Firmado el",
        signed_on_screen="{date} (firmado en pantalla)",
        expires="Vence",
        expires_or_when="{date}, o cuando {when}",
        expires_when="cuando {when}",
        revocable_label="Revocación",
        revocable="{name} puede revocar este consentimiento en cualquier momento, salvo en la "
        "medida en que ya se haya actuado con base en él.",
        notice_heading="Aviso al destinatario: prohibición de volver a divulgar (42 CFR §2.32)",
        notice_translation="Traducción al español (informativa; el aviso oficial es el texto "
        "en inglés que precede):",
        draft_mark="BORRADOR",
        draft_no_consent="Borrador para que {name} lo lea. Todavía no hay un consentimiento "
        "por escrito para esta carta: no se puede enviar hasta que {name} lo firme.",
    ),
    consent_form=ConsentFormWords(
        title="Consentimiento para divulgar información",
        subtitle="Consentimiento por escrito según las normas federales de confidencialidad "
        "(42 CFR parte 2, §2.31)",
        intro="Acepto que el/la especialista de apoyo entre pares nombrado/a abajo comparta la "
        "información descrita en este formulario con el destinatario nombrado abajo, para el "
        "propósito aquí descrito y para ningún otro.",
        my_name="1. Mi nombre",
        who_may_disclose="2. Quién puede divulgar la información",
        recipient="3. Quién puede recibirla (el destinatario)",
        purpose="4. Para qué se comparte (el propósito)",
        purpose_hint="Por ejemplo: para poder pedir la cita que solicité.",
        information="5. Cuánta información y de qué tipo",
        information_hint="Indique exactamente qué se puede compartir, incluido lo relativo al "
        "consumo de sustancias. Por ejemplo: mi nombre, cómo comunicarse conmigo y lo que "
        "pido en mis propias palabras.",
        covers_intro="Incluye (lo marcado):",
        expiry="6. Cuándo termina este consentimiento",
        expiry_text="Este consentimiento termina el {date}, o cuando {when}, lo que ocurra "
        "primero.",
        expiry_date="Este consentimiento termina el {date}.",
        expiry_when="Este consentimiento termina cuando {when}.",
        expiry_blank="Este consentimiento termina en la fecha o cuando ocurra lo escrito aquí, "
        "lo que ocurra primero:",
        expiry_blank_date="Fecha",
        expiry_blank_event="O cuando (un hecho o condición)",
        revoke="7. Mi derecho a revocar (cancelar) este consentimiento",
        revoke_text="Puedo revocar este consentimiento en cualquier momento, por escrito, salvo "
        "en la medida en que ya se haya actuado con base en él. Para revocarlo, entrego o envío "
        "una nota firmada y fechada que lo diga a {peer}.",
        revoke_reach="Datos de contacto: {contact}",
        choice="8. Firmar es mi decisión",
        choice_text="Mi tratamiento, el pago, la inscripción o el derecho a beneficios no "
        "dependen de que firme este formulario. Puedo pedir una copia.",
        redisclosure="9. Lo que el destinatario puede hacer con ella",
        redisclosure_text="La información se envía con un aviso de que las normas federales "
        "(42 CFR parte 2) prohíben al destinatario usarla o divulgarla de nuevo, salvo lo que "
        "esas normas permitan.",
        signature="10. Firma",
        signature_person="Firma de la persona nombrada arriba",
        date="Fecha",
        representative="Si firma un representante en nombre de la persona:",
        representative_name="Su nombre y su autoridad para firmar (por ejemplo: tutor legal)",
        representative_signature="Firma del representante",
        printed_on="Formulario impreso el {date}",
        signed_on_screen="Firmado en pantalla el {date}",
    ),
    recovery_sheet=RecoverySheetWords(
        title="Hoja de recuperación de PeerJournal",
        what="Esta hoja contiene la clave de recuperación de su diario de PeerJournal. La clave "
        "abre el diario si alguna vez olvida su frase de contraseña.",
        journal="Diario",
        created_on="Creada el",
        key_heading="Clave de recuperación",
        why_heading="Por qué es importante",
        why="Su diario está cifrado. Sin su frase de contraseña o esta clave, nadie puede "
        "abrirlo, ni siquiera usted. Quien tenga esta clave y una copia del archivo del diario "
        "puede leer todo su contenido.",
        keep_heading="Guárdela en un lugar seguro",
        keep="Conserve esta hoja en papel, sin conexión y lejos de la computadora: un cajón con "
        "llave, una caja fuerte o un sobre cerrado con alguien de confianza. No la fotografíe, "
        "no la escanee y no la guarde en el correo, el chat ni la nube.",
        use_heading="Cómo usarla",
        # The labels quoted here are the Spanish window's own (resources/i18n/peerjournal_es.ts).
        use_window="En la ventana: donde se desbloquea el diario, haga clic en \u201c¿Olvidó "
        "su frase de contraseña?\u201d, escriba esta clave en \u201cClave de "
        "recuperación\u201d, elija una nueva frase de contraseña y haga clic en "
        "\u201cDesbloquear y poner la nueva frase\u201d.",
        use_command="En la línea de comandos: guarde la clave en un archivo que solo usted pueda "
        "leer, ejecute el comando de abajo, elija una nueva frase y luego borre el archivo.",
        command="peerjournal passwd --recovery-key-file ARCHIVO",
    ),
    accounting=AccountingWords(
        title="Registro de divulgaciones",
        intro="Cada carta sobre {name} impresa o guardada desde este diario: cuándo, a quién y "
        "con qué consentimiento.",
        date="Fecha",
        recipient="Destinatario",
        purpose="Propósito (consentimiento)",
        fingerprint="Huella digital (SHA-256)",
        overridden="Enviada pese a la revisión",
        yes="Sí",
        no="No",
        none="No hay divulgaciones registradas.",
        printed_on="Impreso el {date}",
        fingerprint_note="La huella digital identifica el PDF exacto que se compartió (se "
        "muestran sus primeros 12 caracteres). “Enviada pese a la revisión” significa que el/la "
        "especialista imprimió la carta después de que la revisión del rol la señalara, y anotó "
        "por qué.",
    ),
    fax_cover=FaxCoverWords(
        title="Portada de fax",
        to="Para",
        fax="Fax",
        phone="Teléfono",
        sender="De",
        date="Fecha",
        pages="Páginas",
        pages_value="{pages}, incluida esta portada",
        regarding="Asunto",
        regarding_value="Una carta de remisión, enviada con el consentimiento por escrito de la "
        "persona a quien se refiere",
        confidential_heading="Confidencial",
        confidential="Este fax contiene información de salud protegida por las normas federales "
        "de confidencialidad (42 CFR parte 2). Está dirigido solo al destinatario nombrado "
        "arriba. Si lo recibió por error, llame de inmediato a quien lo envió, no lo lea ni lo "
        "comparta, y destruya todas las páginas.",
    ),
    covers={
        "contact": "sus datos de contacto (teléfono, correo electrónico, dirección)",
        "date_of_birth": "su fecha de nacimiento",
        "their_words": "su motivo y su petición, en sus palabras",
        "going_well": "lo que va bien",
        "how_i_will_help": "cómo ayudará el/la especialista de apoyo entre pares",
    },
)


def words(language: str) -> Words:
    """The wording for a language code ("en" or "es"); English otherwise."""
    return _SPANISH if language == "es" else _ENGLISH
