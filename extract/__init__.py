"""Reading a court's bundle of scans into one structured request.

`read_bundle(paths)` is the whole stage; the modules beside it are its steps. The import
is lazy so that light users of `extract.values` (the document generator) do not load the
OCR engine and spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extract.pipeline import Extraction, read_bundle

__all__ = ["Extraction", "read_bundle"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
