"""Write the fund centre's answers to a court: receipts, results, notices, proof of service.

``write_outputs(request, report, out_dir, config, today)`` is the one entry point: it
renders from the typed request, validate's typed report and the centre's configuration; ``choose_documents`` says which documents a submission gets, and ``CentreConfig``
carries the centre's own header, document number prefix and contact lines.
"""

from generate.config import AGENCY_KINDS, CentreConfig, CourtAccount, Deployment, WordFonts, agency_kind
from generate.selection import ALL_KINDS, EDITABLE_KINDS, choose_documents
from generate.writer import write_outputs

__all__ = [
    "AGENCY_KINDS",
    "ALL_KINDS",
    "EDITABLE_KINDS",
    "CentreConfig",
    "CourtAccount",
    "Deployment",
    "WordFonts",
    "agency_kind",
    "choose_documents",
    "write_outputs",
]
