"""Assemble one bundle: facts → papers → files, accounts.json and truth.json."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from pathlib import Path

from PIL import Image

from . import cards as cardmod
from . import papers
from .facts import (
    COMPANIES,
    COURTS,
    Court,
    Facts,
    Namer,
    Officer,
    add_years,
    ar_date,
    make_person,
    workday_on_or_after,
    workdays_before,
)
from .render import Page, ScanLook, phone_photo, rasterize, scan, write_scan_pdf, write_text_pdf
from .scenarios import Plan, plan_for

NAME = "dunlin"
PACK = "jiaozuo-2024"
BANKS = ["中国工商银行股份有限公司焦作分行", "中国建设银行股份有限公司焦作分行", "中国银行股份有限公司焦作分行",
         "中国农业银行股份有限公司焦作分行", "焦作中旅银行股份有限公司营业部"]
STATIONS = ["焦东路", "民主路", "新华街", "百间房", "上白作", "七百间", "王褚", "丰收路"]
COUNTRIES = ["加拿大", "澳大利亚", "新西兰", "美国"]


def _facts(rng: random.Random, plan: Plan, i: int) -> Facts:
    namer = Namer(rng)
    court = Court(*COURTS[(i * 5 + rng.randint(0, 2)) % len(COURTS)])
    start = dt.date(2025, 2, 10) + dt.timedelta(days=rng.randint(0, 600))
    today = workday_on_or_after(start)
    notice_date = workdays_before(today, rng.randint(1, 4))
    ruling_date = notice_date - dt.timedelta(days=rng.choice([0, 0, 1, 2, 3]))
    filed = ruling_date - dt.timedelta(days=rng.randint(25, 220))
    if plan.ground_kind == "retired":
        birth = (1955, 1963)
    elif plan.ground_kind == "disabled":
        birth = (1975, 1988)
    else:
        birth = (1970, 1992)
    area = court.area if rng.random() < 0.7 else rng.choice(["410802", "410811", "410821", "410882", "410883"])
    resp = make_person(rng, namer, area, *birth, sex="男" if plan.ground_kind == "retired" else None)
    app_person = make_person(rng, namer, court.area, 1960, 1995) if (rng.random() < 0.55 or plan.judgment) else None
    app_name = app_person.name if app_person else rng.choice(COMPANIES)
    cause = "抚养费纠纷" if plan.judgment else rng.choice(papers_causes())
    year = filed.year
    num = rng.randint(100, 4999)
    kind = "执恢" if rng.random() < 0.12 else "执"
    case_number = f"（{year}）{court.code}{kind}{num}号"
    by_mid = court.code == "豫08"
    basis_court = court.name
    basis_number = f"（{year - 1}）{court.code}{'民终' if by_mid else '民初'}{rng.randint(100, 9999)}号"
    off = []
    for k in range(2):
        sex = rng.choice("男男女")
        title = ["执行员", "审判员"][rng.randint(0, 1)] if k == 0 else rng.choice(["书记员", "书记员", "法官助理"])
        off.append(Officer(namer.name(), sex, title, f"{court.code[1:]}{rng.randint(1000, 9999)}",
                           f"{rng.randint(10, 99)}{court.code[1:]}{rng.randint(100000, 999999)}", rng.randint(1965, 1996)))
    off[1].title = "书记员" if off[1].title == "法官助理" and rng.random() < 0.5 else off[1].title
    amount = Decimal(rng.randint(300000, 15000000)) / 100
    if rng.random() < 0.3:
        amount = Decimal(rng.randint(5, 150) * 1000)
    balance = amount + Decimal(rng.randint(0, 6000000)) / 100
    f = Facts(court=court, case_number=case_number, basis_number=basis_number, cause=cause, respondent=resp,
              applicant_name=app_name, applicant_person=app_person, officers=off,
              account_number=f"{rng.choice(['0800', '0811', '0821', '0882'])}{rng.randint(10 ** 9, 10 ** 10 - 1)}",
              balance=balance, amount=amount, today=today, notice_date=notice_date, ruling_date=ruling_date,
              phone=f"0391-{rng.randint(2000000, 8999999)}",
              bank_account=f"{rng.randint(1000, 9999)}{rng.randint(10 ** 11, 10 ** 12 - 1)}")
    f.extra.update(filed=filed, basis_court=basis_court, basis_kind="判决书" if rng.random() < 0.75 else "调解书",
                   bank_name=rng.choice(BANKS), rep=namer.name(), judge=namer.name(), clerk=namer.name(),
                   station=rng.choice(STATIONS), app_addr=f"河南省焦作市{rng.choice(['山阳区', '解放区', '高新区'])}",
                   namer=namer)
    if plan.judgment:
        f.extra["basis_kind"] = "判决书"
    return f


def papers_causes() -> list[str]:
    from .facts import CAUSES
    return CAUSES


def _grounds(f: Facts, plan: Plan, rng: random.Random) -> dict[str, str]:
    r = f.respondent
    if plan.ground_kind == "retired":
        when = dt.date(r.birth.year + 60, r.birth.month, 1) + dt.timedelta(days=rng.randint(0, 40))
        s = rng.choice([f"被执行人{r.name}已于{ar_date(when)}办理退休手续，符合住房公积金提取条件。",
                        f"被执行人{r.name}已达到法定退休年龄并于{when.year}年{when.month}月退休，依法可以提取住房公积金。"])
    elif plan.ground_kind == "emigrated":
        when = f.today - dt.timedelta(days=rng.randint(60, 400))
        f.extra["emigrated"] = when
        f.extra["country"] = rng.choice(COUNTRIES)
        s = f"经查，被执行人{r.name}已出境定居（{f.extra['country']}），户口已于{ar_date(when)}注销，符合住房公积金提取条件，"
    elif plan.ground_kind == "disabled":
        when = f.today - dt.timedelta(days=rng.randint(300, 700))
        s = (f"被告{r.name}于{when.year}年因病经焦作市劳动能力鉴定委员会鉴定为完全丧失劳动能力，"
             f"已于{when.year}年{when.month}月与原工作单位终止劳动关系，现无固定收入。")
    else:
        return {}
    out = {"ruling_found": "", "ruling_reason": "", "notice": "", "judgment": ""}
    if plan.ground == "ruling_reason":
        out["ruling_reason"] = f"被执行人{r.name}已退休，其住房公积金账户内的存款符合提取条件，可以依法扣划。"
    elif plan.ground == "notice" and plan.ground_kind == "retired":
        out["notice"] = f"因被执行人{r.name}已退休，符合住房公积金提取条件，"
    else:
        out[plan.ground] = s
    return out


def _account(f: Facts, plan: Plan, rng: random.Random, freeze: tuple | None) -> list[dict]:
    r = f.respondent
    rec: dict = {"id_number": r.id_number, "name": r.name, "account_number": f.account_number,
                 "balance": f"{f.balance:.2f}", "status": "depositing",
                 "monthly_deposit": f"{Decimal(rng.randint(30000, 260000)) / 100:.2f}", "loans": [], "freezes": []}
    if plan.ground_kind == "retired":
        rec["status"] = "sealed"
        rec["retired"] = True
        rec.pop("monthly_deposit")
    elif plan.ground_kind in ("emigrated", "disabled"):
        rec["status"] = "sealed"
        rec["retired"] = False
        rec.pop("monthly_deposit")
    else:
        rec["retired"] = False
    st = plan.account_state
    if st == "loan_borrower":
        rec["loans"].append({"role": "borrower", "settled": False})
    elif st == "loan_guarantor":
        rec["loans"].append({"role": "guarantor", "settled": False})
    elif st == "loan_settled":
        rec["loans"].append({"role": "borrower", "settled": True})
    elif st == "closed":
        rec.update(status="closed", balance="0.00")
        rec.pop("monthly_deposit", None)
    if freeze:
        rec["freezes"].append({"court": f.court.name, "case_number": f.case_number, "amount": f"{f.amount:.2f}",
                               "state": "active", "start": freeze[0].isoformat(), "end": freeze[1].isoformat()})
    others = []
    namer = f.extra["namer"]
    for _ in range(rng.randint(1, 3)):
        p = make_person(rng, namer, rng.choice(["410802", "410811", "410882"]), 1965, 1998)
        others.append({"id_number": p.id_number, "name": p.name,
                       "account_number": f"0811{rng.randint(10 ** 9, 10 ** 10 - 1)}",
                       "balance": f"{Decimal(rng.randint(100000, 9000000)) / 100:.2f}", "status": "depositing",
                       "monthly_deposit": f"{Decimal(rng.randint(30000, 200000)) / 100:.2f}", "loans": [],
                       "freezes": []})
    recs = others + ([rec] if plan.accounts == "with" else [])
    rng.shuffle(recs)
    return recs


class Sink:
    """Writes papers into files and records each document's file and pages."""

    def __init__(self, folder: Path, rng: random.Random):
        self.folder = folder
        self.rng = rng
        self.documents: list[dict] = []

    def look(self, strong: bool = False) -> ScanLook:
        r = self.rng
        return ScanLook(skew=r.uniform(-3, 3) if strong or r.random() < 0.6 else 0.0, gray=r.random() < 0.3,
                        photocopy=r.random() < (0.5 if strong else 0.2), contrast=r.uniform(0.72, 1.0),
                        blur=r.uniform(0, 0.8), noise=r.uniform(0, 6))

    def record(self, dtype: str, source: str, pages: list[int], sealed: bool | None) -> None:
        d = {"type": dtype, "source": source, "pages": pages}
        if sealed is not None:
            d["sealed"] = sealed
        self.documents.append(d)

    def text_pdf(self, name: str, items: list[tuple[list[Page], list[tuple[str, bool | None]]]]) -> None:
        pages: list[Page] = []
        for pg, docs in items:
            nums = list(range(len(pages) + 1, len(pages) + len(pg) + 1))
            for dtype, sealed in docs:
                self.record(dtype, name, nums, sealed)
            pages.extend(pg)
        write_text_pdf(pages, str(self.folder / name))

    def scans(self, name: str, items: list[tuple[list, list[tuple[str, bool | None]], ScanLook | None]],
              fmt: str) -> None:
        """items: (pages (Page or image), docs on them, look). fmt pdf | tiff | jpg | png."""
        images: list[Image.Image] = []
        for pg, docs, look in items:
            nums = list(range(len(images) + 1, len(images) + len(pg) + 1))
            for dtype, sealed in docs:
                self.record(dtype, name, nums, sealed)
            for p in pg:
                im = rasterize(p) if isinstance(p, Page) else p
                images.append(scan(im, look, self.rng) if look else im)
        path = self.folder / name
        if fmt == "pdf":
            write_scan_pdf(images, str(path), quality=self.rng.randint(55, 80))
        elif fmt == "tiff":
            images = [im.convert("L") for im in images]
            images[0].save(path, save_all=True, append_images=images[1:], compression="jpeg", quality=self.rng.randint(60, 80), dpi=(150, 150))
        elif fmt == "jpg":
            assert len(images) == 1
            images[0].convert("RGB").save(path, "JPEG", quality=self.rng.randint(55, 85))
        else:
            assert len(images) == 1
            images[0].convert("L").save(path, "PNG", optimize=True)


