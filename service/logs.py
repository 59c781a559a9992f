"""Logging to stderr with personal data masked.

Clerks paste logs into tickets; ID numbers must not travel with them. Every record passes
through `MaskingFilter`, which hides the middle of anything shaped like a citizen ID.
"""

from __future__ import annotations

import logging
import re
import sys

from extract.values import mask_id

__all__ = ["MaskingFilter", "mask_id", "mask_text", "setup_logging"]

ID_SHAPE = re.compile(r"(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])")


def mask_text(text: str) -> str:
    return ID_SHAPE.sub(lambda m: f"{m.group(1)}********{m.group(2)}", text)


class MaskingFilter(logging.Filter):
    """Masks the message and any traceback (an exception's text may quote a paper)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_text(record.getMessage())
        record.args = ()
        if record.exc_info:
            record.exc_text = mask_text(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        return True


def setup_logging(verbose: int = 0) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # RapidOCR logs through its own handler on stderr; keep it quiet unless asked.
    logging.getLogger("RapidOCR").setLevel(level)
