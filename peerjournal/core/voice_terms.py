"""The trigger phrases of the voice layer (see core/voice.py): whose words a phrase is.

Data only. Each entry is `(first words, rest)` for `textscan.WordPatterns`
(`word`, `prefix*`, `=CaseSensitive`, then a regular expression for what
follows, matched ignoring case). Built from bounded pieces only, so matching
stays linear.

The categories follow ConText (Harkema, Dowling, Thornblade and Chapman, "ConText:
an algorithm for determining negation, experiencer, and temporal status from
clinical reports", J Biomed Inform 42(5), 2009): a trigger has a category, a
direction (it governs what follows it, what precedes it, or both) and a scope
(its clause, or its sentence) that clause boundaries and other triggers end.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A set of the words of `text` (lists of words stay readable as text)."""
    return frozenset(text.split())


Entry = tuple[str, str]

_WHO = r"(?:she|he|they|I|we|the\s+(?:person|client|participant|patient))"
# Someone other than the person and the writer: family, clinicians, the justice
# system, papers. As the subject of a clause, what follows is theirs.
OTHER_PEOPLE_WORDS = (
    "mom mother mum mama mom's dad father papa dad's parent parents brother brothers sister "
    "sisters sibling siblings son sons daughter daughters kid kids child children baby "
    "husband wife spouse partner boyfriend girlfriend fiance fiancé fiancee fiancée ex "
    "uncle aunt auntie cousin cousins grandmother grandma granny grandfather grandpa "
    "grandparents niece nephew friend friends roommate neighbor neighbour family relatives "
    "coworker boss sponsor pastor "
    "doctor doctors doc dr physician physicians psychiatrist psychiatrists psychologist "
    "therapist therapists counselor counsellor counselors clinician clinicians nurse nurses "
    "prescriber prescribers =PCP =NP =PA =APRN =OB =OBGYN midwife practitioner pharmacist "
    "provider providers assessor evaluator center centre board parole probation =VA =EMS "
    "caseworker worker manager team staff intake =ER =ED hospital clinic program psychiatry "
    "court courts judge =PO officer attorney lawyer =CPS =DCFS =DHS =DCF agency "
    "letter letters papers paperwork chart records record report summary note notes "
    "evaluation assessment discharge referral insurance insurer insurers =Medicaid =Medicare "
    "payer "
    "madre mamá mama padre papá papa hermano hermana hijo hija esposo esposa pareja "
    "médico medico doctora psiquiatra terapeuta consejero consejera juez tribunal"
)

# --- the writer's own voice: ends any other trigger's scope ---------------------------
WRITER: tuple[Entry, ...] = (
    ("i we", r"\s+(?:(?:\w+ly|also|still|do|would|will|must|am|are|was)\s+){0,2}"
     r"(?:recommend\w*|suggest\w*|advise\w*|propos\w+|urge\w*)"),
    ("i we", r"[’'](?:d|m|ve)\s+(?:\w+\s+)?(?:recommend\w*|suggest\w*|advise\w*|propos\w+|urge)"),
    ("i we", r"\s+(?:(?:\w+ly|also|still|do|really)\s+){0,2}(?:think|believe|feel|"
     r"find|consider|assess|see|am\s+(?:concerned|worried|confident))\b"),
    ("in", r"\s+my\s+(?:\w+\s+)?(?:opinion|view|judgment|judgement|assessment|experience)"),
    ("my our", r"\s+(?:\w+\s+)?(?:recommendation|opinion|assessment|impression|plan|view|read|"
     r"take|sense|guess|advice|suggestion)s?"),
    ("i we", r"\s+(?:want|would\s+like|[’']d\s+like)\s+(?:her|him|them)\s+to"),
    ("i we", r"[’']d\s+like\s+(?:her|him|them)\s+to"),
    # the writer's own certainty or judgment ("I'm fairly confident…", "my hunch is…")
    ("i", r"(?:[’']m|\s+am)\s+(?:\w+ly\s+)?(?:confident|sure|certain|convinced|concerned|"
     r"worried)\b"),
    ("my our", r"\s+(?:\w+\s+)?(?:thoughts?|hunch|feeling|belief|concern|worry|"
     r"conclusion|observation|understanding|gut)\b"),
    # what the evidence tells the writer ("…, which tells me he's in withdrawal")
    ("which this that it everything all", r"\s+(?:(?:all|really|just|also|clearly)\s+)?"
     r"(?:tells?|told|shows?|showed|suggests?)\s+(?:me|us)\b"),
    # a letter's own statements ("I am writing to request…", "I want to highlight that…")
    ("i we", r"(?:[’']m|\s+am|\s+are)\s+writing\s+(?:to|on|in|because)"),
    ("i we", r"(?:\s+(?:want|wish|would\s+like)|[’']d\s+like)\s+to\s+(?:highlight|note|"
     r"emphasi[sz]e|stress|add|mention|point\s+out|clarify|underline|flag|state|request|"
     r"recommend|make\s+clear|be\s+clear)"),
    ("please", r"\s+(?:note|be\s+aware|know|accept)\b"),
    # a counterfactual that voices the writer's own choice
    ("if", r"\s+(?:it\s+were|it\s+was)\s+up\s+to\s+(?:me|us)"),
    ("if", r"\s+(?:I|we)\s+(?:had\s+(?:my|our)\s+way|were\s+(?:in\s+charge|deciding|her|him|"
     r"them|you))"),
    ("yo", r"\s+(?:recomiendo|sugiero|creo|pienso)"),
    ("recomiendo sugiero creo pienso", ""),
)

