"""python -m bench.corpus.curlew.selfcheck DIR

Checks every curlew bundle under DIR: truth.json shape and internal consistency, that
each referenced file exists and has the pages named, that no input file is left
unreferenced, ID check digits, dates, accounts.json shape, that born-digital PDFs carry
the text meant (respondent, case number), that raster pages are not blank, and that an
independent re-derivation of the decision from request + accounts agrees with the truth."""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pymupdf as fitz
from PIL import Image

from .data import id_valid

DOC_TYPES = {"assist_notice", "ruling", "judgment", "query_form", "intro_letter", "work_id", "duty_cert",
             "ground_proof", "other"}
DECISIONS = {"assist", "decline", "needs_correction", "needs_facts"}
ACTIONS = {"query", "freeze", "renew_freeze", "unfreeze", "deduct"}
PAPER_DEFECTS = {"jz_query_form_no_id", "sh_preserve_respondent_mismatch", "sh_freeze_expired_card",
                 "sh_renew_after_lapse"}
REQ_KEYS = ["action", "measure", "court", "case_number", "respondent", "applicant", "amount", "freeze_period",
            "account_number", "officers", "documents"]


def _years_between(s: dt.date, e: dt.date) -> bool:
    """True when [s, e] is at most three years."""
    try:
        lim = s.replace(year=s.year + 3)
    except ValueError:
        lim = s.replace(year=s.year + 3, day=28)
    return e < lim


def derive(truth: dict, accounts) -> str:
    """My own reading of the packs, recomputed from the request and the accounts only."""
    req, pack = truth["request"], truth["pack"]
    today = dt.date.fromisoformat(truth["today"])
    label = truth["scenario"].split(" ")[0]
    types = Counter(d["type"] for d in req["documents"])
    act = req["action"]
    nc = label in PAPER_DEFECTS
    if pack == "shanghai-2021":
        if not (types["work_id"] or types["duty_cert"]):
            nc = True
        if act == "query":
            nc |= not (types["intro_letter"] or types["query_form"])
        else:
            nc |= not (types["assist_notice"] and types["ruling"])
    else:
        n = len(req["officers"])
        nc |= n < 2 or types["work_id"] < 2 or types["duty_cert"] < 2
        if act == "query":
            nc |= not (types["query_form"] and types["assist_notice"])
        else:
            nc |= not (types["assist_notice"] and types["ruling"])
    if act in ("freeze", "renew_freeze"):
        fp = req["freeze_period"]
        if req["amount"] is None and pack == "jiaozuo-2024":
            nc = True
        if fp is None:
            nc |= pack == "jiaozuo-2024"
        else:
            s, e = dt.date.fromisoformat(fp["start"]), dt.date.fromisoformat(fp["end"])
            nc |= e < s or not _years_between(s, e) or e < today
    if act == "query":
        return "needs_correction" if nc else "assist"
    rec = None
    if accounts is not None:
        rec = next((a for a in accounts if a["id_number"] == req["respondent"]["id_number"]), None)
    if rec is not None:
        if rec["status"] == "closed" and act != "unfreeze":
            return "decline"
        if act in ("freeze", "renew_freeze"):
            if rec.get("contracted_withdrawal") and pack == "shanghai-2021":
                return "decline"
            for ln in rec.get("loans", []):
                if ln.get("settled"):
                    continue
                if pack == "jiaozuo-2024":
                    return "decline"
                if ln["role"] in ("borrower", "co_borrower") and not ln.get("case_about_this_loan"):
                    return "decline"
        if act == "unfreeze":
            own = [f for f in rec.get("freezes", []) if f["case_number"] == req["case_number"]]
            if not own:
                return "decline"
    if nc:
        return "needs_correction"
    if rec is None:
        return "needs_facts"
    return "assist"


def _pages(path: Path) -> int:
    if path.suffix.lower() == ".pdf":
        return fitz.open(path).page_count
    Image.open(path).verify()
    return 1


