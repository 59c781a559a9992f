"""One request from many papers: choose each field's value, and say where papers disagree.

The assistance notice is the court's request, so its word comes first; the ruling and the
other papers fill what it leaves out. Where the notice and the ruling state a field
differently the request keeps the notice's value *and* records the conflict, so that the
checks ask the court to correct it instead of the product silently picking one.
"""

from __future__ import annotations

import re
from typing import Any

from extract import measure, values
from extract.contract import (
    CARD_TYPES,
    MEASURE_ACTIONS,
    Applicant,
    ConflictValue,
    DocumentPart,
    Officer,
    Party,
    Request,
    Subject,
)
from extract.contract import Conflict as ContractConflict
from extract.contract import Document as ContractDocument
from extract.contract import Evidence as ContractEvidence
from extract.contract import Flag as ContractFlag
from extract.fields import PaperReading
from extract.model import Conflict, Document, Evidence, Flag, Reading
from extract.repair.shapes import similarity

PRECEDENCE: dict[str, tuple[str, ...]] = {
    "action": ("assist_notice", "query_form", "intro_letter"),
    "court": ("assist_notice", "ruling", "query_form", "intro_letter", "judgment", "duty_cert", "work_id"),
    "case_number": ("assist_notice", "ruling", "query_form", "intro_letter", "other"),
    "respondent.name": ("assist_notice", "ruling", "query_form", "judgment", "ground_proof", "intro_letter"),
    "respondent.id_number": ("assist_notice", "ruling", "query_form", "judgment", "ground_proof", "intro_letter"),
    "applicant.name": ("assist_notice", "ruling", "judgment", "query_form", "other", "intro_letter"),
    "amount": ("assist_notice", "ruling"),
    "freeze_period": ("assist_notice", "ruling"),
    "account_number": ("assist_notice", "query_form", "ruling"),
    "court_account": ("assist_notice",),
    "measure": ("assist_notice", "query_form", "ruling"),
}
SUBJECT_SOURCES = ("assist_notice", "ruling", "judgment")
"""Papers that describe the object of an agency measure, the notice first."""
COMPARED = ("case_number", "respondent.name", "respondent.id_number", "amount")
"""Fields the notice and the ruling must state alike (seed 000 第二条（五）, 第三条（二）)."""
OFFICER_SOURCES = ("work_id", "duty_cert", "intro_letter", "assist_notice", "query_form", "ruling")
FACT_SOURCES = ("assist_notice", "ruling", "judgment", "ground_proof")


def build_request(readings: list[PaperReading]) -> tuple[Request, dict[str, Any]]:
    """The typed request (its JSON is the contract's), and the evidence for every field in it."""
    chosen: dict[str, Reading | None] = {name: _choose(readings, name) for name in PRECEDENCE}
    chosen["court"] = _fullest_court(readings, chosen["court"])
    if chosen["action"] is not None and chosen["action"].value == "unfreeze":
        # an unfreeze recalls the period of the freeze it lifts (「…冻结，冻结期限自…至…止」)
        # and asks for none: the freeze period is the one a freeze or a renewal asks for
        chosen["freeze_period"] = None
    conflicts = _conflicts(readings)
    flags = _once([flag for r in readings for flag in r.flags])

    def value(name: str) -> Any:
        reading = chosen[name]
        return reading.value if reading else None

    officers = _officers(readings)
    respondent_name, respondent_id = value("respondent.name"), value("respondent.id_number")
    agency_measure = _addressed(readings, chosen["measure"])
    subject, subject_evidence = _subject(readings)
    request = Request(
        action=MEASURE_ACTIONS.get(agency_measure) if agency_measure else value("action"),
        measure=agency_measure,
        subject=subject,
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
                             continued=[DocumentPart(source=s, pages=n) for s, n in r.document.continued],
                             sealed=_sealed(r.document), paper=r.document.paper,
                             valid_until=min((v.value for v in r.fields.get("valid_until", [])), default=None))
            for r in readings
        ],
        facts={**_facts(readings), **(_measure_facts(readings) if agency_measure else {})},
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
    evidence["facts"] = _fact_evidence(readings)
    evidence.update(subject_evidence)
    if agency_measure and chosen["measure"] is not None:
        evidence["action"] = evidence["measure"]  # the action is the measure's, read there
    return request, evidence


def _addressed(readings: list[PaperReading], chosen: Reading | None) -> str | None:
    """The measure as read, asked of the agency the papers are addressed to: a ruling read
    without its notice tells the measure, the 送达回证 or the introduction letter the agency."""
    if chosen is None:
        return None
    paper = next((r for r in readings if chosen in r.fields.get("measure", [])), None)
    if paper is None or paper.first("agency") is not None:
        return chosen.value
    named = next((a.value for r in readings if (a := r.first("agency")) is not None and a.value != "fund"), None)
    return measure.for_agency(chosen.value, named) if named else chosen.value


