"""Monthly check-ins for the demo journal: invented, in the person's language.

Only the first DEMO_PEOPLE people get them (so a 10,000-person demo stays
fast), once a month over at most the last two years, with a month skipped now
and then. Each part moves a step at a time, as lives do, leaning a little
towards better; a few answers carry a short sentence in their words.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from peerjournal.core.checkins import default_parts
from peerjournal.core.models import RATING_HIGHEST, RATING_LOWEST, Checkin, CheckinPart

DEMO_PEOPLE = 100
MONTHS = 24
_SKIP_MONTH = 0.12
_SAID = 0.22

_OWN_PARTS = {
    "en": ("My kids", "Music", "My faith", "My dog", "Staying out of court"),
    "es": ("Mis hijos", "La música", "Mi fe", "Mi perro", "No volver a la corte"),
}
_WORDS = {
    "en": (
        "Better than last month.",
        "Still on a waiting list.",
        "My sister calls every Sunday now.",
        "Hard week. I'm still here.",
        "I got the keys!",
        "Slept through the night twice.",
        "Went to a meeting on my own.",
        "Money is tight again.",
        "The clinic called me back.",
        "I feel like people see me.",
    ),
    "es": (
        "Mejor que el mes pasado.",
        "Sigo en la lista de espera.",
        "Mi hermana me llama cada domingo.",
        "Semana difícil. Aquí sigo.",
        "¡Ya tengo las llaves!",
        "Dormí toda la noche dos veces.",
        "Fui a una reunión por mi cuenta.",
        "El dinero no alcanza otra vez.",
        "La clínica me devolvió la llamada.",
        "Siento que la gente me ve.",
    ),
}


@dataclass(frozen=True, slots=True)
class DemoPerson:
    """What the check-ins need to know of a demo person."""

    id: str
    spanish: bool
    first_seen: date


def _month_start(day: date, back: int) -> date:
    months = day.year * 12 + day.month - 1 - back
    return date(months // 12, months % 12 + 1, 1)


def monthly_checkins(people: Sequence[DemoPerson], today: date, seed: int) -> list[Checkin]:
    """Check-ins for the first DEMO_PEOPLE people, oldest first per person."""
    rng = random.Random(f"checkins-{seed}")  # its own stream: the rest of the demo is unchanged
    made: list[Checkin] = []
    for someone in people[:DEMO_PEOPLE]:
        language = "es" if someone.spanish else "en"
        names = list(default_parts(language))
        rng.shuffle(names)
        names = names[: rng.randint(4, len(names))]
        if rng.random() < 0.4:
            names.append(rng.choice(_OWN_PARTS[language]))
        level = {name: rng.randint(1, 3) for name in names}
        for back in range(MONTHS - 1, -1, -1):
            day = _month_start(today, back).replace(day=rng.randint(1, 27))
            if day < someone.first_seen or day > today or rng.random() < _SKIP_MONTH:
                continue
            parts = []
            for name in names:
                step = rng.choices((-1, 0, 1), (2, 5, 3))[0]
                level[name] = max(RATING_LOWEST, min(RATING_HIGHEST, level[name] + step))
                said = rng.choice(_WORDS[language]) if rng.random() < _SAID else None
                parts.append(CheckinPart(name=name, rating=level[name], in_their_words=said))
            made.append(
                Checkin(
                    id=f"ci{len(made) + 1}",
                    person_id=someone.id,
                    taken_on=day,
                    parts=tuple(parts),
                )
            )
    return made
