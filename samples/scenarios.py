"""The catalogue of bundles: what each one contains, how it is damaged, what it should decide.

Each scenario is a small recipe: the pack and action, the case's deliberate twists, which
documents go into which files in which format, which pages are damaged and how, and the
account facts. The catalogue covers every action, both rule packs, every decision and
every defect; ``generate --count N`` walks it in order and wraps around with new data.

Document keys: notice, ruling, judgment, proof, intro, query (court papers);
``cards:all`` / ``cards:K`` (photocopies of all officers' / officer K's work ID and duty
certificate on one A4 page); ``work_id:K`` / ``duty_cert:K`` (a single card).
File formats: pdf_text (vector PDF with a text layer), pdf_scan (image-only PDF),
tiff (multi-page), png / jpeg (one page per file, ``{n}`` in the name numbers them),
photo (a phone photo of one card, JPEG).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FileSpec:
    """One input file of a bundle."""

    name: str
    fmt: str
    items: tuple[str, ...]
    shuffle: bool = True


@dataclass(frozen=True)
class Scenario:
    """A bundle recipe; ``defects`` maps a document key to the damage done to its pages."""

    slug: str
    pack: str
    action: str
    expected: str
    text: str
    files: tuple[FileSpec, ...]
    case: dict[str, Any] = field(default_factory=dict)
    defects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    file_defects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    accounts: str = "ok"  # ok | loan_borrower | guarantor | contracted | absent


SH, JZ = "shanghai-2021", "jiaozuo-2024"

CATALOGUE: tuple[Scenario, ...] = (
    Scenario("sh-freeze-assist", SH, "freeze", "assist",
             "上海浦东法院冻结公积金，通知书、裁定书、工作证照片齐全，账户无贷款，应予协助。",
             (FileSpec("scan01.pdf", "pdf_scan", ("notice", "ruling")),
              FileSpec("IMG_20240611_093512.jpg", "photo", ("work_id:0",))),
             case={"court_code": "沪0115"},
             defects={"notice": ("seal", "skew"), "ruling": ("seal",)}),
    Scenario("sh-freeze-missing-ruling", SH, "freeze", "needs_correction",
             "冻结材料缺执行裁定书（只有通知书和证件复印件），应要求法院补正。",
             (FileSpec("page{n}.png", "png", ("notice", "cards:0")),),
             case={"court_code": "沪0104"},
             defects={"notice": ("seal",)}, file_defects={"page{n}.png": ("blur",)}),
    Scenario("sh-freeze-amount-conflict", SH, "freeze", "needs_correction",
             "协助执行通知书与执行裁定书的冻结金额不一致，应要求法院更正。",
             (FileSpec("scan.pdf", "pdf_scan", ("ruling", "notice", "cards:all")),),
             case={"court_code": "沪0112", "amount_conflict": True},
             defects={"notice": ("seal_body",), "ruling": ("seal",)},
             file_defects={"scan.pdf": ("photocopy",)}),
    Scenario("sh-freeze-loan-decline", SH, "freeze", "decline",
             "被执行人作为主贷人有未结清的公积金贷款（与本案无关），不符合冻结条件。",
             (FileSpec("materials.pdf", "pdf_text", ("notice", "ruling", "cards:0")),),
             case={"court_code": "沪"}, accounts="loan_borrower"),
    Scenario("sh-freeze-bad-id", SH, "freeze", "needs_correction",
             "文书上被执行人身份证号码校验位错误，应要求法院核实更正。",
             (FileSpec("scan_0001.pdf", "pdf_scan", ("notice", "ruling")),
              FileSpec("IMG_4471.jpg", "photo", ("duty_cert:0",))),
             case={"court_code": "沪0115", "misprint_id": True},
             defects={"notice": ("seal", "jpeg"), "ruling": ("blur",)}),
    Scenario("sh-renew-freeze-assist", SH, "renew_freeze", "assist",
             "冻结期限届满前续行冻结，材料齐全，应予协助。",
             (FileSpec("bundle.tif", "tiff", ("notice", "ruling", "cards:0")),),
             case={"court_code": "沪0112"},
             defects={"notice": ("seal",), "ruling": ("rot90",)}),
    Scenario("sh-unfreeze-assist", SH, "unfreeze", "assist",
             "上海一中院解除冻结，裁定书一页倒置扫描，材料齐全，应予协助。",
             (FileSpec("scan.pdf", "pdf_scan", ("notice", "ruling")),
              FileSpec("IMG_20240903_151020.jpg", "photo", ("work_id:0",))),
             case={"court_code": "沪01"},
             defects={"notice": ("seal",), "ruling": ("seal", "rot180")}),
    Scenario("sh-deduct-retired-assist", SH, "deduct", "assist",
             "被执行人已退休，附退休证明和判决书，裁定书载明无其他可供执行财产，应予扣划。",
             (FileSpec("scan1.pdf", "pdf_scan", ("notice", "ruling")),
              FileSpec("scan2.pdf", "pdf_scan", ("judgment", "proof")),
              FileSpec("IMG_0815.jpg", "photo", ("work_id:0",))),
             case={"court_code": "沪0115", "ground": "retirement", "retired": True},
             defects={"notice": ("seal",), "ruling": ("seal", "skew"), "proof": ("seal",)},
             file_defects={"scan2.pdf": ("photocopy",)}),
    Scenario("sh-deduct-divorce-assist", SH, "deduct", "assist",
             "离婚后财产纠纷判决已明确分配住房公积金，无需另附提取条件证明，应予扣划。",
             (FileSpec("court_papers.pdf", "pdf_text", ("notice", "ruling", "judgment", "cards:0")),),
             case={"court_code": "沪0104", "ground": "marriage_inheritance_division"},
             defects={"notice": ("seal",), "ruling": ("seal",)}),
    Scenario("sh-deduct-no-ground-correction", SH, "deduct", "needs_correction",
             "扣划申请材料未载明任何提取条件（未退休、普通合同纠纷、无证明材料），请人民法院说明提取条件并提供证明材料。",
             (FileSpec("scan.pdf", "pdf_scan", ("notice", "ruling", "judgment")),
              FileSpec("ids.jpg", "jpeg", ("cards:0",))),
             case={"court_code": "沪0101"},
             defects={"notice": ("seal",), "judgment": ("skew",)},
             file_defects={"scan.pdf": ("noise",)}),
    Scenario("sh-query-offline-assist", SH, "query", "assist",
             "线下查询：介绍信加工作证、执行公务证，旧式案号（半角括号），应予协助查询。",
             (FileSpec("query.pdf", "pdf_text", ("intro", "cards:0")),),
             case={"court_code": "沪0115", "old_form": True, "half_width": True}),
    Scenario("jz-query-assist", JZ, "query", "assist",
             "焦作解放区法院查询：查询单、协助执行通知书、两名执行人员的工作证和执行公务证照片齐全。",
             (FileSpec("scan.pdf", "pdf_scan", ("query", "notice")),
              FileSpec("IMG_1201.jpg", "photo", ("work_id:0",)),
              FileSpec("IMG_1202.jpg", "photo", ("duty_cert:0",)),
              FileSpec("IMG_1203.jpg", "photo", ("work_id:1",)),
              FileSpec("IMG_1204.jpg", "photo", ("duty_cert:1",))),
             case={"court_code": "豫0802"},
             defects={"notice": ("seal",), "query": ("seal",)}),
    Scenario("jz-freeze-assist", JZ, "freeze", "assist",
             "焦作山阳区法院财产保全冻结，裁定书、通知书载明金额和期限，两名执行人员证件齐全。",
             (FileSpec("scan.pdf", "pdf_scan", ("ruling", "notice", "cards:all")),),
             case={"court_code": "豫0811", "preservation": True},
             defects={"notice": ("seal", "skew"), "ruling": ("seal",)},
             file_defects={"scan.pdf": ("noise",)}),
    Scenario("jz-freeze-one-officer", JZ, "freeze", "needs_correction",
             "焦作中院冻结只有一名执行人员的证件，焦作规则要求两名以上，应要求补正。",
             (FileSpec("notice_and_ruling.pdf", "pdf_text", ("notice", "ruling")),
              FileSpec("IMG_3301.jpg", "photo", ("work_id:0",)),
              FileSpec("IMG_3302.jpg", "photo", ("duty_cert:0",))),
             case={"court_code": "豫08", "n_officers": 1}),
    Scenario("jz-freeze-guarantor-decline", JZ, "freeze", "decline",
             "被执行人为他人公积金贷款提供担保且未解除，焦作规则暂不冻结。",
             (FileSpec("scan{n}.png", "png", ("notice", "ruling", "cards:all")),),
             case={"court_code": "豫0821"},
             defects={"notice": ("seal",), "ruling": ("rot180",)}, accounts="guarantor"),
)