def _subject(readings: list[PaperReading]) -> tuple[Subject | None, dict[str, Any]]:
    """The object of the agency measure from the first paper that describes it (the notice
    before the ruling), every part with the box it was read from."""
    for kind in SUBJECT_SOURCES:
        for reading in readings:
            if reading.document.type != kind or (subject_kind := reading.first("subject.kind")) is None:
                continue
            parts = {name.split(".", 1)[1]: found for name, candidates in reading.fields.items()
                     if name.startswith("subject.") and name != "subject.kind" and (found := candidates[0])}
            subject = Subject(kind=subject_kind.value, **{name: r.value for name, r in parts.items()})
            return subject, {f"subject.{name}": _evidence_json(r.evidence) for name, r in parts.items()}
    return None, {}


def _sealed(document: Document) -> bool | None:
    """True when a red seal was seen on one of the paper's pages; False when every page would
    have shown one and none did; None otherwise.

    Not seeing a seal is not always seeing its absence: a photocopied grey seal or an
    electronic one printed black is not found by colour, so on such pages "no seal" is left
    for a person to tell (None). A paper made on a computer, or scanned in colours that kept
    its red, shows its seal if it has one: there, no seal is an unsealed paper (False).
    """
    if any(page.seal for page in document.pages):
        return True
    if document.pages and all(page.seal_visible for page in document.pages):
        return False
    return None


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
        if name == "case_number" and not _same_kind_of_case(stated):
            continue
        if len({_comparable(r.value) for r in stated}) > 1:
            found.append(Conflict(name, stated))
    return found


def _same_kind_of_case(stated: list[Reading]) -> bool:
    """An 执保 (or 执) notice may rest on a 民事裁定书 for 财产保全 made in the civil case
    (「（2024）沪0115民初88号」): the two numbers differ by nature, not by mistake, so only
    numbers of the same kind (both execution, or both trial) are compared."""
    def execution(number: str) -> bool:
        parts = values.case_number_parts(number)
        return "执" in str(parts["type"] if parts else number)

    return len({execution(str(r.value)) for r in stated}) <= 1


def _comparable(value: Any) -> Any:
    return value.replace(" ", "") if isinstance(value, str) else value


def _officers(readings: list[PaperReading]) -> list[tuple[str, Evidence]]:
    """The officers named by the cards first, then by the other papers, each once; the
    ruling's signature names an officer only where no card does (it is signed by the 执行员
    who made it, who may not be among the officers sent with their cards).

    A photographed or faxed card misreads a character into its look-alike (「付晨磊」 as
    「付展磊」) beside the notice's clean print: one name read twice, not a third officer. So
    a name one look-alike apart from one already seen is that officer, in the surer reading.
    """
    seen: dict[str, Evidence] = {}
    carded = any(r.document.type in CARD_TYPES and r.fields.get("officer") for r in readings)
    for kind in OFFICER_SOURCES:
        if kind == "ruling" and carded:
            continue  # the 执行员 who signed the ruling need not be among those who come with cards
        for reading in readings:
            if reading.document.type != kind:
                continue
            for officer in reading.fields.get("officer", []):
                twin = next((name for name in seen if _misread_of(name, officer.value)), None)
                if twin is None:
                    seen.setdefault(officer.value, officer.evidence)
                elif officer.evidence.confidence > seen[twin].confidence:
                    seen = {officer.value if name == twin else name: officer.evidence if name == twin else ev
                            for name, ev in seen.items()}
    return [(name, ev) for name, ev in seen.items() if not _run_together(name, seen)]


def _run_together(name: str, seen: dict[str, Evidence]) -> bool:
    """「曾桂武海」: two officers' names read as one where the space between them was lost (a
    form's 执行人员 cell), both of them named on their own elsewhere in the bundle."""
    return any(name == a + b for a in seen for b in seen if a != name and b != name and a != b)


LOOK_ALIKE = 0.75
"""Shape similarity (`extract.repair.shapes`) above which two characters are a likely misread:
晨/展 0.82, 伟/玮 0.89, while 伟/军 0.33 and 明/东 0.41 stay two officers."""


def _misread_of(a: str, b: str) -> bool:
    """Two names of three or more characters, the same surname, one look-alike character apart."""
    if len(a) != len(b) or len(a) < 3 or a[0] != b[0]:
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and similarity(*diff[0]) >= LOOK_ALIKE


