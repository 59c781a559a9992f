"""One bundle: invent the case, write its papers, scan them into files, record the truth."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf
from PIL import Image

from . import cards, papers
from .case import Case, Party
from .courts import JIAOZUO, OTHER_AREAS, OUT_OF_TOWN, SHANGHAI, Court, addressee
from .ids import add_years, id_number, spoil_check
from .people import company_name, person_name, uscc
from .render import lay_out
from .scan import jpeg_bytes, scanned, seal, stamp
from .scenarios import JZ, SH, Scenario

NAME = "kestrel"
CENT = Decimal("0.01")


@dataclass
class Doc:
    """A document before scanning: its type, clean page images and whether a seal is on it."""

    type: str
    pages: list[Image.Image]
    sealed: bool
    grey: bool = False
    seal_page: int | None = None


def _d(x: float) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


def _weekday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def _amount(rng: random.Random, lo: int, hi: int) -> Decimal:
    v = rng.randrange(lo, hi)
    if rng.random() < 0.4:
        return Decimal(v // 1000 * 1000).quantize(CENT)
    return _d(v + rng.randrange(0, 100) / 100)


def _address(rng: random.Random, court: Court) -> str:
    if court.place.startswith("上海"):
        road = rng.choice(["浦建路", "凌兆路", "长寿路", "曹杨路", "漕溪北路", "共和新路", "江杨南路", "沪闵路", "中山北路"])
        return f"{court.place}{road}{rng.randrange(20, 1800)}弄{rng.randrange(1, 60)}号{rng.randrange(101, 2403)}室"
    road = rng.choice(["人民路", "建设路", "解放中路", "塔南路", "丰收路", "中原路", "民主南路", "迎宾大道"])
    return f"{court.place}{road}{rng.randrange(1, 900)}号{rng.randrange(1, 18)}号楼{rng.randrange(1, 4)}单元{rng.randrange(101, 1802)}号"


def _person(rng: random.Random, court: Court, age_lo: int, age_hi: int, today: dt.date,
            male: bool | None = None) -> Party:
    male = rng.random() < 0.6 if male is None else male
    birth = dt.date(today.year - rng.randrange(age_lo, age_hi + 1), rng.randrange(1, 13), rng.randrange(1, 29))
    area = court.area if rng.random() < 0.6 else rng.choice(OTHER_AREAS)
    return Party(person_name(rng, male), male, birth, id_number(area, birth, male, rng), _address(rng, court))


def _company(rng: random.Random, court: Court) -> Party:
    place = court.place.split("省")[-1]
    city = place.split("市")[0] if "市" in place else place[:2]
    return Party(company_name(rng, city), None, None, None, _address(rng, court), uscc(rng, court.area))


def _cause(rng: random.Random, ground: str) -> str:
    return {
        "loan": "民间借贷纠纷", "child_support": "抚养费纠纷", "elder_support": "赡养纠纷",
        "injury": "机动车交通事故责任纠纷", "migrant_wages": "劳务合同纠纷", "advance": "抚养费纠纷",
        "housing_loan": "金融借款合同纠纷",
    }.get(ground) or rng.choice(["民间借贷纠纷", "买卖合同纠纷", "房屋租赁合同纠纷", "装饰装修合同纠纷", "服务合同纠纷"])


def make_case(scn: Scenario, rng: random.Random) -> tuple[Case, dict]:
    """Invent the facts; returns the case and the centre's record facts to write."""
    o = scn.opts
    if scn.pack == SH:
        # Seed 000 第八条 binds Shanghai's courts; a court elsewhere is held to the national rules
        # (seed 004 第二十条), which agree with the pack only where the answer is to assist.
        far = scn.decision == "assist" and not o.get("unit_query") and rng.random() < 0.4
        court = rng.choice(OUT_OF_TOWN) if far else rng.choice(SHANGHAI)
    else:
        court = rng.choice(JIAOZUO)
    start_day = dt.date(2025, 10, 9) + dt.timedelta(days=rng.randrange(0, 350))
    today = _weekday(start_day)
    notice_date = _weekday(today - dt.timedelta(days=rng.randrange(0, 6)))
    ground = o.get("ground", "loan" if scn.action == "deduct" else "")
    facts: dict = {}

    # respondent
    age = o.get("age")
    if o.get("unit_query"):  # an employer that pays into Shanghai's fund
        respondent = _company(rng, court if court in SHANGHAI else rng.choice(SHANGHAI))
    elif age == "old":
        respondent = _person(rng, court, 66, 70, today)
    elif age == "61":
        respondent = _person(rng, court, 61, 61, today, male=True)
        if respondent.birth.month >= today.month:  # keep him a full 61 on the day
            respondent.birth = respondent.birth.replace(year=respondent.birth.year - 1, day=min(respondent.birth.day, 28))
        respondent.id_number = id_number(respondent.id_number[:6], respondent.birth, True, rng)
    elif age == "retired_f":
        respondent = _person(rng, court, 57, 59, today, male=False)
    else:
        respondent = _person(rng, court, 27, 52, today)
    true_id = respondent.id_number
    if o.get("bad_id"):
        respondent.id_number = spoil_check(true_id)

    # applicant and the judgment's particulars
    extra: dict = {}
    if ground in ("child_support", "advance"):
        applicant = _person(rng, court, 6, 14, today)
        extra["guardian"] = person_name(rng, False)
        extra["divorce_year"] = today.year - rng.randrange(2, 6)
        respondent.male = True
        respondent.name = person_name(rng, True)
        if respondent.birth:
            respondent.id_number = id_number(true_id[:6], respondent.birth, True, rng)
            true_id = respondent.id_number
    elif ground == "elder_support":
        applicant = _person(rng, court, 72, 84, today)
        extra["age"] = today.year - applicant.birth.year
    elif ground == "housing_loan":
        applicant = Party("中国建设银行股份有限公司上海市分行", None, None, None, "上海市浦东新区银城路88号",
                          uscc(rng, "310115"))
    elif ground in ("injury", "migrant_wages") or rng.random() < 0.6:
        applicant = _person(rng, court, 24, 66, today)
    else:
        applicant = _company(rng, court)
    cause = _cause(rng, ground) if ground != "preservation" else rng.choice(["买卖合同纠纷", "房屋租赁合同纠纷", "承揽合同纠纷"])

    # amount
    if ground == "injury":
        items = [("医疗费", _d(rng.randrange(8000, 60000) + rng.randrange(100) / 100)),
                 ("误工费", _d(rng.randrange(6000, 30000))), ("护理费", _d(rng.randrange(2000, 9000))),
                 ("残疾赔偿金", _d(rng.randrange(70000, 160000)))]
        extra["items"] = items
        amount = sum((v for _, v in items), Decimal("0.00"))
    elif ground in ("child_support", "advance"):
        extra["monthly"] = rng.choice([1200, 1500, 1800, 2000, 2500])
        amount = Decimal(extra["monthly"] * rng.randrange(6, 30)).quantize(CENT)
    elif ground == "elder_support":
        extra["monthly"] = rng.choice([600, 800, 1000, 1200])
        amount = Decimal(extra["monthly"] * rng.randrange(8, 30)).quantize(CENT)
    elif ground == "migrant_wages":
        amount = _amount(rng, 9000, 68000)
    else:
        amount = _amount(rng, 8000, 260000)

    # case numbers and dates
    filed = notice_date - dt.timedelta(days=rng.randrange(20, 160))
    if scn.action == "renew_freeze":
        old_end = today + dt.timedelta(days=rng.randrange(8, 40))
        old_start = add_years(old_end + dt.timedelta(days=1), -3)
        filed = old_start - dt.timedelta(days=rng.randrange(15, 90))
    elif scn.action == "unfreeze":
        old_start = notice_date - dt.timedelta(days=rng.randrange(60, 500))
        old_end = add_years(old_start, 3) - dt.timedelta(days=1)
        filed = old_start - dt.timedelta(days=rng.randrange(10, 60))
    else:
        old_start = old_end = None
    judgment_date = filed - dt.timedelta(days=rng.randrange(40, 200))
    extra["filed"] = judgment_date - dt.timedelta(days=rng.randrange(40, 120))
    extra["lent"] = add_years(extra["filed"], -2)
    extra["from"] = extra["filed"].replace(day=1)
    extra["accident"] = add_years(extra["filed"], -1)
    extra["work_year"] = extra["filed"].year - 1
    n_exec = rng.randrange(120, 19000)
    if ground == "preservation":
        case_no = f"（{notice_date.year}）{court.code}执保{rng.randrange(40, 3000)}号"
        civil_no = f"（{notice_date.year}）{court.code}民初{rng.randrange(300, 30000)}号"
        ruling_date = notice_date
        filed = notice_date
    else:
        case_no = f"（{filed.year}）{court.code}执{n_exec}号"
        civil_no = f"（{extra['filed'].year}）{court.code}民初{rng.randrange(300, 30000)}号"
        ruling_date = notice_date if rng.random() < 0.6 else notice_date - dt.timedelta(days=rng.randrange(1, 12))
        if scn.action == "renew_freeze":
            ruling_date = notice_date

    # freeze period
    period = None
    if scn.action == "freeze":
        years = o.get("years", rng.choice([1, 2, 3, 3]))
        s = notice_date
        if o.get("period") == "past":
            s = add_years(today, -3) - dt.timedelta(days=rng.randrange(20, 90))
            years = 3
        e = add_years(s, years) - dt.timedelta(days=1)
        if o.get("period") == "reversed":
            e = add_years(s, -1) - dt.timedelta(days=1)
        period = (s, e)
    elif scn.action == "renew_freeze":
        s = old_end + dt.timedelta(days=1)
        period = (s, add_years(s, o.get("years", 3)) - dt.timedelta(days=1))

    # officers
    n_off = o.get("officers", 2)
    offs = []
    used = {respondent.name, applicant.name}
    for k in range(n_off):
        male = rng.random() < 0.65
        name = person_name(rng, male)
        while name in used:
            name = person_name(rng, male)
        used.add(name)
        title = rng.choice(["执行员", "审判员"]) if k == 0 else rng.choice(["法官助理", "执行员"])
        offs.append(cards.Officer(name, male, title, f"{court.area[:4]}{rng.randrange(100000, 999999)}",
                                  f"{court.code[0]}执证字第{rng.randrange(10000, 99999)}号"))
    judge, clerk = person_name(rng, rng.random() < 0.5), person_name(rng, rng.random() < 0.4)

    if scn.pack == SH:
        account_no = f"{rng.randrange(10**11, 10**12)}"
    else:
        account_no = f"0802{rng.randrange(10**9, 10**10)}"
    states_account = scn.action in ("unfreeze", "deduct") or (scn.action != "query" and rng.random() < 0.75)
    employer = company_name(rng, "上海") if scn.pack == SH else company_name(rng, "焦作")
    retire_date = None
    if respondent.birth:
        retire_date = add_years(respondent.birth, 55 if not respondent.male else 60) + dt.timedelta(days=rng.randrange(30, 120))
    ruling_amount = None
    if o.get("conflict"):
        digits = f"{int(amount)}"
        swapped = digits[1] + digits[0] + digits[2:] if digits[0] != digits[1] else str(int(digits) + 10000)
        ruling_amount = Decimal(swapped).quantize(CENT) + (amount - int(amount))
    if ground in ("child_support", "elder_support") and rng.random() < 0.5:
        extra["ruling_names_ground"] = ("本案执行标的为生效判决确定的抚养费。" if ground == "child_support"
                                        else "本案执行标的为生效判决确定的赡养费。")

    case = Case(
        pack=scn.pack, action=scn.action, court=court, case_no=case_no, civil_no=civil_no, cause=cause,
        ground=ground, respondent=respondent, applicant=applicant,
        amount=None if o.get("no_amount") or scn.action == "query" else amount,
        notice_amount_text=not o.get("no_amount"), period=period, old_end=old_end,
        account_no=account_no if states_account else None, officers=offs, clerk=clerk, judge=judge,
        notice_date=notice_date, ruling_date=ruling_date, judgment_date=judgment_date, filed_date=filed,
        addressee=addressee(scn.pack, court, rng.randrange(3)),
        phone=f"{court.phone}-{rng.randrange(2000, 8999)}{rng.randrange(1000, 9999)}",
        court_account=(court.name, f"{rng.randrange(10**18, 10**19)}", court.bank),
        xiaoxie_style=rng.randrange(3), ruling_amount=ruling_amount,
        ruling_states_investigation=not o.get("no_investigation"),
        query_form_has_id=not o.get("query_no_id"), unit_query=bool(o.get("unit_query")),
        employer=employer, retire_date=retire_date, extra=extra,
    )
    facts.update(today=today, true_id=true_id, account_no=account_no, old_start=old_start, old_end=old_end,
                 amount=amount)
    return case, facts


