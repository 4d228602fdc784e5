"""A stand-in journal for model and worker tests: plain lists, and a note of
the thread every call ran on."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from peerjournal.core.models import Person, Reflection


class FakeVault:
    def __init__(self, people: int = 0, reflections: int = 0) -> None:
        self._people = [
            Person(id=f"p-{n:05d}", preferred_name=f"Person {n:05d}",
                   pronouns="they/them" if n % 3 == 0 else None)
            for n in range(people)
        ]
        start = datetime(2024, 1, 1, 9, 30)
        self._reflections = [
            Reflection(id=f"r-{n:04d}", written_at=start + timedelta(days=n),
                       what_i_learned=f"Lesson {n}\nsecond line")
            for n in range(reflections)
        ]
        self.threads: set[str] = set()
        self.closed = False

    def _note(self) -> None:
        self.threads.add(threading.current_thread().name)

    def people(self, filter_text: str = "", limit: int | None = None,
               offset: int = 0) -> list[Person]:
        self._note()
        found = [p for p in self._people if filter_text.casefold() in p.preferred_name.casefold()]
        end = None if limit is None else offset + limit
        return found[offset:end]

    def reflections(self, limit: int | None = None, offset: int = 0) -> list[Reflection]:
        self._note()
        end = None if limit is None else offset + limit
        return list(reversed(self._reflections))[offset:end]

    def close(self) -> None:
        self._note()
        self.closed = True