def _facts(readings: list[PaperReading]) -> dict[str, Any]:
    """The statements the rules need, each as the papers give it; `None` where they are silent.

    Silence is not "no": a ruling that does not mention the property investigation leaves
    `no_other_property` unknown (the court is asked to state it), and withdrawal grounds
    are `[]` ("none stated") only when the judgment itself was read, else unknown.
    """
    sources = [r for r in readings if r.document.type in FACT_SOURCES]
    stated: dict[str, list[bool]] = {"no_other_property": [], "preliminary_enforcement": []}
    grounds: list[str] = []
    in_judgment = False
    for reading in sources:
        for name, said in stated.items():
            said.extend(r.value for r in reading.fields.get(name, []))
        for ground in reading.fields.get("withdrawal_ground", []):
            if ground.value not in grounds:
                grounds.append(ground.value)
            in_judgment = in_judgment or reading.document.type in ("judgment", "ruling")
    has_judgment = any(r.document.type == "judgment" for r in readings)
    preliminary = stated["preliminary_enforcement"]
    return {
        "no_other_property": (True if True in stated["no_other_property"]
                              else False if False in stated["no_other_property"] else None),
        "withdrawal_grounds": grounds if grounds or has_judgment else None,
        "ground_stated_in_judgment": True if in_judgment else None,
        "preliminary_enforcement": True if True in preliminary else False if preliminary or has_judgment else None,
        "query_form_names_person": _query_form_names_person(readings),
        "preservation": True if any(r.first("preservation") for r in readings) else None,
        "previous_freeze_end": _first_fact(sources, "previous_freeze_end"),
        "freeze_length": _first_fact(sources, "freeze_length"),
    }


def _first_fact(sources: list[PaperReading], name: str) -> Any:
    """A statement as the first paper gives it, the notice before the ruling (FACT_SOURCES)."""
    for kind in FACT_SOURCES:
        for reading in sources:
            if reading.document.type == kind and (first := reading.first(name)) is not None:
                return first.value
    return None


MEASURE_FACTS = ("locate_grounds", "disposal_completed", "ownership_queried")
"""Facts seed 002's rules read (extract.measure.statements); the notice's word first."""


def _measure_facts(readings: list[PaperReading]) -> dict[str, Any]:
    """The facts an agency measure rests on, each from the first paper that states it; a fact
    no paper states is absent (the rule then asks the court), never a guessed false."""
    out: dict[str, Any] = {}
    for kind in FACT_SOURCES:
        for reading in readings:
            if reading.document.type != kind:
                continue
            for name in MEASURE_FACTS:
                if name not in out and (first := reading.first(name)) is not None:
                    out[name] = first.value
    return out


def _fact_evidence(readings: list[PaperReading]) -> dict[str, Any]:
    """Where each fact was read: {"no_other_property": …, "withdrawal_grounds": {"death": …}}."""
    out: dict[str, Any] = {"withdrawal_grounds": {}}
    for reading in readings:
        if reading.document.type not in FACT_SOURCES:
            continue
        for name in ("no_other_property", "preliminary_enforcement", "preservation", "previous_freeze_end",
                     "freeze_length", *MEASURE_FACTS):
            first = reading.first(name)
            if first is not None:
                out.setdefault(name, _evidence_json(first.evidence))
        for ground in reading.fields.get("withdrawal_ground", []):
            out["withdrawal_grounds"].setdefault(ground.value, _evidence_json(ground.evidence))
    return out


def _query_form_names_person(readings: list[PaperReading]) -> bool | None:
    """Jiaozuo's 查询单 must name the person queried (seed 001 二、第3条): by ID number, or
    for a unit by its name; None when there is no 查询单."""
    forms = [r for r in readings if r.document.type == "query_form"]
    if not forms:
        return None
    for form in forms:
        if form.first("respondent.id_number") is not None:
            return True
        name = form.first("respondent.name")
        if name is not None and UNIT_NAME.search(str(name.value)):
            return True
    return False


UNIT_NAME = re.compile(r"(?:公司|厂|中心|合作社|事务所|集团|银行|委员会|协会|商行|经营部|工作室|研究所|研究院)$")


def _date_of(readings: list[PaperReading], kind: str) -> str | None:
    for reading in readings:
        if reading.document.type == kind and (first := reading.first("date")) is not None:
            return first.value
    return None


def _once(flags: list[Flag]) -> list[Flag]:
    """One flag per field and message: the notice and the ruling both printing the same bad ID
    number is one thing for the clerk to check, not two (the first paper's evidence is kept)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for flag in flags:
        if (flag.field, flag.message) not in seen:
            seen.add((flag.field, flag.message))
            out.append(flag)
    return out


def _doubted(name: str, conflicts: list[Conflict], flags: list[Flag]) -> bool:
    return any(c.field == name for c in conflicts) or any(f.field == name for f in flags)


def _evidence_json(evidence: Evidence, penalised: bool = False) -> dict[str, Any]:
    confidence = round(min(evidence.confidence, 0.5), 3) if penalised else evidence.confidence
    box = [round(v, 4) for v in evidence.box] if evidence.box else None
    return ContractEvidence(source=evidence.source, page=evidence.page, box=box, confidence=confidence,
                            text=evidence.text, document=evidence.document).to_json()


def _conflict(conflict: Conflict) -> ContractConflict:
    return ContractConflict(field=conflict.field, values=[
        ConflictValue(value=r.value, document=r.evidence.document, source=r.evidence.source, page=r.evidence.page,
                      box=[round(v, 4) for v in r.evidence.box] if r.evidence.box else None)
        for r in conflict.readings
    ])
