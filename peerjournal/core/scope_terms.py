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


def _words(text: str) -> frozenset[str]:
    """A set of the words of `text` (lists of words stay readable as text)."""
    return frozenset(text.split())


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
WHY_SCORE = (
    "A clinical score (a withdrawal scale or a screening test): scoring is a clinician's "
    "assessment; describe what you saw and what the person says instead."
)
WHY_MEDICATION = (
    "Advice about a medication (starting, stopping, changing or dosing it): only a "
    "prescriber advises that; write what the person asks, and suggest they talk to their "
    "prescriber."
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
    r"specialists?|teams?|medications?|groups?|trainings?|workshops?|classes|class|units?|"
    r"awareness|month|field|research|policy|policies|grants?|coalition|conference|meetings?|"
    r"population|patients|community|resources|screenings?|curriculum)\b)"
)
_USE_DISORDER = rf"use\s+disorders?{_NOT_A_SERVICE}"
_ADDICT_ADJECTIVE = (
    r"(?:(?:recovering|functioning|active|chronic|drug|heroin|opioid|crack|meth|alcohol|pill|"
    r"real|total)\s+)?"
)
_ADDICT = (
    rf"\s+(?:(?:\w+ly|still|just|also)\s+)?(?:an?\s+)?{_ADDICT_ADJECTIVE}(?:alcoholic|addict)s?"
)

# --- Diagnoses: a finding wherever they stand ---------------------------------------

DIAGNOSES: tuple[Entry, ...] = (
    # use disorders, with optional severity and lists ("alcohol and opioid use disorder")
    (_SEVERITY_WORDS, _SEVERITY_REST + rf"(?:{_SUBSTANCE}{_MORE_SUBSTANCES}\s+)?{_USE_DISORDER}"),
    (_SUBSTANCE_WORDS, _MORE_SUBSTANCES + r"\s+" + _USE_DISORDER),
    ("use", r"\s+disorders?" + _NOT_A_SERVICE),
    # (not a scale's name: "the GAD-7 is a screening tool")
    ("=OUD =AUD =SUD =StUD =CUD =MDD =GAD =BPD =SMI =PTSD =ADHD =OCD =TEPT =TDAH",
     r"(?![- ]?\d)" + _NOT_A_SERVICE),
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
    ("psychosis psychoses mania agoraphobia", ""),
    ("manic hypomanic mixed", r"\s+(?:episode|phase|state)s?"),
    ("alcohol", r"\s+withdrawal\s+(?:delirium|seizures?|syndrome)"),
    ("withdrawal", r"\s+delirium"),
    ("delirium", r"\s+tremens"),
    ("=DTs =BPAD =SUDs", ""),
    # a withdrawal state asserted ("she's in opioid withdrawal", "textbook alcohol withdrawal")
    # (a bare "in withdrawal" only as a present state: "she's in withdrawal")
    ("in", r"(?<!while in)(?<!when in)(?<!time in)\s+(?:(?:(?:acute|active|full[- ]blown|early|"
     r"mild|moderate|severe|significant|serious|precipitated)\s+)(?:" + _SUBSTANCE + r"\s+)?|"
     + _SUBSTANCE + r"\s+)withdrawal(?!\s+(?:management|services?|programs?|units?|beds?|"
     r"centers?))"),
    ("in", r"(?:(?<=is in)|(?<=[’']s in)|(?<=are in)|(?<=am in)|(?<=[’']re in))\s+"
     r"withdrawal(?!\s+(?:management|services?|programs?|units?|beds?|centers?))"),
    ("textbook classic typical obvious clear acute active precipitated full",
     r"(?:[- ]blown)?\s+(?:" + _SUBSTANCE + r"\s+)?withdrawal"),
    ("is was", r"\s+(?:\w+ly\s+)?" + _SUBSTANCE + r"\s+withdrawal(?!\s+(?:management|services?|"
     r"programs?|units?|beds?|centers?))"),
    ("going experiencing", r"(?<!of going)(?<!about going)(?<!of experiencing)(?:\s+through)?\s+"
     r"(?:(?:acute|active|full[- ]blown|mild|moderate|severe|significant|serious|precipitated)\s+)?"
     r"(?:" + _SUBSTANCE + r"\s+)?withdrawal(?!\s+(?:management|services?|programs?|units?))"),
    # a personality label asserted of someone ("she is borderline")
    ("she he they", r"(?:[’']s|[’']re|\s+is|\s+are|\s+was|\s+were)\s+(?:\w+ly\s+)?borderline"
     r"(?!\s+(?:\w+\s+)?(?:diabet\w*|anemi\w*|low|high|pressure|sugar|level\w*|score\w*))"),
    ("gambling", r"\s+disorder"),
    ("dissociative", r"\s+(?:features|disorder|identity\s+disorder|episodes?)"),
    ("major", r"\s+depression"),
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
        "dependencia",
        r"\s+(?:al|del|de\s+la|de\s+los|de|a\s+la|a\s+los|a)\s+"
        r"(?:alcohol|opi\w+|drogas|sustancias|hero[ií]na|coca[ií]na|benzodiacepinas)",
    ),
    (
        "es soy eres son somos era",
        r"\s+(?:una?\s+)?(?:alcoh[oó]lic[oa]s?|adict[oa]s?|drogadict[oa]s?)",
    ),
)

