"""What every printed document shares: the page, the styles, safe text, the
"Page 1 of 2" footer, and deterministic, name-free PDF metadata."""

from __future__ import annotations

import functools
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from peerjournal.render.fonts import FontSet, register_fonts

PAGE_SIZE = LETTER  # US regulations, US paper
MARGIN = 0.85 * inch
FOOTER_Y = 0.5 * inch
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#8c959f")
ACCENT = colors.HexColor("#2f5d7c")
TINT = colors.HexColor("#f3f6f8")

# C0/C1 controls other than tab and newline would reach the PDF as garbage.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape(text: str) -> str:
    """Text as Paragraph markup that prints literally: `&`, `<` and `>`
    escaped, line breaks kept, NFC-composed so accented letters print as one
    glyph (reportlab does not position combining marks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", _CONTROLS.sub("", text))
    return _xml_escape(text).replace("\t", "    ").replace("\n", "<br/>")


def lines(*parts: str | None) -> str:
    """The non-empty parts, escaped, one per line."""
    return "<br/>".join(escape(part) for part in parts if part)


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of the printed documents."""

    fonts: FontSet
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    letterhead: ParagraphStyle
    heading: ParagraphStyle
    subject: ParagraphStyle
    quote: ParagraphStyle
    label: ParagraphStyle
    notice: ParagraphStyle
    notice_item: ParagraphStyle
    notice_label: ParagraphStyle
    key: ParagraphStyle
    command: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_mono: ParagraphStyle
    form: ParagraphStyle
    form_heading: ParagraphStyle


def styles() -> Styles:
    """The styles, with the bundled fonts registered."""
    return _styles(register_fonts())


@functools.cache
def _styles(fonts: FontSet) -> Styles:
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=10.5,
        leading=14,
        textColor=INK,
        spaceAfter=6,
        alignment=TA_LEFT,
    )
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=3)
    return Styles(
        fonts=fonts,
        body=body,
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        title=ParagraphStyle(
            "title", parent=body, fontName=fonts.bold, fontSize=17, leading=21, spaceAfter=4
        ),
        letterhead=ParagraphStyle(
            "letterhead", parent=body, fontName=fonts.bold, fontSize=15, leading=19, spaceAfter=2
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        subject=ParagraphStyle("subject", parent=body, fontName=fonts.bold, spaceBefore=4),
        quote=ParagraphStyle(
            "quote", parent=body, fontName=fonts.italic, fontSize=10.5, leading=14.5, spaceAfter=0
        ),
        label=ParagraphStyle(
            "label", parent=body, fontName=fonts.bold, spaceAfter=2, keepWithNext=1
        ),
        notice=ParagraphStyle("notice", parent=body, fontSize=8.5, leading=11.2, spaceAfter=3),
        notice_item=ParagraphStyle(
            "notice_item", parent=body, fontSize=8.5, leading=11.2, spaceAfter=2, leftIndent=14
        ),
        notice_label=ParagraphStyle(
            "notice_label", parent=body, fontSize=8.5, leading=11.2, spaceAfter=3, keepWithNext=1
        ),
        key=ParagraphStyle(
            "key", parent=body, fontName=fonts.mono, fontSize=20, leading=30, alignment=TA_LEFT
        ),
        command=ParagraphStyle("command", parent=body, fontName=fonts.mono, fontSize=10),
        cell=ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=fonts.bold, fontSize=9.5, leading=12.5, spaceAfter=0
        ),
        cell_mono=ParagraphStyle(
            "cell_mono", parent=body, fontName=fonts.mono, fontSize=8.5, leading=12.5, spaceAfter=0
        ),
        form=ParagraphStyle("form", parent=body, fontSize=9.5, leading=12.6, spaceAfter=4),
        form_heading=ParagraphStyle(
            "form_heading",
            parent=body,
            fontName=fonts.bold,
            fontSize=10,
            leading=13,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose plain-string cells use the bundled font (reportlab's
    default would pull an unembedded Helvetica into the PDF)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts().regular), *commands])


def rule(width: float = CONTENT_WIDTH, thickness: float = 0.8, color: Any = RULE) -> Table:
    """A horizontal line across the text block."""
    line = Table([[""]], colWidths=[width], rowHeights=[thickness + 2], hAlign="LEFT")
    line.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), thickness, color)))
    return line