def accounts(scn: Scenario, case: Case, facts: dict, rng: random.Random) -> list[dict] | None:
    """The centre's own records for the respondent (and sometimes a stranger), per accounts.schema.json."""
    o = scn.opts
    if scn.action == "query" or o.get("accounts") is False:
        return None
    amount = facts["amount"]
    status = o.get("status", "depositing")
    retired = o.get("retired", False if scn.action == "deduct" else None)
    if retired or o.get("age") == "old":  # no longer working: the account is 封存
        status = "sealed"
    if status == "closed":
        balance = Decimal("0.00")
    elif o.get("topup"):
        balance = _d(float(amount) * rng.uniform(0.3, 0.6))
    else:
        balance = _d(float(amount) * rng.uniform(1.15, 2.6) + rng.randrange(100) / 100)
    rec: dict = {"id_number": facts["true_id"], "name": case.respondent.name, "account_number": facts["account_no"],
                 "balance": f"{balance:.2f}", "status": status}
    if status == "depositing":
        rec["monthly_deposit"] = f"{_d(rng.randrange(900, 5200) + rng.randrange(100) / 100):.2f}"
    if retired is not None:
        rec["retired"] = retired
    loans = []
    if "loan" in o:
        role, settled, about = o["loan"]
        loan = {"role": role, "settled": settled}
        if about:
            loan["case_about_this_loan"] = True
        loans.append(loan)
    rec["loans"] = loans
    rec["contracted_withdrawal"] = bool(o.get("contracted"))
    freezes = []
    kind = o.get("freezes")
    if scn.action == "renew_freeze":
        kind = "own_renew"
    if kind in ("own_active", "own_renew"):
        freezes.append({"court": case.court.name, "case_number": case.case_no, "amount": f"{amount:.2f}",
                        "state": "active", "start": facts["old_start"].isoformat(), "end": facts["old_end"].isoformat()})
    elif kind == "other_active":
        other = rng.choice([c for c in SHANGHAI + OUT_OF_TOWN + JIAOZUO if c.name != case.court.name])
        s = facts["today"] - dt.timedelta(days=rng.randrange(60, 600))
        freezes.append({"court": other.name, "case_number": f"（{s.year}）{other.code}执{rng.randrange(100, 9000)}号",
                        "amount": f"{_amount(rng, 5000, 90000):.2f}", "state": "active",
                        "start": s.isoformat(), "end": (add_years(s, 3) - dt.timedelta(days=1)).isoformat()})
    rec["freezes"] = freezes
    out = [rec]
    if rng.random() < 0.4:  # a stranger in the same extract: matching must be by ID number
        court = case.court
        stranger = _person(rng, court, 25, 60, facts["today"])
        out.append({"id_number": stranger.id_number, "name": stranger.name,
                    "account_number": f"{rng.randrange(10**11, 10**12)}",
                    "balance": f"{_amount(rng, 3000, 90000):.2f}", "status": "depositing",
                    "monthly_deposit": "1860.00", "loans": [], "contracted_withdrawal": False, "freezes": []})
        rng.shuffle(out)
    return out


