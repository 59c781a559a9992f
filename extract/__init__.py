"""Reading a court's bundle of scans into one structured request.

`read_bundle(paths)` is the whole stage; the modules beside it are its steps.
"""

from extract.pipeline import Extraction, read_bundle

__all__ = ["Extraction", "read_bundle"]
