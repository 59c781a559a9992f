"""One request from many papers: choose each field's value, and say where papers disagree.

The assistance notice is the court's request, so its word comes first; the ruling and the
other papers fill what it leaves out. Where the notice and the ruling state a field
differently the request keeps the notice's value *and* records the conflict, so that the
checks ask the court to correct it instead of the product silently picking one.
"""

from __future__ import annotations

import re
from typing import Any

from extract.contract import Applicant, ConflictValue, Officer, Party, Request
from extract.contract import Conflict as ContractConflict
from extract.contract import Document as ContractDocument
from extract.contract import Evidence as ContractEvidence
from extract.contract import Flag as ContractFlag
from extract.fields import PaperReading
from extract.model import Conflict, Document, Evidence, Flag, Reading

PRECEDENCE: dict[str, tuple[str, ...]] = {
    "action": ("assist_notice", "query_form", "intro_letter"),
    "court": ("assist_notice", "ruling", "query_form", "intro_letter", "judgment", "duty_cert", "work_id"),
    "case_number": ("assist_notice", "ruling", "query_form", "intro_letter"),
    "respondent.name": ("assist_notice", "ruling", "query_form", "judgment", "ground_proof", "intro_letter"),
    "respondent.id_number": ("assist_notice", "ruling", "query_form", "judgment", "ground_proof", "intro_letter"),
    "applicant.name": ("assist_notice", "ruling", "judgment", "query_form"),
    "amount": ("assist_notice", "ruling"),
    "freeze_period": ("assist_notice", "ruling"),
    "account_number": ("assist_notice", "query_form", "ruling"),
    "court_account": ("assist_notice",),
}
COMPARED = ("case_number", "respondent.name", "respondent.id_number", "amount")
"""Fields the notice and the ruling must state alike (seed 000 第二条（五）, 第三条（二）)."""
OFFICER_SOURCES = ("work_id", "duty_cert", "intro_letter", "assist_notice", "query_form", "ruling")
FACT_SOURCES = ("assist_notice", "ruling", "judgment", "ground_proof")


def build_request(readings: list[PaperReading]) -> tuple[Request, dict[str, Any]]:
    """The typed request (its JSON is the contract's), and the evidence for every field in it."""
    chosen: dict[str, Reading | None] = {name: _choose(readings, name) for name in PRECEDENCE}
    chosen["court"] = _fullest_court(readings, chosen["court"])
    conflicts = _conflicts(readings)
    flags = [flag for r in readings for flag in r.flags]

    def value(name: str) -> Any:
        reading = chosen[name]
        return reading.value if reading else None

    officers = _officers(readings)
    respondent_name, respondent_id = value("respondent.name"), value("respondent.id_number")
    request = Request(
        action=value("action"),
        court=value("court"),
        case_number=value("case_number"),
        respondent=(Party(name=respondent_name, id_number=respondent_id)
                    if respondent_name or respondent_id else None),
        applicant=Applicant(name=value("applicant.name")) if value("applicant.name") else None,
        amount=value("amount"),
        freeze_period=value("freeze_period"),
        account_number=value("account_number"),
        court_account=value("court_account"),
        officers=[Officer(name=name) for name, _ in officers],
        documents=[
            ContractDocument(type=r.document.type, source=r.document.source, pages=r.document.page_numbers,
                             sealed=_sealed(r.document))
            for r in readings
        ],
        facts=_facts(readings),
        dates={kind: _date_of(readings, kind) for kind in ("assist_notice", "ruling")},
        conflicts=[_conflict(c) for c in conflicts],
        flags=[ContractFlag(field=f.field, message=f.message) for f in flags],
    )
    evidence: dict[str, Any] = {}
    for name, reading in chosen.items():
        if reading is not None:
            evidence[name] = _evidence_json(reading.evidence, penalised=_doubted(name, conflicts, flags))
    for index, (_, ev) in enumerate(officers):
        evidence[f"officers[{index}].name"] = _evidence_json(ev)
    return request, evidence


