"""One officer's card is one document, however the cards were handed in.

Classification counts cards by their titles (a sheet copying two cards shows two
「工作证」). A photographed or photocopied sheet may lose a title to glare or a fold while
both holders' names are still read; the names then tell how many cards the sheet holds,
so that two officers' cards are never counted, or read, as one (Jiaozuo asks for two).
"""

from __future__ import annotations

from collections import defaultdict

from extract.contract import CARD_TYPES
from extract.fields import PaperReading
from extract.model import Document


def one_card_per_officer(readings: list[PaperReading]) -> list[PaperReading]:
    """Add a card document for each holder named on a one-page card beyond its cards."""
    by_page: dict[tuple[str, int], list[PaperReading]] = defaultdict(list)
    for reading in readings:
        doc = reading.document
        if doc.type in CARD_TYPES and len(doc.pages) == 1:
            by_page[(doc.source, doc.pages[0].number)].append(reading)
    out = list(readings)
    for cards in by_page.values():
        names = list(dict.fromkeys(o.value for card in cards for o in card.fields.get("officer", [])))
        for name in names[len(cards):]:
            first = cards[0]
            officer = next(o for card in cards for o in card.fields.get("officer", []) if o.value == name)
            extra = PaperReading(Document(first.document.type, first.document.source, list(first.document.pages)))
            extra.fields["officer"] = [officer]
            out.insert(out.index(cards[-1]) + 1, extra)
            cards.append(extra)
    return out
