"""The words the scope-of-practice check looks for (see core/scope.py).

Data only, so the lists can be read and extended without touching the logic.
Each entry is `(first words, rest)` for `textscan.WordPatterns`: the words that
can start the phrase (`word`, `prefix*`, `=CaseSensitive`),
then a regular expression for what follows. Matching ignores case.

Every `rest` is built from bounded pieces (no nested unbounded repeats), so
matching stays linear in the length of the text.

Sources for the practice behind the lists: SAMHSA, "Core Competencies for Peer
Workers in Behavioral Health Services" (2015) and the NAADAC / NCPRSS peer
recovery specialist codes of ethics (peers do not diagnose or prescribe); The
ASAM Criteria, 3rd ed. (2013) for the levels of care; ICD-10-CM chapter F and
DSM-5 (2013) for the diagnostic names, codes and specifiers.
"""

from __future__ import annotations

Entry = tuple[str, str]

# --- Why each kind of finding is a finding (shown to the peer) ---------------------

WHY_DIAGNOSIS = (
    "A diagnosis: a peer specialist does not diagnose; describe what the person says instead."
)
WHY_SEVERITY = (
    "A diagnosis with a severity or course (mild, moderate, severe, in remission): "
    "only a clinician assesses that; describe what the person says instead."
)
WHY_CODE = (
    "A diagnostic code, manual or criteria: a peer specialist does not diagnose; "
    "leave codes and criteria to the clinician."
)
WHY_LEVEL_ASSESSMENT = (
    "A level-of-care assessment: a peer specialist does not place people in a level of care; "
    "write what the person asks for instead."
)
WHY_LEVEL_OF_CARE = (
    "A recommendation of a level of care or a treatment: a peer specialist does not "
    "recommend one; write what the person asks for, in their words."
)

# --- Shared pieces -----------------------------------------------------------------

_SEVERITY_WORDS = "mild moderate severe"
_SEVERITY_REST = r"(?:[- ]to[- ](?:moderate|severe))?\s+"
_SUBSTANCE_WORDS = (
    "opioid opiate alcohol substance stimulant cannabis marijuana cocaine crack "
    "methamphetamine amphetamine meth sedative hypnotic anxiolytic benzodiazepine benzo "
    "tobacco nicotine hallucinogen inhalant heroin fentanyl drug polysubstance gambling "
    "phencyclidine pcp other"
)
_SUBSTANCE = "(?:" + "|".join(_SUBSTANCE_WORDS.split()) + ")"
_RELATED = r"(?:[- ](?:related|induced))?"
# "alcohol and opioid use disorder": up to three more substances before "use disorder".
_MORE_SUBSTANCES = (
    rf"{_RELATED}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*){_SUBSTANCE}{_RELATED}){{0,3}}"
)
# "treatment for opioid use disorder", "SUD services": the name of a service, not a diagnosis.
_NOT_A_SERVICE = (
    r"(?!\s+(?:treatment|services?|programs?|clinics?|providers?|care|counsel\w*|"
    r"specialists?|teams?|medications?)\b)"
)
_USE_DISORDER = rf"use\s+disorders?{_NOT_A_SERVICE}"
_ADDICT_ADJECTIVE = (
    r"(?:(?:recovering|functioning|active|chronic|drug|heroin|opioid|crack|meth|alcohol|pill|"
    r"real|total)\s+)?"
)
_ADDICT = rf"\s+(?:an?\s+)?{_ADDICT_ADJECTIVE}(?:alcoholic|addict)s?"

# --- Diagnoses: a finding wherever they stand ---------------------------------------

