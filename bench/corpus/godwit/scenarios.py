"""The 27 bundles: 9 kinds x 3 variants (variant 2 held out).  Each scenario carries the facts
printed on its papers, the layout of its files, the centre's records, and the expected truth
as the author reads seed 001 and the contract (README.md explains every decision)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from .data import (
    CAUSES,
    CENTRE,
    CENTRE_BRANCH,
    COMPANIES,
    COURTS,
    Person,
    add_years,
    fake_name,
    make_person,
    norm_case,
    period_end,
    printed_case,
    receipt_day,
)

KINDS = [
    "query_assist", "query_defect", "freeze_assist", "freeze_terms_defect", "materials_defect",
    "freeze_decline", "renew_unfreeze_assist", "no_matching_freeze", "needs_facts",
]


@dataclass
class Officer:
    name: str
    sex: str
    title: str
    work_no: str
    duty_no: str
    card_font: str = "song"


@dataclass
class Sc:
    idx: int
    kind: str
    variant: int
    action: str
    court_key: str
    rng: random.Random
    court: str = ""
    code: str = ""
    area: str = ""
    addressee: str = CENTRE
    case_year: int = 2026
    case_type: str = "执"
    case_num: int = 0
    case_style: str = "full"
    respondent: Person | None = None
    applicant_name: str = ""
    applicant_person: Person | None = None
    cause: str = ""
    basis_case: str = ""
    basis: str = ""
    basis_date: dt.date | None = None
    amount: Decimal | None = None
    amount_style: str = "plain"
    period: tuple[dt.date, dt.date] | None = None
    period_years_text: str = "三年"
    account_number: str | None = None
    notice_shows_id: bool = True
    ruling_shows_id: bool = True
    form_shows_id: bool = True
    form_shows_sex: bool = True
    form_hand: bool = False
    has_ruling: bool = True
    date_style: str = "cn"
    today: dt.date | None = None
    notice_date: dt.date | None = None
    ruling_date: dt.date | None = None
    old_freeze_date: dt.date | None = None
    unfreeze_reason: str = "申请执行人与被执行人达成和解协议并已履行完毕，申请执行人申请解除冻结"
    retired_on: str = ""
    officers: list[Officer] = field(default_factory=list)       # all officers of the case
    card_officers: list[Officer] = field(default_factory=list)  # whose cards are handed in
    card_types: tuple[str, ...] = ("work_id", "duty_cert")
    notice_officers: list[str] = field(default_factory=list)
    intro_officers: list[str] = field(default_factory=list)
    form_officers: list[str] = field(default_factory=list)
    judges: list[str] = field(default_factory=list)
    clerk: str = ""
    contact: str = ""
    phone: str = ""
    court_bank_account: str = ""
    receipt_slip: bool = False
    files: list = field(default_factory=list)   # layout plan, see bundle.py
    accounts: list | None = None
    expected: str = ""
    missing: list[str] = field(default_factory=list)
    scenario: str = ""
    defects: list[list[str]] = field(default_factory=list)

    @property
    def case_printed(self) -> str:
        return printed_case(self.case_year, self.code, self.case_type, self.case_num, self.case_style)

    @property
    def case_norm(self) -> str:
        return norm_case(self.case_year, self.code, self.case_type, self.case_num)

    @property
    def split(self) -> str:
        return "heldout" if self.idx % 3 == 2 else "dev"


def _officers(rng: random.Random, used: set[str], code: str, n: int) -> list[Officer]:
    out = []
    titles = ["执行员", "法官助理", "审判员", "执行员", "司法警察"]
    digits = code[1:]
    for i in range(n):
        nm = fake_name(rng, used)
        out.append(Officer(nm, rng.choice("男男女"), titles[i % len(titles)],
                           f"{digits}{rng.randint(100, 999)}", f"豫执字{digits}{rng.randint(1000, 9999)}号",
                           rng.choice(["song", "kai"])))
    return out


def _acct_no(rng: random.Random) -> str:
    return "4108" + "".join(str(rng.randint(0, 9)) for _ in range(10))


def _record(sc: Sc, p: Person, rng: random.Random, **kw) -> dict:
    bal = Decimal(rng.randint(30000, 160000)) + Decimal(rng.randint(0, 99)) / 100
    if sc.amount is not None and bal < sc.amount:
        bal = sc.amount + Decimal(rng.randint(1000, 30000))
    rec = {"id_number": p.id_number, "name": p.name, "account_number": sc.account_number or _acct_no(rng),
           "balance": f"{bal:.2f}", "status": "depositing",
           "monthly_deposit": f"{Decimal(rng.randint(400, 2600)):.2f}", "retired": False, "loans": [],
           "contracted_withdrawal": False, "freezes": []}
    rec.update(kw)
    return rec


def _bystander(rng: random.Random, used: set[str]) -> dict:
    p = make_person(rng, used)
    return {"id_number": p.id_number, "name": p.name, "account_number": _acct_no(rng),
            "balance": f"{Decimal(rng.randint(5000, 90000)):.2f}", "status": rng.choice(["depositing", "sealed"]),
            "loans": [], "freezes": []}


def _freeze_entry(court: str, case: str, amount: Decimal, start: dt.date, end: dt.date, state="active") -> dict:
    return {"court": court, "case_number": case, "amount": f"{amount:.2f}", "state": state,
            "start": start.isoformat(), "end": end.isoformat()}


def base(idx: int, seed: int, action: str, court_key: str) -> Sc:
    rng = random.Random(f"godwit/{seed}/{idx}")
    kind, variant = KINDS[idx // 3], idx % 3
    sc = Sc(idx=idx, kind=kind, variant=variant, action=action, court_key=court_key, rng=rng)
    sc.court, sc.code, sc.area = COURTS[court_key]
    used: set[str] = set()
    sc.respondent = make_person(rng, used)
    if rng.random() < 0.45:
        sc.applicant_name = rng.choice(COMPANIES)
    else:
        sc.applicant_person = make_person(rng, used)
        sc.applicant_name = sc.applicant_person.name
    sc.cause = rng.choice(CAUSES)
    sc.case_num = rng.randint(101, 3999)
    sc.case_style = rng.choice(["full", "half"])
    sc.today = receipt_day(rng)
    sc.notice_date = sc.today - dt.timedelta(days=rng.randint(0, 5))
    sc.ruling_date = sc.notice_date - dt.timedelta(days=rng.randint(0, 2))
    sc.basis_case = f"（{sc.case_year - 1}）{sc.code}民初{rng.randint(100, 6999)}号"
    sc.basis = f"{sc.basis_case}民事判决书"
    sc.basis_date = dt.date(sc.case_year - 1, rng.randint(3, 11), rng.randint(1, 28))
    sc.amount = Decimal(rng.randint(8, 150) * 1000 + rng.choice([0, 0, 360, 520, 1875])) + \
        rng.choice([Decimal(0), Decimal(0), Decimal("0.50"), Decimal("0.86")])
    sc.amount_style = rng.choice(["plain", "upper", "comma"])
    ofs = _officers(rng, used, sc.code, 3)
    sc.officers = ofs[:2]
    sc.card_officers = ofs[:2]
    sc.notice_officers = [o.name for o in ofs[:2]]
    sc.form_officers = [o.name for o in ofs[:2]]
    sc.intro_officers = [o.name for o in ofs[:2]]
    sc._spare = ofs[2]  # type: ignore[attr-defined]
    sc.judges = [fake_name(rng, used) for _ in range(3)]
    sc.clerk = fake_name(rng, used)
    sc.contact = ofs[0].name
    sc.phone = f"{sc.area}-{rng.randint(2100000, 8999999)}"
    sc.court_bank_account = "17080200092" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    sc.date_style = rng.choice(["cn", "ar"])
    if court_key in CENTRE_BRANCH and rng.random() < 0.7:
        sc.addressee = CENTRE_BRANCH[court_key]
    sc._used = used  # type: ignore[attr-defined]
    return sc


def three_officers(sc: Sc):
    sc.officers = [*sc.officers, sc._spare]  # type: ignore[attr-defined]
    sc.card_officers = list(sc.officers)
    sc.form_officers = sc.intro_officers = [o.name for o in sc.officers]


def set_period(sc: Sc, start: dt.date, years: int, text: str):
    sc.period = (start, period_end(start, years))
    sc.period_years_text = text


def own_record(sc: Sc, **kw) -> list:
    rng = sc.rng
    used = sc._used  # type: ignore[attr-defined]
    recs = [_record(sc, sc.respondent, rng, **kw)]
    recs += [_bystander(rng, used) for _ in range(rng.randint(1, 2))]
    rng.shuffle(recs)
    return recs


def old_freeze(sc: Sc, end: dt.date, years: int = 3) -> tuple[dt.date, dt.date]:
    start = add_years(end + dt.timedelta(days=1), -years)
    sc.old_freeze_date = start
    return start, end


# ---------------------------------------------------------------- the 27 bundles
def build(idx: int, seed: int) -> Sc:
    k, v = divmod(idx, 3)
    return BUILDERS[k](idx, seed, v)


def _query_assist(idx, seed, v) -> Sc:
    court = ["jiefang", "xiuwu", "jinshui"][v]
    sc = base(idx, seed, "query", court)
    sc.has_ruling = False
    sc.amount = None
    if v == 0:
        sc.form_hand = True
        sc.files = [("notice", "pdf_text"), ("query_form", "png_scan"), ("cards", "desk")]
        sc.scenario = "查询：查询单（手写填写，含身份证号）+协助执行通知书（电子版PDF）+两名执行人员工作证、执行公务证（桌面拍照，封面与内页各一张）"
    elif v == 1:
        three_officers(sc)
        sc.date_style = "ar"
        sc.notice_officers = []
        sc.files = [("bundle", "pdf_scan", ["notice", "query_form", "intro", "card_sheets_per_officer"], {3: 180})]
        sc.scenario = "查询：一个扫描PDF内含通知书、查询单、介绍信和三名执行人员证件复印页（每页一人两证），其中一页倒置；通知书未列执行人员姓名"
    else:
        sc.form_hand = True
        sc.files = [("notice", "pdf_fax"), ("query_form", "pdf_fax"), ("cards", "sheets_by_type_copy")]
        sc.scenario = "查询：省内异地法院（郑州金水）传真件通知书与查询单，两名执行人员工作证复印在一页、执行公务证复印在另一页"
    sc.accounts = own_record(sc)
    sc.expected = "assist"
    return sc


def _query_defect(idx, seed, v) -> Sc:
    court = ["shanyang", "wenxian", "mengzhou"][v]
    sc = base(idx, seed, "query", court)
    sc.has_ruling = False
    sc.amount = None
    if v == 0:
        sc.form_shows_id = False
        sc.notice_shows_id = False
        sc.form_hand = True
        sc.files = [("notice", "pdf_scan"), ("query_form", "jpg_phone"), ("cards", "desk_inside")]
        sc.defects = [["query_form", "no_id_number"]]
        sc.scenario = "查询：查询单只写姓名、性别，未写被查询人公民身份号码（通知书亦未写），手机拍照；材料其余齐全"
    elif v == 1:
        sc.files = [("notice", "jpg_phone"), ("cards", "desk")]
        sc.missing = ["query_form"]
        sc.defects = [["query_form", "missing"]]
        sc.scenario = "查询：只有协助执行通知书（写明“详见所附查询单”但未附）和两名执行人员证件，缺查询单"
    else:
        sc.form_hand = True
        sc.card_types = ("work_id",)
        sc.receipt_slip = True
        sc.files = [("notice", "pdf_text"), ("query_form", "png_scan"), ("cards", "desk")]
        sc.missing = ["duty_cert"]
        sc.defects = [["duty_cert", "missing_for_both_officers"]]
        sc.scenario = "查询：查询单、通知书齐全，两名执行人员只交工作证，未交执行公务证"
    sc.accounts = own_record(sc)
    sc.expected = "needs_correction"
    return sc


def _freeze_assist(idx, seed, v) -> Sc:
    court = ["zhong", "wuzhi", "qinyang"][v]
    sc = base(idx, seed, "freeze", court)
    if v == 0:
        sc.case_type = "执"
        set_period(sc, sc.today, 3, "三年")
        sc.amount_style = "upper"
        sc.account_number = _acct_no(sc.rng)
        sc.files = [("ruling", "pdf_scan"), ("notice", "pdf_text"), ("cards", "desk")]
        sc.accounts = own_record(sc)
        sc.scenario = "冻结：中院，裁定书扫描件+通知书电子版，金额（大写）与期限三年（恰好三年）写明，通知书列明账号；两名执行人员证件桌面拍照"
    elif v == 1:
        three_officers(sc)
        sc.notice_officers = [o.name for o in sc.officers[:2]]
        set_period(sc, sc.today, 1, "一年")
        sc.amount_style = "comma"
        sc.date_style = "ar"
        sc.files = [("bundle", "pdf_scan", ["notice", "card_sheets_per_officer", "ruling"], {2: 90})]
        sc.accounts = own_record(sc)
        sc.scenario = "冻结：一个扫描PDF，顺序为通知书、三名执行人员证件复印页（一页横置）、裁定书；通知书只列两名执行人员，证件三人；期限一年"
    else:
        set_period(sc, sc.today + dt.timedelta(days=1), 2, "二年")
        sc.amount = sc.amount + Decimal("0.35")
        sc.amount_style = "plain"
        sc.date_style = "cn"
        sc.files = [("notice", "docx"), ("ruling", "jpg_phone"), ("cards", "desk")]
        sc.accounts = own_record(sc, loans=[{"role": "borrower", "settled": True},
                                            {"role": "guarantor", "settled": True}])
        sc.scenario = "冻结：通知书为DOCX（电子章），裁定书手机拍照；被执行人曾有公积金贷款已结清、曾担保的贷款已结清（担保解除），符合种子第2条除外情形"
    sc.expected = "assist"
    return sc


def _freeze_terms_defect(idx, seed, v) -> Sc:
    court = ["boai", "macun", "hongqi"][v]
    sc = base(idx, seed, "freeze", court)
    if v == 0:
        set_period(sc, sc.today, 4, "四年")
        sc.files = [("notice", "pdf_scan"), ("ruling", "pdf_scan"), ("cards", "desk")]
        sc.defects = [["assist_notice", "period_over_three_years"]]
        sc.scenario = "冻结：通知书与裁定书写明冻结期限四年，超过三年上限"
    elif v == 1:
        start = sc.today
        meant = period_end(start, 3)
        sc.period = (start, meant.replace(year=start.year - 1))   # year slip: 2029 written as 2025
        sc.period_years_text = "三年"
        sc.files = [("notice", "pdf_text"), ("ruling", "pdf_copy"), ("cards", "desk_inside")]
        sc.defects = [["assist_notice", "end_before_start"]]
        sc.scenario = "冻结：通知书与裁定书写“期限三年”，但截止日期误写在起始日之前（年份笔误）"
    else:
        end = sc.today - dt.timedelta(days=sc.rng.randint(8, 40))
        sc.period = (add_years(end + dt.timedelta(days=1), -3), end)
        sc.files = [("notice", "pdf_fax"), ("ruling", "pdf_copy"), ("cards", "sheets_by_type_copy")]
        sc.defects = [["assist_notice", "period_already_past"]]
        sc.scenario = "冻结：省内异地法院（新乡红旗区）传真件，冻结期限沿用旧模板，收到时期限已届满"
    sc.accounts = own_record(sc)
    sc.expected = "needs_correction"
    return sc


def _materials_defect(idx, seed, v) -> Sc:
    court = ["zhongzhan", "jiefang", "jianxi"][v]
    action = ["freeze", "deduct", "freeze"][v]
    sc = base(idx, seed, action, court)
    if v == 0:
        set_period(sc, sc.today, 3, "三年")
        sc.card_officers = sc.officers[:1]
        sc.files = [("notice", "pdf_text"), ("ruling", "pdf_scan"), ("cards", "desk")]
        sc.missing = ["duty_cert", "work_id"]
        sc.defects = [["work_id", "only_one_officer"], ["duty_cert", "only_one_officer"]]
        sc.accounts = own_record(sc)
        sc.scenario = "冻结：通知书列两名执行人员，但只交一名执行人员的工作证和执行公务证（种子要求2名以上）"
    elif v == 1:
        used = sc._used  # type: ignore[attr-defined]
        sc.respondent = make_person(sc.rng, used, (1955, 1960), "男")
        sc.retired_on = f"{sc.respondent.birth.year + 60}年{sc.respondent.birth.month}月"
        sc.has_ruling = False
        sc.period = None
        sc.files = [("notice", "pdf_scan"), ("judgment", "pdf_copy"), ("cards", "desk")]
        sc.missing = ["ruling"]
        sc.defects = [["ruling", "missing"]]
        sc.accounts = own_record(sc, status="sealed", retired=True, monthly_deposit="0.00")
        sc.scenario = "扣划：被执行人已退休（男，60岁以上），交来通知书、判决书复印件和两名执行人员证件，未附执行裁定书"
    else:
        sc.amount = None
        sc.period = None
        sc.files = [("notice", "jpg_phone"), ("ruling", "jpg_phone"), ("cards", "desk_inside")]
        sc.defects = [["assist_notice", "no_amount"], ["assist_notice", "no_period"]]
        sc.accounts = own_record(sc)
        sc.scenario = "冻结：省内异地法院（洛阳涧西）通知书和裁定书只写“冻结住房公积金”，未写具体金额和冻结期限"
    sc.expected = "needs_correction"
    return sc


def _freeze_decline(idx, seed, v) -> Sc:
    court = ["shanyang", "zhong", "wenxian"][v]
    sc = base(idx, seed, "freeze", court)
    set_period(sc, sc.today, 3, "三年")
    if v == 0:
        sc.files = [("notice", "pdf_text"), ("ruling", "pdf_text"), ("cards", "desk")]
        sc.accounts = own_record(sc, loans=[{"role": "borrower", "settled": False}])
        sc.defects = [["accounts", "unsettled_loan_borrower"]]
        sc.scenario = "冻结：材料齐全，但被执行人有未结清的住房公积金贷款（主贷人）"
    elif v == 1:
        three_officers(sc)
        sc.files = [("bundle", "pdf_scan", ["ruling", "notice", "card_sheets_per_officer"], {0: 180})]
        sc.accounts = own_record(sc, loans=[{"role": "guarantor", "settled": False}])
        sc.defects = [["accounts", "guarantees_unsettled_loan"]]
        sc.scenario = "冻结：材料齐全（三名执行人员），但被执行人为他人未结清的住房公积金贷款提供担保"
    else:
        sc.account_number = _acct_no(sc.rng)
        sc.files = [("notice", "jpg_phone"), ("ruling", "pdf_scan"), ("cards", "desk")]
        sc.accounts = own_record(sc, status="closed", balance="0.00", monthly_deposit="0.00")
        sc.defects = [["accounts", "account_closed"]]
        sc.scenario = "冻结：材料齐全，但被执行人的住房公积金账户已销户"
    sc.expected = "decline"
    return sc


def _renew_unfreeze_assist(idx, seed, v) -> Sc:
    court = ["jiefang", "xiuwu", "mengzhou"][v]
    action = ["renew_freeze", "unfreeze", "renew_freeze"][v]
    sc = base(idx, seed, action, court)
    sc.case_year = 2023
    sc.basis_case = f"（2022）{sc.code}民初{sc.rng.randint(100, 6999)}号"
    sc.basis = f"{sc.basis_case}民事判决书"
    if v == 0:
        end = sc.today + dt.timedelta(days=sc.rng.randint(10, 30))
        s, e = old_freeze(sc, end)
        set_period(sc, e + dt.timedelta(days=1), 3, "三年")
        sc.files = [("ruling", "pdf_scan"), ("notice", "pdf_scan"), ("cards", "desk")]
        sc.accounts = own_record(sc, freezes=[_freeze_entry(sc.court, sc.case_norm, sc.amount, s, e)])
        sc.scenario = "续行冻结：本案冻结在中心记录中、尚未届满（届满前十余日申请），续行三年"
    elif v == 1:
        three_officers(sc)
        sc.period = None
        end = sc.today + dt.timedelta(days=sc.rng.randint(100, 600))
        s, e = old_freeze(sc, end)
        other = COURTS["wuzhi"]
        other_case = norm_case(2025, other[1], "执", sc.rng.randint(100, 2999))
        sc.files = [("notice", "pdf_fax"), ("ruling", "pdf_fax"), ("cards", "sheets_by_type_copy")]
        sc.accounts = own_record(sc, freezes=[
            _freeze_entry(sc.court, sc.case_norm, sc.amount, s, e),
            _freeze_entry(other[0], other_case, Decimal(sc.rng.randint(5, 40) * 1000), sc.today, period_end(sc.today, 3),
                          state="queued")])
        sc.scenario = "解除冻结：传真件，本案冻结在中心记录中，另有他院轮候冻结；三名执行人员证件复印件"
    else:
        end = sc.today + dt.timedelta(days=1)
        s, e = old_freeze(sc, end)
        set_period(sc, e + dt.timedelta(days=1), 3, "三年")
        sc.date_style = "ar"
        sc.files = [("notice", "jpg_phone"), ("ruling", "jpg_phone"), ("cards", "desk")]
        sc.accounts = own_record(sc, freezes=[_freeze_entry(sc.court, sc.case_norm, sc.amount, s, e)])
        sc.scenario = "续行冻结：原冻结期限次日届满，届满前申请续行三年；通知书与裁定书手机拍照，阿拉伯数字日期"
    sc.expected = "assist"
    return sc


def _no_matching_freeze(idx, seed, v) -> Sc:
    court = ["boai", "wuzhi", "zhengzhong"][v]
    action = ["renew_freeze", "renew_freeze", "unfreeze"][v]
    sc = base(idx, seed, action, court)
    sc.case_year = 2023
    sc.basis_case = f"（2022）{sc.code}民初{sc.rng.randint(100, 6999)}号"
    sc.basis = f"{sc.basis_case}民事判决书"
    other = COURTS[["shanyang", "jinshui", "macun"][v]]
    other_case = norm_case(2024, other[1], "执", sc.rng.randint(100, 2999))
    if v == 0:
        end = sc.today + dt.timedelta(days=sc.rng.randint(10, 40))
        s, e = old_freeze(sc, end)
        set_period(sc, e + dt.timedelta(days=1), 3, "三年")
        sc.files = [("notice", "pdf_text"), ("ruling", "pdf_scan"), ("cards", "desk")]
        sc.accounts = own_record(sc, freezes=[_freeze_entry(other[0], other_case, Decimal(30000), s, e)])
        sc.defects = [["accounts", "no_freeze_of_this_case"]]
        sc.scenario = "续行冻结：中心记录中只有他院他案的冻结，没有本案冻结可供续行"
    elif v == 1:
        end = sc.today - dt.timedelta(days=sc.rng.randint(3, 20))
        s, e = old_freeze(sc, end)
        set_period(sc, e + dt.timedelta(days=1), 3, "三年")
        sc.files = [("bundle", "pdf_scan", ["notice", "ruling", "card_sheets_per_officer"], {1: 180})]
        sc.accounts = own_record(sc, freezes=[_freeze_entry(sc.court, sc.case_norm, sc.amount, s, e)])
        sc.defects = [["accounts", "old_freeze_already_expired"]]
        sc.scenario = "续行冻结：原冻结期限已于收件前届满（记录仍留存），届满后才申请续行"
    else:
        sc.period = None
        end = sc.today + dt.timedelta(days=sc.rng.randint(100, 500))
        s, e = old_freeze(sc, end)
        sc.files = [("notice", "pdf_scan"), ("ruling", "jpg_phone"), ("cards", "desk_inside")]
        sc.accounts = own_record(sc, freezes=[_freeze_entry(other[0], other_case, Decimal(52000), s, e)])
        sc.defects = [["accounts", "no_freeze_of_this_case"]]
        sc.scenario = "解除冻结：郑州中院申请解除其冻结，但中心记录中该人只有他院（马村区法院）的冻结"
    sc.expected = "decline"
    return sc


def _needs_facts(idx, seed, v) -> Sc:
    court = ["macun", "qinyang", "xinxiang"][v]
    action = ["freeze", "freeze", "unfreeze"][v]
    sc = base(idx, seed, action, court)
    if v == 0:
        set_period(sc, sc.today, 3, "三年")
        used = sc._used  # type: ignore[attr-defined]
        sc.accounts = [_bystander(sc.rng, used) for _ in range(3)]
        sc.files = [("notice", "pdf_text"), ("ruling", "pdf_scan"), ("cards", "desk")]
        sc.defects = [["accounts", "respondent_not_found"]]
        sc.scenario = "冻结：材料齐全，但中心提供的账户资料中查无此人"
    elif v == 1:
        set_period(sc, sc.today, 2, "二年")
        sc.date_style = "cn"
        sc.files = [("bundle", "pdf_scan", ["ruling", "notice", "card_sheets_per_officer"], {})]
        sc.accounts = None
        sc.defects = [["accounts", "no_account_facts"]]
        sc.scenario = "冻结：材料齐全，未提供账户资料（无法判断贷款、担保、账户状态）"
    else:
        sc.case_year = 2024
        sc.period = None
        end = sc.today + dt.timedelta(days=300)
        old_freeze(sc, end)
        sc.files = [("notice", "pdf_copy"), ("ruling", "pdf_copy"), ("cards", "desk")]
        sc.accounts = None
        sc.defects = [["accounts", "no_account_facts"]]
        sc.scenario = "解除冻结：省内异地中院（新乡中院）复印件，未提供账户资料（无法核对本案冻结）"
    sc.expected = "needs_facts"
    return sc


BUILDERS = [_query_assist, _query_defect, _freeze_assist, _freeze_terms_defect, _materials_defect,
            _freeze_decline, _renew_unfreeze_assist, _no_matching_freeze, _needs_facts]
