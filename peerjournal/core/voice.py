"""Whose words a phrase is: the voice layer under the scope check and the hints.

A checker finds a phrase ("bipolar disorder", "needs detox", "stop the Zoloft");
before it calls that phrase a finding it asks here whose assertion the phrase
is. The answer, a `Voice`, has an owner:

- `WRITER`: the peer asserts it in their own voice;
- `QUOTED`: inside quotation marks (core/quotes.py): someone's own words;
- `REPORTED`: reported speech, thought or decision ("she said", "her doctor
  thinks", "according to the letter", "…, he told me");
- `WISH`: the person's wish, ask or question ("she wants", "he asked about");
- `TOPIC`: a subject of talk, not a person ("a workshop on…", "a book about…");
- `REQUEST`: a question for the clinician or a hypothetical ("please assess
  whether…", "to determine…", "talk to her prescriber about…");
- `NEGATED`: denied ("never diagnosed with", "denies");

and a subject, for `WRITER` phrases: `SELF` (the writer about themself: "I was
an addict", or in the person's own field, the person), `PERSON` (the person
the note is about, or no subject) or `OTHER` (someone else: "her mom has…",
"his PO requires…", "the discharge papers list…").

The method is ConText (Harkema et al., 2009; the trigger lists are in
core/voice_terms.py): each trigger governs the words after it (or, for "…, she
said", before it) up to the end of its scope: its clause for wishes, topics
and negations, its sentence (to a "but" or ";") for reported speech and
requests. The writer's own "I recommend", "I think", "in my opinion" ends any
scope and gives the voice back to the writer. Reported speech whose speaker is
the writer ("I told her she needs detox") stays the writer's.

Pure Python, no I/O, nothing logged. One `VoiceReader` per text; it is linear
in the text's length (one trigger scan, one clause scan) and each question
looks back a bounded number of characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from peerjournal.core import voice_terms as vt
from peerjournal.core.quotes import QuotedSpans, quoted_spans
from peerjournal.core.textscan import LowerText, WordPatterns


def _words(text: str) -> frozenset[str]:
    """A set of the words of `text` (lists of words stay readable as text)."""
    return frozenset(text.split())


WRITER = "writer"
QUOTED = "quoted"
REPORTED = "reported"
WISH = "wish"
TOPIC = "topic"
REQUEST = "request"
NEGATED = "negated"

_EARLIER = "earlier"  # "she was diagnosed with…": an unnamed clinician's decision, its clause
_HYPOTHETICAL = "hypothetical"  # "if she needs detox, …": its clause only
_OTHERS = "others"  # someone else's advice or decision (only with another subject)

SELF = "self"
PERSON = "person"
OTHER = "other"

# How far back a question looks for its subject and triggers (characters): a
# clause longer than this is rare, and the bound keeps every question cheap.
_LOOK_BACK = 240


@dataclass(frozen=True, slots=True)
class Voice:
    """Whose a phrase is: `owner` (WRITER, QUOTED, …) and, for the writer's
    phrases, the `subject` of its clause (SELF, PERSON or OTHER)."""

    owner: str
    subject: str = PERSON

    @property
    def is_writers_claim_about_someone(self) -> bool:
        """The writer asserts it about the person (not about themself, not someone else's)."""
        return self.owner == WRITER and self.subject == PERSON


@dataclass(frozen=True, slots=True)
class _Trigger:
    start: int
    end: int
    category: str


@dataclass(frozen=True, slots=True)
class _Lexicon:
    triggers: WordPatterns
    categories: tuple[str, ...]
    breaks: WordPatterns
    break_strength: tuple[str, ...]
    other_people: frozenset[str]
    other_people_exact: frozenset[str]
    subjects: WordPatterns


@cache
def _lexicon() -> _Lexicon:
    entries: list[tuple[str, str]] = []
    categories: list[str] = []
    for category, group in (
        (WRITER, vt.WRITER),
        (REQUEST, vt.REQUESTS),
        (NEGATED, vt.NEGATIONS),
        (TOPIC, vt.TOPICS),
        (REPORTED, vt.REPORTED),
        (_HYPOTHETICAL, vt.HYPOTHETICALS),
        (_EARLIER, vt.EARLIER_DECISIONS),
        (_OTHERS, vt.OTHERS_ADVICE),
        (WISH, vt.WISHES),
    ):
        entries.extend(group)
        categories.extend(category for _ in group)
    breaks = WordPatterns(
        [
            ("but however although though whereas yet pero aunque", ""),
            ("sin", r"\s+embargo"),
            ("because since when while whenever unless until once after before so "
             "porque cuando mientras", ""),
            ("and or y", r"(?=\s+(?:I|we|she|he|they|it|this|that|her|his|their|yo|ella|él)\b)"),
            ("and or y", r"(?=\s+(?:(?:really|also|still)\s+)?(?:needs?|should|must|requires?|"
             r"would|could|might|can|will|has|have|had|is|was|ought|necesita|debe)\b)"),
            ("which who where", ""),
        ]
    )
    strength = ("strong", "strong", "weak", "weak", "weak", "weak")
    exact = {w[1:] for w in vt.OTHER_PEOPLE_WORDS.split() if w.startswith("=")}
    folded = {w.lower() for w in vt.OTHER_PEOPLE_WORDS.split() if not w.startswith("=")}
    # Words that can be a clause's subject: entry 0 is the writer, 1 the person, 2 and
    # 3 someone else.
    subjects = WordPatterns(
        [
            ("i we", r"(?:[’'](?:m|ve|d|ll|re))?"),
            ("she he they you", r"(?:[’'](?:s|ve|d|ll|re))?"),
            (" ".join(sorted(folded | _TOPIC_HEADS)), r"(?:[’']s?)?"),
            (" ".join("=" + w for w in sorted(exact)), r"(?:[’']s?)?"),
            ("yo nosotros", ""),
            ("ella él ellos", ""),
        ]
    )
    return _Lexicon(
        subjects=subjects,
        triggers=WordPatterns(entries),
        categories=tuple(categories),
        breaks=breaks,
        break_strength=strength,
        other_people=frozenset(folded),
        other_people_exact=frozenset(exact),
    )


# A sentence ends at these; a dot in "3.7" or "F11.20", or after "Dr", does not end one.
_SENTENCE_END = re.compile(
    r"\.(?<!\bdr\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bst\.)(?<!\bvs\.)(?<!\be\.g\.)"
    r"(?<!\bi\.e\.)(?<!\ba\.m\.)(?<!\bp\.m\.)(?<!\bsr\.)(?<!\bjr\.)(?!\d)"
    r"|[!?;\n\r\u2028\u2029…]|\s[-–—]\s",
    re.IGNORECASE,
)
_COMMA = re.compile(r",")
# "Dear Dr. Lindqvist," opens a letter: its names are no subject of what follows.
_SALUTATION = re.compile(r"(?im)^[ \t]*(?:dear|hello|hi|greetings|to)\b[^,\n:]{0,60}[,:]")
# A capitalized word that is no sentence's first: a name, the subject of its clause
# ("From what I've seen, Arjun presents with…") unless an object or a title's name.
_NAME = re.compile(r"(?<![\w’'.-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)?(?![\w’'-])")
_NOT_NAMES = _words(
    "I Dr Mr Mrs Ms Mx Miss Doctor Nurse Judge Officer Dear Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April June July August September October "
    "November December Christmas Thanksgiving Easter English Spanish God Medicaid Medicare"
)
_TITLES = _words(
    "dr doctor nurse judge officer pastor rev prof professor coach sister brother aunt uncle "
    "counselor therapist psychiatrist prescriber sponsor"
)
_MR = _words("mr mrs ms mx")
# A heading ("Assessment:", "Summary for referral:"): the writer's label, not a subject.
_HEADING_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,2}\s*:")
# A document word after these is the writer's own ("this letter") or a verb ("please note").
_NOT_A_SUBJECT_AFTER_WORDS = _words("this please to i we you will would should can could must")
# The writer's note style: a sentence that opens with the writer's own past verb
# ("Noted that…", "Told Gunnar he could…"; not "Told me…", which is the person's).
_WRITERS_OPENING = re.compile(
    r"(?:noted|observed|wrote|explained|reminded|advised|told(?!\s+(?:me|us)\b))\b",
    re.IGNORECASE,
)
# Reported words whose object stands before them ("the voices she described, …",
# "what she reported and…"): they govern nothing after them.
_REPORTED_ENDS = re.compile(r"\s*(?:[,)]|and\b|or\b|but\b)")
_FREE_RELATIVE_BEFORE = re.compile(
    r"\b(?:what|everything|whatever|all)\s+[\w’'-]+\s+(?:(?:has|had|just)\s+)?$", re.IGNORECASE
)
# "Her ADHD was diagnosed when…": someone else diagnosed it.
_PASSIVE_DECISION_AFTER = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been|got|is)\s+(?:(?:\w+ly|first|also|once)\s+)?"
    r"(?:diagnosed|identified|confirmed|documented)\b",
    re.IGNORECASE,
)
_NEW_SENTENCE_AFTER_COMMA = re.compile(
    r",\s*(?:and|but|so|yet)\s+(?=(?:she|he|they|I|we)\b)", re.IGNORECASE
)
_WORD = re.compile(r"[\w’'-]+")
# A reported verb is backward ("…, she said.") when only this follows it.
_BACKWARD_TAIL = re.compile(
    r"(?:\s+(?:to\s+)?(?:me|us|her|him|them|quietly|again|later|today|yesterday|once|"
    r"on\s+the\s+phone|in\s+group|at\s+intake))?\s*(?:[.,;!?)\]\"”’]|$)"
)
# … and only this precedes it: a comma or a closing quotation mark, then its speaker.
_BACKWARD_HEAD = re.compile(r"[,\"”’'(—–-]\s*(?:[\w’'.-]+\s+){0,3}$")
_AGENT_BY = re.compile(r"\bby" + vt.AGENT_BY + r"([\w-]+)", re.IGNORECASE)
_PRONOUN_PERSON = frozenset({"she", "he", "they", "you", "ella", "él", "ellos"})
_PRONOUN_SELF = frozenset({"i", "we", "yo", "nosotros"})
_SELF_CONTRACTIONS = re.compile(r"(?:i|we)[’'](?:m|ve|d|ll|re)$")
_PERSON_CONTRACTIONS = re.compile(r"(?:she|he|they|you)[’'](?:s|ve|d|ll|re)$")
_DETERMINERS = _words(
    "her his their the a an my our your its this that these those some one another older younger "
    "little big late own former new old primary current previous last best close first second "
    "third ex - su sus el la los las mi"
)
_SUBJECT_KINDS = (SELF, PERSON, OTHER, OTHER, SELF, PERSON)
_TOPIC_HEADS = _words(
    "training workshop class course webinar seminar presentation lecture conference session group "
    "meeting brochure pamphlet handout flyer article book video podcast documentary movie film "
    "show poster sign curriculum module study guide website forum panel"
)
_MODALS_BEFORE_WISH = re.compile(
    r"(?:should|must|could|might|ought\s+to|needs?\s+to|has\s+to|have\s+to|can|"
    r"may\s+want\s+to|might\s+want\s+to)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _word_before(text: str, pos: int) -> tuple[str, str]:
    """The word before `pos` and the one mark between ("," or "." …), or ("", "")."""
    i = pos
    gap = ""
    while i > 0 and pos - i < 8:
        c = text[i - 1]
        if c.isspace() or c in "\"“”'’(":
            i -= 1
        elif c in ",.!?:;" and not gap:
            gap = c
            i -= 1
        else:
            break
    if "\n" in text[i:pos]:
        gap = "\n"
    j = i
    while j > 0 and i - j < 30 and (text[j - 1].isalnum() or text[j - 1] in "’'-_"):
        j -= 1
    return text[j:i], gap


class VoiceReader:
    """Answers `voice_of(start, end)` for the phrases of one text.

    `their_words=True` reads a field in the person's own words
    (`reason_in_their_words`): there "I" is the person, so first-person
    phrases are theirs.
    """

    def __init__(
        self,
        text: str,
        *,
        their_words: bool = False,
        words: LowerText | None = None,
        quotes: QuotedSpans | None = None,
    ) -> None:
        self.text = text
        self.their_words = their_words
        self.quotes = quotes if quotes is not None else quoted_spans(text)
        lex = _lexicon()
        self._lex = lex
        lowered = words if words is not None else LowerText(text)
        self._words = lowered
        quoted = self.quotes.covers if self.quotes.spans else None
        found = [
            _Trigger(m.start, m.end, lex.categories[m.index])
            for m in lex.triggers.finditer(lowered)
            if quoted is None or not quoted(m.start, m.end)
        ]
        self._triggers = found
        self._trigger_starts = [t.start for t in found]
        strong: list[int] = []
        weak: list[int] = []
        strong.extend(m.start() for m in _SENTENCE_END.finditer(text))
        if "dear" in lowered.lower[:2000] or "\n" in text:
            strong.extend(m.end() - 1 for m in _SALUTATION.finditer(text))
        for b in lex.breaks.finditer(lowered):
            (strong if lex.break_strength[b.index] == "strong" else weak).append(b.start)
        weak.extend(c.start() for c in _COMMA.finditer(text))
        # ", and she…" starts a sentence of its own: reported speech ends there
        new_sentences = [m.start() for m in _NEW_SENTENCE_AFTER_COMMA.finditer(text)]
        self._medium = sorted(strong + new_sentences)
        self._questions = [m.start() for m in re.finditer(r"\?", text)]
        strong.sort()
        self._strong = strong
        self._weak = sorted(weak + strong)
        # Answers already given: the checkers ask about the same cue for many phrases.
        self._voices: dict[tuple[int, int, bool], Voice] = {}
        self._subjects: dict[tuple[int, int], str] = {}
        self._marks: tuple[list[int], list[int], list[str]] | None = None

    # ----- boundaries -----

    @staticmethod
    def _before(breaks: list[int], pos: int) -> int:
        i = bisect.bisect_right(breaks, pos - 1) - 1
        return breaks[i] + 1 if i >= 0 else 0

    def _after(self, breaks: list[int], pos: int) -> int:
        i = bisect.bisect_left(breaks, pos)
        return breaks[i] if i < len(breaks) else len(self.text)

    def sentence_start(self, pos: int) -> int:
        """Where the sentence (or ";"-part) holding `pos` begins."""
        return self._before(self._strong, pos)

    def sentence_end(self, pos: int) -> int:
        return self._after(self._strong, pos)

    def clause_start(self, pos: int) -> int:
        """Where the clause holding `pos` begins (a comma, "but", "because", "and she"…)."""
        return self._before(self._weak, pos)

    def clause_end(self, pos: int) -> int:
        return self._after(self._weak, pos)

    def same_clause(self, a: int, b: int) -> bool:
        """True when no clause boundary lies between positions a <= b."""
        i = bisect.bisect_left(self._weak, a)
        return i >= len(self._weak) or self._weak[i] >= b

    # ----- the question -----

    def voice_of(self, start: int, end: int | None = None, *, asked: bool = True) -> Voice:
        """Whose the phrase text[start:end] is. `asked=False` reads a question's words as
        if it were said (a question that asks for a change still voices the writer's)."""
        end = start if end is None else end
        known = self._voices.get((start, end, asked))
        if known is None:
            known = self._voices[(start, end, asked)] = self._voice_of(start, end, asked)
        return known

    def _voice_of(self, start: int, end: int, asked: bool = True) -> Voice:
        if self.quotes.covers(start, max(end, start + 1)):
            return Voice(QUOTED, OTHER)
        if asked and self._is_question(start):
            return Voice(REQUEST)  # "Does she need detox?": asked, not said
        floor = max(self.sentence_start(start), start - _LOOK_BACK)
        writer_from = floor
        trigger = self._governing_before(start, floor)
        while trigger is not None:
            verdict = self._owner_of(trigger, start)
            if verdict is not None:
                return verdict
            writer_from = max(writer_from, trigger.end)
            if trigger.category not in (REPORTED, WISH):
                break
            # "She asked if I thought she had ADHD": the writer's words inside her question
            trigger = self._governing_before(start, floor, before=trigger.start)
        backward = self._governing_after(end)
        if backward is not None:
            return Voice(backward)
        if _PASSIVE_DECISION_AFTER.match(self.text, end):
            return Voice(REPORTED, OTHER)
        clause = self.clause_start(start)
        if writer_from > clause:
            return Voice(WRITER, self.subject_before(start, writer_from))
        found = self._mark_between(clause, start)
        if found is None and self.text[max(0, clause - 1) : clause + 2].lower() == "who":
            found = self._antecedent(clause - 1)
        if found is None:
            # No subject in its clause ("…, who lives in Tulsa, has PTSD"): the sentence's.
            found = self._mark_between(self.sentence_start(start), clause, first=True)
        return Voice(WRITER, found or PERSON)

    def trigger_between(self, a: int, b: int, categories: tuple[str, ...]) -> bool:
        """True when a trigger of one of `categories` starts in text[a:b]: a cue before
        it does not reach a phrase inside its scope."""
        i = bisect.bisect_left(self._trigger_starts, a)
        while i < len(self._triggers) and self._triggers[i].start < b:
            if self._triggers[i].category in categories:
                return True
            i += 1
        return False

    def _antecedent(self, who: int) -> str:
        """The kind of the noun a "who" clause stands on ("Tomasz, who has…")."""
        before = _WORD.findall(self.text, max(0, who - 40), who)
        if not before:
            return PERSON
        word = before[-1]
        if word.lower() in _PRONOUN_SELF:
            return SELF
        if len(before) > 1 and word[:1].isupper() and self._is_other_word(before[-2]):
            return OTHER  # "his friend Dev, who…"
        return OTHER if self._is_other_word(word) else PERSON

    def _is_question(self, pos: int) -> bool:
        """True when the sentence holding `pos` ends with a question mark."""
        if not self._questions:
            return False
        end = self.sentence_end(pos)
        return end < len(self.text) and self.text[end] == "?"

    def _governing_before(
        self, pos: int, floor: int, before: int | None = None
    ) -> _Trigger | None:
        """The nearest trigger before `pos` (or before `before`) whose scope reaches `pos`."""
        i = bisect.bisect_left(self._trigger_starts, pos if before is None else before) - 1
        while i >= 0:
            t = self._triggers[i]
            i -= 1
            if t.start < floor:
                break
            if t.end > pos:
                continue
            if self._reaches(t, pos):
                return t
        return None

    def _reaches(self, t: _Trigger, pos: int) -> bool:
        if t.category in (REPORTED, _OTHERS):
            if t.category == REPORTED and (
                _REPORTED_ENDS.match(self.text, t.end)
                or _FREE_RELATIVE_BEFORE.search(self.text, max(0, t.start - 40), t.start)
            ):
                return False  # "the voices Kwame described and…", "what she described": its object
            return self._after(self._medium, t.end) >= pos
        if t.category in (REQUEST, WRITER):
            return self.sentence_end(t.end) >= pos
        if t.category in (TOPIC, NEGATED):
            return self.same_clause(t.end, pos) and pos - t.end <= 60
        return self.same_clause(t.end, pos)  # WISH, _HYPOTHETICAL, _EARLIER

    def _owner_of(self, t: _Trigger, pos: int) -> Voice | None:
        """The voice a trigger gives `pos`, or None when it is the writer's own
        (then the subject is read after the trigger)."""
        category = t.category
        if category == WRITER:
            return None
        if category == _HYPOTHETICAL:
            return Voice(REQUEST)
        if category == _EARLIER:
            speaker = self.subject_before(t.start, self.clause_start(t.start))
            if speaker == SELF and not self.their_words:
                return Voice(WRITER, SELF)  # "I was diagnosed with…": about myself
            return Voice(REPORTED, OTHER)
        if category == _OTHERS:
            speaker = self.subject_before(t.start, self.clause_start(t.start))
            return Voice(REPORTED, OTHER) if speaker == OTHER else None
        if category in (REPORTED, WISH):
            opening = self.sentence_start(t.start)
            if (
                category == REPORTED
                and not self.text[opening : t.start].strip(" \t-•*\"“(")
                and _WRITERS_OPENING.match(self.text, t.start)
            ):
                return None  # "Noted that…", "Told Gunnar…": the writer's note
            if category == WISH and _MODALS_BEFORE_WISH.search(
                self.text, max(0, t.start - 30), t.start
            ):
                return None  # "she should ask for a higher dose": the writer's advice
            speaker = self.subject_before(t.start, self.clause_start(t.start))
            if speaker == SELF and not self.their_words:
                if category == WISH and self.text[t.start : t.end].lower().startswith("i"):
                    return Voice(WISH)  # "I want to go to detox": the person speaking
                if category == WISH and self._first_word_after_is_self(t.end):
                    return Voice(WISH)
                return None  # "I told her she needs detox": the writer's own words
            if speaker == OTHER:
                return Voice(REPORTED, OTHER)
        return Voice(category)

    def _first_word_after_is_self(self, pos: int) -> bool:
        m = _WORD.search(self.text, pos, min(len(self.text), pos + 20))
        return m is not None and m.group().lower() in ("to", "about", "for", "if", "whether")

    def _governing_after(self, pos: int) -> str | None:
        """A backward trigger after `pos` in its sentence: "…, she said.", "per her doctor"."""
        limit = min(self.sentence_end(pos), pos + _LOOK_BACK)
        i = bisect.bisect_left(self._trigger_starts, pos)
        while i < len(self._triggers):
            t = self._triggers[i]
            i += 1
            if t.start >= limit:
                break
            word = self.text[t.start : t.end].lower()
            if t.category == REPORTED and (
                word.startswith(("per ", "according", "in her", "in his", "in their"))
                or (
                    _BACKWARD_TAIL.match(self.text, t.end)
                    and _BACKWARD_HEAD.search(self.text, max(0, t.start - 40), t.start)
                )
            ):
                if self.subject_before(t.start, self.clause_start(t.start)) == SELF and (
                    not self.their_words
                ):
                    return None
                return REPORTED
        by = self._agent_after(pos, limit)
        return REPORTED if by else None

    def _agent_after(self, pos: int, limit: int) -> bool:
        """ "(diagnosed …) by her psychiatrist": someone else decided it."""
        if "by" not in self.text[pos : min(limit, pos + 80)].lower():
            return False
        for m in _AGENT_BY.finditer(self.text, pos, min(limit, pos + 80)):
            if self._is_other_word(m.group(1)):
                return True
        return False

    # ----- subjects -----

    def _is_other_word(self, word: str) -> bool:
        lex = self._lex
        bare = word.rstrip("’'").removesuffix("’s").removesuffix("'s")
        return (
            bare.lower() in lex.other_people
            or bare in lex.other_people_exact
            or bare.lower() in _TOPIC_HEADS
        )

    def subject_before(self, pos: int, floor: int) -> str:
        """The subject of the clause that `pos` stands in, read right to left from
        `pos` back to `floor`: SELF, OTHER, or PERSON (also when there is none)."""
        floor = max(floor, pos - _LOOK_BACK)
        known = self._subjects.get((pos, floor))
        if known is None:
            known = self._subjects[(pos, floor)] = self._subject_before(pos, floor)
        return known

    def _subject_before(self, pos: int, floor: int) -> str:
        return self._mark_between(floor, pos) or PERSON

    def _mark_between(self, floor: int, pos: int, *, first: bool = False) -> str | None:
        """The kind of the last (or first) subject word in text[floor:pos], if any."""
        starts, ends, kinds = self._subject_marks()
        floor = max(floor, pos - _LOOK_BACK)
        if first:
            i = bisect.bisect_left(starts, floor)
            return kinds[i] if i < len(starts) and ends[i] <= pos else None
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and ends[i] > pos:
            i -= 1
        return kinds[i] if i >= 0 and starts[i] >= floor else None

    def _subject_marks(self) -> tuple[list[int], list[int], list[str]]:
        """Every word of the text that can be a clause's subject, with its kind, found
        in one pass when first needed: "I" (SELF), "she" (PERSON), and "her mom",
        "the court" (OTHER) unless an object ("lives with her mom")."""
        if self._marks is not None:
            return self._marks
        starts: list[int] = []
        ends: list[int] = []
        kinds: list[str] = []
        text = self.text
        for m in self._lex.subjects.finditer(self._words):
            kind = _SUBJECT_KINDS[m.index]
            if kind == OTHER and (
                self._is_object(m.start)
                or _HEADING_AFTER.match(text, m.end)
                or _word_before(text, m.start)[0].lower() in _NOT_A_SUBJECT_AFTER_WORDS
            ):
                continue
            starts.append(m.start)
            ends.append(m.end)
            kinds.append(kind)
        names = []
        for n in _NAME.finditer(text):
            a = n.start()
            if n.group() in _NOT_NAMES:
                continue
            word, gap = _word_before(text, a)
            low = word.lower()
            if not word or (gap and gap in ".!?:;\n" and low not in _MR):
                continue  # a sentence's first word ("Honestly, …"), not "Mr. Okafor"
            if low in vt.OBJECT_BEFORE or low in _TITLES:
                continue  # an object ("with Hank"), or a title's name ("Dr. Ruiz")
            if self._is_other_word(n.group()) or (gap != "," and self._is_other_word(word)):
                continue  # "her son Mateo": the name of someone else
            if self.sentence_start(a) > a - len(gap) - len(word) - 1:
                continue  # the first word after a salutation or a dash
            names.append((a, n.end()))
        if names:
            marks = sorted(
                [*zip(starts, ends, kinds, strict=True), *((a, b, PERSON) for a, b in names)]
            )
            starts = [a for a, _, _ in marks]
            ends = [b for _, b, _ in marks]
            kinds = [k for _, _, k in marks]
        self._marks = (starts, ends, kinds)
        return self._marks

    def _is_object(self, start: int) -> bool:
        """True when the noun at `start` is an object: the word before its noun phrase
        (past "her older", "Maria's", "staff") is a preposition or a verb that takes one."""
        before = _WORD.findall(self.text, max(0, start - 60), start)
        j = len(before) - 1
        while j >= 0 and len(before) - j < 6 and (
            before[j].lower() in _DETERMINERS
            or before[j].lower().endswith(("’s", "'s"))
            or self._is_other_word(before[j])
        ):
            j -= 1
        return j >= 0 and before[j].lower() in vt.OBJECT_BEFORE


__all__ = [
    "NEGATED",
    "OTHER",
    "PERSON",
    "QUOTED",
    "REPORTED",
    "REQUEST",
    "SELF",
    "TOPIC",
    "WISH",
    "WRITER",
    "Voice",
    "VoiceReader",
]
