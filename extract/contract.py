"""The request's vocabulary, as `../shared/contract/README.md` defines it, in one place.

Every stage names the same document types and actions; the codes and the Chinese names a
reader sees live here only, so a receipt, a finding and a page cannot call one paper by
two names. `get_path` / `set_path` are the one way to address a field of the request by
its dotted name (`respondent.id_number`, `officers[1].name`): the rules, the reviewer's
corrections and the evidence all use these names.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    model_serializer,
)

from extract.values import amount_to_chinese_capital, format_amount, iso_date, to_amount

DOCUMENT_TYPES: dict[str, str] = {
    "assist_notice": "协助执行通知书",
    "ruling": "执行裁定书",
    "judgment": "生效法律文书",
    "query_form": "协助查询通知书",
    "intro_letter": "介绍信",
    "work_id": "执行人员工作证",
    "duty_cert": "执行公务证",
    "ground_proof": "符合提取条件的证明材料",
    "other": "其他材料",
}
"""The contract's document type codes and the name a letter or a finding gives each."""

CARD_TYPES = frozenset({"work_id", "duty_cert"})
"""The officers' cards: one document per card (the contract), whatever the medium."""

ACTIONS: dict[str, str] = {
    "query": "查询",
    "freeze": "冻结",
    "renew_freeze": "续行冻结",
    "unfreeze": "解除冻结",
    "deduct": "扣划",
}
"""The contract's `request.action` codes and their Chinese words."""

MEASURES: dict[str, str] = {
    "police.identity_query": "查询户籍身份信息",
    "police.locate": "协助查找被执行人下落",
    "police.vehicle_seal": "查封机动车",
    "police.vehicle_transfer": "机动车过户登记",
    "land.query": "查询土地使用权",
    "land.seal": "查封土地使用权",
    "land.unseal": "解除查封土地使用权",
    "land.transfer": "土地使用权过户登记",
    "housing.query": "查询房屋权属",
    "housing.seal": "查封房屋",
    "housing.unseal": "解除查封房屋",
    "housing.transfer": "房屋过户登记",
    "market.query": "查询股权登记信息",
    "market.equity_freeze": "冻结股权",
    "market.equity_unfreeze": "解除冻结股权",
    "market.equity_transfer": "股权过户登记",
}
"""The contract's `request.measure` codes (other agencies' measures) and their Chinese words."""

FIELD_NAMES: dict[str, str] = {
    "action": "协助事项",
    "court": "执行法院",
    "case_number": "案号",
    "respondent.name": "被执行人姓名",
    "respondent.id_number": "被执行人身份证号码",
    "applicant.name": "申请执行人",
    "amount": "金额",
    "freeze_period.start": "冻结期限起始日",
    "freeze_period.end": "冻结期限届满日",
    "account_number": "住房公积金账号",
}
"""The request's fields by dotted path, as a finding or a letter names them."""

SUBJECT_FIELD_NAMES: dict[str, str] = {
    "subject.plate": "号牌号码",
    "subject.vin": "车辆识别代号（车架号）",
    "subject.model": "品牌型号",
    "subject.certificate": "不动产权证号",
    "subject.location": "坐落",
    "subject.company": "公司名称",
    "subject.credit_code": "统一社会信用代码",
    "subject.share": "股权数额",
}
"""The parts of an agency measure's object (`Subject`) by dotted path: fields only the
agencies' requests have, so a page lists them where they were read, not for every request."""

PAPERS: dict[str, tuple[str, str]] = {
    "locate_letter": ("assist_notice", "协助查找被执行人函"),
    "publicity_notice": ("assist_notice", "协助公示通知书"),
    "identity_proof": ("other", "身份或资格证明"),
    "service_return": ("other", "送达回证"),
}
"""Papers the contract files under a broader type (a 协助公示通知书 is an `assist_notice`, a
transferee's ID copy `other`), by the code a document's `paper` gives them: the type each
counts as and its own name. A rule that needs a transferee's proof asks for `identity_proof`,
so that a 送达回证, also `other`, does not stand in for it."""

MEASURE_ACTIONS: dict[str, str | None] = {
    "police.identity_query": "query", "police.locate": None,
    "police.vehicle_seal": "freeze", "police.vehicle_transfer": None,
    "land.query": "query", "land.seal": "freeze", "land.unseal": "unfreeze", "land.transfer": None,
    "housing.query": "query", "housing.seal": "freeze", "housing.unseal": "unfreeze", "housing.transfer": None,
    "market.query": "query", "market.equity_freeze": "freeze", "market.equity_unfreeze": "unfreeze",
    "market.equity_transfer": None,
}
"""The contract's agency measures and the nearest fund-centre `action` of each (查封 freeze,
解封 unfreeze, 查询 query; a transfer or a search for a person has none)."""

COURT_PAPERS = ("assist_notice", "ruling", "query_form", "judgment")
"""The court's own legal papers: the ones that bear its seal."""