# "diagnosed with", "Dx:": part of a finding only when a diagnosis or code follows
# (scope.py joins them); "diagnosed with diabetes" is an ordinary health fact.
DIAGNOSIS_PREFIXES: tuple[Entry, ...] = (
    ("diagnosed diagnosis diagnoses diagnose", r"\s+(?:\w+\s+)?(?:with|of|as)(?:\s+an?)?"),
    ("diagnosis", r"\s*:"),
    ("dx", r"\s*(?:of\b|with\b|:)?"),
    ("diagnosticado diagnosticada diagnosticados diagnosticadas", r"\s+(?:con|de)(?:\s+una?)?"),
    ("diagnóstico diagnostico", r"\s*(?:de\b|:)"),
)

# Clinical scores (withdrawal scales, screening instruments) with a number: a finding.
SCORES: tuple[Entry, ...] = (
    (
        "=COWS =CIWA =PHQ =GAD =AUDIT =DAST =BDI =BAI =PCL =CAGE =MoCA =SOWS =CINA =CRAFFT",
        r"(?-i:(?:[- ]?(?:Ar|9|7|2|C|10|5|8|4))?)(?:[\s:=,]+(?:\w+[\s:=,]+){0,9}?(?:of\s+)?\d+)",
    ),
    ("scored scores score", r"\s+(?:a\s+|an\s+)?\d+\s+on\s+(?:the\s+|a\s+)?(?:\w+\s+)?"
     r"(?:=?COWS|CIWA|PHQ|GAD|AUDIT|DAST|scale|screen)"),
    ("withdrawal", r"\s+(?:scale|score)\s+(?:\w+\s+){0,3}?\d+"),
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
        "meets meet met meeting fits fit fitting satisfies",
        r"\s+(?:the\s+)?(?:full\s+)?(?:\w+\s+)?(?:(?:DSM(?:[- ]?5)?|diagnostic|clinical)\s+)?"
        r"criteria(?!\s+for\s+(?:the\s+|a\s+)?(?:program|housing|services?|eligibility|"
        r"enrollment|admission|benefits?|medicaid|assistance)\b)",
    ),
    ("cumple", r"\s+(?:con\s+)?(?:los\s+)?criterios"),
)