def doc_types(scn: Scenario, rng: random.Random) -> tuple[list[str], str]:
    """The paper types this bundle carries (before cards), and which cards the officers show."""
    o = scn.opts
    if scn.pack == SH:
        if scn.action == "query":
            types = ["intro_letter" if o.get("intro") else "query_form"]
        elif scn.action == "deduct":
            types = ["assist_notice", "ruling", "judgment"] + (["ground_proof"] if o.get("proof") else [])
        else:
            types = ["assist_notice", "ruling"]
        card_kind = o.get("cards") or rng.choice(["work_id", "work_id", "duty_cert", "both"])
    else:
        types = ["query_form", "assist_notice"] if scn.action == "query" else ["assist_notice", "ruling"]
        card_kind = o.get("cards", "both")
    types = [t for t in types if t not in o.get("drop", ())]
    return types, card_kind


def _paper_pages(paper, dpi: int, rng: random.Random) -> tuple[list[Image.Image], int | None]:
    """Lay the paper out and stamp its seal over the signed date; returns pages and the seal's page."""
    laid = lay_out(paper, dpi, top_shift_mm=rng.uniform(-6, 4))
    if paper.seal_text and laid.seal_at:
        page_i, x, y = laid.seal_at
        mm = dpi / 25.4
        mark = seal(paper.seal_text, round(rng.uniform(40, 43) * mm), rng)
        stamp(laid.pages[page_i], mark, (x + round(rng.uniform(-9, 6) * mm), y - round(rng.uniform(2, 7) * mm)))
        return laid.pages, page_i
    return laid.pages, None