_INDEXED_NAMES = ((re.compile(r"^officers\[(\d+)\]\.name$"), "执行人员{n}"),
                  (re.compile(r"^documents\[(\d+)\]\.type$"), "第{n}份材料的类型"))
OTHER_FIELD_NAMES = {"measure": "协助措施", "court_account": "法院账户", "freeze_period": "冻结期限",
                     "respondent": "被执行人", "officers": "执行人员"}


def field_name(path: str) -> str:
    """The Chinese name of a request field by its dotted path (「执行人员2」 for `officers[1].name`),
    for a page or a history line; never the path itself."""
    if path in FIELD_NAMES:
        return FIELD_NAMES[path]
    if path in SUBJECT_FIELD_NAMES:
        return SUBJECT_FIELD_NAMES[path]
    for pattern, name in _INDEXED_NAMES:
        if m := pattern.match(path):
            return name.format(n=int(m.group(1)) + 1)
    return OTHER_FIELD_NAMES.get(path, "其他记载事项")


def document_name(code: str | None) -> str:
    """The Chinese name of a document type; an unknown code is 其他材料, never the code."""
    return DOCUMENT_TYPES.get(code or "", DOCUMENT_TYPES["other"])


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    return [int(index) if index else name for name, index in _STEP.findall(path)]


def get_path(data: Any, path: str) -> Any:
    """`respondent.id_number` → data["respondent"]["id_number"]; None where any step is absent.

    Works on dicts and lists (`officers[0].name`) and on models (attributes), so a rule and a
    correction address the request the same way whichever form they hold.
    """
    value = data
    for step in _steps(path):
        if isinstance(step, int):
            if not isinstance(value, list | tuple) or step >= len(value):
                return None
            value = value[step]
        elif isinstance(value, dict):
            value = value.get(step)
        elif value is not None and not isinstance(value, str | int | float | list | tuple):
            value = getattr(value, step, None)
        else:
            return None
    return value


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted field, making the dicts and list items on the way where they are absent."""
    steps = _steps(path)
    node: Any = data
    for step, nxt in zip(steps, [*steps[1:], None], strict=True):
        if nxt is None:
            if isinstance(step, int):
                while len(node) <= step:
                    node.append(None)
            node[step] = value
            return
        if isinstance(step, int):
            while len(node) <= step:
                node.append({})
            if not isinstance(node[step], dict | list):
                node[step] = [] if isinstance(nxt, int) else {}
        elif not isinstance(node.get(step), dict | list):
            node[step] = [] if isinstance(nxt, int) else {}
        node = node[step]


# ============================================================ the typed request
#
# The contract's `request` as models, owned by the stage that produces it. Their JSON
# (`Request.to_json()`) *is* the contract's object plus the extras beside it (`facts`,
# `dates`, `conflicts`, `flags`, `court_account`, a document's `original`); nothing else
# builds that object by hand, and `Request.from_json` reads it back, so validate checks
# exactly what extraction wrote and a reviewer's correction is checked the same way.

Action = Literal["query", "freeze", "renew_freeze", "unfreeze", "deduct"]
DocumentType = Literal["assist_notice", "ruling", "judgment", "query_form", "intro_letter", "work_id",
                       "duty_cert", "ground_proof", "other"]
Measure = Literal[
    "police.identity_query", "police.locate", "police.vehicle_seal", "police.vehicle_transfer",
    "land.query", "land.seal", "land.unseal", "land.transfer",
    "housing.query", "housing.seal", "housing.unseal", "housing.transfer",
    "market.query", "market.equity_freeze", "market.equity_unfreeze", "market.equity_transfer",
]


def _amount_in(value: Any) -> Any:
    """An amount must be exactly yuan and fen: "100000" and "100000.00" read alike, "12.345" does not."""
    if value is None or value == "":
        return None
    amount = to_amount(value)
    if amount is None:
        raise ValueError(f"not an amount in yuan and fen: {value!r}")
    return amount


def _date_in(value: Any) -> Any:
    if value is None or value == "":
        return None
    day = iso_date(value)
    if day is None:
        raise ValueError(f"not an ISO date: {value!r}")
    return day


Amount = Annotated[Decimal, BeforeValidator(_amount_in), PlainSerializer(format_amount, return_type=str)]
"""Yuan as a Decimal inside, the contract's "123456.78" outside."""
Day = Annotated[date, BeforeValidator(_date_in), PlainSerializer(date.isoformat, return_type=str)]
"""A date inside, ISO "2024-05-01" outside."""