# ASAM levels: placing someone in a level of care is a finding on its own.
LEVEL_ASSESSMENTS: tuple[Entry, ...] = (
    (
        "=ASAM",
        r"(?:\s+(?:level|criteria|dimension)s?)?\s+(?:[0-4](?:\.[0-9])?|I{1,3}|IV)(?:-?WM)?",
    ),
    ("level nivel", r"\s+[0-4]\.[0-9](?:-?WM)?"),
)

# Levels of care and treatments: a finding only when recommended (see scope.py).
LEVELS_OF_CARE: tuple[Entry, ...] = (
    ("medically clinically", r"\s+(?:managed|monitored|supervised)\s+(?:\w+\s+)?withdrawal"),
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
    ("psych psychiatric", r"\s+(?:hold|unit|ward|admission|hospital\w*|facility|care)"),
    ("crisis", r"\s+(?:stabili[sz]ation|unit)"),
    ("higher lower appropriate right", r"\s+level\s+of\s+care"),
    ("level", r"\s+of\s+care"),
    ("level", r"\s*[:#]?\s*(?:[0-4](?:\.[0-9])?|I{1,3}|IV)(?!\.\d|\d)"),
    # a bare ASAM number naming a placement ("a 3.7 placement")
    ("0* 1* 2* 3* 4*", r"(?<![\d.]\d)\.[0-9](?:-?WM)?\s+(?:placement|level|program|setting|bed)s?"),
    ("sober", r"\s+(?:living|houses?|homes?)"),
    ("recovery", r"\s+(?:house|housing|residence|home)s?"),
    ("halfway oxford", r"\s+houses?"),
    ("therapeutic", r"\s+communit(?:y|ies)"),
    ("0* 1* 2* 3* 4* 5* 6* 7* 8* 9*", r"\d{0,2}[- ]day\s+(?:program|treatment|stay|rehab|detox)"),
    ("long", r"[- ]term\s+(?:treatment|care|program|residential)"),
    ("medication medications", r"\s+for\s+(?:opioid|alcohol)\s+use\s+disorders?"),
    ("medication", r"[- ]assisted\s+(?:treatment|therapy|recovery)"),
    ("replacement substitution maintenance", r"\s+(?:therapy|treatment)"),
    # Spanish
    ("tratamiento", r"\s+(?:residencial|ambulatorio(?:\s+intensivo)?)"),
    ("programa", r"\s+residencial"),
    ("internamiento internado internada hospitalización hospitalizacion", ""),
    ("hospitalizado hospitalizada", ""),
    ("centro", r"\s+de\s+rehabilitaci[oó]n"),
    ("rehabilitación rehabilitacion", ""),
    ("vivienda casa", r"\s+de\s+recuperaci[oó]n"),
)

# Words that may follow a level of care and belong to its phrase ("residential program").
LEVEL_OF_CARE_TAIL = (
    r"(?:\s+(?:programs?|treatment|care|services|facilit(?:y|ies)|centers?|units?|clinics?|"
    r"maintenance|beds?|programa|centro))?"
    # not an appointment of a service she already has ("her IOP group", "his detox intake")
    r"(?!\s+(?:groups?|meetings?|appointments?|sessions?|class|classes|intake|orientation|"
    r"schedule|counselors?|staff|graduation|paperwork|homework|check-?ins?)\b)"
)