def _sealed(document: Document) -> bool | None:
    """True when a red seal was seen on one of the paper's pages; None otherwise.

    Not seeing a seal is not seeing its absence: a photocopied grey seal or an electronic one
    printed black is not found by colour, so "no seal" is left for a person to tell (None),
    never reported as an unsealed paper.
    """
    return True if any(page.seal for page in document.pages) else None


def _choose(readings: list[PaperReading], name: str) -> Reading | None:
    for kind in PRECEDENCE[name]:
        for reading in readings:
            if reading.document.type == kind and (first := reading.first(name)) is not None:
                return first
    return None


PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|特别行政区)")
"""What a full court name may add in front of the short one: a province or a city."""


def _fullest_court(readings: list[PaperReading], chosen: Reading | None) -> Reading | None:
    """A letterhead may print the short form (焦作市解放区人民法院) where the signature or the
    ruling gives the full name (河南省焦作市解放区人民法院): the contract wants the full name."""
    if chosen is None:
        return None
    longer = [r for paper in readings for r in paper.fields.get("court", [])
              if r.value.endswith(chosen.value) and PLACE_PREFIX.fullmatch(r.value[: -len(chosen.value)])]
    return max(longer, key=lambda r: len(r.value), default=chosen)


def _conflicts(readings: list[PaperReading]) -> list[Conflict]:
    found = []
    for name in COMPARED:
        stated: list[Reading] = []
        for kind in ("assist_notice", "ruling"):
            for reading in readings:
                if reading.document.type == kind and (first := reading.first(name)) is not None:
                    stated.append(first)
                    break
        if len({_comparable(r.value) for r in stated}) > 1:
            found.append(Conflict(name, stated))
    return found


def _comparable(value: Any) -> Any:
    return value.replace(" ", "") if isinstance(value, str) else value


def _officers(readings: list[PaperReading]) -> list[tuple[str, Evidence]]:
    seen: dict[str, Evidence] = {}
    for kind in OFFICER_SOURCES:
        for reading in readings:
            if reading.document.type != kind:
                continue
            for officer in reading.fields.get("officer", []):
                seen.setdefault(officer.value, officer.evidence)
    return list(seen.items())


def _facts(readings: list[PaperReading]) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "no_other_property": None,
        "withdrawal_grounds": [],
        "preliminary_enforcement": None,
    }
    has_ruling = any(r.document.type == "ruling" for r in readings)
    for reading in readings:
        if reading.document.type not in FACT_SOURCES:
            continue
        if reading.first("no_other_property"):
            facts["no_other_property"] = True
        if reading.first("preliminary_enforcement"):
            facts["preliminary_enforcement"] = True
        for ground in reading.fields.get("withdrawal_ground", []):
            if ground.value not in facts["withdrawal_grounds"]:
                facts["withdrawal_grounds"].append(ground.value)
    if facts["no_other_property"] is None and has_ruling:
        facts["no_other_property"] = False
    if facts["preliminary_enforcement"] is None and has_ruling:
        facts["preliminary_enforcement"] = False
    return facts


def _date_of(readings: list[PaperReading], kind: str) -> str | None:
    for reading in readings:
        if reading.document.type == kind and (first := reading.first("date")) is not None:
            return first.value
    return None


def _doubted(name: str, conflicts: list[Conflict], flags: list[Flag]) -> bool:
    return any(c.field == name for c in conflicts) or any(f.field == name for f in flags)


def _evidence_json(evidence: Evidence, penalised: bool = False) -> dict[str, Any]:
    confidence = round(min(evidence.confidence, 0.5), 3) if penalised else evidence.confidence
    box = [round(v, 4) for v in evidence.box] if evidence.box else None
    return ContractEvidence(source=evidence.source, page=evidence.page, box=box, confidence=confidence,
                            text=evidence.text, document=evidence.document).to_json()


def _conflict(conflict: Conflict) -> ContractConflict:
    return ContractConflict(field=conflict.field, values=[
        ConflictValue(value=r.value, document=r.evidence.document, source=r.evidence.source, page=r.evidence.page)
        for r in conflict.readings
    ])
