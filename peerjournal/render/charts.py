"""Bar charts that read the same printed in black and white.

Series differ by grey level and outline (never by colour alone), each bar
carries its number when there is room, and a legend names the series. A value
of None is a hidden number: no bar, a `*` at the baseline instead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

# Fill grey levels far apart, plus an outline, so bars survive a photocopy.
_FILLS: tuple[colors.Color, ...] = (
    colors.Color(0.25, 0.25, 0.25),
    colors.white,
    colors.Color(0.65, 0.65, 0.65),
)


@dataclass(frozen=True, slots=True)
class Series:
    """One named series; None marks a value that must not be drawn."""

    name: str
    values: tuple[float | None, ...]


def nice_step(top: float, ticks: int = 5) -> float:
    """A round axis step (1, 2 or 5 times a power of ten) so that about
    `ticks` steps cover `top`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return max(1.0, float(m * power))
    return float(10 * power)  # unreachable: m=10 always fits


def grouped_bars(
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    width: float,
    height: float,
    font: str,
    bold_font: str,
    hidden_note: str | None = None,
) -> Drawing:
    """A grouped bar chart: one group of bars per label, one bar per series.

    Labels are thinned so they never overlap; bar numbers are printed only when
    the bars are wide enough to hold them.
    """
    d = Drawing(width, height)
    # the renderer's starting font, else it selects (and lists) an unembedded Helvetica
    d.initialFontName = font
    legend_h = 16.0
    left, bottom, right, top_pad = 40.0, 30.0, 8.0, 8.0 + legend_h
    plot_w = width - left - right
    plot_h = height - bottom - top_pad
    shown = [v for s in series for v in s.values if v is not None]
    top = max(shown, default=0.0)
    step = nice_step(top)
    axis_top = step * max(1, math.ceil(top / step)) if top > 0 else step * 5
    scale = plot_h / axis_top

    # Grid and axis numbers.
    y_val = 0.0
    while y_val <= axis_top + 1e-9:
        y = bottom + y_val * scale
        d.add(
            Line(
                left, y, left + plot_w, y, strokeColor=colors.Color(0.8, 0.8, 0.8), strokeWidth=0.4
            )
        )
        d.add(String(left - 4, y - 3, _fmt(y_val), fontName=font, fontSize=7, textAnchor="end"))
        y_val += step
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.black, strokeWidth=0.8))

    n = max(1, len(labels))
    group_w = plot_w / n
    bar_w = group_w * 0.8 / max(1, len(series))
    value_labels = bar_w >= 11
    label_every = max(1, math.ceil(n / max(1, int(plot_w // 34))))
    for i, label in enumerate(labels):
        x0 = left + i * group_w + group_w * 0.1
        for j, s in enumerate(series):
            v = s.values[i]
            x = x0 + j * bar_w
            fill = _FILLS[j % len(_FILLS)]
            if v is None:
                d.add(
                    String(
                        x + bar_w / 2,
                        bottom + 2,
                        "*",
                        fontName=bold_font,
                        fontSize=9,
                        textAnchor="middle",
                    )
                )
                continue
            h = v * scale
            if h > 0:
                d.add(
                    Rect(
                        x,
                        bottom,
                        bar_w,
                        h,
                        fillColor=fill,
                        strokeColor=colors.black,
                        strokeWidth=0.6,
                    )
                )
            if value_labels:
                d.add(
                    String(
                        x + bar_w / 2,
                        bottom + h + 2,
                        _fmt(v),
                        fontName=font,
                        fontSize=6,
                        textAnchor="middle",
                    )
                )
        if i % label_every == 0:
            d.add(
                String(
                    left + i * group_w + group_w / 2,
                    bottom - 10,
                    label,
                    fontName=font,
                    fontSize=7,
                    textAnchor="middle",
                )
            )

    # Legend: a swatch with the same fill and outline, then the series name.
    lx = left
    ly = height - legend_h + 4
    for j, s in enumerate(series):
        d.add(
            Rect(
                lx,
                ly,
                10,
                8,
                fillColor=_FILLS[j % len(_FILLS)],
                strokeColor=colors.black,
                strokeWidth=0.6,
            )
        )
        d.add(String(lx + 14, ly + 1, s.name, fontName=font, fontSize=8))
        lx += 24 + len(s.name) * 4.6
    if hidden_note:
        d.add(String(lx + 6, ly + 1, hidden_note, fontName=font, fontSize=8))
    return d


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"
