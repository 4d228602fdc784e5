"""Whose words a phrase is (core/voice.py), and the scope check that stands on it: one
test per voice category (spec/cli.md, check-scope), medication advice, levels of care,
`reason_in_their_words`, and property tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerjournal.core import voice as v
from peerjournal.core.scope import KINDS, WHY_OF_KIND, findings


def _texts(text: str, **kwargs: bool) -> list[str]:
    return [f.text for f in findings(text, **kwargs)]


def _voice(text: str, phrase: str, **kwargs: bool) -> v.Voice:
    start = text.index(phrase)
    return v.VoiceReader(text, **kwargs).voice_of(start, start + len(phrase))


# --- the voice layer ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "owner", "subject"),
    [
        ("She has bipolar disorder.", "bipolar", v.WRITER, v.PERSON),
        ("I was an addict for ten years.", "addict", v.WRITER, v.SELF),
        ("Her mom has schizophrenia.", "schizophrenia", v.WRITER, v.OTHER),
        ("She lives with her mom and has PTSD.", "PTSD", v.WRITER, v.PERSON),
        ('She said "I have PTSD."', "PTSD", v.QUOTED, v.OTHER),
        ("She said 'I have PTSD.'", "PTSD", v.QUOTED, v.OTHER),
        ("She said she has PTSD.", "PTSD", v.REPORTED, v.PERSON),
        ("He has PTSD, he told me.", "PTSD", v.REPORTED, v.PERSON),
        ("According to her psychiatrist, she has PTSD.", "PTSD", v.REPORTED, v.PERSON),
        ("His doctor thinks he has PTSD.", "PTSD", v.REPORTED, v.OTHER),
        ("She wants to go to detox.", "detox", v.WISH, v.PERSON),
        ("We held a workshop on opioid use disorder.", "opioid", v.TOPIC, v.PERSON),
        ("Please assess whether she has PTSD.", "PTSD", v.REQUEST, v.PERSON),
        ("She was never diagnosed with PTSD.", "PTSD", v.NEGATED, v.PERSON),
        ("I told her she needs detox.", "needs", v.WRITER, v.PERSON),
        ("She said she wants to rest, but she needs detox.", "needs", v.WRITER, v.PERSON),
    ],
)
def test_voice_categories(text: str, phrase: str, owner: str, subject: str) -> None:
    found = _voice(text, phrase)
    assert found.owner == owner
    if owner == v.WRITER:
        assert found.subject == subject


def test_in_their_words_i_is_the_person() -> None:
    assert _voice("I have PTSD.", "PTSD", their_words=True).subject == v.SELF
    assert _voice("I told her I need detox.", "need", their_words=True).owner != v.WRITER or (
        _voice("I told her I need detox.", "need", their_words=True).subject == v.SELF
    )


# --- scope: not findings, by category -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the person's own words, quoted or reported
        'She said "I think I\'m bipolar."',
        "She said 'I think I'm bipolar.'",
        "He told me he has PTSD from the war.",
        "Tomás thinks he might have ADHD.",
        "She asked about residential programs.",
        "I want to go to detox.",
        # a clinician, a court, a family member: reported
        "Her doctor diagnosed PTSD in 2019.",
        "She was diagnosed with bipolar disorder in 2015.",
        "He has a diagnosis of PTSD from the VA.",
        "She was placed at level 3.5 after her intake.",
        "According to her psychiatrist's letter, she has bipolar disorder.",
        "Her counselor placed her at level 2.1 last spring.",
        "His PO requires IOP.",
        "The judge ordered him to complete detox.",
        "His mom thinks he should go to rehab.",
        "The clinic raised her methadone to 90 mg.",
        "His psychiatrist suggested he try lithium.",
        "The nurse said his COWS was 14.",
        # another person's condition
        "Her mom has schizophrenia.",
        "His brother, who lives in Tulsa, has bipolar disorder.",
        "Her uncle is on Suboxone.",
        # a topic
        "We went to a training on co-occurring disorders.",
        "I gave her a pamphlet about PTSD.",
        "The workshop covered methadone myths.",
        # an ordinary health fact
        "She was diagnosed with diabetes last year.",
        "He has high blood pressure and takes lisinopril.",
        # a request that the clinician assess
        "Please evaluate whether another level of care would fit.",
        "Could you assess her for buprenorphine?",
        "I am asking for an evaluation to determine the right level of care.",
        # codes that are not codes, an ASAM mention with no level
        "We met in Room F12.",
        "She takes the F10 bus to group.",
        "I handed over the ASAM letter from the clinic.",
        # storage and safety advice about a medicine she has
        "Keep the Suboxone in a lockbox.",
        "I reminded him to store his methadone away from the kids.",
        "She should carry Narcan.",
        # history and facts
        "She went to detox last year.",
        "He stopped taking Zoloft in March.",
        "She takes 16 mg of Suboxone every morning.",
        # the writer about themself
        "I was an alcoholic for twelve years.",
        # denied
        "He was never diagnosed with PTSD.",
        # a hypothetical, a question
        "If she needs detox, I can drive her there.",
        "Does he need a higher level of care?",
        # a service's name, continuing or finished treatment, a refill
        "She goes to a PTSD support group on Tuesdays.",
        "I recommend she keep taking her Suboxone as prescribed.",
        "She should be proud of finishing IOP.",
        "He needs his Suboxone refilled before Friday.",
    ],
)
def test_not_the_writers_assertion_is_not_a_finding(text: str) -> None:
    assert findings(text) == [], _texts(text)


# --- scope: findings, by category ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Marisol has bipolar disorder.", "diagnosis"),
        ("In my opinion he has PTSD.", "diagnosis"),
        ("I'd add bipolar disorder to the list.", "diagnosis"),
        ("This looks like major depression to me.", "diagnosis"),
        ("He has severe alcohol use disorder.", "severity"),
        ("Dx: F11.20.", "code"),
        ("She meets DSM-5 criteria.", "code"),
        ("COWS 14 when I saw him.", "score"),
        ("Her CIWA score was 12.", "score"),
        ("He scored 19 on the PHQ-9.", "score"),
        ("ASAM level 3.7.", "assessment"),
        # levels of care, in many phrasings
        ("She needs detox.", "level_of_care"),
        ("IOP is the right level of care for him.", "level_of_care"),
        ("Outpatient would be sufficient.", "level_of_care"),
        ("Recommendation: Level 1.", "level_of_care"),
        ("His history warrants residential treatment.", "level_of_care"),
        ("The plan I am proposing is inpatient.", "level_of_care"),
        ("Residential is the best option for her.", "level_of_care"),
        ("I'd put him in a partial hospitalization program.", "level_of_care"),
        ("She can step down to IOP now.", "level_of_care"),
        # medication advice of any kind
        ("She should stop taking her Zoloft.", "medication"),
        ("He should switch from Xanax to buspirone.", "medication"),
        ("I'd lower her quetiapine.", "medication"),
        ("Raise the dose to 24 mg.", "medication"),
        ("He should go up to 32 mg.", "medication"),
        ("She should take half her dose at night.", "medication"),
        ("Start him on naltrexone.", "medication"),
        ("She can come off the lithium.", "medication"),
        ("He ought to restart his antidepressant.", "medication"),
        ("I told her to cut her Adderall in half.", "medication"),
        ("She would do better on Sublocade.", "medication"),
    ],
)
def test_the_writers_assertion_is_a_finding_with_its_kind(text: str, kind: str) -> None:
    found = findings(text)
    assert found, text
    assert kind in {f.kind for f in found}


def test_every_finding_has_a_known_kind_and_why() -> None:
    assert set(WHY_OF_KIND) == set(KINDS)
    for text in ("She has PTSD and needs detox; she should stop her Zoloft.", "COWS 12. F11.20."):
        for f in findings(text):
            assert f.kind in KINDS
            assert f.why


def test_reported_speech_ends_where_a_new_sentence_begins() -> None:
    assert findings("Her doctor said she has PTSD and needs inpatient.") == []
    assert _texts("Her doctor said she has PTSD, and she needs inpatient.") == ["needs inpatient"]
    assert _texts("If she keeps using, she needs inpatient.") == ["needs inpatient"]


def test_a_request_and_a_recommendation_in_one_sentence() -> None:
    text = "She asked about detox, but I recommend residential."
    assert _texts(text) == ["recommend residential"]


# --- reason_in_their_words ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have bipolar disorder and I need detox.",
        "I think I should stop my Zoloft.",
        "My doctor says I have PTSD.",
        '"I need residential," she said.',
    ],
)
def test_first_person_in_their_words_is_the_persons(text: str) -> None:
    assert findings(text, their_words=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "She has bipolar disorder.",
        "He needs residential treatment.",
        "She should stop taking Seroquel.",
    ],
)
def test_third_person_clinical_statements_in_their_words_are_checked(text: str) -> None:
    assert findings(text, their_words=True)


# --- properties -------------------------------------------------------------------------

_NAMES = ["She", "He", "Maria", "Jordan", "The client", "Mr. Okafor"]
_CLAIMS = [
    "has bipolar disorder",
    "has opioid use disorder",
    "is in early remission",
    "needs detox",
    "should go to residential treatment",
    "would do best in IOP",
    "should stop taking Zoloft",
    "should lower the methadone to 60 mg",
    "meets criteria for PTSD",
    "needs a higher level of care",
]
_TAILS = ["", " now", " this month", " after what happened"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_NAMES), st.sampled_from(_CLAIMS), st.sampled_from(_TAILS))
def test_quoting_a_flagged_sentence_makes_it_theirs(name: str, claim: str, tail: str) -> None:
    sentence = f"{name} {claim}{tail}."
    assert findings(sentence), sentence
    for quoted in (f"She said, '{sentence}'", f'She said, "{sentence}"', f"She said, “{sentence}”"):
        assert findings(quoted) == [], quoted


_LEVELS = [
    "detox",
    "inpatient",
    "residential treatment",
    "IOP",
    "intensive outpatient",
    "partial hospitalization",
    "a sober living house",
    "medically managed withdrawal",
    "a 28-day program",
    "outpatient",
]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_LEVELS), st.sampled_from(["Maria", "him", "her", "the client"]))
def test_i_recommend_before_a_level_of_care_adds_a_finding(level: str, who: str) -> None:
    before = f"We talked about {level} with {who}."
    after = f"We talked about {level} with {who}. I recommend {level}."
    assert len(findings(after)) == len(findings(before)) + 1
    assert findings(after)[-1].kind == "level_of_care"


# --- general rules added after the second blind development set (dev2_scope.tsv) --------


@pytest.mark.parametrize(
    ("text", "phrase", "owner", "subject"),
    [
        # a name after the writer's own clause is the subject of its clause
        ("From what I saw at group, Tomas has PTSD.", "PTSD", v.WRITER, v.PERSON),
        # a heading is the writer's label, not a report's subject
        ("Assessment: opioid use disorder.", "opioid", v.WRITER, v.PERSON),
        ("Summary for intake: opioid use disorder.", "opioid", v.WRITER, v.PERSON),
        # "this letter" is the writer's own; "please note" is a verb
        ("In this letter, Ana has PTSD.", "PTSD", v.WRITER, v.PERSON),
        ("Please note that Ana has PTSD.", "PTSD", v.WRITER, v.PERSON),
        # a salutation's title is no subject of the sentence after it
        ("Dear Dr. Ruiz, I write for Ana, who has PTSD.", "PTSD", v.WRITER, v.PERSON),
        # "who" stands on the noun before it
        ("I visited her uncle, who has PTSD.", "PTSD", v.WRITER, v.OTHER),
        ("I met her cousin Rafa, who has PTSD.", "PTSD", v.WRITER, v.OTHER),
        ("I met with Rafa, who has PTSD.", "PTSD", v.WRITER, v.PERSON),
        # the writer's note style
        ("Noted that Ana has PTSD.", "PTSD", v.WRITER, v.PERSON),
        ("Told Ana she needs detox.", "needs", v.WRITER, v.PERSON),
        ("Told me she has PTSD.", "PTSD", v.REPORTED, v.PERSON),
        # the writer's words inside the person's question stay the person's
        ("Ana asked if I thought she had PTSD.", "PTSD", v.REQUEST, v.PERSON),
        # reported words whose object came before them govern nothing after them
        ("The dreams Ana described and her startle look like PTSD.", "PTSD", v.WRITER, v.PERSON),
        ("I'd call what Ana described PTSD.", "PTSD", v.WRITER, v.PERSON),
        # "…was diagnosed" after a condition: someone else decided it
        ("Her PTSD was diagnosed in 2019.", "PTSD", v.REPORTED, v.OTHER),
        # the writer's certainty and inferences
        ("I'm quite sure Ana has PTSD.", "PTSD", v.WRITER, v.PERSON),
        ("She startles at every noise, which tells me she has PTSD.", "PTSD", v.WRITER, v.PERSON),
        ("My hunch is that Ana has PTSD.", "PTSD", v.WRITER, v.PERSON),
        # an event about a topic
        ("He went to an evening focused on PTSD.", "PTSD", v.TOPIC, v.PERSON),
    ],
)
def test_voice_rules_from_the_second_development_set(
    text: str, phrase: str, owner: str, subject: str
) -> None:
    found = _voice(text, phrase)
    assert found.owner == owner, found
    if owner == v.WRITER:
        assert found.subject == subject, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # withdrawal states and labels asserted
        ("Ana is in opioid withdrawal.", "diagnosis"),
        ("She's in withdrawal right now.", "diagnosis"),
        ("Told him to stop the Seroquel.", "medication"),
        ("Classic benzo withdrawal: shaking and sweats.", "diagnosis"),
        ("This is alcohol withdrawal.", "diagnosis"),
        ("He is going through severe opioid withdrawal.", "diagnosis"),
        ("Honestly, she is borderline.", "diagnosis"),
        # a score with a longer phrase between scale and number
        ("I ran the COWS with Ana and she came out at 13.", "score"),
        ("I scored Mr. Diaz at a CIWA of 11.", "score"),
        # levels of care
        ("I'm referring him for residential.", "level_of_care"),
        ("I ask that Ana be placed in detox.", "level_of_care"),
        ("Detox, which I think is the right level of care, is my plan.", "level_of_care"),
        ("It's time to step Ana up to IOP.", "level_of_care"),
        ("Ana is ready to move from PHP to IOP.", "level_of_care"),
        ("Ana could skip detox.", "level_of_care"),
        ("Ana is stable enough for outpatient.", "level_of_care"),
        ("Outpatient won't work for Ana.", "level_of_care"),
        ("I support Ana's admission to residential.", "level_of_care"),
        ("I encouraged Ana to go to detox.", "level_of_care"),
        ("Residential is where Ana should be.", "level_of_care"),
        ("If it were up to me, Ana would be in residential.", "level_of_care"),
        # medicines: a fuller vocabulary, comparisons, requests, pronouns, instructions
        ("She should lower her insulin.", "medication"),
        ("He should stop his prednisone.", "medication"),
        ("I suggested she stop her birth control.", "medication"),
        ("Vivitrol would probably work better for him.", "medication"),
        ("Naltrexone seems a better choice than Antabuse for him.", "medication"),
        ("I encouraged him to taper off the Klonopin.", "medication"),
        ("I would ask that you start him on naltrexone.", "medication"),
        ("Could you raise her methadone to 90 mg?", "medication"),
        ("I showed him how to taper his Ativan.", "medication"),
        ("I told Ana-Lucia to take her Seroquel every other night.", "medication"),
        ("The gabapentin makes him dizzy, so he should stop it.", "medication"),
        ("Have him stop the Ambien for a week.", "medication"),
        # a level after a colon, a bare ASAM number naming a placement, more phrasings
        ("Recommended level: 2.", "level_of_care"),
        ("His history warrants a 3.5 placement.", "level_of_care"),
        ("The plan I am putting forward is residential.", "level_of_care"),
        ("I'd like to see Ana in a PHP.", "level_of_care"),
        # a dose with no drug, and a change recommended after it
        ("Her dose needs to go up.", "medication"),
        ("His dose should be lowered.", "medication"),
        # "up" as an instruction's verb; a judgment that names a medicine
        ("Up her dose to 16 mg.", "medication"),
        # the writer's likening is no topic
        ("She presents as someone with bipolar disorder.", "diagnosis"),
        ("Naltrexone is the right medication for him.", "medication"),
    ],
)
def test_general_rules_from_the_second_development_set(text: str, kind: str) -> None:
    found = findings(text)
    assert found, text
    assert kind in {f.kind for f in found}, found
    # the property of the voice layer holds for every new rule: quoted, it is theirs
    for quoted in (f'She said, "{text}"', f"He told me, “{text}”"):
        assert findings(quoted) == [], quoted


@pytest.mark.parametrize(
    "text",
    [
        # someone else's, reported, wished, a topic, logistics: still not findings
        "Her ADHD was diagnosed when she was seven.",
        "He went to a family night focused on bipolar disorder.",
        "Ana asked if I thought she had PTSD, and I said to ask her doctor.",
        "We practiced what she could say if she wants to ask about lowering her dose.",
        "She wants to change pharmacies so she can get her methadone nearer home.",
        "He asked me to remind him to pick up his insulin.",
        "Noted that his insurance requires prior authorization for residential.",
        "Told me she was in withdrawal when the ambulance came.",
        "She was scared of going through withdrawal again.",
        "The doctor said he was in opioid withdrawal.",
        "Her psychiatrist said Vivitrol would work better for her.",
        "Could you look at whether her dose is still right?",
        "I showed him how to store his methadone in the lockbox.",
        "Dear Dr. Ruiz, Ana asked me to write about her move to a new apartment.",
        # a bare "in withdrawal" in the past is a story; someone else's asking is theirs;
        # a session of a service she has is an appointment
        "She was in withdrawal when she called, so I drove her to the ER.",
        "Ana asked me how to taper off the Klonopin, and I said to ask her prescriber.",
        "His doctor told him to stop the Seroquel.",
        "I encouraged Ana to go to her IOP group tonight.",
        "It's time for his detox intake, so we ended early.",
        # what the person read is reported
        "She read that PTSD can follow a car crash.",
        # "up" after an errand's verb is no dose change
        "She needs to pick up her meds before Friday.",
        # a scale's name is not a diagnosis; a dose that changed, reported, is not advice
        "The GAD-7 is a short screening tool we learned about.",
        "Her dose went up last week, according to her doctor.",
        "He needs his dose before work.",
        # a name after someone else's noun is that someone ("her son Mateo")
        "Her son Mateo has ADHD and she worries about his grades.",
        "His friend Dev, who has PTSD, drove him to the meeting.",
    ],
)
def test_general_rules_keep_the_exemptions(text: str) -> None:
    assert findings(text) == [], _texts(text)