DIAGNOSES: tuple[Entry, ...] = (
    # use disorders, with optional severity and lists ("alcohol and opioid use disorder")
    (_SEVERITY_WORDS, _SEVERITY_REST + rf"(?:{_SUBSTANCE}{_MORE_SUBSTANCES}\s+)?{_USE_DISORDER}"),
    (_SUBSTANCE_WORDS, _MORE_SUBSTANCES + r"\s+" + _USE_DISORDER),
    ("use", r"\s+disorders?" + _NOT_A_SERVICE),
    ("=OUD =AUD =SUD =StUD =CUD =MDD =GAD =BPD =SMI =PTSD =ADHD =OCD =TEPT =TDAH", _NOT_A_SERVICE),
    ("=C", r"(?-i:-?PTSD)"),
    ("=CPTSD", ""),
    # dependence (ICD-10 "opioid dependence" F11.2; DSM-IV "alcohol dependence")
    (_SEVERITY_WORDS, _SEVERITY_REST + rf"(?:{_SUBSTANCE}|chemical|physical)\s+dependen(?:ce|cy)"),
    (_SUBSTANCE_WORDS + " chemical physical physiological", r"\s+dependen(?:ce|cy)"),
    (_SUBSTANCE_WORDS, r"[- ]dependent"),
    # depression as a condition someone has, not a feeling
    (
        "has have had having with her his their my your clinical major chronic severe "
        "moderate mild postpartum",
        r"\s+depression",
    ),
    ("post", r"-partum\s+depression"),
    ("of", r"(?<!feeling of)(?<!feelings of)\s+depression"),
    ("treatment", r"[- ]resistant\s+depression"),
    ("diagnosed", r"\s+with\s+depression"),
    ("history", r"\s+of\s+depression"),
    ("clinically", r"\s+depressed"),
    ("major", r"\s+depressive\s+(?:disorder|episode)s?"),
    ("depressive", r"\s+(?:disorder|episode)s?"),
    ("persistent", r"\s+depressive\s+disorder"),
    ("dysthymia dysthymic cyclothymia cyclothymic", ""),
    ("manic", r"[- ]depressi(?:on|ve)"),
    ("bipolar", r"(?:\s+(?:disorder|depression|type\s+(?:I{1,2}|[12])|I{1,2}|[12])\b)?"),
    ("schizophrenia schizophrenic schizophrenics", ""),
    ("schizoaffective", r"(?:\s+disorder)?"),
    ("schizoid", r"(?:\s+personality(?:\s+disorder)?)?"),
    ("post", r"[- ]?traumatic\s+stress(?:\s+disorder)?"),
    ("posttraumatic", r"\s+stress(?:\s+disorder)?"),
    ("generalized generalised social", r"\s+anxiety\s+disorders?"),
    ("anxiety panic", r"\s+disorders?"),
    ("obsessive", r"[- ]compulsive(?:\s+disorder)?"),
    ("attention", r"[- ]deficit(?:[\s/-]+hyperactivity)?(?:\s+disorder)?"),
    (
        "borderline antisocial narcissistic histrionic paranoid schizotypal avoidant",
        r"\s+personality(?:\s+disorder)?",
    ),
    ("personality", r"\s+disorders?"),
    ("psychosis psychoses", ""),
    ("drug alcohol substance meth stimulant cannabis marijuana", r"[- ]induced\s+psychos[ie]s"),
    ("psychotic", r"\s+(?:disorder|episode|break|features|symptoms)"),
    ("is was are were became", r"\s+psychotic"),
    ("eating", r"\s+disorders?"),
    ("anorexia bulimia", r"(?:\s+nervosa)?"),
    ("autism", r"\s+spectrum\s+disorder"),
    ("neurocognitive", r"\s+disorders?"),
    ("dementia", ""),
    ("adjustment mood conduct", r"\s+disorders?"),
    ("substance drug alcohol", r"[- ]induced\s+(?:mood\s+|depressive\s+|anxiety\s+)?disorders?"),
    ("serious severe persistent chronic", r"\s+mental\s+illness(?:es)?"),
    ("has have had having", r"\s+(?:an?\s+)?mental\s+illness"),
    ("is are was were", r"\s+mentally\s+ill"),
    ("dual", r"\s+diagnos[ie]s"),
    ("co", r"-?occurring\s+(?:disorders?|conditions?|mental\s+illness)"),
    ("cooccurring", r"\s+(?:disorders?|conditions?)"),
    # addiction stated as what the person "has" or "is"
    (
        "has have had having suffers suffer suffering diagnosed",
        r"(?:\s+(?:from|with))?\s+(?:an?\s+)?(?:(?:severe|serious|chronic|opioid|opiate|drug|"
        r"alcohol|heroin|fentanyl|meth|cocaine|crack|pill|gambling|substance)\s+)?"
        r"(?:addiction|alcoholism)",
    ),
    ("her his their my chronic severe", r"\s+alcoholism"),
    ("is am are was were", _ADDICT),
    ("i you we they she he", r"[’'](?:m|re|s)" + _ADDICT),
    # named as a diagnosis: the condition that follows joins the finding when it is known
    # (not "never diagnosed with", "not diagnosed with": no diagnosis is stated)
    (
        "diagnosed diagnosis diagnoses",
        r"(?<!never\sdiagnosed)(?<!not\sdiagnosed)(?<!not\sbeen\sdiagnosed)"
        r"\s+(?:with|of|as)(?:\s+an?)?",
    ),
    ("dx", r"\s*(?:of\b|with\b|:)"),
    # Spanish
    (
        "trastorno trastornos",
        r"\s+(?:por\s+consumo\s+de\s+\w+|bipolar|depresivo(?:\s+mayor)?|"
        r"de\s+(?:estr[eé]s\s+postraum[aá]tico|ansiedad(?:\s+generalizada)?|p[aá]nico|"
        r"(?:la\s+)?personalidad(?:\s+\w+)?|d[eé]ficit\s+de\s+atenci[oó]n)|"
        r"l[ií]mite\s+de\s+(?:la\s+)?personalidad|obsesivo[- ]compulsivo|mental|psic[oó]tico)",
    ),
    ("esquizofrenia esquizofrénico esquizofrénica esquizofrenico esquizofrenica psicosis", ""),
    ("diagnosticado diagnosticada diagnosticados diagnosticadas", r"\s+con\s+depresi[oó]n"),
    (
        "tiene tenía tenia tuvo con padece sufre su",
        r"(?:\s+de)?\s+depresi[oó]n",
    ),
    (
        "diagnosticado diagnosticada diagnosticados diagnosticadas",
        r"\s+(?:con|de)(?:\s+una?)?",
    ),
    ("diagnóstico diagnostico", r"\s*(?:de\b|:)"),
    (
        "dependencia",
        r"\s+(?:al|del|de\s+la|de\s+los|de|a\s+la|a\s+los|a)\s+"
        r"(?:alcohol|opi\w+|drogas|sustancias|hero[ií]na|coca[ií]na|benzodiacepinas)",
    ),
    (
        "es soy eres son somos era",
        r"\s+(?:una?\s+)?(?:alcoh[oó]lic[oa]s?|adict[oa]s?|drogadict[oa]s?)",
    ),
)