def build(i: int, seed: int, out: Path) -> str:
    rng = random.Random(f"{NAME}-{seed}-{i}")
    plan = plan_for(i)
    f = _facts(rng, plan, i)
    st = papers.pick_style(rng)
    st2 = papers.pick_style(rng)
    st2.key = st.key if rng.random() < 0.5 else st2.key
    bid = f"{NAME}-{i:03d}-{PACK}-{plan.kind}"
    folder = out / bid
    folder.mkdir(parents=True, exist_ok=True)
    for old_file in folder.iterdir():
        old_file.unlink()

    # periods
    period = old = None
    today = f.today
    if plan.action in ("freeze",):
        start = today
        pk = plan.period_kind
        if pk == "months":
            m = rng.choice([6, 9])
            end = dt.date(start.year + (start.month - 1 + m) // 12, (start.month - 1 + m) % 12 + 1,
                          min(start.day, 28)) - dt.timedelta(days=1)
        elif pk == "four_years":
            end = add_years(start, 4) - dt.timedelta(days=1)
        elif pk == "reversed":
            end = add_years(start, 1) - dt.timedelta(days=1)
            end = end.replace(year=start.year - 1) if end.month != 2 or end.day != 29 else end
        else:
            end = add_years(start, 1) - dt.timedelta(days=1)
        period = (start, end)
    existing = None
    if plan.action == "renew_freeze":
        if plan.renew_timing == "before_end":
            old_end = today + dt.timedelta(days=rng.randint(4, 25))
        else:
            old_end = today - dt.timedelta(days=rng.randint(3, 25))
            if plan.renew_timing == "sent_before_received_after":
                f.notice_date = workdays_before(old_end, 2)
                f.ruling_date = f.notice_date - dt.timedelta(days=rng.randint(0, 3))
        old_start = add_years(old_end + dt.timedelta(days=1), -1)
        old = (old_start, old_end)
        period = (old_end + dt.timedelta(days=1), add_years(old_end, 1))
        existing = old
        f.extra["filed"] = min(f.extra["filed"], old_start - dt.timedelta(days=rng.randint(10, 60)))
    if plan.action in ("unfreeze", "deduct") and (plan.existing_freeze or plan.action == "unfreeze"):
        old_start = today - dt.timedelta(days=rng.randint(30, 300))
        old = (old_start, add_years(old_start, 1) - dt.timedelta(days=1))
        existing = old
        f.extra["filed"] = min(f.extra["filed"], old_start - dt.timedelta(days=rng.randint(10, 60)))
    year = f.extra["filed"].year
    f.case_number = f"（{year}）" + f.case_number[6:]
    f.basis_number = f"（{year - 1}）" + f.basis_number[6:]
    if plan.action == "deduct" and f.balance < f.amount:
        f.balance = f.amount

    grounds = _grounds(f, plan, rng)
    officers_present = [f.officers[k] for k in range(len(plan.cards))]
    named = set()  # court staff named on the papers

    # ---- papers
    court_docs: list[tuple[str, list[Page], bool]] = []
    contact = f.officers[0]
    named.add(contact.name)
    n_pages = papers.notice(f, plan.action, st, rng, show_acct=plan.show_acct, ground=grounds.get("notice", ""),
                            with_amount=plan.with_amount, period=period if plan.period_kind != "none" else None,
                            old=old, show_id=plan.notice_id, reply_slip=plan.reply_slip, contact=contact)
    court_docs.append(("assist_notice", n_pages, True))
    if plan.action != "query":
        signers = [f.officers[0], f.officers[1]]
        named.update(o.name for o in signers)
        r_pages = papers.ruling(f, plan.action, st2, rng, ground_found=grounds.get("ruling_found", ""),
                                ground_reason=grounds.get("ruling_reason", ""), with_amount=plan.with_amount,
                                period=period, old=old, show_acct=plan.show_acct and rng.random() < 0.5,
                                signers=signers)
        court_docs.append(("ruling", r_pages, True))
    else:
        q_layout = plan.variant
        named.update(o.name for o in f.officers)
        court_docs.append(("query_form", papers.query_form(f, st2, rng, with_id=plan.query_id, layout=q_layout), True))
    if plan.judgment:
        court_docs.append(("judgment", papers.judgment(f, st2, rng, grounds["judgment"]), True))
    if plan.intro:
        business = {"query": "查询", "freeze": "冻结", "renew_freeze": "续行冻结", "unfreeze": "解除冻结",
                    "deduct": "扣划"}[plan.action]
        named.update(o.name for o in officers_present)
        court_docs.append(("intro_letter", papers.intro_letter(f, st, rng, officers_present, business), True))
    proof_pages = None
    if plan.proof:
        proof_pages = papers.ground_proof(f, st2, rng, f.extra["country"], f.extra["emigrated"])

    # ---- cards
    card_imgs: list[dict[str, tuple]] = []
    for k, kinds in enumerate(plan.cards):
        card_imgs.append({t: cardmod.pair(t, f.officers[k], f.court, rng) for t in kinds})
        named.add(f.officers[k].name)

    sink = Sink(folder, rng)
    stamp = f"{today:%Y%m%d}"
    if plan.pack == "A":
        # notice as text PDF; the other court papers scanned one by one
        sink.text_pdf(rng.choice(["协助执行通知书.pdf", f"{f.case_number[1:5]}执{stamp}.pdf", "notice.pdf"]),
                      [(court_docs[0][1], [("assist_notice", True)])])
        for j, (dtype, pg, sealed) in enumerate(court_docs[1:]):
            fmt = "jpg" if len(pg) == 1 and rng.random() < 0.6 else ("png" if len(pg) == 1 else "pdf")
            sink.scans(f"scan_{j + 1:02d}.{fmt}", [(pg, [(dtype, sealed)], sink.look())], fmt)
    elif plan.pack == "B":
        items = []
        order = list(court_docs)
        if rng.random() < 0.5 and len(order) > 2:
            order[1], order[2] = order[2], order[1]
        flip = rng.randrange(len(order))
        for j, (dtype, pg, sealed) in enumerate(order):
            lk = sink.look(strong=True)
            if j == flip:
                lk.rotate = 180
            items.append((pg, [(dtype, sealed)], lk))
        name = f"{stamp}{rng.randint(100, 999)}.pdf"
        if plan.card_mode == "photocopy":
            items.extend(_photocopy_items(card_imgs, f, sink))
        sink.scans(name, items, "pdf")
    else:
        items = [(pg, [(dtype, sealed)], sink.look()) for dtype, pg, sealed in court_docs]
        sink.scans(rng.choice(["扫描件.tif", "court_papers.tiff", f"IMG{stamp}.tif"]), items, "tiff")
    if proof_pages:
        sink.scans("注销户口证明.jpg", [(proof_pages, [("ground_proof", True)], sink.look())], "jpg")

    if plan.card_mode in ("photo", "photo2"):
        for k, cm in enumerate(card_imgs):
            for t, (cov, ins) in cm.items():
                if rng.random() < 0.3:
                    pics = [phone_photo([cov], rng), phone_photo([ins], rng)]
                    sink.scans(f"{f.officers[k].name}_{'工作证' if t == 'work_id' else '执行公务证'}.pdf",
                               [(pics, [(t, None)], None)], "pdf")
                else:
                    sink.scans(f"IMG_{stamp}_{rng.randint(80000, 235959):06d}.jpg",
                               [([phone_photo([cov, ins], rng)], [(t, None)], None)], "jpg")
    elif plan.card_mode == "photocopy" and plan.pack != "B":
        sink.scans("证件复印件.pdf", _photocopy_items(card_imgs, f, sink), "pdf")
    elif plan.card_mode == "textpdf":
        items = []
        for k, cm in enumerate(card_imgs):
            pg = papers.card_pdf_page(f, f.officers[k], cm.get("work_id"), cm.get("duty_cert"), st)
            items.append(([pg], [(t, None) for t in cm]))
        sink.text_pdf("执行人员证件.pdf", items)

    # ---- accounts
    acc_name = None
    if plan.accounts != "none":
        acc_name = "accounts.json"
        (folder / acc_name).write_text(json.dumps(_account(f, plan, rng, existing), ensure_ascii=False, indent=2),
                                       encoding="utf-8")

    # ---- truth
    amount = None
    if plan.action in ("freeze", "renew_freeze", "deduct") and plan.with_amount:
        amount = f"{f.amount:.2f}"
    fp = None
    if period and plan.action in ("freeze", "renew_freeze"):
        fp = {"start": period[0].isoformat(), "end": period[1].isoformat()}
    id_stated = plan.action != "query" or plan.query_id or plan.notice_id
    acct_stated = plan.show_acct
    request = {
        "action": plan.action, "court": f.court.name, "case_number": f.case_number,
        "respondent": {"name": f.respondent.name, "id_number": f.respondent.id_number if id_stated else None},
        "applicant": {"name": f.applicant_name}, "amount": amount, "freeze_period": fp,
        "account_number": f.account_number if acct_stated else None,
        "officers": [{"name": n} for n in sorted(named)], "documents": sink.documents, "measure": None,
    }
    truth = {"generator": NAME, "split": "heldout" if i % 3 == 2 else "dev", "pack": PACK,
             "today": today.isoformat(), "accounts": acc_name, "request": request,
             "expected_decision": plan.decision, "expected_missing_materials": sorted(plan.missing),
             "scenario": plan.scenario, "defects": plan.defects, "kind": plan.kind, "variant": plan.variant}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8")
    return bid


def _photocopy_items(card_imgs: list[dict[str, tuple]], f: Facts, sink: Sink) -> list:
    """Two officers' cards of one kind photocopied on one sheet; a sheet per kind."""
    items = []
    for t in ("work_id", "duty_cert"):
        holders = [(k, cm[t]) for k, cm in enumerate(card_imgs) if t in cm]
        if not holders:
            continue
        sheet = papers.card_sheet([pair for _, pair in holders])
        lk = ScanLook(skew=sink.rng.uniform(-2, 2), photocopy=True, contrast=sink.rng.uniform(0.8, 0.95),
                      blur=sink.rng.uniform(0.2, 0.6), noise=3)
        items.append(([sheet], [(t, None) for _ in holders], lk))
    return items