def check_bundle(folder: Path) -> list[str]:
    errs = []
    e = errs.append
    m = re.fullmatch(r"curlew-(\d{3})-(shanghai-2021|jiaozuo-2024)-(\w+)", folder.name)
    if not m:
        return [f"bad folder name {folder.name}"]
    nnn, pack, action = int(m.group(1)), m.group(2), m.group(3)
    try:
        t = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    except Exception as ex:
        return [f"truth.json unreadable: {ex}"]
    if t.get("generator") != "curlew":
        e("generator")
    if t.get("split") != ("heldout" if nnn % 3 == 2 else "dev"):
        e("split does not follow NNN % 3")
    if t.get("pack") != pack:
        e("pack differs from folder")
    today = dt.date.fromisoformat(t["today"])
    if not dt.date(2026, 6, 1) <= today <= dt.date(2026, 11, 30):
        e("today out of range")
    req = t["request"]
    for k in REQ_KEYS:
        if k not in req:
            e(f"request lacks {k}")
    if req["action"] != action or action not in ACTIONS:
        e("action differs from folder")
    if not re.fullmatch(r"（\d{4}）.+号", req["case_number"] or ""):
        e("case number form")
    rid = (req["respondent"] or {}).get("id_number")
    if not rid or not id_valid(rid):
        e(f"respondent id invalid {rid}")
    if req["amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", req["amount"]):
        e("amount form")
    if action == "query" and (req["amount"] or req["freeze_period"]):
        e("query with amount or period")
    fp = req["freeze_period"]
    if fp:
        s, en = dt.date.fromisoformat(fp["start"]), dt.date.fromisoformat(fp["end"])
        if en < s:
            e("period end before start")
    if t["expected_decision"] not in DECISIONS:
        e("decision enum")
    if not set(t["expected_missing_materials"]) <= DOC_TYPES:
        e("missing materials codes")
    if t["expected_missing_materials"] and t["expected_decision"] not in ("needs_correction", "decline"):
        e("missing materials with a decision that does not ask for papers")
    if t["expected_decision"] == "assist" and t["defects"]:
        e("assist with defects")
    if t["expected_decision"] != "assist" and not t["defects"]:
        e("non-assist without a defect recorded")
    if not req["officers"]:
        e("no officers")
    # files
    inputs = {p.name for p in folder.iterdir() if p.name not in ("truth.json", "accounts.json")}
    seen = set()
    for d in req["documents"]:
        if d["type"] not in DOC_TYPES:
            e(f"doc type {d['type']}")
        p = folder / d["source"]
        if not p.exists():
            e(f"missing file {d['source']}")
            continue
        seen.add(d["source"])
        n = _pages(p)
        if not d["pages"] or max(d["pages"]) > n or min(d["pages"]) < 1:
            e(f"{d['source']}: pages {d['pages']} outside 1..{n}")
    if inputs - seen:
        e(f"unreferenced input files {sorted(inputs - seen)}")
    # accounts
    acc = None
    if t["accounts"] is not None:
        ap = folder / t["accounts"]
        if not ap.exists():
            e("accounts file missing")
        else:
            acc = json.loads(ap.read_text(encoding="utf-8"))
            for a in acc:
                for k in ("id_number", "name", "account_number", "balance", "status"):
                    if k not in a:
                        e(f"account lacks {k}")
                if not id_valid(a["id_number"]):
                    e("account id check digit")
                if not re.fullmatch(r"\d+\.\d{2}", a["balance"]) or a["status"] not in ("depositing", "sealed", "closed"):
                    e("account balance/status form")
                for f in a.get("freezes", []):
                    if f["state"] not in ("active", "queued"):
                        e("freeze state")
    elif (folder / "accounts.json").exists():
        e("accounts.json present but truth says null")
    # drawn text in born-digital PDFs; raster pages not blank
    digits = re.sub(r"\D", "", req["case_number"])
    for d in req["documents"]:
        p = folder / d["source"]
        if not p.exists():
            continue
        if p.suffix == ".pdf":
            doc = fitz.open(p)
            for pn in d["pages"]:
                pg = doc[pn - 1]
                txt = pg.get_text()
                if txt.strip():
                    preserve = "preserve" in t["scenario"].split(" ")[0]
                    if preserve and d["type"] == "ruling":
                        if pn == d["pages"][0] and not re.search(r"(财保|民初)\d+号", txt):
                            e(f"{d['source']} p{pn}: preservation ruling number not in text layer")
                    elif pn == d["pages"][0] and digits not in re.sub(r"\D", "", txt):
                        e(f"{d['source']} p{pn}: case number not in text layer")
                    if d["type"] == "assist_notice" and pn == d["pages"][0] and req["respondent"]["name"] not in txt.replace("\n", ""):
                        e(f"{d['source']}: respondent not in text layer")
                else:
                    pm = pg.get_pixmap(dpi=40)
                    a = np.frombuffer(pm.samples, dtype=np.uint8)
                    if a.std() < 4:
                        e(f"{d['source']} p{pn}: blank raster page")
        else:
            a = np.asarray(Image.open(p).convert("L").resize((200, 200)))
            if a.std() < 4:
                e(f"{d['source']}: blank image")
    # independent re-derivation
    got = derive(t, acc)
    if got != t["expected_decision"]:
        e(f"re-derived decision {got} != expected {t['expected_decision']}")
    return errs


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__)
        return 2
    root = Path(argv[0])
    bundles = sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith("curlew-"))
    bad = 0
    tally = Counter()
    for b in bundles:
        errs = check_bundle(b)
        t = json.loads((b / "truth.json").read_text(encoding="utf-8")) if (b / "truth.json").exists() else {}
        tally[(t.get("split"), t.get("expected_decision"))] += 1
        status = "ok" if not errs else "FAIL"
        print(f"{status:4} {b.name}  {t.get('expected_decision', '?')}")
        for x in errs:
            print(f"     - {x}")
        bad += bool(errs)
    print(f"{len(bundles)} bundles, {bad} failing; " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(tally.items())))
    return 1 if bad or not bundles else 0


if __name__ == "__main__":
    raise SystemExit(main())