# Course specifiers (DSM-5): a finding on their own.
SPECIFIERS: tuple[Entry, ...] = (
    ("in", r"\s+(?:(?:early|sustained|full|partial)\s+)?remission"),
    ("with", r"\s+physiological\s+dependence"),
    ("en", r"\s+remisi[oó]n(?:\s+(?:temprana|sostenida))?"),
)

# Codes, manuals and criteria.
CODES: tuple[Entry, ...] = (
    # ICD-10 chapter F: F10, F11.20, F11.2x, F32.9 …
    ("=F0* =F1* =F2* =F3* =F4* =F5* =F6* =F7* =F8* =F9*", r"\d(?:\.[0-9][0-9xX]{0,3})?"),
    # DSM-IV numeric codes of the usual diagnoses (303.90, 304.00, 296.xx, 309.81 …)
    # (scope.py drops one that follows "$", "€", "£", "." or ",": an amount, not a code)
    ("291 292 295 296 300 301 302 303 304 305 309", r"\.\d{1,2}(?![.,]?\d)"),
    ("=DSM", r"(?-i:(?:[- ]?(?:5(?:[- ]TR)?|IV(?:[- ]TR)?|V|III(?:[- ]R)?))?)"),
    ("=DSM5 =DSMIV", ""),
    ("=ICD", r"(?:[- ]?(?:9|10|11)(?:[- ]CM)?)?"),
    ("=ICD9 =ICD10 =ICD11", ""),
    (
        "meets meet met meeting",
        r"\s+(?:the\s+)?(?:full\s+)?(?:(?:DSM(?:[- ]?5)?|diagnostic|clinical)\s+)?criteria",
    ),
    ("cumple", r"\s+(?:con\s+)?(?:los\s+)?criterios"),
)

