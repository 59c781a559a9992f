"""One bundle: the case's facts, its papers, how they were handed in, accounts and truth."""
import datetime as dt
import json
import os
from decimal import Decimal

from . import papers
from .cards import draw_card, photocopy_sheet, photograph
from .draw import age_scan, jpeg_bytes, render_image, write_digital_pdf, write_image_pdf
from .grounds import INVEST, RULING_GROUND, SILENT, judgment_for
from .places import BANKS_BY, JZ_CENTRE, JZ_COURTS, OTHER_COURTS, SH_CENTRE, SH_COURTS, address
from .scenarios import JZ, SH
from .util import add_years, make_id, make_name

SH_AREAS = ["310115", "310104", "310112", "310101", "310105", "310106", "320102", "330106", "340104", "420106"]
JZ_AREAS = ["410802", "410811", "410882", "410883", "410804"]
RANKS = ["执行员", "法官助理", "审判员", "书记员", "司法警察"]


def _person(rng, used, areas, birth_years, male=None):
    male = rng.random() < 0.6 if male is None else male
    birth = dt.date(rng.choice(birth_years), rng.randint(1, 12), rng.randint(1, 28))
    area = rng.choice(areas)
    return {"name": make_name(rng, used), "male": male, "birth": birth, "id": make_id(rng, area, birth, male),
            "addr": address(rng, area)}