# --- Medications ----------------------------------------------------------------------
# Named medicines (generic and brand) of the drugs a peer hears about: MOUD, alcohol use
# disorder, benzodiazepines, antidepressants, antipsychotics, mood stabilizers, sleep,
# ADHD, pain. Sources: FDA labels; SAMHSA TIP 63 (MOUD) and TIP 49 (AUD). Naloxone is
# left out on purpose: carrying it is harm reduction, a peer's own work.
MEDICATION_NAMES = (
    "methadone methadose dolophine buprenorphine bupe suboxone subutex sublocade brixadi "
    "zubsolv naltrexone vivitrol revia acamprosate campral disulfiram antabuse lofexidine "
    "lucemyra varenicline chantix baclofen topiramate topamax gabapentin neurontin pregabalin "
    "lyrica alprazolam xanax clonazepam klonopin lorazepam ativan diazepam valium "
    "chlordiazepoxide librium temazepam restoril oxazepam benzo benzos benzodiazepine "
    "benzodiazepines sertraline zoloft fluoxetine prozac citalopram celexa escitalopram "
    "lexapro paroxetine paxil venlafaxine effexor desvenlafaxine pristiq duloxetine cymbalta "
    "bupropion wellbutrin mirtazapine remeron trazodone desyrel amitriptyline elavil "
    "nortriptyline vortioxetine trintellix quetiapine seroquel olanzapine zyprexa risperidone "
    "risperdal aripiprazole abilify ziprasidone geodon lurasidone latuda haloperidol haldol "
    "clozapine clozaril cariprazine vraylar paliperidone invega lithium lamotrigine lamictal "
    "valproate divalproex depakote carbamazepine tegretol oxcarbazepine trileptal hydroxyzine "
    "vistaril atarax buspirone buspar prazosin clonidine propranolol methylphenidate ritalin "
    "concerta adderall vyvanse lisdexamfetamine atomoxetine strattera guanfacine modafinil "
    "zolpidem ambien eszopiclone lunesta oxycodone oxycontin percocet hydrocodone norco "
    "vicodin tramadol hydromorphone dilaudid antidepressant antidepressants antipsychotic "
    "antipsychotics =SSRI =SSRIs =SNRI =SNRIs stimulants metadona buprenorfina naltrexona "
    "fluvoxamine luvox clomipramine anafranil doxepin imipramine phenelzine nardil sertindole "
    "asenapine saphris brexpiprazole rexulti lumateperone caplyta iloperidone fanapt "
    "fluphenazine chlorpromazine thorazine perphenazine esketamine spravato ketamine "
    "dexmethylphenidate focalin amphetamine dextroamphetamine dexedrine armodafinil nuvigil "
    "suvorexant belsomra ramelteon melatonin diphenhydramine benadryl doxylamine "
    "phenobarbital carisoprodol soma cyclobenzaprine flexeril tizanidine zanaflex "
    "morphine codeine fentanyl tapentadol nucynta oxymorphone kratom naltrexone "
    "prednisone prednisolone methylprednisolone insulin metformin glipizide ozempic "
    "semaglutide lisinopril losartan amlodipine metoprolol atenolol hydrochlorothiazide "
    "levothyroxine synthroid atorvastatin lipitor simvastatin warfarin coumadin eliquis "
    "ibuprofen advil motrin naproxen aleve acetaminophen tylenol aspirin omeprazole prilosec "
    "albuterol montelukast singulair amoxicillin antibiotic antibiotics steroid steroids "
    "opioids painkillers painkiller "
    "antidepresivo antidepresivos"
)
# Not the medicine but a place or a service named after it ("the methadone clinic").
_NOT_THE_MEDICINE = (
    r"(?!\s+(?:clinics?|programs?|providers?|doctors?|counselors?|groups?|treatment|"
    r"bottles?|take[- ]homes?|lockbox|window|line|van|office|meeting|refills?|refilled|"
    r"prescriptions?|scripts?|pickup|coverage)\b)"
)
MEDICATIONS: tuple[Entry, ...] = (
    (MEDICATION_NAMES, r"(?:[- ](?:XR|ER|SR|XL|CR|IR|ODT))?" + _NOT_THE_MEDICINE),
    ("mood", r"\s+stabili[sz]ers?"),
    ("sleeping", r"\s+pills?"),
    ("birth", r"\s+control(?:\s+pills?)?"),
    ("blood", r"\s+(?:pressure|thinners?)\s+(?:meds?|medications?|pills?)"),
    ("anxiety pain nerve thyroid diabetes seizure heart", r"\s+(?:meds?|medications?|pills?)"),
    ("the", r"\s+pill(?=\s|[.,;!?]|$)"),
    ("psychiatric", r"\s+medications?"),
)
# Words for a medicine or a dose that name no drug: a dose verb acting on them is advice.
DOSES: tuple[Entry, ...] = (
    ("meds med medication medications medicine medicines prescription prescriptions script "
     "dose doses dosage dosing pills pill tablets tablet strip strips film films shot "
     "injection patch dosis medicamento medicamentos pastillas", ""),
    ("0* 1* 2* 3* 4* 5* 6* 7* 8* 9*", r"\d{0,3}(?:\.\d+)?\s*(?:mg|milligrams?|mcg|ml|cc)\b"),
)