# ASAM levels: placing someone in a level of care is a finding on its own.
LEVEL_ASSESSMENTS: tuple[Entry, ...] = (
    (
        "=ASAM",
        r"(?:\s+(?:level|criteria|dimension)s?)?(?:\s+[0-4](?:\.[0-9])?(?:-?WM)?)?",
    ),
    ("level nivel", r"\s+[0-4]\.[0-9](?:-?WM)?"),
)

# Levels of care and treatments: a finding only when recommended (see scope.py).
LEVELS_OF_CARE: tuple[Entry, ...] = (
    ("medically clinically", r"\s+(?:managed|monitored|supervised)\s+withdrawal"),
    ("managed monitored supervised", r"\s+withdrawal"),
    ("withdrawal", r"\s+management"),
    ("detox*", r"\w*"),
    ("desintoxicación desintoxicacion desintoxicarse", ""),
    ("inpatient residential", ""),
    ("in", r"-patient"),
    ("rehab*", r"(?<!vocational rehab)(?<!physical rehab)(?<!occupational rehab)\w*"),
    ("=IOP =PHP =OTP =MAT =MOUD =MAUD =CBT =DBT =EMDR", ""),
    ("intensive", r"\s+outpatient"),
    ("outpatient", ""),
    ("partial", r"\s+hospitali[sz]ation"),
    ("day", r"\s+treatment"),
    ("hospitali*", r"[sz]\w+"),
    ("psych psychiatric", r"\s+(?:hold|unit|ward|admission|hospital\w*|facility)"),
    ("crisis", r"\s+(?:stabili[sz]ation|unit)"),
    ("higher lower appropriate right", r"\s+level\s+of\s+care"),
    ("level", r"\s+of\s+care"),
    ("sober", r"\s+(?:living|houses?|homes?)"),
    ("recovery", r"\s+(?:house|housing|residence|home)s?"),
    ("halfway oxford", r"\s+houses?"),
    ("therapeutic", r"\s+communit(?:y|ies)"),
    ("0* 1* 2* 3* 4* 5* 6* 7* 8* 9*", r"\d{0,2}[- ]day\s+(?:program|treatment|stay|rehab|detox)"),
    ("long", r"[- ]term\s+(?:treatment|care|program|residential)"),
    (
        "methadone buprenorphine bupe suboxone subutex sublocade brixadi zubsolv naltrexone "
        "vivitrol acamprosate disulfiram antabuse",
        "",
    ),
    ("medication medications", r"\s+for\s+(?:opioid|alcohol)\s+use\s+disorders?"),
    ("medication", r"[- ]assisted\s+(?:treatment|therapy|recovery)"),
    ("replacement substitution maintenance", r"\s+(?:therapy|treatment)"),
    ("taper tapering tapered antidepressant antidepressants antipsychotic antipsychotics", ""),
    ("mood", r"\s+stabili[sz]ers?"),
    ("psychiatric", r"\s+medications?"),
    # Spanish
    ("tratamiento", r"\s+(?:residencial|ambulatorio(?:\s+intensivo)?)"),
    ("programa", r"\s+residencial"),
    ("internamiento internado internada hospitalización hospitalizacion", ""),
    ("hospitalizado hospitalizada", ""),
    ("centro", r"\s+de\s+rehabilitaci[oó]n"),
    ("rehabilitación rehabilitacion metadona buprenorfina naltrexona", ""),
    ("vivienda casa", r"\s+de\s+recuperaci[oó]n"),
)

