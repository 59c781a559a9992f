"""Text from outside (file names, form fields, JSON strings) made safe to store and show.

PostgreSQL refuses a NUL byte in text (SQLite takes it and a later step fails), and
control or direction characters in a name shown to a reviewer can hide what it says.
One home for the rule, used wherever such text enters the service.
"""

from __future__ import annotations

import unicodedata


def has_control(text: str, allow: str = "") -> bool:
    """Whether `text` holds a control, format or unassigned character (other than those in `allow`)."""
    return any(unicodedata.category(ch)[0] == "C" and ch not in allow for ch in text)


def clean_line(text: str | None) -> str:
    """`text` without control, format or unassigned characters, stripped."""
    return "".join(ch for ch in (text or "") if unicodedata.category(ch)[0] != "C").strip()
