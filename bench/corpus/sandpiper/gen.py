"""sandpiper generator: deductions (扣划/提取住房公积金), 9 kinds x 3 variants."""
import argparse
import datetime as dt
import json
import os
import random
import shutil

from . import render as R
from . import texts as T
from .people import alter_id, court_info, make_name, mismatch_name, money, person, rand_date, retirement_month

SH, JZ = "shanghai-2021", "jiaozuo-2024"
NAME = "sandpiper"
POOL = ["fuyang", "shanyang", "injury", "wages"]
CAUSE = {"fuyang": "抚养费纠纷", "shanyang": "赡养纠纷", "injury": ["机动车交通事故责任纠纷", "生命权、身体权、健康权纠纷"],
         "wages": ["劳务合同纠纷", "追索劳动报酬纠纷"], "divorce": "离婚纠纷", "retired": "民间借贷纠纷",
         "loan": "借款合同纠纷", "none_loan": "民间借贷纠纷", "none_sale": "买卖合同纠纷"}

# kind -> (slug, [variant specs]); each spec: pack, decision, missing, why, and overrides
KINDS = [
    ("ground-in-judgment", [
        dict(pack=SH, ground="fuyang", place="main", decision="assist",
             why="抚养费 named in 判决主文 (ground 7), investigation stated, records clean"),
        dict(pack=JZ, ground="shanyang", place="mediation", decision="assist",
             why="赡养费 agreed in a 民事调解书, two officers with 工作证+执行公务证 each"),
        dict(pack=SH, ground="injury", place="reason", decision="assist",
             why="人身损害赔偿金 (医疗费/误工费/护理费/残疾赔偿金) stated only in 本院认为"),
    ]),
    ("ground-elsewhere", [
        dict(pack=SH, ground="wages", place="facts", decision="assist",
             why="农民工工资 stated only in 经审理查明 (ground 7)"),
        dict(pack=SH, ground="divorce", place="main", decision="assist",
             why="divorce judgment explicitly allots part of the 住房公积金 (ground 5)"),
        dict(pack=JZ, ground="retired", place="ruling", decision="assist", retired=True,
             why="ordinary loan debt but respondent retired; stated in the 执行裁定 reasons and by the ID's birth date"),
    ]),
    ("balance-and-freezes", [
        dict(pack=SH, decision="assist", short=True,
             why="balance smaller than the amount: the pack has no amount bar for deduction, deduct what there is"),
        dict(pack=JZ, decision="assist", short=True, own_freeze=True,
             why="account already frozen by the same court in the same case, balance short: deduct the frozen money"),
        dict(pack=JZ, decision="decline", other_freeze=True,
             why="account under another court's active freeze: this court cannot dispose of funds first frozen by another"),
    ]),
    ("investigation-statement", [
        dict(pack=SH, decision="needs_correction", invest_where="none",
             why="no statement anywhere that the court investigated and found no other property (第三条（一）3)"),
        dict(pack=SH, decision="assist", invest_where="ruling", invest_idx=[2, 5],
             why="investigation stated obliquely in the ruling (other property insufficient)"),
        dict(pack=SH, decision="assist", invest_where="notice", invest_idx=[3, 4],
             why="investigation stated in the 协助执行通知书, not in the ruling"),
    ]),
    ("loans", [
        dict(pack=SH, decision="decline", loan=("borrower", False, False),
             why="respondent is 主贷人 of an unsettled fund loan (第三条（一）1)"),
        dict(pack=SH, decision="assist", ground="loan", place="main", loan=("co_borrower", False, True),
             why="unsettled loan as 参贷人 but the case is about that very loan (exception) and the debt is 偿还购房贷款 (ground 4)"),
        dict(pack=JZ, decision="decline", loan=("guarantor", False, False),
             why="respondent guarantees another's unsettled fund loan (Jiaozuo 二、2)"),
    ]),
    ("account-records", [
        dict(pack=SH, decision="decline", contracted=True,
             why="an ongoing 约定提取 (loan repayment) is in force (第三条（一）2)"),
        dict(pack=JZ, decision="needs_facts", absent=True,
             why="respondent not in the account facts: only the centre's records can tell"),
        dict(pack=SH, decision="assist", loan=("guarantor", False, False),
             why="respondent guarantees another's unsettled loan: Shanghai bars only 主贷人/参贷人"),
    ]),
    ("missing-papers", [
        dict(pack=SH, decision="needs_correction", missing=["judgment"], no_judgment=True, place="ruling_ground",
             why="no 民事判决书/调解书 copy (第三条（二）4)"),
        dict(pack=JZ, decision="needs_correction", officers=1,
             why="only one officer (Jiaozuo 8: not fewer than 2 officers)"),
        dict(pack=JZ, decision="needs_correction", missing=["duty_cert"], cards="work_id",
             why="two officers but only 工作证, no 执行公务证 (Jiaozuo 8 needs both)"),
    ]),
    ("mismatch", [
        dict(pack=SH, decision="needs_correction", name_mismatch=True,
             why="respondent's name on the notice differs by one character from ruling and judgment"),
        dict(pack=JZ, decision="needs_correction", case_mismatch=True,
             why="case number on the ruling differs from the notice"),
        dict(pack=SH, decision="needs_correction", id_mismatch=True,
             why="respondent's ID number on the notice differs from the ruling's"),
    ]),
    ("no-ground", [
        dict(pack=SH, decision="decline", ground="none_loan", place="main",
             why="ordinary 民间借贷 debt, working-age respondent, no withdrawal ground"),
        dict(pack=SH, decision="decline", ground="none_sale", place="main", age58=True,
             why="买卖合同 debt, respondent a man of 58, not retired"),
        dict(pack=SH, decision="decline", ground="none_loan", place="main", age60=True,
             why="man aged 60 but under the 2025 reform retires at 60y5m: not yet at retirement age"),
    ]),
]