# Words that may follow a level of care and belong to its phrase ("residential program").
LEVEL_OF_CARE_TAIL = (
    r"(?:\s+(?:programs?|treatment|care|services|facilit(?:y|ies)|centers?|units?|clinics?|"
    r"maintenance|programa|centro))?"
)

# "treatment for opioid use disorder": a service the person may ask for, consumed so that
# its words are not read as a diagnosis.
SERVICES: tuple[Entry, ...] = (
    (
        "treatment services service programs program care help support counseling",
        r"\s+(?:for|of)\s+(?:(?:mild|moderate|severe)\s+)?(?:" + _SUBSTANCE + r"\s+)?"
        r"use\s+disorders?",
    ),
)

# --- Cues that decide whether a level of care is a recommendation --------------------

# The person's own wish, ask, question or view. Anything after one of these, in the
# same clause, is what the person wants, not what the writer recommends.
WISHES: tuple[Entry, ...] = (
    # the person speaking of their own need: "I need", "I have to", "I think I should"
    (
        "i",
        r"\s+(?:really\s+|just\s+|still\s+|think\s+I\s+|know\s+I\s+|feel\s+(?:like\s+)?I\s+)?"
        r"(?:need|have\s+to|must|should|gotta|got\s+to|want|wanna|am\s+ready)\b",
    ),
    ("i", r"[’'](?:m\s+ready|d\s+like|d\s+love)"),
    ("she he they we you", r"[’']d\s+(?:like|love|prefer)"),
    # reported speech or view of the person: "she says she needs", "he thinks he should"
    (
        "says said saying feels felt believes believed thinks thought knows knew decided "
        "realizes realized admits admitted agrees agreed",
        r"\s+(?:that\s+)?(?:she|he|they|I)\b",
    ),
    ("tells told", r"\s+(?:me|us)\b"),
    ("she he they", r"\s+(?:says|said|say)\b"),
    ("in", r"\s+(?:her|his|their|my)\s+(?:own\s+)?words"),
    ("according", r"\s+to\s+(?:her|him|them)"),
    (
        "want wants wanted wanting wish wishes wished hope hopes hoped hoping ask asks asked "
        "asking request requests requested requesting interested wonder wonders wondered "
        "wondering curious prefer prefers preferred considering seek seeks seeking sought "
        "planning willing chose chooses inquired inquiring excited goal goals",
        "",
    ),
    ("would", r"\s+(?:like|love|prefer)"),
    ("thinking", r"\s+about"),
    ("looking", r"\s+(?:for|into)"),
    ("plan plans", r"\s+to"),
    ("ready", r"\s+(?:for|to)"),
    ("open", r"\s+to"),
    ("decided", r"\s+to"),
    ("question questions questioned", r"\s+about"),
    ("trying", r"\s+to\s+get"),
    # Spanish
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
    ("dice dijo siente sintió sintio cree creyó creyo piensa pensó penso", r"\s+que"),
)

