"""Photos and scans of a consent signed on paper, made ready to keep: the
kind told from the bytes (never the file name), and a photo scaled down and
stripped of its metadata (a phone writes where it was taken).

Pure bytes in, bytes out; nothing is written anywhere."""

from __future__ import annotations

import io
from typing import Final

from PIL import Image, ImageOps

PDF: Final = "application/pdf"
JPEG: Final = "image/jpeg"
PNG: Final = "image/png"
# Plenty to read a signed form (about 240 dpi across a letter page); a 12 MP
# phone photo (4000 x 3000) is then decoded at half scale straight from the JPEG.
LONGEST_SIDE: Final = 2000
# A 20 MB image can claim any size in its header: refuse absurd ones before decoding.
MAX_PIXELS: Final = 80_000_000


def media_type_of(data: bytes) -> str | None:
    """application/pdf, image/jpeg or image/png, from the first bytes; else None."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    return None


class NotAnImage(ValueError):
    """The bytes say JPEG or PNG but do not decode as one."""


def prepare_image(data: bytes, media_type: str) -> tuple[bytes, str]:
    """The image to keep: turned upright, at most LONGEST_SIDE pixels on its
    longest side, without EXIF or other metadata. A PDF is kept as it is."""
    if media_type == PDF:
        return data, PDF
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("JPEG", "PNG"):
                raise NotAnImage(image.format or "unknown")
            if image.format == "JPEG":
                # Decode at a reduced scale straight from the JPEG (much faster):
                # ask for the size the photo will have, so the scale can be 1/2 or less.
                scale = LONGEST_SIDE / max(image.size)
                if scale < 1:
                    wanted = (round(image.width * scale), round(image.height * scale))
                    image.draft("RGB", wanted)
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail(
                (LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS, reducing_gap=2.0
            )
            out = io.BytesIO()
            if media_type == JPEG or upright.mode not in ("1", "L", "LA", "P", "RGB", "RGBA"):
                upright.convert("RGB").save(out, "JPEG", quality=85)
                return out.getvalue(), JPEG
            upright.save(out, "PNG", optimize=False)
            return out.getvalue(), PNG
    except (OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise NotAnImage(type(error).__name__) from None
