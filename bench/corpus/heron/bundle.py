"""Turn a scenario spec into a bundle: invent the case, write the files, state the truth."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from . import people
from .build import CardItem, write_bundle, write_json
from .papers import Case, Party
from .scenarios import JZ, SH

PHONE = {"焦作": "0391", "郑州": "0371", "上海": "021", "武汉": "027", "成都": "028", "西安": "029", "长沙": "0731",
         "重庆": "023", "南昌": "0791", "合肥": "0551", "太原": "0351", "贵阳": "0851", "昆明": "0871", "兰州": "0931"}
BANKS = ["中国工商银行股份有限公司", "中国建设银行股份有限公司", "中国农业银行股份有限公司", "中国银行股份有限公司"]
CAUSE = {"maintenance": "抚养费纠纷", "alimony": "赡养费纠纷", "injury": "生命权、身体权、健康权纠纷",
         "wages": "劳务合同纠纷", "none": "民间借贷纠纷", "sale": "买卖合同纠纷"}
COMPANY_WORDS = ["岚川", "禾景", "泓禧", "沐森", "澄岳", "翊丰", "朗旭", "蔚棠"]
TRADES = ["建材有限公司", "商贸有限公司", "物业服务有限公司", "装饰工程有限公司"]


def find_court(key: str, pack: str) -> people.Court:
    pool = people.JIAOZUO if pack == JZ else people.SHANGHAI + people.INLAND
    for c in pool:
        if key in c.name:
            return c
    raise KeyError(key)


def _company(rng: random.Random, court: people.Court) -> Party:
    name = f"{court.city}市{rng.choice(COMPANY_WORDS)}{rng.choice(TRADES)}"
    return Party(name, None, address=f"{court.street}{rng.randint(10, 300)}号", uscc=people.uscc(rng, court.area),
                 legal_rep=people.person_name(rng, set()))


def _officer(rng: random.Random, used: set, court: people.Court, title: str, today: date) -> dict:
    return {"name": people.person_name(rng, used), "title": title,
            "work_no": f"{court.code[0]}法{court.area[2:]}{rng.randint(100, 999)}",
            "duty_no": f"执证字第{court.area}{rng.randint(1000, 9999)}号",
            "valid": f"{today.year + rng.randint(1, 4)}年12月31日"}


def make_bundle(index: int, spec: dict, rng: random.Random, out: Path) -> dict:
    """Write bundle number `index` under `out`; return its truth."""
    pack, action = spec["pack"], spec["action"]
    court = find_court(spec["court"], pack)
    used: set[str] = set()
    today = date(2025, 3, 3) + timedelta(days=rng.randrange(0, 560))
    notice_date = today - timedelta(days=rng.randint(1, 6))
    ground = spec.get("ground", rng.choice(["none", "sale"]))
    born = spec.get("born")
    born_d = date(born[0], born[1], rng.randint(1, 28)) if born else None
    addr = f"{court.street}{rng.randint(1, 199)}号{rng.randint(1, 9)}幢{rng.randint(101, 1802)}室"
    male = True if ground == "maintenance" else spec.get("male")   # the father pays, the mother has custody
    resp_p = people.make_person(rng, used, court.area, addr, born=born_d, male=male)
    respondent = _company(rng, court) if spec.get("company") else Party(resp_p.name, resp_p)
    # applicant: a child for maintenance, an old mother for alimony, else a person or a company
    guardian = ""
    if ground == "maintenance":
        child = people.make_person(rng, used, court.area, addr.replace("号", "号附", 1),
                                   born=date(rng.randint(2011, 2016), rng.randint(1, 12), rng.randint(1, 28)))
        applicant = Party(child.name, child, guardian=people.person_name(rng, used))
        guardian = applicant.guardian
    elif ground == "alimony":
        mum = people.make_person(rng, used, court.area, f"{court.street}{rng.randint(1, 99)}号",
                                 born=date(rng.randint(1944, 1948), rng.randint(1, 12), rng.randint(1, 28)), male=False)
        applicant = Party(mum.name, mum)
    elif ground == "sale" and rng.random() < 0.7:
        applicant = _company(rng, court)
    else:
        ap = people.make_person(rng, used, court.area, f"{court.street}{rng.randint(200, 399)}号")
        applicant = Party(ap.name, ap)
    del guardian
    n_off = spec.get("officers", 2 if pack == JZ else rng.choice([1, 2]))
    officers = [_officer(rng, used, court, "执行员", today)]
    if n_off > 1:
        officers.append(_officer(rng, used, court, rng.choice(["法官助理", "执行员", "司法警察"]), today))
    kind_no = "执保" if spec.get("preservation") else rng.choice(["执", "执", "执", "执恢"])
    # a renewal or an unfreeze belongs to a case opened before the first freeze
    first_act = notice_date
    if action == "renew_freeze":
        first_act = people.add_years(today, -3) + timedelta(days=rng.randint(12, 40))
    elif action == "unfreeze":
        first_act = notice_date - timedelta(days=rng.randint(120, 600))
    case_year = (first_act - timedelta(days=rng.randint(5, 120))).year   # 立案 precedes the first act
    case_number = f"（{case_year}）{court.code}{kind_no}{rng.randint(100, 9999)}号"
    basis_date = first_act - timedelta(days=rng.randint(150, 330)) if not spec.get("preservation") \
        else notice_date - timedelta(days=rng.randint(2, 10))
    basis_number = f"（{basis_date.year}）{court.code}民初{rng.randint(100, 19999)}号"
    centre = "焦作市住房公积金管理中心" if pack == JZ else "上海市公积金管理中心" + rng.choice(people.SH_OFFICES)
    acct_no = (f"{rng.randint(1, 9)}{rng.randrange(10 ** 10, 10 ** 11)}" if pack == SH
               else f"4108{rng.randrange(10 ** 9, 10 ** 10)}")
    cents = rng.randrange(800000, 36000000) + rng.choice([0, 0, rng.randrange(1, 100)])
    if ground in ("maintenance",):
        cents = 3600000
    amount = None if action in ("query", "unfreeze") else cents
    years = spec.get("years", 3)
    period = old_period = None
    old_notice_date = None
    if action == "freeze" and not spec.get("no_period"):
        start = notice_date
        end = people.period_end(start, years)
        if spec.get("end_before_start"):
            end = end.replace(year=start.year)
        period = (start, end)
    if action == "renew_freeze":
        old_start = first_act
        old_period = (old_start, people.period_end(old_start, 3))
        period = (old_period[1] + timedelta(days=1), people.period_end(old_period[1] + timedelta(days=1), years))
        old_notice_date = old_start
    if action == "unfreeze":
        old_notice_date = first_act
        old_start = old_notice_date
        old_period = (old_start, people.period_end(old_start, 3))
    idn = resp_p.id_number if not spec.get("company") else None
    id_on_notice = people.spoil_check_digit(idn) if spec.get("bad_id") else idn
    show_acct = action != "query" and rng.random() < 0.5
    case = Case(
        court=court, case_number=case_number, action=action, centre=centre, applicant=applicant,
        respondent=respondent, cause=CAUSE[ground], ground=ground, basis_number=basis_number,
        basis_date=basis_date, notice_date=notice_date, officers=officers, amount_cents=amount,
        ruling_amount_cents=(amount + spec["ruling_amount_delta"]) if spec.get("ruling_amount_delta") else None,
        period=period, old_period=old_period,
        old_notice=case_number,
        old_notice_date=old_notice_date, account_number=acct_no if show_acct else None,
        court_account=(court.name, f"{rng.randrange(10 ** 18, 10 ** 19)}{rng.randint(0, 9)}",
                       f"{rng.choice(BANKS)}{court.city}{rng.choice(['分行营业部', '市府支行', '城中支行'])}"),
        clerk=people.person_name(rng, used), judge=people.person_name(rng, used),
        phone=f"{PHONE[court.city]}-{rng.randint(2000000, 8999999) if PHONE[court.city] != '021' else rng.randint(20000000, 69999999)}",
        preservation=bool(spec.get("preservation")), id_on_notice=id_on_notice,
        id_on_query_form=not spec.get("no_query_id"),
        ruling_investigation=spec.get("investigation", rng.choice(["none_found", "none_found", "insufficient"])),
        unfreeze_reason=spec.get("unfreeze_reason", rng.choice(["paid", "settled"])),
        company_query=bool(spec.get("company")),
        extras={"query_style": "letter" if pack == SH else "table", "judgment_cents": cents,
                "centre_address": "焦作市山阳区丰收中路" if pack == JZ else "上海市黄浦区西藏中路"},
    )
    if spec.get("retired_on"):
        y, m = spec["retired_on"]
        case.extras["retired_on"] = date(y, m, min(resp_p.born.day, 28))
        case.extras["employer"] = f"{court.city}市{rng.choice(COMPANY_WORDS)}纺织机械有限公司"
    # papers
    default = {("query", SH): ["query_form"], ("query", JZ): ["notice", "query_form"],
               ("deduct", SH): ["notice", "ruling", "judgment"]}.get((action, pack), ["notice", "ruling"])
    names = list(spec.get("papers", default)) + list(spec.get("papers_extra", ()))
    if "service" not in names and rng.random() < 0.15:
        names.append("service")
    # cards
    kinds = spec.get("cards")
    if kinds is None:
        kinds = ("work_id", "duty_cert") if pack == JZ else rng.choice([("work_id",), ("duty_cert",), ("work_id", "duty_cert")])
    card_items = [CardItem(o, k) for o in officers for k in kinds]
    layout = spec.get("cards_layout", rng.choice(["card_per_page", "card_per_page", "officer_per_page", "split"]))
    if layout == "two_officers" and len(officers) < 2:
        layout = "card_per_page"
    plan = {"cards": layout, "files": spec.get("files", rng.choice(["one", "one", "two", "each"])),
            "shuffle": True, "caption": "执行人员证件" if rng.random() < 0.35 else None}
    bid = f"heron-{index:03d}-{pack.split('-')[0]}-{action}"
    bdir = out / bid
    docs = write_bundle(bdir, case, names, card_items, plan, rng)
    docs.sort(key=lambda d: (d.source, min(d.pages), d.type))
    # account facts
    accounts_mode = spec.get("accounts", True)
    accounts_file = None
    if accounts_mode:
        recs = [_decoy(rng, court, used) for _ in range(rng.randint(1, 2))]
        if accounts_mode is True and not spec.get("company"):
            recs.insert(rng.randrange(len(recs) + 1), _record(spec, case, resp_p, acct_no, cents, rng, today))
        write_json(bdir / "accounts.json", recs)
        accounts_file = "accounts.json"
    defects = []
    for target, kind in spec.get("defects", []):
        if target == "cards":
            d = next(d for d in docs if d.type in ("work_id", "duty_cert"))
        else:
            t = {"notice": "assist_notice", "ruling": "ruling", "judgment": "judgment", "query_form": "query_form"}[target]
            d = next((d for d in docs if d.type == t), None) or next(d for d in docs if d.type in ("assist_notice", "query_form"))
        defects.append({"source": d.source, "page": min(d.pages), "kind": kind})
    for d in docs:
        if d.type in ("work_id", "duty_cert") and layout != "jpeg":
            defects.append({"source": d.source, "page": min(d.pages), "kind": f"card_photo_in_text_pdf:{layout}"})
            break
    truth = {
        "generator": "heron",
        "split": "heldout" if index % 3 == 2 else "dev",
        "pack": pack,
        "today": today.isoformat(),
        "accounts": accounts_file,
        "request": {
            "action": action,
            "court": court.name,
            "case_number": case_number,
            "respondent": {"name": respondent.name, "id_number": id_on_notice},
            "applicant": {"name": applicant.name},
            "amount": people.money(amount) if amount is not None else None,
            "freeze_period": ({"start": period[0].isoformat(), "end": period[1].isoformat()}
                              if period and action in ("freeze", "renew_freeze") else None),
            "account_number": case.account_number,
            "officers": [{"name": o["name"]} for o in officers],
            "documents": [d.truth() for d in docs],
            "measure": None,
        },
        "expected_decision": spec["decision"],
        "expected_missing_materials": sorted(spec.get("missing", [])),
        "scenario": spec["scenario"],
        "defects": defects,
    }
    write_json(bdir / "truth.json", truth)
    return truth


def _record(spec: dict, case: Case, p: people.Person, acct_no: str, cents: int, rng: random.Random,
            today: date) -> dict:
    status = spec.get("status", "depositing")
    balance = 0 if status == "closed" else cents + rng.randrange(100000, 5000000)
    if case.action == "freeze" and rng.random() < 0.3 and status != "closed":
        balance = cents // 2 + rng.randrange(1000, 99999)   # a shortfall the monthly top-up fills
    rec: dict = {"id_number": p.id_number, "name": p.name, "account_number": acct_no,
                 "balance": people.money(balance), "status": status}
    if status == "depositing":
        rec["monthly_deposit"] = people.money(rng.randrange(60000, 500000))
    if "retired" in spec:
        rec["retired"] = spec["retired"]
    rec["loans"] = [dict(x) for x in spec.get("loans", [])]
    rec["contracted_withdrawal"] = bool(spec.get("contracted"))
    freezes = []
    for f in spec.get("freezes", []):
        if f["kind"] == "this":
            s, e = case.old_period
            freezes.append({"court": case.court.name, "case_number": case.case_number,
                            "amount": people.money(cents), "state": f["state"],
                            "start": s.isoformat(), "end": e.isoformat()})
        else:
            other = rng.choice([c for c in people.SHANGHAI if c != case.court])
            s = today - timedelta(days=rng.randint(60, 400))
            freezes.append({"court": other.name, "case_number": f"（{s.year}）{other.code}执{rng.randint(100, 9999)}号",
                            "amount": people.money(rng.randrange(500000, 9000000)), "state": f["state"],
                            "start": s.isoformat(), "end": people.period_end(s, 3).isoformat()})
    rec["freezes"] = freezes
    return rec


def _decoy(rng: random.Random, court: people.Court, used: set) -> dict:
    p = people.make_person(rng, used, court.area, "")
    return {"id_number": p.id_number, "name": p.name,
            "account_number": f"{rng.randrange(10 ** 10, 10 ** 11)}", "balance": people.money(rng.randrange(0, 9000000)),
            "status": rng.choice(["depositing", "sealed"]), "loans": [], "contracted_withdrawal": False, "freezes": []}
