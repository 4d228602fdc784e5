"""Person-first, non-stigmatizing language: the words and what to say instead.

Data only (see core/language.py for the logic). Each term is
`(first words, rest, suggestion, why)`: the first two are a `textscan.WordPatterns`
entry (the words that start the phrase, `prefix*`, `=CaseSensitive`; then a
regular expression for what follows), matched ignoring case.

Sources:
- [ONDCP] Office of National Drug Control Policy, "Changing the Language of
  Addiction" (working paper, January 2017).
- [NIDA] National Institute on Drug Abuse, "Words Matter: Terms to Use and Avoid
  When Talking About Addiction" (2021, updated).
- [OASAS] New York State Office of Addiction Services and Supports, "Words
  Matter" campaign and "Addiction Language Guide" (2022).
Where a term is not in these guides, its comment says so.
"""

from __future__ import annotations

Term = tuple[str, str, str, str]

# --- Why (shown to the peer; one plain sentence each) -------------------------------

_LABEL = (
    "A label makes the person their substance use; person-first language puts the person first."
)
_SLUR = "A slur for people who use drugs; it stigmatizes and keeps people from asking for help."
_ABUSE = "'Abuse' links use to wrongdoing and punishment; 'use' or 'misuse' describes what happens."
_CLEAN = (
    "'Clean' and 'dirty' imply a person is dirty when using; "
    "name the test result or the time in recovery."
)
_RELAPSE = "'Relapse' can sound like a moral failure; 'return to use' says what happened."
_HABIT = "'Habit' suggests choice and weak will; substance use disorder is a health condition."
_HOOKED = "Slang that trivializes substance use; describe the use plainly."
_SUFFER = "'Suffering' casts the person as a victim; 'living with' or 'has' is neutral."
_COMPLIANCE = "'Noncompliant' blames the person; say what they chose or what they are ready for."
_DENIAL = "'In denial' blames the person; ambivalence is a normal part of change."
_FREQUENT = "A joke at the person's expense about how often they come for care."
_HOMELESS = "Homelessness is a situation a person is in, not who they are."
_JUSTICE = (
    "A label from a person's past; person-first language names the person, then the situation."
)
_MENTAL = "Labels and slurs about mental health stigmatize; say what the person experiences."
_CRAZY = "A slur about mental health; say what happened instead."
_SUICIDE = "'Committed' implies a crime or sin; 'died by suicide' is the accepted term."
_MEDICATION = (
    "'Replacement' and 'assisted' suggest the medication is a substitute drug; "
    "it is treatment in its own right."
)
_BABIES = "Babies cannot be 'addicted'; they can be born exposed to substances or with withdrawal."
_SEEKING = "Assumes bad intent; the person may be in pain or in withdrawal."
_SPANISH = (
    "Una etiqueta que estigmatiza; el lenguaje que pone a la persona primero es más respetuoso."
)

# Objects that make "clean" ordinary: "clean clothes", "clean needles", "clean up".
_NOT_CLEAN_THINGS = (
    r"(?!\s+(?:clothes|clothing|sheets|towels?|water|needles?|syringes?|works|supplies|kits?|"
    r"gear|equipment|socks|underwear|laundry|dishes|bed|room|house|place|apartment|kitchen|"
    r"bathroom|car|up|out|hands?|cups?|pipes?|cookers?|cottons?|shirt|pants|slate|record|bill)\b)"
)
_NUMBER = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|"
    r"a\s+few|few|a\s+couple\s+of|a\s+couple)"
)
_PERIOD = (
    r"(?:(?:about|almost|nearly|over|more\s+than|the\s+(?:past|last))\s+)?"
    rf"{_NUMBER}\s+(?:days?|weeks?|months?|years?|yrs?)"
)
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|last|\d)"
)
_DRUGS = (
    "drug substance heroin meth cocaine crack opioid opiate fentanyl alcohol marijuana cannabis "
    "pill prescription polysubstance"
)

# --- The terms, in order: longer phrases before the words they contain ---------------

