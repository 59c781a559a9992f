"""Write the fund centre's answers to a court: receipts, results, notices, proof of service.

``write_outputs(request, report, accounts, out_dir, config, today)`` is the one entry
point; ``choose_documents`` says which documents a submission gets, and ``CentreConfig``
carries the centre's own header, document number prefix and contact lines.
"""

from generate.config import CentreConfig, CourtAccount, WordFonts
from generate.selection import ALL_KINDS, EDITABLE_KINDS, choose_documents
from generate.writer import write_outputs

__all__ = [
    "ALL_KINDS",
    "EDITABLE_KINDS",
    "CentreConfig",
    "CourtAccount",
    "WordFonts",
    "choose_documents",
    "write_outputs",
]
