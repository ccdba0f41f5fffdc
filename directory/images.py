"""Uploaded images, checked by their content and re-encoded before anything is stored.

Re-encoding drops EXIF and GPS data and anything hidden after the image data; the pixel limit is checked from
the header before decoding, so a decompression bomb is refused without being unpacked.
"""

import io
import warnings

from django import forms
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_UPLOAD_BYTES = 3 * 1024 * 1024
MAX_PIXELS = 4096 * 4096
LOGO_SIZE = 512
THUMBNAIL_SIZE = 96
PICTURE_SIZE = 1600


def _encode(image, size):
    copy = image.copy()
    copy.thumbnail((size, size))
    out = io.BytesIO()
    copy.save(out, format="WEBP", quality=85, method=4)
    return ContentFile(out.getvalue())


def process_logo(uploaded):
    """Validate an uploaded logo; return (logo, thumbnail) as WebP files ready to save."""
    image = _checked_image(uploaded)
    return _encode(image, LOGO_SIZE), _encode(image, THUMBNAIL_SIZE)


def process_picture(uploaded):
    """Validate an uploaded picture (a project's, say); return it as one WebP file ready to save."""
    return _encode(_checked_image(uploaded), PICTURE_SIZE)


def _checked_image(uploaded):
    """The uploaded image decoded, once its size, format and pixel count are checked; else a ValidationError."""
    if uploaded.size > MAX_UPLOAD_BYTES:
        raise forms.ValidationError(
            _("The file is too large (%(size)s MB). The limit is %(limit)s MB."),
            params={"size": round(uploaded.size / 1024 / 1024, 1), "limit": MAX_UPLOAD_BYTES // 1024 // 1024},
            code="too_large",
        )
    too_many_pixels = forms.ValidationError(
        _("The image is too large (more than 4096 × 4096 pixels). Please use a smaller one."),
        code="too_many_pixels",
    )
    try:
        uploaded.seek(0)
        with warnings.catch_warnings():
            # Opening reads only the header; the pixel count is checked below, before anything is decoded.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(uploaded) as probe:
                image_format = probe.format
                width, height = probe.size
    except Image.DecompressionBombError:
        raise too_many_pixels from None
    except (UnidentifiedImageError, OSError):
        raise forms.ValidationError(
            _("This file is not an image we can read. Please upload a JPEG, PNG or WebP file."),
            code="not_image",
        ) from None
    if image_format not in ALLOWED_FORMATS:
        raise forms.ValidationError(
            _("Only JPEG, PNG and WebP images are accepted (this file is %(format)s)."),
            params={"format": image_format},
            code="format",
        )
    if width * height > MAX_PIXELS:
        raise too_many_pixels
    try:
        uploaded.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(uploaded) as image:
                image.load()
                image = image.convert("RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB")
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise forms.ValidationError(
            _("This image is damaged and cannot be read. Please try another file."), code="damaged"
        ) from None
    return image