def build_bundle(idx, seed, outdir):
    kind_i, variant = (idx // 3) % len(KINDS), idx % 3
    slug, variants = KINDS[kind_i]
    spec = dict(variants[variant])
    rng = random.Random(f"{NAME}-{seed}-{idx:d}")
    pack = spec["pack"]
    used = set()
    court = court_info(pack, rng)
    today = rand_date(rng, dt.date(2026, 6, 1), dt.date(2026, 11, 30))
    ground = spec.get("ground") or rng.choice(POOL)
    place = spec.get("place") or rng.choice(["main", "main", "reason", "facts"])
    if ground in ("fuyang", "shanyang", "injury", "wages") and place == "facts" and ground == "fuyang":
        place = "main"
    ruling_ground = ""
    # people
    if spec.get("age60"):
        birth = dt.date(1966, 7, rng.randrange(1, 20))
        today = rand_date(rng, dt.date(2026, 7, 25), dt.date(2026, 11, 30))
        ry, rm = retirement_month(birth, True)
        assert (today.year, today.month) < (ry, rm)
        rp = person(rng, pack, court, used, male=True, birth=birth)
    elif spec.get("age58"):
        rp = person(rng, pack, court, used, male=True, born=(1968, 1968))
    elif spec.get("retired"):
        rp = person(rng, pack, court, used, male=True, born=(1956, 1961))
    elif ground == "fuyang":
        rp = person(rng, pack, court, used, male=True, born=(1982, 1992))
    elif ground == "shanyang":
        rp = person(rng, pack, court, used, born=(1976, 1990))
    else:
        rp = person(rng, pack, court, used, male=rng.random() < 0.7, born=(1980, 1995))
    if ground == "fuyang":
        ap = person(rng, pack, court, used, born=(2012, 2018))
        ap["guardian"] = make_name(rng, False, used)
    elif ground == "shanyang":
        ap = person(rng, pack, court, used, born=(1942, 1953))
    elif ground == "loan":
        ap = dict(org=True, name=rng.choice(["中国建设银行股份有限公司上海市分行", "中国工商银行股份有限公司上海市分行"]),
                  addr=f"上海市浦东新区陆家嘴环路{rng.randrange(100, 999):d}号", rep=make_name(rng, True, used))
    elif ground == "divorce":
        ap = person(rng, pack, court, used, male=not rp["male"], born=(rp["birth"].year - 2, rp["birth"].year + 3))
    else:
        ap = person(rng, pack, court, used, born=(1965, 1998))
    if spec.get("retired"):
        ruling_ground = rng.choice(["被执行人%s已于%d年退休，已达法定退休年龄，符合提取住房公积金的条件。",
                                    "另查明，被执行人%s已离退休，系离退休人员（%d年办理退休手续）。"]) % (rp["name"], rp["birth"].year + 60)
    if place == "ruling_ground":
        ruling_ground = {"fuyang": "本案执行标的系追索抚养费。", "shanyang": "本案执行标的系追索赡养费。",
                         "injury": "本案执行标的系人身损害赔偿金。", "wages": "本案执行标的系农民工工资。"}[ground]
        place = "main"
    cause = CAUSE[ground] if isinstance(CAUSE[ground], str) else rng.choice(CAUSE[ground])
    # dates and numbers
    notice_date = today - dt.timedelta(days=rng.randrange(3, 25))
    ruling_date = notice_date - dt.timedelta(days=rng.randrange(0, 6))
    judg_date = ruling_date - dt.timedelta(days=rng.randrange(120, 560))
    filed = ruling_date - dt.timedelta(days=rng.randrange(20, 150))
    ex_no = rng.randrange(100, 9999)
    exe = rng.choice(["执"] * 5 + ["执恢"])
    case = f"（{filed.year:d}）{court['code']}{exe}{ex_no:d}号"
    judg_case = f"（{judg_date.year:d}）{court['code']}民初{rng.randrange(100, 29999):d}号"
    judg_amount_v = round(rng.uniform(8000, 160000), 2) if ground != "loan" else round(rng.uniform(60000, 300000), 2)
    amount_v = round(judg_amount_v * rng.uniform(0.55, 1.05), 2)
    officers = [dict(name=make_name(rng, rng.random() < 0.7, used)) for _ in range(spec.get("officers", 2))]
    b = dict(court=court, applicant=ap, respondent=rp, ground=ground, place=place, cause=cause,
             judg_case=judg_case, judg_amount=money(judg_amount_v), amount=money(amount_v),
             judg_date=judg_date, ruling_date=ruling_date, notice_date=notice_date, fee=rng.randrange(50, 1800),
             judge=make_name(rng, rng.random() < 0.5, used), judge2=make_name(rng, True, used),
             judge3=make_name(rng, False, used), clerk=make_name(rng, False, used), clerk2=make_name(rng, True, used),
             verb=rng.choice(["扣划", "扣划", "提取"]), officers=officers, contact=officers[0]["name"],
             court_acct=f"{rng.randrange(1001, 4999):d}{rng.randrange(0, 10**10):010d}",
             ruling_case=case, ruling_ground=ruling_ground)
    acct_no = f"{rng.randrange(10**11, 10**12):012d}" if pack == SH else f"4108{rng.randrange(0, 10**9):09d}"
    b["printed_account"] = acct_no if rng.random() < 0.5 else None
    inv_where = spec.get("invest_where") or rng.choice(["ruling", "ruling", "notice"])
    b["invest_where"] = inv_where
    b["invest"] = rng.choice([T.INVEST[i] for i in spec.get("invest_idx", range(len(T.INVEST)))]).format(r=rp["name"])
    # parties as printed
    b["notice_respondent"] = dict(rp)
    b["ruling_respondent"] = dict(rp)
    defects = []
    if spec.get("name_mismatch"):
        b["notice_respondent"]["name"] = mismatch_name(rp["name"], rng)
    if spec.get("id_mismatch"):
        b["notice_respondent"]["id"] = alter_id(rp["id"], rng)
    if spec.get("case_mismatch"):
        s = str(ex_no)
        alt = s[:-2] + s[-1] + s[-2] if s[-1] != s[-2] else s[:-1] + str((int(s[-1]) + 3) % 10)
        b["ruling_case"] = f"（{filed.year:d}）{court['code']}{exe}{alt}号"
    b["notice_case_print"] = case if rng.random() < 0.8 else case.replace("（", "(").replace("）", ")")
    # ---------------------------------------------------------------- papers
    papers = []  # (type, blocks, sealed)
    papers.append(("assist_notice", T.notice_blocks(b, rng), True))
    papers.append(("ruling", T.ruling_blocks(b, rng), True))
    if not spec.get("no_judgment"):
        papers.append(("judgment", T.judgment_blocks(b, rng), True))
    if pack == SH and rng.random() < 0.4:
        papers.append(("intro_letter", T.intro_blocks(b, rng), True))
    bdir = os.path.join(outdir, f"{NAME}-{idx:03d}-{pack}-deduct")
    if os.path.exists(bdir):
        shutil.rmtree(bdir)
    os.makedirs(bdir)
    docs = []
    laid = []
    for typ, blocks, sealed in papers:
        pages = R.layout(blocks, body=16.0, body_font=rng.choice(["ming", "ming", "kai"]), page_numbers=typ == "judgment")
        laid.append((typ, pages, sealed))
    mode = rng.choice(["separate", "separate", "combined"])
    stamp = notice_date.strftime("%Y%m%d")
    if mode == "combined":
        order = list(laid)
        if rng.random() < 0.5:
            rng.shuffle(order)
        fname = rng.choice([f"scan_{stamp}.pdf", "bundle_scan.pdf", "材料.pdf".encode().hex()[:0] + "court_papers.pdf"])
        jpegs, pno = [], 1
        flip = rng.randrange(0, sum(len(p) for _, p, _ in order) + 2)
        for typ, pages, sealed in order:
            nums = []
            for pg in pages:
                grey = typ == "judgment" and rng.random() < 0.5
                img = R.render_page(pg, rng.choice([150, 170, 200]), rng)
                jpegs.append(R.scan_degrade(img, rng, grey=grey, rot180=(pno - 1) == flip))
                nums.append(pno)
                pno += 1
            docs.append(dict(type=typ, source=fname, pages=nums, sealed=sealed, _pages=pages))
        R.image_pdf(jpegs, os.path.join(bdir, fname))
    else:
        for _n, (typ, pages, sealed) in enumerate(laid):
            short = {"assist_notice": "notice", "ruling": "ruling", "judgment": "judgment", "intro_letter": "intro"}[typ]
            opts = ["digital", "scan", "copy"] + (["photo", "photo"] if len(pages) == 1 else [])
            if typ == "judgment":
                opts = ["copy", "copy", "scan", "digital"]
            surf = rng.choice(opts)
            if surf == "digital":
                fname = f"{short}.pdf"
                pdf = R.DigitalPDF(rng.choice(["china-s", "china-s", "uming"]))
                for pg in pages:
                    pdf.add_page(pg, rng)
                pdf.save(os.path.join(bdir, fname))
                docs.append(dict(type=typ, source=fname, pages=list(range(1, len(pages) + 1)), sealed=sealed, _pages=pages))
            elif surf == "photo":
                fname = f"IMG_{stamp}_{rng.randrange(1000, 9999):04d}.jpg"
                img = R.render_page(pages[0], 150, rng)
                with open(os.path.join(bdir, fname), "wb") as f:
                    f.write(R.photo_degrade(img, rng, rot180=rng.random() < 0.15))
                docs.append(dict(type=typ, source=fname, pages=[1], sealed=sealed, _pages=pages))
            else:
                fname = "{}_{}.pdf".format(short, "copy" if surf == "copy" else "scan")
                jpegs = []
                for _k, pg in enumerate(pages):
                    img = R.render_page(pg, rng.choice([150, 170, 200]), rng)
                    jpegs.append(R.scan_degrade(img, rng, grey=surf == "copy", rot180=rng.random() < 0.12))
                R.image_pdf(jpegs, os.path.join(bdir, fname))
                docs.append(dict(type=typ, source=fname, pages=list(range(1, len(pages) + 1)), sealed=sealed, _pages=pages))
    # ---------------------------------------------------------------- cards
    cardmode = spec.get("cards") or ("both" if pack == JZ else rng.choice(["work_id", "duty_cert", "mixed", "both"]))
    cards = []  # (type, officer, image)
    for k, o in enumerate(officers):
        types = {"both": ["work_id", "duty_cert"], "work_id": ["work_id"], "duty_cert": ["duty_cert"],
                 "mixed": [["work_id", "duty_cert"][k % 2]]}[cardmode]
        for ct in types:
            if ct == "work_id":
                fields = [("姓名", o["name"]), ("单位", court["name"]), ("部门", "执行局"),
                          ("职务", rng.choice(["执行员", "法官助理", "审判员", "书记员"])), ("编号", f"{court['area']}{rng.randrange(1, 9999):04d}")]
                seal_text = court["name"]
            else:
                fields = [("姓名", o["name"]), ("单位", court["name"]), ("职务", rng.choice(["执行员", "法官", "法警"])),
                          ("证号", f"执{court['area'][:2]}{rng.randrange(1, 99999):05d}"),
                          ("有效期至", f"{today.year + rng.randrange(1, 4):d}年12月31日")]
                seal_text = "最高人民法院执行局"
            cards.append((ct, o, R.render_card(ct, fields, court["name"], rng, seal_text)))
    i = 0
    cno = 1
    while i < len(cards):
        if rng.random() < 0.6:
            ct, o, img = cards[i]
            fname = f"IMG_{stamp}_{rng.randrange(1000, 9999) + i:04d}.jpg"
            with open(os.path.join(bdir, fname), "wb") as f:
                f.write(R.photo_degrade(img, rng, bg=None))
            docs.append(dict(type=ct, source=fname, pages=[1], officer=o["name"]))
            i += 1
        else:
            take = cards[i:i + (2 if rng.random() < 0.5 else 1)]
            sheet = R.cards_on_sheet([c[2] for c in take], rng)
            fname = f"cards_copy_{cno:d}.pdf"
            cno += 1
            R.image_pdf([R.scan_degrade(sheet, rng, grey=True)], os.path.join(bdir, fname))
            for ct, o, _ in take:
                docs.append(dict(type=ct, source=fname, pages=[1], officer=o["name"]))
            i += len(take)
    # ---------------------------------------------------------------- accounts
    bal = amount_v * rng.uniform(1.1, 2.8) if not spec.get("short") else amount_v * rng.uniform(0.08, 0.5)
    acc_id = b["notice_respondent"]["id"]
    rec = dict(id_number=acc_id, name=rp["name"], account_number=acct_no, balance=money(bal),
               status="sealed" if spec.get("retired") else "depositing",
               monthly_deposit=money(rng.uniform(600, 5200)) if not spec.get("retired") else "0.00",
               loans=[], contracted_withdrawal=bool(spec.get("contracted")), freezes=[])
    if spec.get("retired"):
        rec["retired"] = True
    elif rng.random() < 0.5:
        rec["retired"] = False
    if spec.get("contracted"):
        rec["loans"].append(dict(role="borrower", settled=True))
    if spec.get("loan"):
        role, settled, about = spec["loan"]
        ln = dict(role=role, settled=settled)
        if about:
            ln["case_about_this_loan"] = True
        rec["loans"].append(ln)
    if spec.get("own_freeze"):
        st = ruling_date - dt.timedelta(days=rng.randrange(60, 300))
        rec["freezes"].append(dict(court=court["name"], case_number=case, amount=b["amount"], state="active",
                                   start=st.isoformat(), end=(st + dt.timedelta(days=3 * 365 - 1)).isoformat()))
    if spec.get("other_freeze"):
        oc = court_info(pack, rng)
        while oc["name"] == court["name"]:
            oc = court_info(pack, rng)
        st = ruling_date - dt.timedelta(days=rng.randrange(60, 400))
        rec["freezes"].append(dict(court=oc["name"], case_number=f"（{st.year:d}）{oc['code']}执{rng.randrange(100, 9999):d}号",
                                   amount=money(bal * rng.uniform(1.0, 2.0)), state="active",
                                   start=st.isoformat(), end=(st + dt.timedelta(days=3 * 365 - 1)).isoformat()))
    decoys = []
    for _ in range(rng.randrange(1, 3)):
        dp = person(rng, pack, court, used)
        decoys.append(dict(id_number=dp["id"], name=dp["name"], account_number=f"{rng.randrange(10**11, 10**12):012d}",
                           balance=money(rng.uniform(1000, 90000)), status="depositing", loans=[], freezes=[]))
    accounts = decoys if spec.get("absent") else [*decoys[:1], rec, *decoys[1:]]
    with open(os.path.join(bdir, "accounts.json"), "w", encoding="utf-8") as f:
        json.dump(accounts, f, ensure_ascii=False, indent=1)
    # ---------------------------------------------------------------- defects
    for d in docs:
        if spec.get("name_mismatch") and d["type"] == "assist_notice":
            defects.append(dict(source=d["source"], page=d["pages"][0], kind="text", what="respondent name {} vs {}".format(b["notice_respondent"]["name"], rp["name"])))
        if spec.get("id_mismatch") and d["type"] == "assist_notice":
            defects.append(dict(source=d["source"], page=d["pages"][0], kind="text", what="respondent id {} vs {}".format(b["notice_respondent"]["id"], rp["id"])))
        if spec.get("case_mismatch") and d["type"] == "ruling":
            defects.append(dict(source=d["source"], page=d["pages"][0], kind="text", what="case number {} vs {}".format(b["ruling_case"], case)))
    # ---------------------------------------------------------------- truth
    tdocs = []
    for d in docs:
        e = dict(type=d["type"], source=d["source"], pages=d["pages"])
        if "sealed" in d:
            e["sealed"] = d["sealed"]
        tdocs.append(e)
    truth = dict(
        generator=NAME, split="heldout" if idx % 3 == 2 else "dev", pack=pack, today=today.isoformat(),
        accounts="accounts.json",
        request=dict(action="deduct", measure=None, court=court["name"], case_number=case,
                     respondent=dict(name=b["notice_respondent"]["name"], id_number=b["notice_respondent"]["id"]),
                     applicant=dict(name=ap["name"]), amount=b["amount"], freeze_period=None,
                     account_number=b["printed_account"], officers=[dict(name=o["name"]) for o in officers],
                     documents=tdocs),
        expected_decision=spec["decision"], expected_missing_materials=sorted(spec.get("missing", [])),
        scenario=f"{slug}/{variant:d}: {spec['why']} -> {spec['decision']}",
        defects=defects,
    )
    # expected text for selfcheck of born-digital pages: stored outside the bundle
    checks = []
    for d in docs:
        if "_pages" in d and d["source"].endswith(".pdf") and not d["source"].startswith(("scan_", "bundle_", "court_")) \
                and not d["source"].endswith(("_scan.pdf", "_copy.pdf")):
            for pn, pg in zip(d["pages"], d["_pages"], strict=False):
                checks.append(dict(source=d["source"], page=pn, lines=[t for t in pg.texts if len(t) >= 6][:6]))
    with open(os.path.join(bdir, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return os.path.basename(bdir), checks


def main(argv=None):
    ap = argparse.ArgumentParser(prog="bench.corpus.sandpiper")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=27)
    ap.add_argument("--seed", default="1")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    allchecks = {}
    for i in range(a.count):
        name, checks = build_bundle(i, a.seed, a.out)
        allchecks[name] = checks
        print(name, flush=True)
    with open(os.path.join(a.out, ".sandpiper-textchecks.json"), "w", encoding="utf-8") as f:
        json.dump(allchecks, f, ensure_ascii=False, indent=0)
