"""A signature drawn on screen: vector strokes in a fixed canvas, kept as
canonical JSON (the same strokes always give the same text, the same image
and the same consent PDF). Pure: no I/O, no Qt.

The canvas is WIDTH x HEIGHT units whatever the size of the pad on screen;
points are whole units. A stroke is drawn smooth: a quadratic curve through
the midpoints of its points (`smooth_segments`), the same in the window and
in the PDF.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from peerjournal.errors import Invalid

WIDTH: Final = 600
HEIGHT: Final = 200
MEDIA_TYPE: Final = "application/vnd.peerjournal.signature+json"
SIGNED_ON_SCREEN: Final = "on_screen"
# Far more than a signature needs; keeps its JSON well under core.limits.MAX_TEXT_CHARS.
MAX_POINTS: Final = 10_000

Point = tuple[int, int]
Stroke = tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Signature:
    """Strokes drawn on screen, with the day they were drawn."""

    strokes: tuple[Stroke, ...]
    signed_on: date
    how: str = SIGNED_ON_SCREEN

    def is_empty(self) -> bool:
        return not any(self.strokes)

    def to_json(self) -> str:
        """Canonical JSON text (sorted keys, no spaces)."""
        return json.dumps(
            {
                "how": self.how,
                "signed_on": self.signed_on.isoformat(),
                "size": [WIDTH, HEIGHT],
                "strokes": [[list(p) for p in stroke] for stroke in self.strokes],
            },
            separators=(",", ":"),
            sort_keys=True,
        )


def clamp_point(x: float, y: float) -> Point:
    """A point in canvas units, rounded and kept inside the canvas."""
    return (min(WIDTH, max(0, round(x))), min(HEIGHT, max(0, round(y))))


def from_json(text: str) -> Signature:
    """The signature a JSON text holds; Invalid (without echoing it) otherwise."""
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError):
        raise Invalid("The signature is not readable.") from None
    if type(raw) is not dict or raw.get("size") != [WIDTH, HEIGHT]:
        raise Invalid("The signature is not one PeerJournal drew.")
    try:
        signed_on = date.fromisoformat(str(raw["signed_on"]))
        strokes = tuple(_stroke(s) for s in raw["strokes"])
    except (KeyError, TypeError, ValueError):
        raise Invalid("The signature is not readable.") from None
    if sum(len(s) for s in strokes) > MAX_POINTS:
        raise Invalid("The signature has too many points.")
    how = raw.get("how")
    if how != SIGNED_ON_SCREEN:
        raise Invalid("The signature is not one PeerJournal drew.")
    return Signature(strokes, signed_on, how)


def _stroke(raw: Any) -> Stroke:
    if type(raw) is not list:
        raise TypeError
    points: list[Point] = []
    for p in raw:
        if type(p) is not list or len(p) != 2 or not all(type(v) is int for v in p):
            raise TypeError
        x, y = p
        if not (0 <= x <= WIDTH and 0 <= y <= HEIGHT):
            raise ValueError
        points.append((x, y))
    return tuple(points)


def with_stroke(signature: Signature, stroke: Iterable[Point]) -> Signature:
    points = tuple(stroke)
    return Signature((*signature.strokes, points), signature.signed_on, signature.how)


# A segment to draw: ("M", x, y) move, ("L", x, y) line, ("Q", cx, cy, x, y) curve.
Segment = tuple[Any, ...]


def smooth_segments(stroke: Sequence[Point]) -> list[Segment]:
    """The drawing of one stroke: a dot for one point, a line for two, else
    quadratic curves through the midpoints (the points are their controls)."""
    if not stroke:
        return []
    first = stroke[0]
    out: list[Segment] = [("M", float(first[0]), float(first[1]))]
    if len(stroke) == 1:
        out.append(("L", first[0] + 0.5, first[1] + 0.5))
        return out
    if len(stroke) == 2:
        out.append(("L", float(stroke[1][0]), float(stroke[1][1])))
        return out
    for (x0, y0), (x1, y1) in itertools.pairwise(stroke[1:]):
        out.append(("Q", float(x0), float(y0), (x0 + x1) / 2, (y0 + y1) / 2))
    last = stroke[-1]
    out.append(("L", float(last[0]), float(last[1])))
    return out


def interchange_object(text: str) -> dict[str, str]:
    """The signature as interchange carries it: base64 with media type and SHA-256."""
    data = text.encode("utf-8")
    return {
        "media_type": MEDIA_TYPE,
        "sha256": hashlib.sha256(data).hexdigest(),
        "data": base64.b64encode(data).decode("ascii"),
    }