def context(rng, nnn, v):
    """Every fact of the case the papers will print."""
    used = set()
    pack = v["pack"]
    c = {"pack": pack, "action": v["action"], "rng_i": rng.randrange(0, 6), "v": v,
         "preservation": v.get("preservation"), "unsealed_notice": v.get("unsealed_notice")}
    today = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randrange(0, 270))
    c["today"] = today
    if pack == SH:
        pool = OTHER_COURTS if v.get("other_court") else SH_COURTS
        court, code, _carea, district = rng.choice(pool)
        c["addressee"] = SH_CENTRE + (f"{district}管理部" if district and rng.random() < 0.6 else "")
        c["centre"] = SH_CENTRE
        areas = SH_AREAS
    else:
        court, code, _carea = rng.choice(JZ_COURTS)
        c["addressee"] = JZ_CENTRE
        c["centre"] = JZ_CENTRE
        areas = JZ_AREAS
    c.update(court=court, court_code=code, court_j=court)
    c["notice_date"] = today - dt.timedelta(days=rng.randint(1, 6))
    c["ruling_date"] = c["notice_date"] - dt.timedelta(days=rng.randint(0, 8))
    c["filed_date"] = c["ruling_date"] - dt.timedelta(days=rng.randint(20, 150))
    c["judgment_date"] = c["filed_date"] - dt.timedelta(days=rng.randint(30, 120))
    c["civil_filed"] = c["judgment_date"] - dt.timedelta(days=rng.randint(40, 110))
    c["apply_date"] = c["ruling_date"] - dt.timedelta(days=rng.randint(0, 3))
    years = range(1958, 1962) if v.get("retired_by_id") else range(1978, 1996)
    c["resp"] = _person(rng, used, areas, years, male=True if v.get("retired_by_id") else None)
    appl_years = range(2010, 2016) if v.get("ground") == "support" else (
        range(1945, 1955) if v.get("ground") == "elder" else range(1960, 1998))
    c["appl"] = _person(rng, used, areas, appl_years)
    if v.get("bank_applicant"):
        c["appl"] = {"name": "中国建设银行股份有限公司上海市分行", "org": True, "addr": "上海市浦东新区银城中路200号", "id": ""}
    # case numbers
    kind = "执恢" if v.get("resumed") else "执"
    if v.get("preservation"):
        kind = "执保"
    n = rng.randint(100, 19999)
    cn = f"（{c['filed_date'].year}）{code}{kind}{n}号"
    if v.get("preservation"):
        cn = f"（{c['ruling_date'].year}）{code}执保{n}号"
    c["case_no"] = cn
    c["case_no_printed"] = cn.replace("（", "(").replace("）", ")") if rng.random() < 0.3 else cn
    civil_kind = "财保" if v.get("preservation") == "pre" else "民初"
    cyear = c["ruling_date"].year if v.get("preservation") else c["civil_filed"].year
    c["civil_no"] = f"（{cyear}）{code}{civil_kind}{rng.randint(100, 29999)}号"
    if v.get("preservation") == "pre":
        c["p_role_a"], c["p_role_b"] = "申请人", "被申请人"
    elif v.get("preservation"):
        c["p_role_a"], c["p_role_b"] = ("原告", "被告") if rng.random() < 0.6 else ("申请人", "被申请人")
    # judgment and amount
    cause, jdg, amt = judgment_for(rng, v.get("ground", "loan"), v.get("where", "none"), c)
    c["cause"], c["jdg"] = cause, jdg
    if v.get("preservation") or v["action"] != "deduct":
        amt = f"{rng.randrange(200, 3000) * 100}.00"
    c["amount"] = amt
    c["fee"] = rng.randrange(10, 90) * 50
    c["judges"] = [make_name(rng, used) for _ in range(3)]
    c["clerk"] = make_name(rng, used)
    c["phone"] = (f"021-{rng.randint(50000000, 69999999)}" if court.startswith("上海") else
                  f"0391-{rng.randint(2000000, 8999999)}" if pack == JZ else f"0{rng.randint(20, 29)}-{rng.randint(50000000, 89999999)}")
    c["court_account"] = "".join(str(rng.randint(0, 9)) for _ in range(19))
    c["court_bank"] = rng.choice(BANKS_BY[code[0]])
    c["account_number"] = "".join(str(rng.randint(0, 9)) for _ in range(12 if pack == SH else 11))
    c["account_in_notice"] = rng.random() < 0.5
    # officers
    nof = 1 if v.get("one_officer") else 2
    c["officers"] = []
    for _ in range(nof):
        male = rng.random() < 0.6
        until = add_years(today, rng.randint(1, 4))
        c["officers"].append({"name": make_name(rng, used), "male": male, "rank": rng.choice(RANKS[:3]),
                              "work_no": f"{code}{rng.randint(1000, 9999)}", "duty_no": f"{rng.randint(10000000, 99999999)}",
                              "duty_until": until})
    if v.get("expired_duty"):
        c["officers"][1]["duty_until"] = today - dt.timedelta(days=rng.randint(10, 200))
    # period
    if v["action"] in ("freeze", "renew_freeze") and not v.get("no_period"):
        yrs = v.get("period_years", 3 if pack == SH or rng.random() < 0.6 else 1)
        if v["action"] == "renew_freeze":
            s0 = add_years(today, -3) + dt.timedelta(days=rng.randint(20, 60))
            c["old_period"] = (s0, add_years(s0, 3) - dt.timedelta(days=1))
            start = c["old_period"][1] + dt.timedelta(days=1)
        else:
            start = c["notice_date"]
        c["period"] = (start, add_years(start, yrs) - dt.timedelta(days=1))
        c["period_words"] = {1: "一年", 2: "二年", 3: "三年", 4: "四年"}[yrs]
    else:
        c["period"] = None
        c["period_words"] = "三年"
    if v["action"] == "unfreeze":
        s0 = today - dt.timedelta(days=rng.randint(100, 600))
        c["old_period"] = (s0, add_years(s0, 3) - dt.timedelta(days=1))
        c["unfreeze_reason"] = rng.choice(["被执行人已履行完毕生效法律文书确定的全部义务", "双方当事人已自行达成和解协议并履行完毕",
                                           "申请执行人撤回执行申请"])
    # the respondent as the ruling prints it
    c["ruling_resp"] = dict(c["resp"])
    if v.get("id_mismatch"):
        r = c["resp"]
        c["ruling_resp"]["id"] = make_id(rng, r["id"][:6], r["birth"], r["male"])
        while c["ruling_resp"]["id"] == r["id"]:
            c["ruling_resp"]["id"] = make_id(rng, r["id"][:6], r["birth"], r["male"])
    if v.get("name_mismatch"):
        nm = c["resp"]["name"]
        alt = {"伟": "玮", "芳": "方", "静": "婧", "丽": "莉", "强": "锵", "磊": "蕾", "军": "君", "杰": "洁", "明": "铭", "华": "桦"}
        last = nm[-1]
        c["ruling_resp"]["name"] = nm[:-1] + alt.get(last, "晓" if last != "晓" else "小")
    # investigation and grounds
    inv = v.get("invest")
    if isinstance(inv, int):
        c["invest_text"] = INVEST[inv]
    elif isinstance(inv, tuple):
        c["invest_text"] = SILENT[inv[1]]
    else:
        c["invest_text"] = INVEST[rng.randrange(len(INVEST))] if v["action"] == "deduct" else ""
    if v.get("where") == "ruling" or "judgment" in v.get("drop", []):
        c["ruling_ground"] = RULING_GROUND.get(v["ground"], "")
    if v.get("claim_only") == "emigrate":
        c["notice_ground"] = rng.choice([f"被执行人{c['resp']['name']}已出境定居，符合住房公积金提取条件。",
                                         f"据申请执行人反映，被执行人{c['resp']['name']}已于{c['filed_date'].year - 1}年移居境外定居。"])
    if v.get("claim_only") == "dibao":
        c["notice_ground"] = rng.choice([f"申请执行人{c['appl']['name']}系享受城镇最低生活保障人员，生活困难。",
                                         f"本案申请执行人{c['appl']['name']}为最低生活保障对象，请予优先协助。"])
    if v.get("xianyu"):
        c["basis_doc"] = f"{c['civil_no']}之一民事裁定书（先予执行）"
        c["jdg"] = dict(jdg, title="民事裁定书", verb="裁定如下",
                        orders=[f"被告{c['resp']['name']}于本裁定生效之日起五日内先予给付原告{c['appl']['name']}抚养费人民币{amt}元。",
                                "本裁定立即执行。"],
                        reasons="原告生活确有困难，其申请先予执行抚养费符合法律规定。",
                        law="《中华人民共和国民事诉讼法》第一百零九条、第一百一十条")
        c["civil_no"] = c["civil_no"][:-1] + "号之一"
    c["proof"] = v.get("proof")
    c["proof_date"] = c["filed_date"] - dt.timedelta(days=rng.randint(30, 300))
    c["police"] = "上海市公安局浦东分局花木派出所"
    c["civil_affairs"] = rng.choice(["上海市浦东新区民政局", "上海市徐汇区民政局", "上海市闵行区民政局"])
    return c