@dataclass
class OutFile:
    """A file of the bundle: each page lists the documents it carries (two cards may share one)."""

    name: str
    pages: list[tuple[Image.Image, list[int]]]


def build(scn: Scenario, index: int, seed: int, out: Path) -> str:
    """Write one bundle under out/; returns its id."""
    rng = random.Random(f"{NAME}:{seed}:{index}:{scn.key}")
    case, facts = make_case(scn, rng)
    bid = f"{NAME}-{index:03d}-{scn.key}"
    bdir = out / bid
    bdir.mkdir(parents=True, exist_ok=True)
    dpi = rng.choice([150, 150, 200, 200, 200, 240, 300])
    defects: list[dict] = []
    half_width = rng.random() < 0.15 and scn.action != "query"
    docno = case.case_no.replace("（", "(").replace("）", ")") if half_width else case.case_no

    types, card_kind = doc_types(scn, rng)
    docs: list[Doc] = []
    for t in types:
        if t == "assist_notice":
            paper = papers.notice(case, rng, docno)
        elif t == "ruling":
            paper = papers.ruling(case, rng, case.case_no)
        elif t == "judgment":
            paper = papers.judgment(case, rng)
        elif t == "query_form":
            paper = papers.jz_query_form(case, rng) if scn.pack == JZ else papers.query_notice(case, rng, case.case_no)
        elif t == "intro_letter":
            paper = papers.intro_letter(case, rng)
        else:
            paper = papers.retirement_proof(case, rng)
        pages, seal_page = _paper_pages(paper, dpi, rng)
        docs.append(Doc(t, pages, seal_page is not None, grey=(t == "judgment"), seal_page=seal_page))

    files: list[OutFile] = []
    counter = iter(range(1, 100))
    stem = rng.choice(["scan", "SCAN", "IMG", "doc", "file"])

    def fname(ext: str) -> str:
        return f"{stem}_{case.notice_date:%Y%m%d}_{next(counter):02d}.{ext}"

    # the court's own papers: notice and ruling sometimes scanned into one PDF
    together = len(docs) >= 2 and docs[0].type == "assist_notice" and docs[1].type == "ruling" and rng.random() < 0.35
    plan: list[tuple[str, list[int]]] = []
    rest = list(range(len(docs)))
    if together:
        plan.append(("pdf", [0, 1]))
        rest = rest[2:]
    for i in rest:
        d = docs[i]
        if len(d.pages) > 1 or d.type == "judgment":
            fmt = "pdf"
        elif d.type == "ground_proof":
            fmt = "jpg"
        else:
            fmt = rng.choices(["pdf", "jpg", "png"], [55, 30, 15])[0]
        plan.append((fmt, [i]))
    doc_meta: list[tuple[str, bool]] = [(d.type, d.sealed) for d in docs]

    flips_left = 1 if rng.random() < 0.25 else 0  # now and then one page goes through upside down
    for fmt, idxs in plan:
        name = fname(fmt)
        made = []
        for i in idxs:
            d = docs[i]
            for k, img in enumerate(d.pages):
                grey = d.grey or rng.random() < 0.15
                angle = rng.uniform(-1.8, 1.8)
                upside = flips_left > 0 and d.type != "judgment" and rng.random() < 0.7
                flips_left -= upside
                made.append((scanned(img, rng, grey=grey, skew=angle, upside_down=upside, noise=rng.uniform(3, 7)),
                             i, grey, angle, upside, k == d.seal_page))
        order = list(range(len(made)))
        if len(order) >= 3 and rng.random() < 0.3:
            while order == sorted(order):
                rng.shuffle(order)
            defects.append({"source": name, "page": 1, "kind": "pages_shuffled"})
        files.append(OutFile(name, [(made[j][0], [made[j][1]]) for j in order]))
        for pos, j in enumerate(order, start=1):
            _, _, grey, angle, upside, sealed_here = made[j]
            if grey:
                defects.append({"source": name, "page": pos, "kind": "photocopy_grey"})
            if abs(angle) >= 1.0:
                defects.append({"source": name, "page": pos, "kind": f"skew_{angle:+.1f}deg"})
            if upside:
                defects.append({"source": name, "page": pos, "kind": "upside_down"})
            if sealed_here:
                defects.append({"source": name, "page": pos, "kind": "seal_over_date_and_text"})

    # officers' cards: one document per officer per kind of card
    kinds = ["work_id", "duty_cert"] if card_kind == "both" else [card_kind]
    mode = scn.opts.get("card_mode") or rng.choices(["sheet_each", "sheet_shared", "tiff", "photo"], [30, 30, 20, 20])[0]
    valid_to = f"{case.notice_date.year + 2}年12月31日"
    card_dpi = max(dpi, 200)
    for kind in kinds:
        halves = []
        for off in case.officers:
            hdpi = 300 if mode == "photo" else card_dpi
            halves.append([cards.cover(kind, hdpi, rng),
                           cards.inside(kind, off, case.court.name, case.court.high_court, valid_to, hdpi, rng)])
        if mode == "sheet_shared" and len(halves) > 1:
            grey = rng.random() < 0.6
            name = fname(rng.choice(["jpg", "pdf"]))
            ids = []
            for _ in halves:
                ids.append(len(doc_meta))
                doc_meta.append((kind, True))
            files.append(OutFile(name, [(scanned(cards.sheet(halves, card_dpi, rng), rng, grey=grey, noise=4), ids)]))
            defects.append({"source": name, "page": 1, "kind": "two_officers_cards_on_one_sheet"})
            if grey:
                defects.append({"source": name, "page": 1, "kind": "photocopy_grey"})
            continue
        for h in halves:
            idx = len(doc_meta)
            doc_meta.append((kind, True))
            if mode == "photo":
                name = fname("jpg")
                files.append(OutFile(name, [(cards.photo(h, rng), [idx])]))
                defects.append({"source": name, "page": 1, "kind": "phone_photo_perspective_shadow"})
            elif mode == "tiff":
                name = fname("tif")
                files.append(OutFile(name, [(scanned(cards.single(x, card_dpi, rng), rng, noise=3), [idx]) for x in h]))
                defects.append({"source": name, "page": 2, "kind": "card_cover_and_inside_on_two_pages"})
            else:
                grey = rng.random() < 0.4
                name = fname(rng.choice(["jpg", "jpg", "pdf", "png"]))
                files.append(OutFile(name, [(scanned(cards.sheet([h], card_dpi, rng), rng, grey=grey, noise=4), [idx])]))
                if grey:
                    defects.append({"source": name, "page": 1, "kind": "photocopy_grey"})

    # write the files and gather each document's pages
    where: dict[int, tuple[str, list[int]]] = {}
    for f in files:
        _write(bdir / f.name, [img for img, _ in f.pages], rng, dpi)
        for pos, (_, ids) in enumerate(f.pages, start=1):
            for i in ids:
                where.setdefault(i, (f.name, []))[1].append(pos)
    documents = [{"type": doc_meta[i][0], "source": where[i][0], "pages": sorted(where[i][1]),
                  "sealed": doc_meta[i][1]} for i in range(len(doc_meta))]
    documents.sort(key=lambda d: (d["source"], d["pages"][0], d["type"]))

    # content defects, where they show
    def first(t: str) -> tuple[str | None, int | None]:
        d = next((d for d in documents if d["type"] == t), None)
        return (d["source"], d["pages"][0]) if d else (None, None)

    def mark(t: str, kind: str) -> None:
        src, page = first(t)
        if src:
            defects.append({"source": src, "page": page, "kind": kind})

    o = scn.opts
    if o.get("bad_id"):
        mark("assist_notice", "id_check_digit")
    if o.get("years", 0) > 3:
        mark("assist_notice", "period_over_limit")
    if o.get("conflict"):
        mark("ruling", "amount_conflicts_with_notice")
    if o.get("no_amount"):
        mark("assist_notice", "amount_not_stated")
    if o.get("period"):
        mark("assist_notice", f"period_{o['period']}")
    if half_width:
        mark("assist_notice", "half_width_parentheses_in_case_number")
    if o.get("no_investigation"):
        mark("ruling", "ruling_silent_on_property_investigation")
    if o.get("query_no_id"):
        mark("query_form", "query_form_without_id_number")
    if scn.action == "deduct" and case.ground not in ("loan", "advance"):
        mark("judgment", f"ground_stated_in_judgment_{case.ground}")
    if case.ground == "advance":
        mark("judgment", "advance_execution_ruling")
    for t in o.get("drop", ()):
        defects.append({"source": None, "page": None, "kind": f"missing_{t}"})
    if o.get("officers") == 1:
        defects.append({"source": None, "page": None, "kind": "one_officer_where_two_required"})

    acc = accounts(scn, case, facts, rng)
    if acc is not None:
        (bdir / "accounts.json").write_text(json.dumps(acc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    r = case.respondent
    request = {
        "action": scn.action,
        "court": case.court.name,
        "case_number": case.case_no,
        "respondent": {"name": r.name, "id_number": r.id_number},
        "applicant": {"name": case.applicant.name},
        "amount": f"{case.amount:.2f}" if case.amount is not None else None,
        "freeze_period": ({"start": case.period[0].isoformat(), "end": case.period[1].isoformat()}
                          if case.period else None),
        "account_number": case.account_no,
        "officers": [{"name": x.name} for x in case.officers],
        "documents": documents,
        "measure": None,
    }
    truth = {
        "generator": NAME,
        "split": "heldout" if index % 3 == 2 else "dev",
        "pack": scn.pack,
        "today": facts["today"].isoformat(),
        "accounts": "accounts.json" if acc is not None else None,
        "request": request,
        "expected_decision": scn.decision,
        "expected_missing_materials": sorted(scn.missing),
        "scenario": scn.zh,
        "defects": defects,
    }
    (bdir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return bid


def _write(path: Path, images: list[Image.Image], rng: random.Random, dpi: int) -> None:
    """Save pages as a court's scanner would: image-only PDF, JPEG, PNG or multi-page TIFF."""
    ext = path.suffix.lower()
    if ext == ".pdf":
        doc = pymupdf.open()
        for img in images:
            page = doc.new_page(width=595.28, height=841.89)
            w, h = img.size
            if w > h * 0.9:  # a landscape photo: fit it onto the page
                scale = min(595.28 / w, 841.89 / h)
                rect = pymupdf.Rect(0, 0, w * scale, h * scale)
            else:
                rect = page.rect
            page.insert_image(rect, stream=jpeg_bytes(img, rng.randrange(62, 86)))
        doc.save(path, deflate=True, garbage=3)
        doc.close()
    elif ext == ".jpg":
        images[0].save(path, "JPEG", quality=rng.randrange(68, 90), dpi=(dpi, dpi))
    elif ext == ".png":
        images[0].save(path, "PNG", dpi=(dpi, dpi), optimize=False, compress_level=6)
    elif ext == ".tif":
        first = images[0]
        first.save(path, "TIFF", save_all=True, append_images=images[1:], compression="jpeg", quality=80,
                   dpi=(dpi, dpi))
    else:
        raise ValueError(ext)
