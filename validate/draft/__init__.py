"""Draft a rule pack from a city's policy text, for a person to review and sign off.

`draft_policy(text, name, source)` finds the articles (structure.py), cuts them into
sentences and lists (sentences.py), turns each actionable one into rules of the engine's
existing kinds (rules.py, materials.py, vocabulary.py) and returns a `Draft`: the pack
(marked `draft: true`, so the engine refuses to decide with it until a person removes the
mark), every rule with its sentence, every sentence left out and why, every guess.
`render.pack_yaml` and `render.review_markdown` write it; `source.read_policy` reads a
.txt, .docx, text PDF or scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from validate.draft import vocabulary as v
from validate.draft.rules import Context, Drafter, DraftRule, Skipped
from validate.draft.sentences import units
from validate.draft.structure import clauses, document_title

__all__ = ["Draft", "DraftRule", "Skipped", "draft_policy"]


@dataclass
class Repair:
    """A character the OCR repair changed inside a rule's quoted words."""

    rule: str
    original: str
    replacement: str
    context: str


@dataclass
class Draft:
    name: str
    source: str
    title: str
    city: str
    rules: list[DraftRule]
    skipped: list[Skipped]
    measures: dict[str, str] = field(default_factory=dict)
    repairs: list[Repair] = field(default_factory=list)
    number: str = ""
    """The policy's document number as printed (沪高法〔2021〕124号), when the text gives one."""


def _city(text: str) -> str:
    """The issuing city: the first 「XX市…人民法院」 or 「XX市…公积金」 of the heading."""
    head = re.sub(r"\s+", "", text[:800])
    m = re.search(r"([\u4e00-\u9fff]{2,4}?)市(高级|中级)?人民法院", head) or re.search(
        r"([\u4e00-\u9fff]{2,4}?)市\S{0,6}(住房)?公积金", head) or re.search(
        r"([\u4e00-\u9fff]{2,4}?)市\S{0,12}(领导小组|委员会|人民政府)", head) or re.search(
        r"([\u4e00-\u9fff]{2,4}?)市", head)
    return v.place(m.group(1)) if m else ""


def _agency_names(text: str) -> dict[str, str]:
    """How the policy names each agency (市公安局, 市工商局), for the measures' descriptions."""
    names: dict[str, str] = {}
    for m in re.finditer(r"(市[\u4e00-\u9fff]{1,16}?(局|委员会|中心))[：:]", text):
        code = v.agency_in(m.group(1))
        if code:
            names.setdefault(code, m.group(1))
    return names


def draft_policy(text: str, name: str, source: str) -> Draft:
    """The draft pack of one policy text; `source` is the file name rules cite."""
    found = clauses(text)
    ctx = Context(city=_city(text), agency_names=_agency_names(text))
    drafter = Drafter(units(found), found, source, ctx)
    drafter.run()
    used = {a for r in drafter.rules for a in r.applies_to}
    measures = {k: val for k, val in ctx.measures.items() if k in used}
    number = re.search(r"(?m)^\s*([\u4e00-\u9fff]{1,4}\s*〔\s*\d{4}\s*〕\s*\d+\s*号)\s*$", text[:1500])
    return Draft(name, source, document_title(text), ctx.city, drafter.rules, drafter.skipped, measures,
                 number=re.sub(r"\s+", "", number.group(1)) if number else "")
