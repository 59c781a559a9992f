"""python -m bench.corpus.sandpiper.selfcheck DIR: truth consistency and drawn files."""
import json
import os
import re
import sys

import pymupdf
from PIL import Image

from .people import id_valid

DECISIONS = {"assist", "decline", "needs_correction", "needs_facts"}
TYPES = {"assist_notice", "ruling", "judgment", "query_form", "intro_letter", "work_id", "duty_cert", "ground_proof", "other"}
REQ = ["action", "court", "case_number", "respondent", "applicant", "amount", "freeze_period", "account_number",
       "officers", "documents", "measure"]


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def page_count(path):
    if path.lower().endswith(".pdf"):
        return len(pymupdf.open(path))
    Image.open(path).verify()
    return 1


def check_bundle(bdir, textchecks):
    errs = []
    name = os.path.basename(bdir)
    m = re.match(r"^sandpiper-(\d{3})-(shanghai-2021|jiaozuo-2024)-deduct$", name)
    if not m:
        return ["bad folder name"]
    t = load_json(os.path.join(bdir, "truth.json"))
    nnn = int(m.group(1))
    if t.get("generator") != "sandpiper":
        errs.append("generator")
    if t.get("split") != ("heldout" if nnn % 3 == 2 else "dev"):
        errs.append("split")
    if t.get("pack") != m.group(2):
        errs.append("pack")
    if not ("2026-06-01" <= t.get("today", "") <= "2026-11-30"):
        errs.append("today out of range")
    if t.get("expected_decision") not in DECISIONS:
        errs.append("decision")
    r = t["request"]
    for k in REQ:
        if k not in r:
            errs.append("request lacks " + k)
    if r["action"] != "deduct" or r["measure"] is not None or r["freeze_period"] is not None:
        errs.append("action/measure/period")
    if not re.match(r"^（\d{4}）(沪|豫)\d{4}执恢?\d+号$", r["case_number"] or ""):
        errs.append("case number " + str(r["case_number"]))
    if not id_valid(r["respondent"]["id_number"]):
        errs.append("respondent id check digit")
    if not re.match(r"^\d+\.\d{2}$", r["amount"] or ""):
        errs.append("amount format")
    for mm in t.get("expected_missing_materials", []):
        if mm not in TYPES:
            errs.append("missing code " + mm)
        if any(d["type"] == mm for d in r["documents"]):
            errs.append(f"missing {mm} but present")
    counts = {}
    for d in r["documents"]:
        if d["type"] not in TYPES:
            errs.append("doc type " + d["type"])
        p = os.path.join(bdir, d["source"])
        if not os.path.isfile(p):
            errs.append("no file " + d["source"])
            continue
        if d["source"] not in counts:
            try:
                counts[d["source"]] = page_count(p)
            except Exception as e:
                errs.append("unreadable {}: {}".format(d["source"], e))
                counts[d["source"]] = 0
        if not d["pages"] or max(d["pages"]) > counts[d["source"]] or min(d["pages"]) < 1:
            errs.append("pages out of range in " + d["source"])
    # every input file is referenced
    for f in os.listdir(bdir):
        if f in ("truth.json", "accounts.json"):
            continue
        if not any(d["source"] == f for d in r["documents"]):
            errs.append("unreferenced file " + f)
    types = [d["type"] for d in r["documents"]]
    for need in ("assist_notice", "ruling"):
        if need not in types:
            errs.append("no " + need)
    if t.get("accounts"):
        acc = load_json(os.path.join(bdir, t["accounts"]))
        for a in acc:
            for k in ("id_number", "name", "account_number", "balance", "status"):
                if k not in a:
                    errs.append("account lacks " + k)
            if not id_valid(a["id_number"]):
                errs.append("account id check digit")
        present = any(a["id_number"] == r["respondent"]["id_number"] for a in acc)
        if present == (t["expected_decision"] == "needs_facts"):
            errs.append("needs_facts iff respondent absent from accounts")
    # consistency of decision with missing materials
    if t["expected_missing_materials"] and t["expected_decision"] != "needs_correction":
        errs.append("missing materials but not needs_correction")
    # officers: every officer has a card document
    off = {o["name"] for o in r["officers"]}
    if not off:
        errs.append("no officers")
    for dfc in t.get("defects", []):
        if not os.path.isfile(os.path.join(bdir, dfc["source"])):
            errs.append("defect source missing")
    # text layer of born-digital pages
    for c in textchecks.get(name, []):
        doc = pymupdf.open(os.path.join(bdir, c["source"]))
        txt = re.sub(r"\s", "", doc[c["page"] - 1].get_text())
        for line in c["lines"]:
            if re.sub(r"\s", "", line) not in txt:
                errs.append(f"text not found on {c['source']} p{c['page']:d}: {line[:20]}")
                break
    return errs


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    if not argv:
        print("usage: python -m bench.corpus.sandpiper.selfcheck DIR")
        return 2
    root = argv[0]
    tc_path = os.path.join(root, ".sandpiper-textchecks.json")
    textchecks = load_json(tc_path) if os.path.exists(tc_path) else {}
    bad = 0
    n = 0
    tally = {}
    for name in sorted(os.listdir(root)):
        bdir = os.path.join(root, name)
        if not os.path.isdir(bdir) or not os.path.exists(os.path.join(bdir, "truth.json")):
            continue
        n += 1
        errs = check_bundle(bdir, textchecks)
        t = load_json(os.path.join(bdir, "truth.json"))
        key = (t["split"], t["expected_decision"])
        tally[key] = tally.get(key, 0) + 1
        if errs:
            bad += 1
            print("FAIL", name, "; ".join(errs))
    print(f"{n:d} bundles, {bad:d} failing")
    for k in sorted(tally):
        print(f"  {k[0]!s:<8} {k[1]!s:<17} {tally[k]:d}")
    return 1 if bad or n == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