TERMS: tuple[Term, ...] = (
    # [NIDA] [ONDCP] [OASAS]: addict, former addict, junkie…
    (
        "former ex recovering reformed",
        r"[- ]?(?:drug\s+)?(?:addicts?|junkies?|alcoholics?|users?)",
        "person in recovery, person who used to use drugs",
        _LABEL,
    ),
    (
        "drug heroin opioid opiate meth cocaine crack pill dope fentanyl",
        r"\s+addicts?",
        "person who uses drugs, person with a substance use disorder",
        _LABEL,
    ),
    ("addict addicts", "", "person who uses drugs, person with a substance use disorder", _LABEL),
    (
        "junkie junkies junky druggie druggies druggy stoner stoners",
        "",
        "person who uses drugs",
        _SLUR,
    ),
    (
        "crackhead crackheads pothead potheads methhead methheads tweaker tweakers smackhead "
        "smackheads cokehead cokeheads pillhead pillheads dopehead dopeheads",
        "",
        "person who uses drugs",
        _SLUR,
    ),
    ("crack meth pill coke dope pot smack", r"[- ]heads?", "person who uses drugs", _SLUR),
    ("dope", r"\s+fiends?", "person who uses drugs", _SLUR),
    # [NIDA] [OASAS]: alcoholic, drunk; not "alcoholic drinks" nor "Alcoholics Anonymous"
    (
        "alcoholic alcoholics",
        r"(?<!children\sof\salcoholics)(?<!children\sof\salcoholic)"
        r"(?!\s+(?:beverages?|drinks?|drink|content|liquor|cirrhosis|hepatitis|liver|"
        r"fatty|anonymous|parent)\b)",
        "person with alcohol use disorder, person who drinks",
        _LABEL,
    ),
    ("alcoholism", "", "alcohol use disorder", _LABEL),
    ("drunks drunkard drunkards", "", "person who drinks", _SLUR),
    ("a the town", r"\s+drunk(?!\s+(?:driver|driving|tank)\b)", "a person who drinks", _SLUR),
    # [NIDA] [OASAS]: user, abuser, abuse
    (
        _DRUGS + " iv injection intravenous needle dope polydrug",
        r"(?:\s+drug)?\s+users?",
        "person who uses drugs",
        _LABEL,
    ),
    ("=IVDU =IDU =IVDA =IVDUs =IDUs", "", "person who injects drugs", _LABEL),
    (_DRUGS, r"(?:\s+drug)?\s+abusers?", "person who uses drugs", _ABUSE),
    (_DRUGS, r"(?:\s+drug)?\s+abuse", "substance use (or misuse)", _ABUSE),
    (
        "abuses abused abusing abuse",
        r"\s+(?:drugs|alcohol|substances|pills|opioids|heroin|meth|cocaine|(?:his|her|their)\s+"
        r"(?:meds|medications?))",
        "uses, misuses",
        _ABUSE,
    ),
    # [NIDA] [ONDCP] [OASAS]: clean / dirty, only about people, tests and time
    (
        "clean",
        r"\s+(?:urines?|uas?|urinalys[ie]s|drug\s+(?:tests?|screens?)|tox(?:\s+screens?)?|"
        r"screens?|tests?|samples?|specimens?|results?|udss?)",
        "negative test result",
        _CLEAN,
    ),
    (
        "dirty",
        r"\s+(?:urines?|uas?|urinalys[ie]s|drug\s+(?:tests?|screens?)|tox(?:\s+screens?)?|"
        r"screens?|tests?|samples?|specimens?|results?|udss?)",
        "positive test result",
        _CLEAN,
    ),
    (
        "urine urines ua uas test tests screen screens tox sample samples result results uds",
        r"\s+(?:(?:came|come|comes|coming)\s+(?:back|up|out)|was|were|is|are|looked|looks)"
        r"\s+clean",
        "came back negative",
        _CLEAN,
    ),
    (
        "urine urines ua uas test tests screen screens tox sample samples result results uds",
        r"\s+(?:(?:came|come|comes|coming)\s+(?:back|up|out)|was|were|is|are|looked|looks)"
        r"\s+dirty",
        "came back positive",
        _CLEAN,
    ),
    (
        "came come comes coming",
        r"\s+(?:back|up)\s+clean(?!\s+from\b)",
        "tested negative",
        _CLEAN,
    ),
    (
        "came come comes coming",
        r"\s+(?:back|up)\s+dirty(?!\s+from\b)",
        "tested positive",
        _CLEAN,
    ),
    (
        "clean",
        rf"\s+(?:for\s+{_PERIOD}|since\s+{_MONTHS})",
        "in recovery, not using (for …)",
        _CLEAN,
    ),
    ("days weeks months years yrs", r"\s+clean\b", "… in recovery, … without using", _CLEAN),
    ("clean", r"\s+(?:time|date)s?", "time in recovery, recovery date", _CLEAN),
    ("clean", r"\s+and\s+sober", "in recovery", _CLEAN),
    (
        "i he she they we you",
        r"(?:[’'](?:m|s|re|ve\s+been|s\s+been)|\s+(?:is|am|are|was|were|has\s+been|have\s+been|"
        r"had\s+been|stayed|stays|stay|staying|got|gets|get|getting|remained|remains|kept|keeps|"
        r"went|will\s+be|wants?\s+to\s+(?:be|get|stay)|(?:is\s+|are\s+|am\s+)?trying\s+to\s+"
        r"(?:be|get|stay)))\s+(?:(?:completely|totally|finally|still|now|been|fully)\s+)?clean"
        + _NOT_CLEAN_THINGS,
        "not using, in recovery",
        _CLEAN,
    ),
    (
        "stayed stay stays staying getting got remained remains",
        r"\s+clean" + _NOT_CLEAN_THINGS,
        "not using, in recovery",
        _CLEAN,
    ),
    (
        "i he she they we you",
        r"(?:[’'](?:m|s|re)|\s+(?:is|am|are|was|were))\s+(?:still\s+)?dirty(?!\s+\w)",
        "using, has used",
        _CLEAN,
    ),
    # [ONDCP] [OASAS]: relapse
    (
        "relapse relapses relapsed relapsing",
        "",
        "return to use, recurrence of use",
        _RELAPSE,
    ),
    ("fell falls fall falling", r"\s+off\s+the\s+wagon", "returned to use", _RELAPSE),
    # [NIDA]: habit
    (
        "drug heroin dope pill crack meth opioid cocaine",
        r"\s+habits?",
        "substance use, substance use disorder",
        _HABIT,
    ),
    # [OASAS]: hooked
    ("hooked", r"\s+on", "uses regularly, has a substance use disorder", _HOOKED),
    # frequent flyer: common in emergency departments; not in the three guides
    ("frequent", r"\s+fl[yi]ers?", "person who often comes for care", _FREQUENT),
    # [OASAS]: suffering from
    ("suffering suffers suffer suffered", r"\s+from", "living with, has", _SUFFER),
    ("afflicted", r"\s+with", "living with, has", _SUFFER),
    ("victim", r"\s+of\s+(?:addiction|alcoholism|drugs)", "person living with", _SUFFER),
    # [OASAS]: noncompliant, in denial, unmotivated
    ("noncompliant noncompliance", "", "chose not to, not ready yet", _COMPLIANCE),
    ("non", r"[- ]?complian(?:t|ce)", "chose not to, not ready yet", _COMPLIANCE),
    ("unmotivated", "", "not ready yet, ambivalent", _COMPLIANCE),
    ("in", r"\s+denial", "not ready yet, ambivalent", _DENIAL),
    # homelessness: person-first usage (HUD, National Alliance to End Homelessness);
    # not in the three addiction guides
    (
        "the",
        r"\s+homeless(?!\s+(?:shelters?|services|outreach|programs?|coalition|council|count|"
        r"centers?|camps?|encampments?|system|population|liaison|court)\b)",
        "people experiencing homelessness",
        _HOMELESS,
    ),
    (
        "homeless",
        r"\s+(?:person|people|man|men|woman|women|guy|guys|individuals?|folks?|youth|kids?|"
        r"veterans?|clients?|mothers?|fathers?|families|family|moms?|dads?)",
        "person experiencing homelessness",
        _HOMELESS,
    ),
    # justice involvement: person-first usage (US DOJ 2016 guidance, Fortune Society);
    # not in the three addiction guides
    (
        "ex",
        r"[- ]?(?:cons?|convicts?|offenders?|felons?|inmates?|prisoners?)",
        "person who was incarcerated",
        _JUSTICE,
    ),
    ("excon excons", "", "person who was incarcerated", _JUSTICE),
    ("felon felons", "", "person with a felony conviction", _JUSTICE),
    ("convicts offender offenders", "", "person with a conviction", _JUSTICE),
    (
        "inmate inmates prisoner prisoners",
        "",
        "person who is incarcerated",
        _JUSTICE,
    ),
    # mental health: NAMI and the Associated Press Stylebook; not in the three guides
    ("mentally", r"\s+ill", "person with a mental health condition", _MENTAL),
    ("mental", r"\s+(?:patients?|cases?)", "person receiving mental health care", _MENTAL),
    ("schizo schizos schizophrenic schizophrenics", "", "person with schizophrenia", _MENTAL),
    ("psycho psychos lunatic lunatics", "", "say what happened", _CRAZY),
    ("crazy insane", "", "say what happened, e.g. 'was having a hard time'", _CRAZY),
    # suicide: American Foundation for Suicide Prevention, reportingonsuicide.org
    ("committed commit commits committing", r"\s+suicide", "died by suicide", _SUICIDE),
    ("successful completed", r"\s+suicide", "died by suicide", _SUICIDE),
    ("failed unsuccessful", r"\s+suicide\s+attempts?", "survived a suicide attempt", _SUICIDE),
    # [NIDA] [ONDCP]: medication treatment
    (
        "opioid",
        r"\s+(?:replacement|substitution)(?:\s+(?:therapy|treatment))?",
        "medication for opioid use disorder (MOUD)",
        _MEDICATION,
    ),
    (
        "replacement substitution",
        r"\s+(?:therapy|treatment)",
        "medication for opioid use disorder (MOUD)",
        _MEDICATION,
    ),
    (
        "medication",
        r"[- ]assisted\s+(?:treatment|therapy|recovery)",
        "medication for opioid use disorder (MOUD), medication treatment",
        _MEDICATION,
    ),
    ("=MAT", "", "MOUD (medication for opioid use disorder)", _MEDICATION),
    # [NIDA]: addicted babies
    (
        "addicted crack",
        r"\s+(?:babies|baby|newborns?|infants?)",
        "baby born exposed to substances, baby with neonatal withdrawal",
        _BABIES,
    ),
    # drug-seeking: common in clinical notes; not in the three guides
    ("drug", r"[- ]seek(?:ing|ers?)", "asking for relief from pain or withdrawal", _SEEKING),
    # Spanish: the same guides' core terms, as used by Spanish-language peer programs
    (
        "adicto adicta adictos adictas drogadicto drogadicta drogadictos drogadictas",
        "",
        "persona que usa drogas, persona con un trastorno por consumo de sustancias",
        _SPANISH,
    ),
    (
        "alcohólico alcohólica alcohólicos alcohólicas alcoholico alcoholica alcoholicos "
        "alcoholicas",
        r"(?<!bebida\salcohólica)(?<!bebidas\salcohólicas)(?<!bebida\salcoholica)"
        r"(?<!bebidas\salcoholicas)(?!\s+an[oó]nim)",
        "persona con trastorno por consumo de alcohol",
        _SPANISH,
    ),
    (
        "abuso",
        r"\s+de\s+(?:sustancias|drogas|alcohol|opioides|opi[aá]ceos)",
        "consumo de sustancias",
        _SPANISH,
    ),
    (
        "limpio limpia limpios limpias",
        r"\s+(?:de\s+(?:drogas|alcohol|sustancias)|desde\b)",
        "sin consumir, en recuperación",
        _SPANISH,
    ),
    (
        "lleva llevo llevaba llevamos",
        r"\s+(?:\w+\s+){1,3}limpi[oa]s?",
        "lleva … sin consumir, en recuperación",
        _SPANISH,
    ),
    ("mantenerse mantenerme mantente", r"\s+limpi[oa]s?", "sin consumir", _SPANISH),
    (
        "orina prueba pruebas muestra",
        r"\s+(?:(?:salió|salio|sale|está|esta|estaba|fue)\s+)?limpias?",
        "resultado negativo",
        _SPANISH,
    ),
    (
        "orina prueba pruebas muestra",
        r"\s+(?:(?:salió|salio|sale|está|esta|estaba|fue)\s+)?sucias?",
        "resultado positivo",
        _SPANISH,
    ),
    ("recaída recaídas recaida recaidas recayó recayo", "", "volvió a consumir", _SPANISH),
    (
        "enfermo enferma enfermos enfermas",
        r"\s+mental(?:es)?",
        "persona con un problema de salud mental",
        _SPANISH,
    ),
    ("indigente indigentes", "", "persona sin hogar, persona en situación de calle", _SPANISH),
    ("cometió cometio", r"\s+suicidio", "murió por suicidio", _SPANISH),
)