class ContractModel(BaseModel):
    """Extras beside the contract's keys are kept as they came (the contract allows them)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)


class Party(ContractModel):
    """The person enforced against (被执行人): the account is found by the ID number."""

    name: str | None = None
    id_number: str | None = None


class Applicant(ContractModel):
    """The party applying for enforcement (申请执行人), a person or an organisation."""

    name: str | None = None


class Officer(ContractModel):
    name: str


class FreezePeriod(ContractModel):
    """The freeze period the notice states (both ends included)."""

    start: Day | None = None
    end: Day | None = None


class DocumentPart(ContractModel):
    """Pages of a paper that lie in another file (a paper photographed a page to a file)."""

    source: str
    pages: list[int] = Field(default_factory=list)


class Document(ContractModel):
    """One paper of the submission, where it lies, and what the eye can tell of it."""

    type: DocumentType
    source: str = ""
    pages: list[int] = Field(default_factory=list)
    """The paper's pages in `source`, the file where it begins."""
    continued: list[DocumentPart] = Field(default_factory=list)
    """Its later pages in other files, in order: one paper is one document, however handed in."""
    sealed: bool | None = None
    """A court seal was seen on the paper; None where it could not be told."""
    original: bool | None = None
    """An original (True) or a copy (False); None where the papers do not tell."""
    paper: str | None = None
    """The paper's own kind where its type is broader (see `PAPERS`): 协助公示通知书, 送达回证 …"""
    valid_until: Day | None = None
    """An officer's card: the last day it is in force, as printed (「有效期至…」); None where unsaid."""

    @property
    def name(self) -> str:
        return PAPERS[self.paper][1] if self.paper in PAPERS else document_name(self.type)


class Subject(ContractModel):
    """What an agency's measure is taken on, as the notice describes it.

    A vehicle by its 号牌 and 车架号, real estate by its 不动产权证号 and 坐落, equity by the
    company (名称, 统一社会信用代码) and the share (股权数额, as printed): the agency finds the
    record by these, so a notice that gives none of them cannot be carried out as it stands.
    """

    kind: Literal["vehicle", "real_estate", "equity"] | None = None
    """None where the sender did not say (the measure tells it: a vehicle for the police …)."""
    plate: str | None = None
    vin: str | None = None
    model: str | None = None
    certificate: str | None = None
    location: str | None = None
    company: str | None = None
    credit_code: str | None = None
    share: str | None = None

    @model_serializer(mode="wrap")
    def _stated_parts(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Only the parts the paper states: a vehicle has no 坐落, an estate no 车架号."""
        return {k: v for k, v in handler(self).items() if v is not None}


class CourtAccount(ContractModel):
    """The court's account a deduction is paid into (户名, 账号, 开户行), as the notice states it."""

    name: str | None = None
    number: str | None = None
    bank: str | None = None


class Evidence(ContractModel):
    """Where one value was read: file, page, box (fractions of the upright page), confidence."""

    source: str = ""
    page: int = 0
    box: list[float] | None = None
    confidence: float = 1.0
    text: str = ""
    document: str = ""


class ConflictValue(ContractModel):
    """One paper's statement of a field the papers disagree on, and where it was read."""

    value: Any
    document: str = ""
    source: str = ""
    page: int | None = None
    box: list[float] | None = None
    """Where on that page it was read (fractions of the upright page), so a reviewer sees both papers."""

    def where(self) -> str:
        """「执行裁定书第2页」: the paper by its name and the page it was read on (never a file name)."""
        return document_name(self.document) + (f"第{self.page}页" if self.page else "")

    def said(self, field: str) -> str:
        """The value as a letter states it: an amount in figures and in 大写, as courts write it."""
        if field == "amount" and (amount := to_amount(self.value)) is not None:
            return f"人民币{format_amount(amount)}元（大写：{amount_to_chinese_capital(amount)}）"
        return str(self.value)


class Conflict(ContractModel):
    """The notice and the ruling state a field differently; the notice's value is the request's."""

    field: str
    values: list[ConflictValue] = Field(default_factory=list)

    def describe(self) -> str:
        """「关于金额，协助执行通知书第1页载明人民币…元（大写：…），执行裁定书第1页载明…」."""
        stated = "，".join(f"{v.where()}载明{v.said(self.field)}" for v in self.values)
        return f"关于{FIELD_NAMES.get(self.field, '其他事项')}，{stated}"


class Flag(ContractModel):
    """Something read that a person must look at (a check digit that fails, an unsure value)."""

    field: str
    message: str


class Request(ContractModel):
    """The court's request as one submission states it: the contract's `request`."""

    action: Action | None = None
    court: str | None = None
    case_number: str | None = None
    respondent: Party | None = None
    applicant: Applicant | None = None
    amount: Amount | None = None
    freeze_period: FreezePeriod | None = None
    account_number: str | None = None
    officers: list[Officer] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    measure: str | None = None
    """An agency measure (see `Measure` for the contract's; a pack's `measures:` may name more)."""
    subject: Subject | None = None
    """What the agency measure is taken on (a vehicle, real estate, equity); None for the fund centre."""
    court_account: CourtAccount | None = None
    facts: dict[str, Any] = Field(default_factory=dict)
    dates: dict[str, Day | None] = Field(default_factory=dict)
    conflicts: list[Conflict] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)

    @classmethod
    def from_json(cls, data: Request | dict[str, Any]) -> Request:
        """The contract's object (or a model already) as a Request; a malformed one is a ValueError."""
        return data if isinstance(data, Request) else cls.model_validate(data)

    def documents_of(self, code: str) -> list[Document]:
        return [d for d in self.documents if d.type == code]
