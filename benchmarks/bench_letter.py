"""Letters: rendering a referral letter (and a consent form) in-process.

`run()` returns rows (measure, value, unit, target) for benchmarks/run.py.
Run alone: `.venv/bin/python benchmarks/bench_letter.py`."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from peerjournal.core.letter import (  # noqa: E402
    LetterContent,
    build_consent_form,
    build_letter,
)
from peerjournal.core.models import (  # noqa: E402
    Clinician,
    Consent,
    Covers,
    Person,
    Profile,
    Referral,
    ReferralKind,
    ReferralStatus,
)
from peerjournal.render.consent_form import render_consent_form  # noqa: E402
from peerjournal.render.letter import FaxCover, render_letter  # noqa: E402

Row = tuple[str, float, str, str]
RUNS = 20

PROFILE = Profile(
    name="Dana Whitfield",
    credentials="CPRS",
    organization="Harbor Light Recovery Center",
    address="412 Alder Street\nSpringfield, OR 97477",
    phone="(541) 555-0142",
    email="dana@harborlight.example",
)
PERSON = Person(id="p1", preferred_name="Hương", legal_name="Nguyễn Thị Hương", pronouns="she/her")
CLINICIAN = Clinician(
    id="c1",
    name="Dr. Alma Reyes",
    organization="Riverbend Community Health",
    address="90 Mill Road\nEugene, OR 97401",
    phone="(541) 555-0100",
    fax="(541) 555-0101",
)
CONSENT = Consent(
    id="k1",
    person_id="p1",
    recipient_id="c1",
    purpose="To ask for a first appointment I want.",
    information="My name, how to reach me, and what I ask for in my own words.",
    signed_on=date(2025, 3, 1),
    expires_on=date(2025, 9, 1),
)


def _letter(language: str, reason: str) -> LetterContent:
    referral = Referral(
        id="r1",
        person_id="p1",
        clinician_id="c1",
        kind=ReferralKind.MEDICATION,
        reason_in_their_words=reason,
        request="A morning appointment, please. Text is better than calling.",
        created_on=date(2025, 3, 3),
        status=ReferralStatus.DRAFT,
    )
    return build_letter(
        profile=PROFILE,
        person=PERSON,
        clinician=CLINICIAN,
        referral=referral,
        consent=CONSENT,
        on=date(2025, 3, 5),
        language=language,
    )


def _every_section(language: str) -> LetterContent:
    """A letter with every optional section covered and filled in (issue 12)."""
    from dataclasses import replace

    referral = Referral(
        id="r1",
        person_id="p1",
        clinician_id="c1",
        kind=ReferralKind.TREATMENT,
        reason_in_their_words="I've been sleeping at my sister's for two months.\n"
        "I want to stop drinking before my daughter's birthday.",
        request="An appointment in the morning, before my shift. Texting is best.",
        created_on=date(2025, 3, 3),
        status=ReferralStatus.DRAFT,
        share_contact=True,
        to_know="I work nights at the bakery, so mornings before 11 are hard.",
        going_well="I haven't missed a day of work in six weeks.",
        how_i_will_help="I can come with her to the first appointment and help with the bus.",
    )
    person = replace(PERSON, phone="(541) 555-0199", email="h@example.org")
    consent = replace(CONSENT, covers=tuple(c.value for c in Covers), signature=None)
    return build_letter(
        profile=PROFILE,
        person=person,
        clinician=CLINICIAN,
        referral=referral,
        consent=consent,
        on=date(2025, 3, 5),
        language=language,
    )


def _median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run() -> list[Row]:
    """Median render times, after one warm-up render (which registers the fonts)."""
    usual = _letter("en", "I've been using for eleven years and I'm tired.\nI want to try that.")
    spanish = _letter("es", "Estoy cansada.\nQuiero intentarlo mientras tengo trabajo.")
    long_reason = _letter("en", "\n".join(f"Line {i} of what happened." for i in range(150)))
    every = _every_section("en")
    every_es = _every_section("es")
    form = build_consent_form(
        profile=PROFILE, person=PERSON, clinician=CLINICIAN, on=date(2025, 3, 1), language="en"
    )
    start = time.perf_counter()
    render_letter(usual)
    first = (time.perf_counter() - start) * 1000
    return [
        ("letter: first render in a process (fonts load)", first, "ms", "< 1000 ms"),
        (f"letter: render, median of {RUNS}", _median_ms(lambda: render_letter(usual)), "ms",
         "< 200 ms"),
        (f"letter (Spanish, 3 pages): render, median of {RUNS}",
         _median_ms(lambda: render_letter(spanish)), "ms", "< 200 ms"),
        (f"letter with every section: render, median of {RUNS}",
         _median_ms(lambda: render_letter(every)), "ms", "<= 200 ms"),
        (f"letter with every section (Spanish): render, median of {RUNS}",
         _median_ms(lambda: render_letter(every_es)), "ms", "<= 200 ms"),
        (f"letter with every section and a fax cover: render, median of {RUNS}",
         _median_ms(lambda: render_letter(every, fax_cover=FaxCover(date(2025, 3, 5)))), "ms",
         "(two layouts)"),
        (f"letter (150-line reason): render, median of {RUNS}",
         _median_ms(lambda: render_letter(long_reason)), "ms", "< 500 ms"),
        (f"consent form: render, median of {RUNS}",
         _median_ms(lambda: render_consent_form(form)), "ms", "< 200 ms"),
    ]  # fmt: skip


if __name__ == "__main__":
    for name, value, unit, target in run():
        print(f"{name:<66} {value:10.1f} {unit:<4} {target}")
