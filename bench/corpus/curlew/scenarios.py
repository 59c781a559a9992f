"""The nine kinds x three variants, each with its expected decision (see README for the readings)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import data as D
from .docs import Case, Officer, Party

SH, JZ = "shanghai-2021", "jiaozuo-2024"

# (kind, variant) -> (pack, action, label)
TABLE = {
    (0, 0): (SH, "query", "sh_query_ok"),
    (0, 1): (JZ, "query", "jz_query_ok"),
    (0, 2): (JZ, "query", "jz_query_form_no_id"),
    (1, 0): (SH, "freeze", "sh_freeze_ok"),
    (1, 1): (JZ, "freeze", "jz_freeze_ok_settled_loan"),
    (1, 2): (SH, "freeze", "sh_freeze_amount_over_balance"),
    (2, 0): (SH, "freeze", "sh_preserve_caibao_ok"),
    (2, 1): (JZ, "freeze", "jz_preserve_minchu_ok"),
    (2, 2): (SH, "freeze", "sh_preserve_respondent_mismatch"),
    (3, 0): (SH, "freeze", "sh_freeze_period_over_3y"),
    (3, 1): (JZ, "freeze", "jz_freeze_no_period"),
    (3, 2): (JZ, "freeze", "jz_freeze_no_amount"),
    (4, 0): (SH, "renew_freeze", "sh_renew_ok"),
    (4, 1): (JZ, "renew_freeze", "jz_renew_ok"),
    (4, 2): (SH, "renew_freeze", "sh_renew_after_lapse"),
    (5, 0): (SH, "unfreeze", "sh_unfreeze_own_case"),
    (5, 1): (JZ, "unfreeze", "jz_unfreeze_no_accounts"),
    (5, 2): (SH, "unfreeze", "sh_unfreeze_other_case"),
    (6, 0): (SH, "freeze", "sh_freeze_queued"),
    (6, 1): (JZ, "freeze", "jz_freeze_not_in_accounts"),
    (6, 2): (SH, "freeze", "sh_freeze_contracted_withdrawal"),
    (7, 0): (JZ, "freeze", "jz_freeze_unsettled_loan"),
    (7, 1): (SH, "freeze", "sh_freeze_account_closed"),
    (7, 2): (JZ, "freeze", "jz_freeze_guarantee"),
    (8, 0): (JZ, "freeze", "jz_freeze_one_officer"),
    (8, 1): (SH, "freeze", "sh_freeze_expired_card"),
    (8, 2): (SH, "freeze", "sh_freeze_no_ruling"),
}
KIND_NAMES = ["query", "enforcement freeze", "preservation freeze", "freeze terms", "renewal",
              "unfreeze", "account facts", "policy bars", "officers and papers"]

JUDGE_ROLES = [[("审判长", 0), ("审判员", 1), ("审判员", 2)], [("审判员", 0)], [("执行长", 0), ("执行员", 1)]]


def _today(r) -> dt.date:
    return dt.date(2026, 6, 1) + dt.timedelta(days=r.randint(0, 182))


def _officer(r, pack, code, today, expired=False) -> Officer:
    name = D.person_name(r)
    _, _, sex = D.make_id(r, D.SH_AREAS)
    num = code[1:]
    exp = dt.date(r.choice([2027, 2028, 2029]), 12, 31)
    if expired:
        exp = dt.date(today.year - 1, 12, 31) if today.month < 7 or r.random() < 0.5 else today - dt.timedelta(days=r.randint(20, 90))
    return Officer(name=name, sex=sex, work_no=f"{num}{r.randint(1000, 9999)}",
                   duty_no=f"{'沪' if pack == SH else '豫'}执证{r.randint(100000, 999999)}", duty_expiry=exp,
                   title=r.choice(["执行员", "法官助理", "执行员", "审判员"]))


def _party(r, pack, company_ok=True) -> Party:
    if company_ok and r.random() < 0.35:
        return Party(name=r.choice([c for c in D.COMPANIES if ("上海" in c) == (pack == SH)]), company=True,
                     address=("上海市" + r.choice(D.STREETS_SH) if pack == SH else "河南省焦作市" + r.choice(D.STREETS_JZ))
                     + f"{r.randint(1, 999)}号")
    areas = (D.SH_AREAS if pack == SH else D.JZ_AREAS) if r.random() < 0.75 else D.OTHER_AREAS
    idn, birth, sex = D.make_id(r, areas)
    addr = ("上海市" + r.choice(D.STREETS_SH) if pack == SH else "河南省焦作市" + r.choice(D.STREETS_JZ)) \
        + f"{r.randint(1, 999)}弄{r.randint(1, 60)}号{r.randint(101, 1802)}室"
    return Party(name=D.person_name(r), id_number=idn, sex=sex, birth=birth, address=addr)


def build(idx: int, seed) -> dict:
    """Return the full specification of bundle idx: case, papers, cards, accounts, expectations."""
    import random
    r = random.Random(f"curlew-{seed}-{idx}")
    kind, variant = (idx // 3) % 9, idx % 3
    pack, action, label = TABLE[(kind, variant)]
    today = _today(r)
    if pack == SH:
        court, code, district = r.choice(D.SH_COURTS)
        centre = f"上海市公积金管理中心{district}管理部"
    else:
        court, code = r.choice(D.JZ_COURTS)
        county = court.replace("人民法院", "").replace("焦作市", "")
        centre = "焦作市住房公积金管理中心" + ("" if r.random() < 0.5 or "中级" in county else f"{county}管理部")
    year = today.year if r.random() < 0.8 else today.year - 1
    preservation = label.startswith(("sh_preserve", "jz_preserve"))
    case_number = D.case_no(r, year, code, "执保" if preservation else "执")
    basis = D.case_no(r, year - 1, code, "民初")
    ruling_number = case_number
    if preservation:
        ruling_number = D.case_no(r, year, code, "财保" if pack == SH else "民初", 1, 3999)
    applicant = _party(r, pack)
    resp = _party(r, pack, company_ok=False)
    doc_date = today - dt.timedelta(days=r.randint(2, 20))
    amount = Decimal(r.randint(800, 400000)) + Decimal(r.choice([0, 0, r.randint(1, 99)])) / 100
    start = doc_date + dt.timedelta(days=r.randint(0, 1))
    years = 3 if pack == SH and r.random() < 0.7 else r.choice([1, 2, 3])
    period = (start, D.period_end(start, years))
    n_off = 1 if (pack == SH and r.random() < 0.45) else (2 if r.random() < 0.8 else 3)
    expired = label == "sh_freeze_expired_card"
    if label in ("jz_freeze_one_officer",) or expired:
        n_off = 1
    officers = [_officer(r, pack, code, today, expired=expired) for _ in range(n_off)]
    judges_pat = r.choice(JUDGE_ROLES)
    judges = [(role, D.person_name(r)) for role, _ in judges_pat]
    case = Case(pack=pack, court=court, code=code, centre=centre, case_number=case_number,
                cause=r.choice(D.CAUSES), applicant=applicant, respondent=resp, ruling_respondent=resp,
                action=action, doc_date=doc_date, amount=amount, period=period,
                account_number=None, officers=officers, judges=judges, clerk=D.person_name(r),
                basis_number=basis, preservation=preservation, ruling_number=ruling_number,
                phone=D.phone(r, pack), half_width=r.random() < 0.25, cn_dates=r.random() < 0.7,
                table_notice=r.random() < 0.65, receipt=pack == SH and r.random() < 0.4)
    acct_no = D.fund_account(r, pack)
    if r.random() < 0.5:
        case.account_number = acct_no

    # --- the centre's records
    rec = {"id_number": resp.id_number, "name": resp.name, "account_number": acct_no,
           "balance": D.money(Decimal(r.randint(6000, 260000)) + Decimal(r.randint(0, 99)) / 100),
           "status": "depositing", "monthly_deposit": D.money(Decimal(r.randint(600, 6000))),
           "loans": [], "contracted_withdrawal": False, "freezes": []}
    decoys = []
    for _ in range(r.randint(0, 2)):
        p = _party(r, pack, company_ok=False)
        decoys.append({"id_number": p.id_number, "name": p.name, "account_number": D.fund_account(r, pack),
                       "balance": D.money(Decimal(r.randint(1000, 90000))), "status": "depositing",
                       "loans": [], "contracted_withdrawal": False, "freezes": []})
    accounts = [rec, *decoys] if action != "query" or r.random() < 0.4 else None

    def other_freeze(state="active"):
        oc, ocode = r.choice([c for c in D.OTHER_COURTS if c[0] != court])
        s = today - dt.timedelta(days=r.randint(60, 700))
        return {"court": oc, "case_number": D.case_no(r, s.year, ocode, "执"),
                "amount": D.money(Decimal(r.randint(5000, 150000))), "state": state,
                "start": s.isoformat(), "end": D.period_end(s, 3).isoformat()}

    decision, missing, defects = "assist", [], []
    why = ""
    papers = []       # (type, builder name)
    cards = "both" if pack == JZ else r.choice(["work_id", "duty_cert", "both", "work_id"])
    if action == "query":
        if pack == SH:
            papers = [("query_form", "query_form")] if r.random() < 0.5 else [("intro_letter", "intro_letter")]
            why = "offline query with a work card and a court query paper/intro letter (000 第一条（二）)"
        else:
            papers = [("query_form", "query_form"), ("assist_notice", "assist_notice")]
            why = "query form naming person and ID, notice, two officers' work IDs and duty certs (001 二、3)"
        case.amount = None
        case.period = None
    else:
        papers = [("assist_notice", "assist_notice"), ("ruling", "ruling")]

    if label == "jz_query_form_no_id":
        case.query_id = False
        decision = "needs_correction"
        defects.append(("query_form", 1, "text", "query form leaves 证件号码 blank"))
        why = "the 查询单 must name the person's identity information (001 二、3); the court can re-issue it"
    elif label == "sh_freeze_ok":
        why = "notice + ruling + officer card, no loan, no contracted withdrawal, 3 years at most, balance covers"
        rec["balance"] = D.money(amount + Decimal(r.randint(1000, 50000)))
    elif label == "jz_freeze_ok_settled_loan":
        rec["loans"] = [{"role": r.choice(["borrower", "co_borrower"]), "settled": True}]
        why = "ruling + notice with amount and period, two officers' cards; the only loan is settled (001 二、2 除外)"
    elif label == "sh_freeze_amount_over_balance":
        rec["balance"] = D.money(amount * Decimal("0.4"))
        why = "amount above the freezable balance: freeze what there is, the monthly deposits top up (000 第二条（三）2)"
    elif label in ("sh_preserve_caibao_ok", "jz_preserve_minchu_ok"):
        why = "preservation: 民事裁定书 under a %s number, notice under 执保; no bar in the records" % (
            "财保" if pack == SH else "民初")
    elif label == "sh_preserve_respondent_mismatch":
        other = _party(r, pack, company_ok=False)
        case.ruling_respondent = other
        decision = "needs_correction"
        defects.append(("assist_notice", 1, "text", f"notice names {resp.name}, ruling names {other.name}"))
        why = "the notice's respondent differs from the ruling's; the court must correct its papers"
    elif label == "sh_freeze_period_over_3y":
        case.period = (start, D.period_end(start, r.choice([4, 5])))
        decision = "needs_correction"
        defects.append(("assist_notice", 1, "text", "freeze period longer than three years"))
        why = "freeze period over the three-year limit (000 第二条（二）); the court can re-issue"
    elif label == "jz_freeze_no_period":
        case.period = None
        decision = "needs_correction"
        defects.append(("assist_notice", 1, "text", "no freeze period stated"))
        why = "ruling and notice must state the period (001 二、4)"
    elif label == "jz_freeze_no_amount":
        case.amount = None
        decision = "needs_correction"
        defects.append(("assist_notice", 1, "text", "no amount stated"))
        why = "ruling and notice must state the specific amount (001 二、4)"
    elif label in ("sh_renew_ok", "jz_renew_ok", "sh_renew_after_lapse"):
        if label == "sh_renew_after_lapse":
            old_end = today - dt.timedelta(days=r.randint(15, 60))
            doc_date = min(old_end + dt.timedelta(days=r.randint(3, 10)), today - dt.timedelta(days=1))
        else:
            old_end = today + dt.timedelta(days=r.randint(15, 80))
        old_start = D.add_years(old_end + dt.timedelta(days=1), -(3 if pack == SH else r.choice([1, 2, 3])))
        new_start = old_end + dt.timedelta(days=1)
        case.doc_date = doc_date
        case.old_period = (old_start, old_end)
        case.period = (new_start, D.period_end(new_start, r.choice([1, 2, 3]) if pack == JZ else r.choice([2, 3])))
        own = {"court": court, "case_number": case_number, "amount": D.money(amount), "state": "active",
               "start": old_start.isoformat(), "end": old_end.isoformat()}
        if label == "sh_renew_after_lapse":
            decision = "needs_correction"
            defects.append(("assist_notice", 1, "text", f"old freeze ended {old_end}, before the renewal was asked"))
            why = "renewal must be asked before the freeze ends (000 第二条（二）); it lapsed (auto-unfrozen, 第四条), so the court must send a new freeze"
        else:
            rec["freezes"] = [own]
            why = "renewal asked before the old end, new period starts the day after, within three years"
    elif label in ("sh_unfreeze_own_case", "jz_unfreeze_no_accounts", "sh_unfreeze_other_case"):
        fs = today - dt.timedelta(days=r.randint(120, 600))
        case.old_ref = f"{case_number}协助执行通知书（{D.ar_date(fs)}）"
        case.reason = r.choice(["现被执行人已履行完毕生效法律文书确定的义务，", "现申请执行人申请解除冻结，",
                                "现双方当事人已达成执行和解协议并履行完毕，"])
        case.period = None
        own = {"court": court, "case_number": case_number, "amount": D.money(amount), "state": "active",
               "start": fs.isoformat(), "end": D.period_end(fs, 3).isoformat()}
        if label == "sh_unfreeze_own_case":
            rec["freezes"] = [own] + ([other_freeze("queued")] if r.random() < 0.5 else [])
            why = "the freeze to release is this court's, under this case number (000 第四条 materials present)"
        elif label == "jz_unfreeze_no_accounts":
            accounts = None
            decision = "needs_facts"
            defects.append((None, None, "facts", "no account facts: whether this freeze exists is unknown"))
            why = "unfreeze papers complete, but whether such a freeze is on the account is only in the centre's records"
        else:
            rec["freezes"] = [other_freeze("active")]
            decision = "decline"
            defects.append(("accounts.json", None, "facts", "the only freeze belongs to another court's case"))
            why = "no freeze of this case is on the account; the one there belongs to another court's case, which this court cannot release"
    elif label == "sh_freeze_queued":
        rec["freezes"] = [other_freeze("active")] + ([other_freeze("queued")] if r.random() < 0.5 else [])
        rec["loans"] = [{"role": "guarantor", "settled": False}]
        why = "already frozen by another court: the freeze is registered as queued (轮候, 000 第二条（四）); a guarantee is no bar in Shanghai"
    elif label == "jz_freeze_not_in_accounts":
        accounts = decoys or [{"id_number": D.make_id(r, D.JZ_AREAS)[0], "name": D.person_name(r),
                               "account_number": D.fund_account(r, pack), "balance": "12000.00",
                               "status": "depositing", "loans": [], "freezes": []}]
        decision = "needs_facts"
        defects.append(("accounts.json", None, "facts", "respondent's ID number not in the account facts"))
        why = "papers complete, but the respondent is not in the account facts; the loan bar cannot be checked"
    elif label == "sh_freeze_contracted_withdrawal":
        rec["contracted_withdrawal"] = True
        decision = "decline"
        defects.append(("accounts.json", None, "facts", "contracted withdrawal in force"))
        why = "an ongoing 约定提取 bars the freeze (000 第二条（一）2)"
    elif label == "jz_freeze_unsettled_loan":
        rec["loans"] = [{"role": r.choice(["borrower", "co_borrower"]), "settled": False}]
        decision = "decline"
        defects.append(("accounts.json", None, "facts", "unsettled provident-fund loan"))
        why = "respondent has an unsettled provident-fund loan: no freeze (001 二、2)"
    elif label == "sh_freeze_account_closed":
        rec["status"] = "closed"
        rec["balance"] = "0.00"
        rec.pop("monthly_deposit", None)
        decision = "decline"
        defects.append(("accounts.json", None, "facts", "account closed"))
        why = "the account is closed (销户): nothing to freeze, no papers can cure it"
    elif label == "jz_freeze_guarantee":
        rec["loans"] = [{"role": "guarantor", "settled": False}]
        decision = "decline"
        defects.append(("accounts.json", None, "facts", "guarantees another's unsettled fund loan"))
        why = "respondent guarantees another's provident-fund loan not yet discharged (001 二、2)"
    elif label == "jz_freeze_one_officer":
        decision = "needs_correction"
        missing = ["duty_cert", "work_id"]
        defects.append((None, None, "missing", "only one officer's work ID and duty cert; two are required"))
        why = "001 二、4 asks for the work IDs and duty certs of two or more officers; only one officer's are here"
    elif label == "sh_freeze_expired_card":
        cards = "duty_cert"
        decision = "needs_correction"
        defects.append(("duty_cert", 1, "card", f"duty cert expired {officers[0].duty_expiry}"))
        why = "the only officer card is an expired 执行公务证; the court must send a valid card (000 第二条（五）1)"
    elif label == "sh_freeze_no_ruling":
        papers = [("assist_notice", "assist_notice")]
        decision = "needs_correction"
        missing = ["ruling"]
        defects.append((None, None, "missing", "no ruling in the bundle"))
        why = "a freeze needs the 裁定书 (000 第二条（五）3)"
    if (action in ("freeze", "renew_freeze")
            and label not in ("sh_freeze_amount_over_balance", "sh_freeze_account_closed")
            and Decimal(rec["balance"]) < (case.amount or 0) and r.random() < 0.5):
        rec["balance"] = D.money((case.amount or Decimal(0)) + Decimal(r.randint(100, 9000)))

    return {"idx": idx, "kind": kind, "variant": variant, "label": label, "pack": pack, "action": action,
            "today": today, "case": case, "papers": papers, "cards": cards, "accounts": accounts,
            "decision": decision, "missing": missing, "defects": defects, "why": why, "rng": r}