# --- The writer's recommendation or advice -------------------------------------------

# The writer's recommendation (or statement of need) about the person. A level of care
# or a medicine in the same clause after one of these (or before some: "Residential is
# recommended") is a finding, when the cue is the writer's own (core/voice.py).
RECOMMENDATIONS: tuple[Entry, ...] = (
    (
        "should must needs need ought has have will",
        r"(?:\s+to|\s+need\s+to)?\s+be\s+(?:placed|admitted|started|referred|transferred|"
        r"stepped\s+(?:up|down)|increased|decreased|raised|lowered|adjusted|changed|stopped|"
        r"tapered|moved|sent|evaluated|assessed|enrolled|prescribed|given|put\s+on|in|on)",
    ),
    ("recommend* suggest* propos*", r"\w*"),
    ("advise advises advised advising advisable urge urges urged", ""),
    ("would could might", r"\s+benefit"),
    ("benefit benefits", r"\s+from"),
    ("needs need needed needing requires require required requiring must should shouldn", ""),
    ("warrant*", r"\w*"),
    ("calls call", r"\s+for"),
    ("qualifies qualify qualified eligible", r"\s+for"),
    ("ought has have", r"\s+to"),
    ("will", r"\s+need"),
    (
        "is are be seems seem was",
        r"\s+(?:(?:\w+ly|very|most|more|also|not)\s+)?(?:appropriate|indicated|warranted|"
        r"necessary|needed|required|advised|advisable|best|recommended|suitable|essential|"
        r"enough|sufficient|adequate|plenty|"
        r"ready\s+(?:for|to)(?=\s+(?:an?\s+)?(?:\w+\s+)?(?:level|step)|\s+(?:step|move|transition|"
        r"graduate|go\s+(?:up|down)))|"
        r"an?\s+(?:(?:good|strong|ideal|great|perfect|excellent|appropriate)\s+)?"
        r"(?:candidate|fit))",
    ),
    ("would will", r"\s+(?:not\s+)?be\s+(?:best|ideal|appropriate|better|good|wise|beneficial|"
     r"helpful|enough|sufficient|adequate|plenty|safe|unsafe|right)"),
    ("would", r"\s+(?:do|be)\s+(?:better|best|well|fine|great)(?:\s+off)?"),
    ("i she he they we", r"[’']d\s+(?:do|be)\s+(?:better|best|well|fine|great)(?:\s+off)?"),
    ("would", r"\s+(?:suit|fit|serve|help|hold)"),
    ("best", r"\s+served"),
    ("i we", r"[’']d\s+(?:put|place|send|start|admit|go\s+with|choose|pick|add|bump|"
     r"move|switch|lower|raise|increase|decrease|cut|drop|stop)"),
    ("put place send admit", r"\s+(?:her|him|them)\s+(?:in|into|on|at)\b"),
    ("referring refer", r"\s+(?:[\w’'-]+\s+){0,2}?(?:to|for)\b"),
    ("put putting puts", r"\s+forward"),
    ("i we", r"(?:[’']d|\s+would)\s+(?:like|love|want)\s+to\s+see\s+(?:[\w’'-]+\s+){1,2}?"
     r"(?:in|at|into|on|go|get|start|try|move|step|stop|come)\b"),
    # subjunctive: "(request) that Svetlana be admitted to…"
    ("that", r"\s+(?:[\w’'.-]+\s+){1,3}?be\s+(?:admitted|placed|started|referred|transferred|"
     r"moved|enrolled|stepped\s+(?:up|down)|sent|switched|put\s+on|tapered|titrated)"),
    # "…, which I believe is the appropriate level of care": the judgment names the level
    ("is are was be as", r"\s+the(?=\s+(?:most\s+)?(?:appropriate|right|best|correct|proper|"
     r"ideal|safest|needed|necessary)\s+(?:level|setting|fit|option|choice|place|program))"),
    # moving someone between levels: "step Hiroshi down to outpatient"
    ("step stepping stepped move moving transition transitioning",
     r"\s+(?:[\w’'-]+\s+){1,2}?(?:up|down|back|over)\s+(?:to|from|into|in)\b"),
    ("it", r"(?:[’']s|\s+is|\s+would\s+be)\s+time\s+(?:for|to)"),
    ("could can might may should", r"\s+(?:\w+ly\s+)?(?:skip|bypass|go\s+straight|move\s+"
     r"(?:up|down|on|to|into)|step\s+(?:up|down)|transition|graduate)"),
    ("stable well safe strong healthy ready", r"\s+enough\s+(?:for|to)"),
    # a level judged insufficient or unsafe: "outpatient won't work for her"
    ("won’t won't wouldn’t wouldn't isn’t isn't", r"\s+(?:work|be\s+(?:enough|safe|sufficient|"
     r"appropriate|adequate)|enough|safe|sufficient|appropriate|adequate|cut\s+it)"),
    ("will would is", r"\s+not\s+(?:work|be\s+(?:enough|safe|sufficient|appropriate|adequate)|"
     r"enough|safe|sufficient|appropriate|adequate)"),
    # a comparison that chooses: "Lexapro would probably work better", "a better fit than…"
    ("would will", r"\s+(?:\w+ly\s+)?(?:work|do|be)\s+(?:much\s+)?(?:better|best)"),
    ("better", r"\s+(?:choice|fit|option|bet|match|idea|plan|med|medication|setting|place)"),
    ("support supports supporting endorse endorses endorsing", r"\s+(?:[\w’'-]+\s+){0,2}?"
     r"(?:admission|placement|referral|transfer|enrollment|entry|move|step[- ]down|step[- ]up)"),
    ("encourage encouraged encourages encouraging", r"\s+(?:[\w’'-]+\s+){1,2}?to\b"),
    ("is are", r"\s+where\s+(?:[\w’'-]+\s+){1,2}?(?:should|needs?\s+to|must|belongs?|ought\s+to)"
     r"(?:\s+be)?"),
    (
        "best right safest only appropriate ideal correct proper safe wisest obvious",
        r"\s+(?:(?:safe|real|good|right|best|next)\s+)?(?:option|choice|fit|place|plan|setting|"
        r"step|call|bet|shot|level|move|path|route|medication|medicine|med|drug)",
    ),
    ("belongs belong", r"\s+(?:in|at)\b"),
    ("is are", r"\s+not\s+(?:yet\s+)?ready\s+for"),
    ("plan", r"\s*:"),
    ("fit fits match", r"\s+for\b"),
    ("makes make", r"\s+(?:the\s+most\s+|more\s+|the\s+best\s+)?sense"),
    ("too", r"\s+(?:little|much|intense|restrictive|low|high|risky|dangerous)"),
    ("next", r"\s+step"),
    ("my our", r"\s+(?:\w+\s+)?(?:plan|recommendation|advice|suggestion)s?"),
    ("is was", r"\s+(?:my|our)\s+(?:\w+\s+)?(?:recommendation|plan|advice|suggestion)s?"),
    ("plan", r"\s+for"),
    ("please", r"\s+(?:admit|place|start|enroll|accept)"),
    ("candidate appropriate", r"\s+for"),
    ("placement", ""),
    ("medically", r"\s+necessary"),
    ("clinically", r"\s+indicated"),
    ("is are", r"\s+not\s+safe\s+for"),
    ("is are", r"\s+where\s+(?:she|he|they)\s+(?:should|needs?\s+to)\s+be"),
    ("step", r"[- ]?(?:up|down)\s+(?:to|from)"),
    ("what", r"\s+(?:she|he|they)\s+needs?"),
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

# Advice about a medicine: these, or a recommendation above, before a dose verb in its
# clause make it advice ("she can stop the Seroquel", "try doubling the gabapentin").
MEDICATION_ADVICE: tuple[Entry, ...] = (
    ("try trying", ""),
    ("consider", ""),
    ("it", r"(?:[’']s|\s+is|\s+would\s+be)\s+(?:time|okay|ok|fine|safe|better|best)\s+"
     r"(?:for\s+(?:her|him|them|\w+)\s+)?to"),
    ("better best okay ok safe fine", r"\s+(?:for\s+(?:her|him|them)\s+)?to"),
)

# Advice only when a dose verb follows it in its clause ("she can stop the Seroquel", "I
# told him to take an extra one", "how to taper"; not "she can get her methadone", "asked
# me to pick up his lisinopril"). "Could you bump…?" asks the prescriber for a change: a
# question, but advice all the same.
ADVICE_BEFORE_A_CHANGE: tuple[Entry, ...] = (
    ("could can would will", r"\s+you(?=\s+(?:please\s+|kindly\s+)?(?:start|stop|increase|raise|"
     r"lower|decrease|reduce|bump|switch|change|taper|adjust|add|double|halve|cut|drop|put|move|"
     r"titrate|wean|discontinue|up|try)\b)"),
    ("can could may might", ""),
    ("told tell tells telling asked ask", r"\s+(?:[\w’'-]+\s+){1,2}?to\b"),
    ("encourage encouraged encourages encouraging urged", r"\s+(?:[\w’'-]+\s+){1,2}?to\b"),
    # a request to the prescriber to change it ("I would ask that you start…")
    ("ask asking request requesting", r"\s+(?:that\s+)?you\b"),
    ("how", r"\s+to(?=\s+(?:safely\s+)?(?:taper|wean|cut|lower|reduce|stop|come\s+off|get\s+off|"
     r"quit|split|halve|double|increase|decrease|switch|skip))"),
)

# Changing or dosing a medicine. A finding when the writer advises it (see above) or
# says it as an instruction (a sentence that begins with the verb).
DOSE_VERBS: tuple[Entry, ...] = (
    (
        "start starting begin stop stopping quit quitting "
        "discontinue discontinuing restart restarting resume resuming taper tapering wean "
        "weaning reduce reducing lower lowering decrease decreasing drop dropping increase "
        "increasing raise raising double doubling halve halving split splitting skip skipping "
        "switch switching change changing adjust adjusting titrate titrating add adding hold "
        "holding cut cutting bump bumping try trying",
        r"(?:\s+(?:off|up|down|back|on|over|to|from|back\s+on|back\s+to|down\s+to|up\s+to|"
        r"out))?",
    ),
    ("go going get getting come coming be put", r"\s+(?:back\s+)?(?:on|off|up|down)"
     r"(?:\s+to)?"),
    # "take" changes a dose only with an amount ("take half her dose", "take one extra"):
    # "take her meds as prescribed" is the plan she has
    ("take taking", r"(?=\s+(?:[\w’'-]+\s+){0,4}?(?:half|extra|more|less|double|another|"
     r"an?\s+extra|one|two|three|\d+|instead|every\s+other|only|fewer|twice|as\s+needed)\b)"),
    ("higher lower bigger smaller stronger weaker reduced increased extra",
     r"(?=\s+(?:\w+\s+)?(?:dose|dosage))"),
    ("empezar dejar suspender bajar subir aumentar reducir cambiar tomar", ""),
)

# "Up her dose to 16 mg": a dose verb only where an instruction opens with it (scope.py
# keeps it only at a sentence's start; "pick up her meds" is an errand).
IMPERATIVE_DOSE_VERBS: tuple[Entry, ...] = (
    ("up", r"(?=\s+(?:her|his|their|the|a|an)\s+(?:[\w’'-]+\s+)?(?:dose|dosage|meds?|medication|"
     r"mg))"),
)

# A sentence that opens with the writer's own choice; a level of care after it, in the
# writer's voice, is recommended ("If it were up to me, she'd be in residential").
OPINION_LEAD = (
    r"[\s\-•*\"“(]*((?:if\s+(?:it\s+(?:were|was)\s+up\s+to\s+(?:me|us)|(?:I|we)\s+had\s+"
    r"(?:my|our)\s+way|(?:I|we)\s+were\s+(?:in\s+charge|deciding|making\s+the\s+call))|"
    r"(?:left|up)\s+to\s+me|my\s+(?:vote|pick|choice)\s+(?:is|would\s+be))\b)"
)

# Practical help around a service (a ride, a phone number, a call): the peer's own work,
# which neutralizes a "needs" before it ("needs a ride to IOP").
LOGISTICS: tuple[Entry, ...] = (
    (
        "help",
        r"\s+(?:getting|to\s+get|finding|to\s+find|with|accessing|applying|paying|affording)",
    ),
    ("help helping", r"\s+(?:her|him|them|me)\s+(?:get|find|apply|access|move|pack|sign)"),
    (
        "ride rides transportation bus train taxi childcare phone number address directions "
        "information info paperwork insurance =ID form forms appointment appointments intake "
        "call calls calling contact visit someone somebody kids children babysitter find "
        "finding locate arrange arranging schedule scheduling book bring list release letter "
        "letters proof verification excuse permission signature pass passes",
        "",
    ),
    # what is already so: continuing ("keep taking her Suboxone"), or done ("proud of
    # finishing IOP"): neither recommends a change
    (
        "keep keeps keeping continue continues continuing finishing finished completing "
        "completed graduating graduated discharged after during since",
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

# Self-description: "I was an addict", "I have lived with PTSD", "I am a person in
# long-term recovery from…" are the writer about themself. These words between "I" and
# a diagnosis make it a claim about someone else ("I'd add bipolar disorder", "I would
# diagnose him with…", "I'd call this…").
NOT_ABOUT_MYSELF_WORDS = _words(
    "him her them this that it he she they his their add adding diagnose diagnosing call calling "
    "consider considering label labeling labelling suspect bet guess would d think believe say "
    "see put code coding rate rating score scoring document documenting chart charting "
    "scored ran run administered administer gave measured"
)

# A named condition right before one of these is the name of a service or a topic ("a
# PTSD support group", "the dual diagnosis program"), not a diagnosis of anyone.
SERVICE_AFTER = (
    r"\s+(?:support\s+)?(?:groups?|programs?|clinics?|units?|services|treatment|tracks?|"
    r"classes|class|trainings?|workshops?|meetings?|counselors?|specialists?|teams?|"
    r"awareness|month|week|research|resources|curriculum|screenings?|beds?|waitlist)\b"
)

# "treatment for opioid use disorder": a service the person may ask for, consumed so that
# its words are not read as a diagnosis.
SERVICES: tuple[Entry, ...] = (
    (
        "treatment services service programs program care help support counseling groups group "
        "medication medications",
        r"\s+(?:for|of|on|about)\s+(?:(?:mild|moderate|severe)\s+)?(?:" + _SUBSTANCE + r"\s+)?"
        r"use\s+disorders?",
    ),
)