# --- reported speech, thought or decision: forward, to the end of the sentence --------
REPORTED: tuple[Entry, ...] = (
    (
        "says said say saying tells told tell telling states stated stating reports reported "
        "reporting shares shared sharing mentions mentioned mentioning explains explained "
        "describes described discloses disclosed admits admitted claims claimed insists "
        "insisted wrote writes noted notes indicated indicates expressed expresses "
        "feels felt believes believed thinks thought knows knew worries worried fears "
        "feared denies denied identifies identified calls called considers considered "
        "decided decides chose agrees agreed realized realizes suspects suspected "
        "wonders wondered heard learned",
        "",
    ),
    ("according", r"\s+to"),
    ("read reads", r"\s+(?:that|somewhere|online)"),
    ("per", r"\s+(?:her|his|their|the|a|Dr\.?|(?-i:[A-Z])\w+)(?!\s+(?:day|week|month|dose)\b)"),
    ("in", r"\s+(?:her|his|their|the\s+person[’']s)\s+(?:own\s+)?words"),
    ("her his their", r"\s+(?:own\s+)?words"),
    ("as", r"\s+(?:she|he|they)\s+(?:puts?|put\s+it|calls?\s+it|says?|said|sees?\s+it)"),
    ("from", r"\s+(?:her|his|their)\s+(?:point\s+of\s+view|perspective)"),
    ("self", r"[- ](?:reports?|reported|identifies|identified|described|diagnosed)"),
    ("dice dijo decía contó cuenta comenta comentó cree piensa siente según", ""),
)

# --- someone else's advice or decision: theirs only when their subject is someone else
# ("his psychiatrist suggested he try lithium"; "residential is recommended" stays the
# writer's) -------------------------------------------------------------------------------
OTHERS_ADVICE: tuple[Entry, ...] = (
    (
        "suggested suggests recommended recommends advised advises urged urges prescribed "
        "prescribes ordered orders expects expected placed "
        "diagnosed started",
        "",
    ),
)

# --- the person's wish, ask or question: forward, to the end of the clause ------------
WISHES: tuple[Entry, ...] = (
    (
        "want wants wanted wanting wish wishes wished hope hopes hoped hoping ask asks asked "
        "asking request requests requested requesting interested wonder wonders wondering "
        "curious prefer prefers preferred considering seek seeks seeking sought planning "
        "willing chooses inquired inquiring excited goal goals prefers",
        "",
    ),
    ("would", r"\s+(?:like|love|prefer)"),
    ("i she he they we", r"[’']d\s+(?:like|love|prefer)"),
    ("thinking", r"\s+(?:about|of)"),
    ("looking", r"\s+(?:for|into|at)"),
    ("plan plans", r"\s+to"),
    ("ready", r"\s+(?:for|to)"),
    ("open", r"\s+to"),
    ("question questions questioned", r"\s+(?:about|whether|if)"),
    ("trying", r"\s+to\s+(?:get|find)"),
    ("i", r"\s+(?:really\s+|just\s+|still\s+|think\s+I\s+|know\s+I\s+|feel\s+(?:like\s+)?I\s+)?"
     r"(?:need|have\s+to|must|should|gotta|got\s+to|wanna|am\s+ready)\b"),
    ("i", r"[’'](?:m\s+ready|d\s+like|d\s+love)"),
    (
        "quiere quiero quieren quería queria querría querria quisiera pidió pidio pide piden "
        "pedía pedia desea deseo interesado interesada interesados interesadas espera esperaba "
        "busca buscando necesito",
        "",
    ),
    ("pregunt*", r"\w*"),
    ("solicit*", r"\w*"),
    ("le me les nos", r"\s+gustar[ií]a"),
    ("tengo", r"\s+que"),
)

# --- a topic, not a person: forward, a few words ---------------------------------------
TOPICS: tuple[Entry, ...] = (
    (
        "training trainings workshop workshops class classes course courses webinar webinars "
        "seminar seminars presentation presentations lecture talk conference session sessions "
        "group groups meeting meetings brochure brochures pamphlet pamphlets handout handouts "
        "flyer flyers article articles book books video videos podcast information info "
        "education curriculum module research study studies awareness materials resources "
        "film panel forum night event events evening evenings fair day days",
        r"\s+(?:on|about|regarding|for|covering|around)",
    ),
    ("learn learned learning learns read reading teach teaches taught educate educated",
     r"\s+(?:more\s+)?about"),
    ("myths facts stigma", r"\s+(?:about|of|around)"),
    ("focused focusing focuses centered centred devoted dedicated geared", r"\s+(?:on|to|around)"),
    ("what", r"\s+(?:is|are)"),
    ("people", r"\s+(?:with|who\s+have|living\s+with)"),
    # (not "presents as someone with…", "acts like someone with…": the writer's likening)
    ("anyone someone somebody", r"(?<!as someone)(?<!like someone)(?<!as somebody)"
     r"(?<!like somebody)\s+(?:with|who\s+has)"),
    ("taller charla grupo folleto", r"\s+(?:sobre|de)"),
)

