"""The egret scenarios: seed 002's other agencies, each measure clean and with defects.

Expected decisions are egret's reading of seed 002 (what each agency must receive) and
of the contract's rules for agencies bound by 法发〔2010〕15号 第二十条 (seed 004): a paper
the court can still send, or a statement only it can make → needs_correction; a failed
substantive condition → assist with a 审查建议 (never decline).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import draw, papers
from .bundle import Doc, File
from .people import CAR_MODELS, company, credit_code, person, plate, vin

COURTS = [  # name, case-number court code
    ("云浮市中级人民法院", "粤53"), ("云浮市云城区人民法院", "粤5302"), ("云浮市云安区人民法院", "粤5303"),
    ("罗定市人民法院", "粤5381"), ("新兴县人民法院", "粤5321"), ("郁南县人民法院", "粤5322"),
]
OTHER_COURTS = [("肇庆市端州区人民法院", "粤1202"), ("广州市天河区人民法院", "粤0106"),
                ("长沙市岳麓区人民法院", "湘0104"), ("梧州市万秀区人民法院", "桂0403")]

AGENCY = {
    "police.identity_query": "云浮市公安局", "police.locate": "云浮市公安局",
    "police.vehicle_seal": "云浮市公安局交通警察支队车辆管理所",
    "police.vehicle_transfer": "云浮市公安局交通警察支队车辆管理所",
    "land": "云浮市国土资源和城乡规划管理局", "housing": "云浮市住房和城乡建设局",
    "market": "云浮市工商行政管理局",
}
ACTION = {"query": "query", "identity_query": "query", "locate": None, "vehicle_seal": "freeze",
          "seal": "freeze", "unseal": "unfreeze", "equity_freeze": "freeze", "equity_unfreeze": "unfreeze",
          "vehicle_transfer": None, "transfer": None, "equity_transfer": None}
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "建设工程施工合同纠纷", "租赁合同纠纷", "劳务合同纠纷"]


@dataclass
class Spec:
    """One scenario: measure, court choice, defect (None = clean) and the scenario line."""

    measure: str
    defect: str | None
    scenario: str
    outside: bool = False
    option: str = ""


SPECS = [
    Spec("police.identity_query", None, "公安户籍身份信息查询，材料齐全"),
    Spec("police.identity_query", "no_duty_cert", "公安身份信息查询，缺执行公务证"),
    Spec("police.locate", None, "协助查找被执行人，拘留决定后潜逃", option="detention"),
    Spec("police.locate", "no_condition", "协助查找被执行人函未说明三项条件之一"),
    Spec("police.locate", None, "协助查找：下落不明不足三个月且无其他条件，实体条件不符仍应协助并提出审查建议",
         option="missing_short"),
    Spec("police.locate", None, "协助查找：涉案金额特别巨大，执行标的不是冻结数额", option="huge"),
    Spec("police.vehicle_seal", None, "车辆查封，号牌与车架号齐全，附回执"),
    Spec("police.vehicle_seal", "no_vehicle_id", "车辆查封通知书未写号牌和车架号"),
    Spec("police.vehicle_seal", None, "外地法院车辆轮候查封", outside=True, option="queued"),
    Spec("police.vehicle_seal", "no_ruling", "车辆查封缺执行裁定书"),
    Spec("police.vehicle_transfer", None, "拍卖成交车辆过户"),
    Spec("police.vehicle_transfer", "no_cards", "车辆过户缺执行人员工作证和执行公务证"),
    Spec("land.query", None, "国土部门不动产查询"),
    Spec("land.seal", None, "国土部门查封不动产，附民事判决书（民初案号）"),
    Spec("land.seal", "no_basis", "国土部门查封不动产缺生效法律文书"),
    Spec("land.unseal", None, "国土部门解除查封"),
    Spec("land.transfer", None, "拍卖成交不动产强制过户，附送达回证"),
    Spec("land.transfer", "no_work_id", "不动产过户缺执行人员工作证"),
    Spec("housing.query", None, "外地法院向住建部门查询房产", outside=True),
    Spec("housing.seal", None, "住建部门查封房产，以生效判决书为依据", option="judgment_only"),
    Spec("housing.seal", "no_estate_id", "住建部门查封通知书未写不动产权证号和坐落"),
    Spec("housing.unseal", None, "住建部门解除查封"),
    Spec("housing.unseal", "no_notice", "住建部门解除查封缺协助执行通知书"),
    Spec("housing.transfer", None, "住建部门房产强制过户"),
    Spec("market.query", None, "工商登记信息查询"),
    Spec("market.query", "unsealed", "工商登记查询通知书未加盖公章"),
    Spec("market.equity_freeze", None, "股权冻结协助公示，注册资本不是冻结数额"),
    Spec("market.equity_freeze", None, "股权冻结以限额为限（冻结数额）", outside=True, option="limit"),
    Spec("market.equity_freeze", "no_ruling", "股权冻结协助公示缺执行裁定书"),
    Spec("market.equity_unfreeze", None, "股权解除冻结协助公示"),
    Spec("market.equity_transfer", None, "股权强制转让变更登记，附受让人身份证复印件（有效期限不是冻结期限）"),
    Spec("market.equity_transfer", "no_transferee_proof", "股权变更登记缺合法受让人的身份证明"),
    Spec("land.query", "no_duty_cert", "国土部门查询缺执行公务证"),
    Spec("housing.transfer", "no_basis", "住建部门房产过户缺生效判决书或执行裁定书"),
    Spec("market.equity_unfreeze", "no_ruling", "股权解除冻结协助公示缺执行裁定书"),
    Spec("police.vehicle_transfer", "no_ruling", "车辆过户缺拍卖成交的执行裁定书"),
]

MISSING = {"no_duty_cert": ["duty_cert"], "no_ruling": ["ruling"], "no_cards": ["duty_cert", "work_id"],
           "no_basis": ["ruling"], "no_work_id": ["work_id"], "no_notice": ["assist_notice"],
           "no_transferee_proof": ["other"]}


def _date(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 300))


def _years_later(d: dt.date, years: int) -> dt.date:
    return d.replace(year=d.year + years) - dt.timedelta(days=1)


def make_case(spec: Spec, rng: random.Random, used: set[str]) -> papers.Case:
    court, code = rng.choice(OTHER_COURTS if spec.outside else COURTS)
    area = {"粤5302": "445302", "粤5303": "445303", "粤5381": "445381", "粤5321": "445321",
            "粤5322": "445322"}.get(code, rng.choice(["445302", "445381", "440106"]))
    respondent = person(rng, used, area)
    applicant = person(rng, used).name if rng.random() < 0.6 else company(rng)
    officers = [person(rng, used, "445302") for _ in range(2)]
    notice = _date(rng)
    agency_key = spec.measure if spec.measure.startswith("police") else spec.measure.split(".")[0]
    c = papers.Case(court=court, code=code, year=notice.year, seq=rng.randint(80, 2400), respondent=respondent,
                    applicant=applicant, cause=rng.choice(CAUSES), officers=officers,
                    judges=[person(rng, used).name for _ in range(3)], clerk=person(rng, used).name,
                    notice_date=notice, ruling_date=notice - dt.timedelta(days=rng.randint(0, 6)),
                    judgment_date=notice - dt.timedelta(days=rng.randint(120, 400)),
                    agency=AGENCY[agency_key], phone=f"0766-88{rng.randint(10000, 99999)}")
    return c


def _cards(c: papers.Case, rng: random.Random, drop: set[str]) -> list[Doc]:
    docs = []
    for i, o in enumerate(c.officers):
        if "work_id" not in drop:
            card = draw.work_id_card(o.name, c.court, f"{c.code[1:]}{rng.randint(1000, 9999)}", "执行员", rng)
            docs.append(Doc("work_id", [card], True))
        if "duty_cert" not in drop:
            pages = draw.duty_cert_pages(o.name, c.court, f"执{rng.randint(100000, 999999)}", rng)
            docs.append(Doc("duty_cert", pages if i == 0 or rng.random() < 0.5 else pages[1:], True))
    return docs


def build(index: int, spec: Spec, rng: random.Random, used: set[str]) -> tuple[list[File], dict]:
    """Papers, files and truth for one scenario."""
    c = make_case(spec, rng, used)
    kind, verb = spec.measure.split(".")
    docs: list[Doc] = []
    subject: dict | None = None
    notice_sealed = spec.defect != "unsealed"
    seal_text = c.court
    basis_docs: list[Doc] = []

    def notice(items, title="协助执行通知书", with_receipt=False, code="assist_notice"):
        pages = [items] + ([papers.receipt(c, title)] if with_receipt else [])
        return Doc(code, pages, notice_sealed, seal_text)

    if verb in ("seal", "vehicle_seal", "equity_freeze"):
        years = {"vehicle_seal": 2, "seal": 3, "equity_freeze": 3}[verb]
        c.freeze = (c.notice_date, _years_later(c.notice_date, years))
    if verb in ("vehicle_transfer", "transfer", "equity_transfer"):
        c.transferee = person(rng, used)

    if spec.measure == "police.identity_query":
        docs.append(notice(papers.identity_query(c), "协助查询通知书", rng.random() < 0.5, "query_form"))
    elif spec.measure == "police.locate":
        cond = spec.option or None
        text = ""
        if cond:
            d0 = c.notice_date - dt.timedelta(days=rng.randint(20, 50))
            text = papers.LOCATE_CONDITIONS[cond].format(
                d=papers.ar_date(d0), d2=papers.ar_date(c.notice_date - dt.timedelta(days=55)),
                v="所在村民委员会", a=f"{rng.randint(600, 2400) * 10000:,}")
        docs.append(notice(papers.locate_letter(c, cond, text)))
    elif kind == "police":
        subject = {"kind": "vehicle", "plate": plate(rng), "vin": vin(rng), "model": rng.choice(CAR_MODELS)}
        if spec.defect == "no_vehicle_id":
            c.subject = {"model": subject["model"]}
            subject = {"kind": "vehicle", "plate": None, "vin": None, "model": subject["model"]}
        else:
            c.subject = subject
        if verb == "vehicle_seal":
            docs.append(notice(papers.vehicle_seal_notice(c, spec.option == "queued"), with_receipt=rng.random() < 0.6))
            basis_docs.append(Doc("ruling", papers.ruling(
                c, "因被执行人未按执行通知履行生效法律文书确定的义务，本院依法查封被执行人名下的机动车。",
                [f"查封被执行人{c.respondent.name}名下的机动车（{papers.vehicle_text(c.subject) or '以登记为准'}），"
                 "查封期限二年。"]), True, seal_text))
        else:
            docs.append(notice(papers.vehicle_transfer_notice(c)))
            price = rng.randint(30, 260) * 1000
            basis_docs.append(Doc("ruling", papers.ruling(
                c, f"本院依法委托拍卖被执行人名下的机动车，买受人{c.transferee.name}以人民币{price}元竞买成交，"
                   "已付清全部价款。", [f"一、{papers.vehicle_text(c.subject)}的车辆所有权归买受人{c.transferee.name}所有；",
                                     "二、买受人可持本裁定书到车辆管理部门办理过户登记手续。"], "之一"), True, seal_text))
    elif kind in ("land", "housing"):
        if verb != "query":
            district = c.respondent.address[3:9] if "云浮" in c.respondent.address else "云浮市云城区"
            room = f"{district}{rng.choice(['星岩四路', '金山大道', '东湖路'])}{rng.randint(2, 99)}号{rng.randint(1, 30)}栋{rng.randint(101, 2806)}房"
            cert = f"粤（{rng.randint(2017, 2024)}）云浮市不动产权第{rng.randint(1, 99999):07d}号"
            subject = {"kind": "real_estate", "certificate": cert, "location": room}
            c.subject = dict(subject, area_m2=f"{rng.randint(6000, 16000) / 100:.2f}")
            if spec.defect == "no_estate_id":
                c.subject, subject = {}, {"kind": "real_estate", "certificate": None, "location": None}
        if verb == "query":
            docs.append(notice(papers.estate_query(c), "协助查询通知书", False, "query_form"))
        else:
            use_judgment = spec.option == "judgment_only"
            basis = f"{c.civil_number}民事判决书" if use_judgment else f"{c.number}{'之一' if verb == 'transfer' else ''}执行裁定书"
            if spec.defect != "no_notice":
                docs.append(notice(papers.estate_notice(c, verb, basis), with_receipt=verb == "seal" and rng.random() < 0.5))
            principal = f"{rng.randint(12, 180) * 10000}"
            jud = papers.judgment(c, principal, f"被告向原告借款人民币{principal}元，到期后经原告催讨未予归还。",
                                  [f"一、被告{c.respondent.name}于本判决发生法律效力之日起十日内偿还原告借款本金人民币{principal}元及利息；",
                                   "二、驳回原告的其他诉讼请求。"])
            if use_judgment:
                basis_docs.append(Doc("judgment", jud, True, seal_text))
            else:
                orders = {"seal": [f"查封被执行人{c.respondent.name}名下的不动产（{papers.estate_text(c.subject) or '以登记为准'}），查封期限三年。"],
                          "unseal": [f"解除对被执行人{c.respondent.name}名下不动产（{papers.estate_text(c.subject)}）的查封。"],
                          "transfer": [f"一、{papers.estate_text(c.subject)}的不动产归买受人{c.transferee.name if c.transferee else ''}所有；",
                                       "二、买受人可持本裁定到登记机构办理权属变更登记手续。"]}[verb]
                reason = {"seal": "被执行人未按执行通知履行义务。", "unseal": "被执行人已履行完毕生效法律文书确定的全部义务。",
                          "transfer": f"本院依法拍卖被执行人名下的不动产，买受人以人民币{rng.randint(40, 300) * 10000}元竞得并付清价款。"}[verb]
                basis_docs.append(Doc("ruling", papers.ruling(c, reason, orders, "之一" if verb == "transfer" else ""), True, seal_text))
                if spec.option == "" and verb == "seal" and spec.defect is None:
                    basis_docs.append(Doc("judgment", jud, True, seal_text))
    else:  # market
        if verb != "query":
            share_pct = rng.choice((10, 20, 30, 45, 51))
            contrib = rng.choice((50, 100, 200, 300))
            subject = {"kind": "equity", "company": company(rng), "credit_code": credit_code(rng),
                       "share": f"{share_pct}%股权（认缴出资额人民币{contrib}万元）"}
            c.subject = subject
            capital = f"{contrib * 100 // share_pct}万元"
        if verb == "query":
            docs.append(notice(papers.market_query(c), "协助查询通知书", False, "query_form"))
        elif verb in ("equity_freeze", "equity_unfreeze"):
            if spec.option == "limit":
                c.amount = f"{rng.randint(50, 500) * 10000}.00"
                c.amount_text = f"{int(float(c.amount))}元"
            docs.append(notice(papers.publicity_notice(c, verb == "equity_unfreeze", capital), "协助公示通知书"))
            order = (f"{'解除冻结' if verb == 'equity_unfreeze' else '冻结'}被执行人{c.respondent.name}持有的"
                     f"{papers.equity_text(c.subject)}" + ("，冻结期限三年。" if verb == "equity_freeze" else "。"))
            basis_docs.append(Doc("ruling", papers.ruling(c, "被执行人未按执行通知履行义务，本院查明被执行人持有上述股权。"
                                  if verb == "equity_freeze" else "被执行人已履行完毕全部义务。", [order]), True, seal_text))
        else:
            docs.append(notice(papers.equity_transfer_notice(c)))
            basis_docs.append(Doc("ruling", papers.ruling(
                c, f"本院依法拍卖被执行人持有的股权，受让人{c.transferee.name}竞买成交并已付清价款。",
                [f"一、被执行人{c.respondent.name}持有的{papers.equity_text(c.subject)}归受让人{c.transferee.name}所有；",
                 "二、受让人可持本裁定书到市场监督管理部门办理股东变更登记。"], "之一"), True, seal_text))

    if spec.defect not in ("no_ruling", "no_basis"):
        docs += basis_docs
    others: list[Doc] = []
    if verb == "equity_transfer" and spec.defect != "no_transferee_proof":
        valid_from = dt.date(rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28))
        valid = f"{valid_from:%Y.%m.%d}-{valid_from.replace(year=valid_from.year + 20):%Y.%m.%d}"
        others.append(Doc("other", [draw.id_copy(c.transferee, "云浮市公安局云城分局", valid, rng)], False))
    served = "、".join(dict.fromkeys({"query_form": "协助查询通知书", "assist_notice": "协助执行通知书",
                                    "ruling": "执行裁定书", "judgment": "民事判决书"}[d.type] for d in docs))
    if (verb in ("transfer", "equity_transfer") or spec.defect == "no_notice" or rng.random() < 0.25):
        others.append(Doc("other", [papers.service_return(c, served + "各一份")], False))
    drop = {"no_duty_cert": {"duty_cert"}, "no_cards": {"work_id", "duty_cert"}, "no_work_id": {"work_id"}}.get(spec.defect, set())
    cards = _cards(c, rng, drop)
    files = package(index, docs, cards, others, rng)
    return files, {"case": c, "subject": subject}


def package(index: int, docs: list[Doc], cards: list[Doc], others: list[Doc], rng: random.Random) -> list[File]:
    """Spread the papers over files the way a court's clerk might hand them in."""
    style = index % 4
    files: list[File] = []
    head, rest = docs[:1], docs[1:]
    if style == 0:  # born-digital notice with card photos embedded; scanned ruling
        files.append(File("notice.pdf", "pdf_text", head + [Doc(d.type, [draw.photo(p, rng) for p in d.pages], d.sealed)
                                                              for d in cards[:2]]))
        if rest:
            files.append(File("ruling_scan.pdf", "pdf_scan", rest, upside_down={2} if rng.random() < 0.4 else set()))
        if cards[2:]:
            files.append(File("cards.tif", "tif", cards[2:]))
    elif style == 1:  # one scanned stack of everything, cards photocopied on A4
        cards_pages = [Doc(d.type, [draw.on_a4([p]) for p in d.pages], d.sealed) for d in cards]
        files.append(File("bundle_scan.pdf", "pdf_scan", docs + cards_pages,
                          upside_down={len(docs[0].pages) + 1} if rng.random() < 0.5 else set()))
    elif style == 2:  # text PDFs for the papers, phone photos for each card
        files.append(File("notice.pdf", "pdf_text", head))
        if rest:
            files.append(File("ruling.pdf", "pdf_text", rest))
        for i, d in enumerate(cards):
            files.append(File(f"card_{i + 1}.jpg", "jpg", [Doc(d.type, [draw.photo(d.pages[-1], rng)], d.sealed)]))
    else:  # scanned notice, text-layer ruling, cards in a multi-page TIFF
        files.append(File("notice_scan.pdf", "pdf_scan", head))
        if rest:
            files.append(File("ruling.pdf", "pdf_text", rest))
        if cards:
            files.append(File("cards.tif", "tif", [Doc(d.type, [draw.scan(p, rng, skew=rng.uniform(-3, 3), grey=True)
                                                                for p in d.pages], d.sealed) for d in cards]))
    for i, d in enumerate(others):
        if d.pages and isinstance(d.pages[0], list):
            files.append(File(f"service_return_{i + 1}.png", "png", [d]))
        else:
            files.append(File(f"transferee_id_{i + 1}.jpg", "jpg", [d]))
    return files