def documents(c):
    """The court's papers in this bundle (Doc list), by pack and action, less what is dropped."""
    v, act = c["v"], c["action"]
    docs = []
    if act == "query":
        if c["pack"] == JZ:
            docs += [papers.query_form(c, with_id=not v.get("query_no_id")), papers.notice(c)]
        else:
            docs += [papers.intro_letter(c)]
    else:
        docs += [papers.notice(c), papers.ruling(c)]
        if act == "deduct":
            docs.append(papers.judgment(c))
            if c["proof"]:
                docs.append(papers.ground_proof(c))
        if c["pack"] == SH and c["rng_i"] % 4 == 3:
            docs.append(papers.intro_letter(c))
    if "ruling" in v.get("drop", []) and c.get("invest_text") and act == "deduct":
        docs[0].blocks.insert(6, ("para", "二、" + c["invest_text"]))
    docs = [d for d in docs if d.dtype not in v.get("drop", [])]
    cards = []
    if not v.get("no_cards"):
        for k, o in enumerate(c["officers"]):
            if c["pack"] == JZ:
                cards.append(papers.work_id(c, o))
                if not (v.get("one_duty_missing") and k == 1):
                    cards.append(papers.duty_cert(c, o))
            else:
                style = c["rng_i"] % 3
                cards.append(papers.work_id(c, o) if style != 1 else papers.duty_cert(c, o))
                if style == 2 and k == 0:
                    cards.append(papers.duty_cert(c, o))
    return docs, cards