_SPLIT_ROW_CHARS = 1500  # about a third of a page of text


def quote_block(text: str, style: ParagraphStyle) -> list[Flowable]:
    """The person's words, set apart with a bar on the left, line breaks kept.

    Each line is its own one-row table, stacked without gaps: a long quote
    breaks across pages between lines (one big table re-measures every row on
    each split, which grows quadratically), and one huge paragraph still splits
    inside its row."""
    text_lines = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    last = len(text_lines) - 1
    blocks: list[Flowable] = []
    for index, line in enumerate(text_lines):
        cell = Paragraph(escape(line) if line.strip() else "&nbsp;", style)
        # Splitting inside a row only for a paragraph too tall to move whole:
        # reportlab can loop forever trying to split a one-line row.
        split = 1 if len(line) > _SPLIT_ROW_CHARS else 0
        row = Table([[cell]], colWidths=[CONTENT_WIDTH - 12], splitInRow=split, hAlign="RIGHT")
        row.setStyle(
            table_style(
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7 if index == 0 else 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7 if index == last else 0),
            )
        )
        blocks.append(row)
    return blocks


def field_table(rows: Sequence[tuple[str, str]], st: Styles, label_width: float) -> Table:
    """Label / value rows (both already markup), boxed, splitting across pages."""
    data = [[Paragraph(label, st.cell_bold), Paragraph(value, st.cell)] for label, value in rows]
    table = Table(
        data,
        colWidths=[label_width, CONTENT_WIDTH - label_width],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ("BACKGROUND", (0, 0), (0, -1), TINT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def gap(height: float = 8) -> Spacer:
    """Vertical space."""
    return Spacer(1, height)


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds every page until the end so each footer can say "of N"."""

    def __init__(
        self,
        *args: Any,
        page_of: str,
        footer_note: str,
        font: str,
        watermark: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._watermark = watermark
        self._page_of = page_of
        self._footer_note = footer_note
        self._footer_font = font
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        if self._watermark:
            self._draw_watermark()
        self.saveState()
        self.setFont(self._footer_font, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(
            PAGE_SIZE[0] - MARGIN,
            FOOTER_Y,
            self._page_of.format(page=self.getPageNumber(), pages=total),
        )
        if self._footer_note:
            self.drawString(MARGIN, FOOTER_Y, self._footer_note)
        self.restoreState()

    def _draw_watermark(self) -> None:
        # Over the text but light: a draft stays readable and never passes for a letter.
        self.saveState()
        self.setFont(self._footer_font, 110)
        self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
        self.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2)
        self.rotate(40)
        self.drawCentredString(0, -40, self._watermark)
        self.restoreState()


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    language: str,
    page_of: str,
    footer_note: str = "",
    top_margin: float = MARGIN,
    watermark: str = "",
) -> bytes:
    """The PDF of `story` on US Letter pages with "Page x of y" footers.

    Deterministic (reportlab's invariant mode: fixed dates and document id),
    so the same content gives the same bytes. The metadata holds only the
    document kind: never a name."""
    buffer = io.BytesIO()
    fonts = register_fonts()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        title=title,
        author="",
        subject="",
        keywords="",
        creator="PeerJournal",
        producer="PeerJournal",
        invariant=1,
        lang=language,
        initialFontName=fonts.regular,  # else an unused Helvetica lands in the PDF
    )
    # A frame without padding, so tables of CONTENT_WIDTH line up with the text.
    frame = Frame(
        MARGIN,
        MARGIN,
        CONTENT_WIDTH,
        PAGE_SIZE[1] - MARGIN - top_margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        story,
        canvasmaker=functools.partial(
            _NumberedCanvas,
            page_of=page_of,
            footer_note=footer_note,
            font=fonts.regular,
            watermark=watermark,
        ),
    )
    return buffer.getvalue()


def right(text: str, style: ParagraphStyle) -> Paragraph:
    """A right-aligned paragraph."""
    return Paragraph(text, ParagraphStyle(style.name + "-right", parent=style, alignment=TA_RIGHT))
