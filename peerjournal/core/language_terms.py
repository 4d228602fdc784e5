"""Person-first, non-stigmatizing language: the words and what to say instead.

Data only (see core/language.py for the logic). Each term is
`(first words, rest, suggestion, why)`: the first two are a `textscan.WordPatterns`
entry (the words that start the phrase, `prefix*`, `=CaseSensitive`; then a
regular expression for what follows), matched ignoring case. `KIND_OF_WHY` gives
each reason its stable code (`Hint.kind`), one per kind of hint, the same code
for the English and the Spanish reason, so the window can say it in its own
language.

A suggestion is never a diagnostic term: a peer does not diagnose, so "person
with a substance use disorder" is not offered (spec/cli.md, check-language).

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
_HABIT = "'Habit' suggests choice and weak will; substance use is a health matter, not a vice."
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
_CHARACTER = (
    "A character label blames the person; say what happened and what they needed."
)
_USER = "'User' reduces a person to their drug use; say 'person who uses drugs'."

# Spanish reasons, one per kind, as the English list has.
_ES_LABEL = (
    "Una etiqueta convierte a la persona en su consumo; el lenguaje que pone a la persona "
    "primero es más respetuoso."
)
_ES_SLUR = (
    "Un insulto para las personas que usan drogas; estigmatiza y aleja a la gente de la ayuda."
)
_ES_ABUSE = "«Abuso» asocia el consumo con una falta o un castigo; «consumo» describe lo que pasa."
_ES_CLEAN = (
    "«Limpio» y «sucio» dan a entender que la persona está sucia cuando consume; "
    "diga el resultado de la prueba o el tiempo en recuperación."
)
_ES_RELAPSE = "«Recaída» puede sonar a fracaso moral; «regreso al consumo» dice lo que pasó."
_ES_MENTAL = "Las etiquetas sobre la salud mental estigmatizan; diga lo que la persona vive."
_ES_CRAZY = "Un insulto sobre la salud mental; diga lo que pasó."
_ES_HOMELESS = "Estar sin hogar es una situación en la que está la persona, no lo que es."
_ES_SUICIDE = (
    "«Cometió» da a entender un delito o un pecado; «murió por suicidio» es el término aceptado."
)
_ES_JUSTICE = (
    "Una etiqueta del pasado de la persona; nombre primero a la persona y luego la situación."
)

# The stable code of each reason (Hint.kind): the window translates by it.
KIND_OF_WHY: dict[str, str] = {
    _LABEL: "label",
    _SLUR: "slur",
    _ABUSE: "abuse",
    _CLEAN: "clean",
    _RELAPSE: "relapse",
    _HABIT: "habit",
    _HOOKED: "hooked",
    _SUFFER: "suffer",
    _COMPLIANCE: "compliance",
    _DENIAL: "denial",
    _FREQUENT: "frequent",
    _HOMELESS: "homeless",
    _JUSTICE: "justice",
    _MENTAL: "mental",
    _CRAZY: "crazy",
    _SUICIDE: "suicide",
    _MEDICATION: "medication",
    _BABIES: "babies",
    _SEEKING: "seeking",
    _CHARACTER: "character",
    _USER: "user",
    _ES_LABEL: "label",
    _ES_SLUR: "slur",
    _ES_ABUSE: "abuse",
    _ES_CLEAN: "clean",
    _ES_RELAPSE: "relapse",
    _ES_MENTAL: "mental",
    _ES_CRAZY: "crazy",
    _ES_HOMELESS: "homeless",
    _ES_SUICIDE: "suicide",
    _ES_JUSTICE: "justice",
}

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
        "person who uses drugs",
        _LABEL,
    ),
    ("addict addicts", "", "person who uses drugs, person in recovery", _LABEL),
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
        "person who drinks, person in recovery",
        _LABEL,
    ),
    ("alcoholism", "", "drinking, alcohol use", _LABEL),
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
    (
        _DRUGS,
        # not the agencies: the Substance Abuse and Mental Health Services Administration,
        # the National Institute on Drug Abuse, the Center for Substance Abuse Treatment
        r"(?:\s+drug)?\s+abuse(?!\s+and\s+mental\s+health)(?<!institute\son\sdrug\sabuse)"
        r"(?<!center\sfor\ssubstance\sabuse)(?<!office\sof\ssubstance\sabuse)",
        "substance use (or misuse)",
        _ABUSE,
    ),
    # "abuser" after any brand ("an Ambien abuser"), or "an abuser of pills"
    (
        " ".join(f"={c}*" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        r"[\w-]*\s+abusers?",
        "person who uses …",
        _ABUSE,
    ),
    (
        "abuser abusers",
        r"\s+of\s+(?:\w+\s+){0,2}(?:pills|drugs|alcohol|substances|opioids|opiates|meds|"
        r"medications?|heroin|meth|cocaine|benzos|painkillers)",
        "person who uses …",
        _ABUSE,
    ),
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
        r"screens?|tests?|samples?|specimens?|results?|udss?|drops?)",
        "negative test result",
        _CLEAN,
    ),
    (
        "dirty",
        r"\s+(?:urines?|uas?|urinalys[ie]s|drug\s+(?:tests?|screens?)|tox(?:\s+screens?)?|"
        r"screens?|tests?|samples?|specimens?|results?|udss?|drops?)",
        "positive test result",
        _CLEAN,
    ),
    (
        "urine urines ua uas test tests screen screens tox sample samples result results uds "
        "drop drops",
        r"\s+(?:(?:came|come|comes|coming)\s+(?:back|up|out)|was|were|is|are|looked|looks)"
        r"\s+clean",
        "came back negative",
        _CLEAN,
    ),
    (
        "urine urines ua uas test tests screen screens tox sample samples result results uds "
        "drop drops",
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
        rf"\s+(?:for\s+{_PERIOD}|since|until)\b",
        "in recovery, not using (for …)",
        _CLEAN,
    ),
    ("days weeks months years yrs", r"\s+clean\b", "… in recovery, … without using", _CLEAN),
    ("clean", r"\s+(?:time|date)s?", "time in recovery, recovery date", _CLEAN),
    ("clean", r"\s+and\s+sober", "in recovery", _CLEAN),
    ("tested tests test testing", r"\s+clean", "tested negative", _CLEAN),
    ("tested tests test testing", r"\s+dirty", "tested positive", _CLEAN),
    ("dropped drops drop pissed peed", r"\s+(?:dirty|hot)", "tested positive", _CLEAN),
    ("dropped pissed peed", r"\s+clean", "tested negative", _CLEAN),
    # about a person, whoever the subject: "Kaveh is clean now", "has been clean"
    (
        "is was are were been",
        r"\s+(?:(?:completely|totally|finally|still|fully)\s+)?clean(?=\s+(?:now|again|today|"
        r"these\s+days|so\s+far)\b)",
        "not using, in recovery",
        _CLEAN,
    ),
    ("been", r"\s+clean" + _NOT_CLEAN_THINGS, "not using, in recovery", _CLEAN),
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
    ("relapser relapsers", "", "person who returned to use", _RELAPSE),
    # [NIDA]: habit
    (
        "drug heroin dope pill crack meth opioid cocaine",
        r"\s+habits?",
        "substance use, drug use",
        _HABIT,
    ),
    # [OASAS]: hooked
    ("hooked", r"\s+on", "uses … regularly", _HOOKED),
    # frequent flyer: common in emergency departments; not in the three guides
    ("frequent", r"\s+fl[yi]ers?", "person who often comes for care", _FREQUENT),
    # [OASAS]: suffering from
    # only about substance use or mental health: "suffers from migraines" is ordinary
    (
        "suffering suffers suffer suffered",
        r"\s+from(?=\s+(?:(?:an?|the|her|his|their|severe|chronic|active|untreated|"
        r"serious)\s+){0,2}(?:addictions?|alcoholism|substance|drug|drugs|opioid|opiate|alcohol|"
        r"heroin|meth|cocaine|depression|anxiety|=?PTSD|ptsd|bipolar|schizophrenia|mental|sud|"
        r"oud|aud|dependence|dependency|psychosis|trauma)\b)",
        "living with, has",
        _SUFFER,
    ),
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
    (
        "schizo schizos schizophrenic schizophrenics",
        "",
        "person living with a mental health condition",
        _MENTAL,
    ),
    ("psycho psychos lunatic lunatics", "", "say what happened", _CRAZY),
    # not "crazy about treats"
    (
        "crazy insane",
        r"(?!\s+(?:about|for)\b)",
        "say what happened, e.g. 'was having a hard time'",
        _CRAZY,
    ),
    # suicide: American Foundation for Suicide Prevention, reportingonsuicide.org
    ("committed commit commits committing", r"\s+suicide", "died by suicide", _SUICIDE),
    ("successful completed", r"\s+suicide", "died by suicide", _SUICIDE),
    ("failed unsuccessful", r"\s+suicide\s+attempts?", "survived a suicide attempt", _SUICIDE),
    # [NIDA] [ONDCP]: medication treatment
    (
        "opioid",
        r"\s+(?:replacement|substitution)(?:\s+(?:therapy|treatment))?",
        "medication treatment (MOUD)",
        _MEDICATION,
    ),
    (
        "replacement substitution",
        r"\s+(?:therapy|treatment)",
        "medication treatment (MOUD)",
        _MEDICATION,
    ),
    (
        "medication",
        r"[- ]assisted\s+(?:treatment|therapy|recovery)",
        "medication treatment (MOUD)",
        _MEDICATION,
    ),
    ("=MAT", "", "medication treatment (MOUD)", _MEDICATION),
    # [NIDA]: addicted babies
    (
        "addicted crack meth heroin drug opioid dope cocaine",
        r"\s+(?:babies|baby|newborns?|infants?)",
        "baby born exposed to substances",
        _BABIES,
    ),
    ("born", r"\s+addicted", "born exposed to substances", _BABIES),
    # drug-seeking, pill seeker: common in clinical notes; not in the three guides
    (
        "drug pill pills med meds narcotic",
        r"[- ]seek(?:ing|ers?)",
        "asking for relief from pain or withdrawal",
        _SEEKING,
    ),
    # character labels: not in the three guides; they judge instead of describing
    ("manipulative manipulator manipulators", "", "say what happened", _CHARACTER),
    # a bare "abuser" after a substance word not listed above ("an oxy abuser");
    # core/language.py leaves "her abuser", "child abuser", "domestic abuser"
    ("abuser abusers", "", "person who uses …", _ABUSE),
    # a bare "user" that means drug use (core/language.py leaves "app user", "user ID"…)
    ("user users", "", "person who uses drugs", _USER),
    # Spanish: the same guides' core terms, as used by Spanish-language peer programs
    (
        "adicto adicta adictos adictas drogadicto drogadicta drogadictos drogadictas toxicómano "
        "toxicómana toxicómanos toxicómanas toxicomano toxicomana toxicomanos toxicomanas",
        "",
        "persona que usa drogas, persona en recuperación",
        _ES_LABEL,
    ),
    (
        "vicioso viciosa viciosos viciosas",
        r"(?<!c[ií]rculo\svicioso)(?<!c[ií]rculos\sviciosos)",
        "persona que usa drogas",
        _ES_LABEL,
    ),
    (
        "alcohólico alcohólica alcohólicos alcohólicas alcoholico alcoholica alcoholicos "
        "alcoholicas",
        r"(?<!bebida\salcohólica)(?<!bebidas\salcohólicas)(?<!bebida\salcoholica)"
        r"(?<!bebidas\salcoholicas)(?!\s+an[oó]nim)",
        "persona que bebe, persona en recuperación",
        _ES_LABEL,
    ),
    (
        # not "droga" nor "marihuana": those are the drugs themselves
        "tecato tecata tecatos tecatas drogo drogos marihuano marihuanos marihuanero "
        "marihuanera marihuaneros marihuaneras",
        "",
        "persona que usa drogas",
        _ES_SLUR,
    ),
    (
        "borracho borracha borrachos borrachas",
        r"(?<!est[aá]\sborracho)(?<!est[aá]\sborracha)(?<!estaba\sborracho)"
        r"(?<!estaba\sborracha)(?<!estuvo\sborracho)(?<!estuvo\sborracha)",
        "persona que bebe",
        _ES_SLUR,
    ),
    (
        "abuso",
        r"\s+de\s+(?:sustancias|drogas|alcohol|opioides|opi[aá]ceos)",
        "consumo de sustancias",
        _ES_ABUSE,
    ),
    (
        "limpio limpia limpios limpias",
        r"\s+(?:de\s+(?:drogas|alcohol|sustancias)|desde\b)",
        "sin consumir, en recuperación",
        _ES_CLEAN,
    ),
    (
        "lleva llevo llevaba llevamos",
        r"\s+(?:\w+\s+){1,3}limpi[oa]s?",
        "lleva … sin consumir, en recuperación",
        _ES_CLEAN,
    ),
    ("mantenerse mantenerme mantente", r"\s+limpi[oa]s?", "sin consumir", _ES_CLEAN),
    (
        "orina prueba pruebas muestra",
        r"\s+(?:(?:salió|salio|sale|está|esta|estaba|fue)\s+)?limpias?",
        "resultado negativo",
        _ES_CLEAN,
    ),
    (
        "orina prueba pruebas muestra",
        r"\s+(?:(?:salió|salio|sale|está|esta|estaba|fue)\s+)?sucias?",
        "resultado positivo",
        _ES_CLEAN,
    ),
    ("recaída recaídas recaida recaidas", "", "regreso al consumo", _ES_RELAPSE),
    ("recayó recayo", "", "volvió a consumir", _ES_RELAPSE),
    (
        "enfermo enferma enfermos enfermas",
        r"\s+mental(?:es)?",
        "persona con un problema de salud mental",
        _ES_MENTAL,
    ),
    ("loco loca locos locas", "", "diga lo que pasó", _ES_CRAZY),
    (
        "indigente indigentes",
        "",
        "persona sin hogar, persona en situación de calle",
        _ES_HOMELESS,
    ),
    ("cometió cometio", r"\s+suicidio", "murió por suicidio", _ES_SUICIDE),
    (
        "ex",
        r"[- ]?(?:convict[oa]s?|presidiari[oa]s?|reos?|reclus[oa]s?)",
        "persona que estuvo en prisión",
        _ES_JUSTICE,
    ),
    (
        "exconvicto exconvicta exconvictos exconvictas expresidiario expresidiaria "
        "expresidiarios expresidiarias",
        "",
        "persona que estuvo en prisión",
        _ES_JUSTICE,
    ),
)