def accounts(c, rng):
    v = c["v"]
    if v.get("no_accounts"):
        return None
    amt = Decimal(c["amount"])
    bal = amt * Decimal(rng.uniform(0.3, 0.7)) if v.get("low_balance") else amt * Decimal(rng.uniform(1.2, 3.0))
    rec = {"id_number": c["resp"]["id"], "name": c["resp"]["name"], "account_number": c["account_number"],
           "balance": f"{bal:.2f}", "status": "depositing", "monthly_deposit": f"{rng.randrange(8, 60) * 100}.00",
           "loans": v.get("loan", []), "contracted_withdrawal": bool(v.get("contracted")), "freezes": []}
    if v.get("retired_by_id"):
        rec["status"], rec["retired"] = "sealed", True
        rec.pop("monthly_deposit")
    if v.get("status"):
        rec["status"] = v["status"]
    if c.get("old_period") or v.get("own_freeze"):
        s0, e0 = c.get("old_period") or (c["filed_date"] + dt.timedelta(days=5), add_years(c["filed_date"] + dt.timedelta(days=5), 3))
        rec["freezes"].append({"court": c["court"], "case_number": c["case_no"], "amount": c["amount"], "state": "active",
                               "start": s0.isoformat(), "end": e0.isoformat()})
    if v.get("other_freeze"):
        s0 = c["today"] - dt.timedelta(days=rng.randint(60, 400))
        oc = rng.choice([x for x in SH_COURTS if x[0] != c["court"]])
        rec["freezes"].append({"court": oc[0], "case_number": f"（{s0.year}）{oc[1]}执{rng.randint(100, 9999)}号",
                               "amount": f"{rng.randrange(100, 900) * 100}.00", "state": "active",
                               "start": s0.isoformat(), "end": (add_years(s0, 3) - dt.timedelta(days=1)).isoformat()})
    used = {c["resp"]["name"], c["appl"]["name"]}
    out = [] if v.get("absent") else [rec]
    for _ in range(rng.randint(1, 3)):
        p = _person(rng, used, [c["resp"]["id"][:6]], range(1970, 1999))
        out.append({"id_number": p["id"], "name": p["name"], "account_number": "".join(str(rng.randint(0, 9)) for _ in range(12)),
                    "balance": f"{rng.randrange(1000, 200000)}.{rng.randint(0, 99):02d}", "status": "depositing",
                    "loans": [], "contracted_withdrawal": False, "freezes": []})
    rng.shuffle(out)
    return out


LAYOUTS = ["one_digital", "per_doc_digital", "one_scan", "images", "mixed"]


def hand_in(c, docs, cards, folder, rng):
    """Write the files as a clerk would receive them; return [(file, doc, pages)] and drawn texts."""
    lay = LAYOUTS[rng.randrange(len(LAYOUTS))]
    body = rng.choice(["ming", "ming", "kai", "hei"])
    placed = []

    def scans(doc, copy=False, flip_one=False):
        ims = render_image(doc, rng, body=body)
        return [age_scan(im, rng, copy=copy or doc.copy, upside_down=flip_one and k == 0) for k, im in enumerate(ims)]

    if lay == "one_digital":
        for d, pages in write_digital_pdf(docs, os.path.join(folder, "materials.pdf"), rng, body):
            placed.append(("materials.pdf", d, pages))
    elif lay == "per_doc_digital":
        for d in docs:
            fn = f"{d.name}.pdf"
            for dd, pages in write_digital_pdf([d], os.path.join(folder, fn), rng, body):
                placed.append((fn, dd, pages))
    elif lay in ("one_scan",):
        ims, spans = [], []
        flip = rng.random() < 0.4
        for d in docs:
            pg = scans(d, flip_one=flip and d.dtype == "ruling")
            spans.append((d, len(ims), len(pg)))
            ims += pg
        if cards:
            per = 2 if rng.random() < 0.5 else 1
            for k in range(0, len(cards), per):
                group = cards[k:k + per]
                ims.append(photocopy_sheet([draw_card(g, rng) for g in group], rng))
                for g in group:
                    spans.append((g, len(ims) - 1, 1))
        order = list(range(len(ims)))
        if rng.random() < 0.5:
            rng.shuffle(order)
        write_image_pdf([ims[i] for i in order], os.path.join(folder, "scan.pdf"), rng)
        pos = {old: new + 1 for new, old in enumerate(order)}
        for d, first, cnt in spans:
            placed.append(("scan.pdf", d, sorted(pos[first + i] for i in range(cnt))))
        cards = []
    elif lay == "images":
        n = 0
        for d in docs:
            for im in scans(d):
                n += 1
                fn = f"page_{n:02d}.jpg"
                with open(os.path.join(folder, fn), "wb") as f:
                    f.write(jpeg_bytes(im, rng))
                placed.append((fn, d, [1]))
    else:  # mixed
        first, rest = docs[:1], docs[1:]
        for d, pages in write_digital_pdf(first, os.path.join(folder, "notice.pdf"), rng, body):
            placed.append(("notice.pdf", d, pages))
        if rest:
            ims, spans = [], []
            for d in rest:
                pg = scans(d)
                spans.append((d, len(ims) + 1, len(pg)))
                ims += pg
            write_image_pdf(ims, os.path.join(folder, "papers_scan.pdf"), rng)
            for d, a, cnt in spans:
                placed.append(("papers_scan.pdf", d, list(range(a, a + cnt))))
    ext = "png" if lay == "mixed" else "jpg"
    for k, cd in enumerate(cards, 1):
        im = photograph(draw_card(cd, rng), rng)
        fn = f"card_{k}.{ext}"
        p = os.path.join(folder, fn)
        if ext == "png":
            im.save(p, "PNG", optimize=True)
        else:
            with open(p, "wb") as f:
                f.write(jpeg_bytes(im, rng))
        placed.append((fn, cd, [1]))
    return lay, placed


