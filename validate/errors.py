"""The ways a rule pack or a calendar can be wrong before any request is checked.

They belong to the product's one error hierarchy (`extract.errors`): each carries its
Chinese title, exit code and HTTP status there. This module names them for `validate`'s
callers.
"""

from __future__ import annotations

from extract.errors import CalendarError, DraftPack, PackError, UnknownPack

__all__ = ["CalendarError", "DraftPack", "PackError", "UnknownPack"]