# The writer's recommendation (or statement of need) about the person.
RECOMMENDATIONS: tuple[Entry, ...] = (
    (
        "i",
        r"\s+(?:\w+\s+)?(?:think|believe|feel|know)\s+(?:that\s+)?"
        r"(?:she|he|they|the\s+person|this\s+person)\b",
    ),
    (
        "should must needs need ought has have will",
        r"(?:\s+to|\s+need\s+to)?\s+be\s+(?:placed|admitted|started|referred|transferred|"
        r"stepped\s+(?:up|down)|increased|decreased|raised|lowered|adjusted|changed|stopped|"
        r"tapered|moved|sent|evaluated|assessed|enrolled|prescribed|given|put\s+on)",
    ),
    ("recommend* suggest*", r"\w*"),
    ("advise advises advised advising advisable urge urges urged", ""),
    ("would could might", r"\s+benefit"),
    ("benefit benefits", r"\s+from"),
    ("needs need needed needing requires require required requiring must should", ""),
    ("ought has have", r"\s+to"),
    ("will", r"\s+need"),
    (
        "is are be seems seem",
        r"\s+(?:(?:\w+ly|very|most|more|also|not)\s+)?(?:appropriate|indicated|warranted|"
        r"necessary|needed|required|advised|advisable|best|recommended|suitable|essential|"
        r"an?\s+(?:(?:good|strong|ideal|great|perfect|excellent|appropriate)\s+)?"
        r"(?:candidate|fit))",
    ),
    ("would", r"\s+be\s+(?:best|ideal|appropriate|better|good|wise|beneficial|helpful)"),
    ("would", r"\s+(?:do|be)\s+(?:better|best|well)(?:\s+off)?"),
    (
        "best right safest only appropriate ideal",
        r"\s+(?:option|choice|fit|place|plan|setting|step)",
    ),
    ("next", r"\s+step"),
    ("please", r"\s+(?:admit|place|start|enroll|accept|evaluate|assess)"),
    ("candidate appropriate", r"\s+for"),
    ("placement", ""),
    ("medically", r"\s+necessary"),
    ("clinically", r"\s+indicated"),
    ("is are", r"\s+not\s+safe\s+for"),
    ("step", r"[- ]?(?:up|down)\s+to"),
    # Spanish
    ("recomiend* sugier*", r"\w*"),
    (
        "recomendado recomendada recomendados recomendadas recomendación recomendacion sugiero "
        "debe debería deberia deberían deberian deben necesita necesitan requiere requieren",
        "",
    ),
    ("se", r"\s+beneficiar[ií]a"),
    ("tiene", r"\s+que"),
    ("es", r"\s+(?:apropiad[oa]|necesari[oa]|indicad[oa])"),
)

# Practical help around a service (a ride, a phone number, a call): the peer's own work,
# which neutralizes a "needs" before it ("needs a ride to IOP").
LOGISTICS: tuple[Entry, ...] = (
    (
        "help",
        r"\s+(?:getting|to\s+get|finding|to\s+find|with|accessing|applying|paying|affording)",
    ),
    ("help", r"\s+(?:her|him|them|me)\s+(?:get|find|apply|access)"),
    (
        "ride rides transportation bus train taxi childcare phone number address directions "
        "information info paperwork insurance =ID form forms appointment appointments intake "
        "call calls calling contact visit someone somebody kids children babysitter find "
        "finding locate arrange arranging schedule scheduling book",
        "",
    ),
    ("learn read", r"\s+about"),
    ("find", r"\s+out"),
    ("look", r"\s+into"),
    ("child", r"\s+care"),
    ("babysit*", r"\w*"),
    ("ayuda", r"\s+para"),
    ("transporte información informacion llamar teléfono telefono cita", ""),
)

# --- Where one clause ends and the next begins -------------------------------------
# A wish governs only its own clause, so "She asked about detox, and I recommend
# inpatient" flags "recommend inpatient" only. Sentence punctuation always ends a
# clause (scope.py); a comma ends one only before these words.

COMMA_BREAK_WORDS = r"(?:and|so|then|while|yet|y|pero|I|she|he|they|we|yo|ella|él)\b"

CLAUSE_BREAK_WORDS: tuple[Entry, ...] = (
    ("but however although though whereas pero aunque", ""),
    ("sin", r"\s+embargo"),
    # "and I recommend", "and needs detox"
    ("and so y", r"(?=\s+(?:I|we|yo)\b)"),
    (
        "and so y",
        r"(?=\s+(?:(?:she|he|they|ella|él)\s+)?(?:really\s+)?"
        r"(?:needs?|should|must|requires?|would\s+benefit|necesita|debe)\b)",
    ),
)