def truth(c, nnn, placed, docs, cards, acc):
    v = c["v"]
    dec, missing = v["expect"]
    act = c["action"]
    period = None
    if c.get("period"):
        period = {"start": c["period"][0].isoformat(), "end": c["period"][1].isoformat()}
    names = []
    for _, d, _ in placed:
        if d.card and d.card["fields"][0][1] not in names:
            names.append(d.card["fields"][0][1])
    if not names:
        names = [o["name"] for o in c["officers"]]
    defects = []
    for fn, d, pages in placed:
        if d.dtype == "assist_notice" and v.get("unsealed_notice"):
            defects.append({"source": fn, "page": pages[0], "kind": "notice without court seal"})
        if d.dtype == "ruling" and (v.get("id_mismatch") or v.get("name_mismatch")):
            defects.append({"source": fn, "page": pages[0], "kind": "respondent differs from the notice"})
        if d.dtype == "query_form" and v.get("query_no_id"):
            defects.append({"source": fn, "page": pages[0], "kind": "query form without ID number"})
        if d.dtype == "duty_cert" and v.get("expired_duty") and d.card["fields"][0][1] == c["officers"][1]["name"]:
            defects.append({"source": fn, "page": pages[0], "kind": "duty certificate expired"})
        if d.dtype == "assist_notice" and (v.get("period_years", 3) > 3 or v.get("no_period")):
            defects.append({"source": fn, "page": pages[0], "kind": "freeze period over limit" if not v.get("no_period") else "no freeze period"})
        if d.dtype == "ruling" and isinstance(v.get("invest"), tuple):
            defects.append({"source": fn, "page": pages[0], "kind": "no statement of property investigation"})
    for t in v.get("drop", []):
        defects.append({"source": None, "page": None, "kind": f"missing {t}"})
    if v.get("one_duty_missing"):
        defects.append({"source": None, "page": None, "kind": "missing duty_cert of the second officer"})
    return {
        "generator": "plover",
        "split": "heldout" if nnn % 3 == 2 else "dev",
        "pack": c["pack"],
        "today": c["today"].isoformat(),
        "accounts": "accounts.json" if acc is not None else None,
        "request": {
            "action": act, "measure": None, "court": c["court"], "case_number": c["case_no"],
            "respondent": {"name": c["resp"]["name"], "id_number": c["resp"]["id"]},
            "applicant": {"name": c["appl"]["name"]},
            "amount": None if act == "query" else f"{Decimal(c['amount']):.2f}",
            "freeze_period": period,
            "account_number": c["account_number"] if c["account_in_notice"] and act != "query" else None,
            "officers": [{"name": n} for n in names],
            "documents": [{"type": d.dtype} for d in docs + cards],
        },
        "expected_decision": dec,
        "expected_missing_materials": list(missing),
        "scenario": f"{v['kind']}/{nnn % 3}: {v['why']} -> {dec}",
        "defects": defects,
    }


def build(nnn, v, out, rng):
    c = context(rng, nnn, v)
    folder = os.path.join(out, f"plover-{nnn:03d}-{c['pack']}-{c['action']}")
    os.makedirs(folder, exist_ok=True)
    docs, cards = documents(c)
    acc = accounts(c, rng)
    lay, placed = hand_in(c, docs, cards, folder, rng)
    if acc is not None:
        with open(os.path.join(folder, "accounts.json"), "w", encoding="utf-8") as f:
            json.dump(acc, f, ensure_ascii=False, indent=1)
    t = truth(c, nnn, placed, docs, cards, acc)
    t["layout"] = lay
    with open(os.path.join(folder, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=1)
    index = {id(d): k for k, d in enumerate(docs + cards)}
    drawn = [{"doc": index[id(d)], "source": fn, "type": d.dtype, "pages": pages, "text": d.text()} for fn, d, pages in placed]
    return os.path.basename(folder), drawn