# --- a request that a clinician decide, a question, a hypothetical: forward -----------
REQUESTS: tuple[Entry, ...] = (
    ("please", r"\s+(?:\w+\s+){0,2}(?:evaluat\w*|assess\w*|determin\w*|consider\w*|review\w*|"
     r"screen\w*|decid\w*|see|let|advis\w*|talk|discuss\w*|look)"),
    ("would could can", r"\s+you\s+(?:please\s+)?(?:\w+\s+)?(?:evaluat\w*|assess\w*|determin\w*|"
     r"consider\w*|review\w*|screen\w*|decid\w*|see|let|look|advise|tell)"),
    ("evaluate evaluating evaluated evaluation assess assessing assessed assessment determine "
     "determining screen screening screened", r"\s+(?:\w+\s+){0,3}(?:whether|if|for|what)"),
    ("for", r"\s+(?:an?\s+|your\s+|further\s+)?(?:evaluation|assessment|screening|diagnosis|"
     r"determination|review|consideration)"),
    ("whether", ""),
    ("if", r"\s+(?:\w+\s+){0,4}(?:might|may|could|would|should)\b"),
    ("rule", r"\s+out"),
    ("to", r"\s+see\s+(?:if|whether)"),
    ("your", r"\s+(?:clinical\s+|professional\s+)?(?:judgment|judgement|assessment|evaluation|"
     r"expertise|opinion|decision|call)"),
    ("up", r"\s+to\s+(?:you|the\s+(?:clinician|doctor|prescriber|team))"),
    ("ask talk speak check discuss", r"\s+(?:with|to)\s+(?:her|his|their|the|a|your)\s+"
     r"(?:\w+\s+)?(?:doctor|prescriber|psychiatrist|provider|clinician|nurse|pharmacist|"
     r"physician|PCP|team|counselor|therapist)"),
    ("ask asks asked", r"\s+(?:her|his|their|the|a|your)\s+(?:\w+\s+)?(?:doctor|prescriber|"
     r"psychiatrist|provider|clinician|nurse|pharmacist|physician|PCP|team)"),
    ("that", r"\s+is\s+(?:a\s+)?(?:decision|question|call)\s+for"),
    ("si", r"\s+(?:\w+\s+){0,3}(?:podr[ií]a|deber[ií]a)"),
    ("evaluar", r"\s+si"),
)

# --- an earlier decision by an unnamed clinician, reported: forward, its clause ----------
# ("she was diagnosed with PTSD in 2019", "he has a diagnosis of bipolar disorder", "she
# was placed at level 2.1"): someone else decided it; the writer reports it.
EARLIER_DECISIONS: tuple[Entry, ...] = (
    (
        "was were is are been being got get gets",
        r"\s+(?:(?:\w+ly|first|later|also|once|then)\s+)?(?:diagnosed|placed|assessed|"
        r"evaluated|screened|found\s+to\s+have|labell?ed|coded)",
    ),
    ("has have had", r"\s+(?:a|an|the)\s+(?:\w+\s+)?(?:diagnosis|dx)\s+of"),
    ("fue", r"\s+diagnosticad[oa]"),
)

# --- a hypothetical: forward, to the end of its clause ("if she needs detox, I can…") --
HYPOTHETICALS: tuple[Entry, ...] = (
    ("if unless", ""),
    ("in", r"\s+case"),
    ("si", ""),
)

# --- negation: forward, a few words -------------------------------------------------------
NEGATIONS: tuple[Entry, ...] = (
    ("never not", r"\s+(?:been\s+|yet\s+)?(?:diagnosed|formally\s+diagnosed)"),
    ("no", r"\s+(?:history|sign|signs|evidence|diagnosis)\s+of"),
    ("denies denied deny", ""),
    ("without", r"\s+(?:a\s+|any\s+)?diagnos\w+"),
    ("nunca no", r"\s+(?:ha\s+sido\s+)?diagnosticad[oa]"),
)

# "by her psychiatrist" after a phrase: the agent of a passive, someone else.
AGENT_BY = r"\s+(?:her|his|their|the|a|an|my)\s+(?:\w+\s+){0,2}"

# Words after which a noun is an object, not a subject ("lives with her mom").
OBJECT_BEFORE = _words(
    "with to for about of from at by on in like around near after before than per under during "
    "into through across as over visited visits visit called calls call saw sees see helps helped "
    "help loves loved misses missed hates met meets lost caring supporting support supports cares "
    "texted texts raising raised raise left leave leaves"
)
