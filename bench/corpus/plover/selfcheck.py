"""Re-read a plover corpus and check each truth.json against what was written.

python -m bench.corpus.plover.selfcheck DIR

PDF pages with a text layer are read back with PyMuPDF; image pages are checked against
the text that was drawn on them (DIR/.plover-drawn.json). Prints one line per problem and
exits 1 if there is any.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

import pymupdf as fitz

from .util import ar_date, daxie, id_valid, money

TYPES = {"assist_notice", "ruling", "judgment", "query_form", "intro_letter", "work_id", "duty_cert", "ground_proof", "other"}
DECISIONS = {"assist", "needs_correction", "needs_facts", "decline"}


def _json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _norm(s):
    s = re.sub(r"\s+", "", s).replace("(", "（").replace(")", "）")
    return re.sub(r"—\d+—", "", s)


def _layer(folder, fn, pages):
    if not fn.endswith(".pdf"):
        return None
    with fitz.open(os.path.join(folder, fn)) as d:
        txt = "".join(d[p - 1].get_text() for p in pages)
    return txt if txt.strip() else None


def check_bundle(folder, drawn, problems):
    name = os.path.basename(folder)
    t = _json(os.path.join(folder, "truth.json"))
    say = lambda m: problems.append(f"{name}: {m}")  # noqa: E731
    nnn = int(name.split("-")[1])
    if t["split"] != ("heldout" if nnn % 3 == 2 else "dev"):
        say("split does not follow NNN % 3")
    r = t["request"]
    if not name.endswith(f"-{t['pack']}-{r['action']}"):
        say("folder name disagrees with pack/action")
    if t["expected_decision"] not in DECISIONS:
        say("unknown decision")
    today = dt.date.fromisoformat(t["today"])
    # every written doc: its text (from the text layer when there is one, else as drawn)
    texts = collections.defaultdict(list)
    for e in drawn:
        if not os.path.exists(os.path.join(folder, e["source"])):
            say(f"missing file {e['source']}")
            continue
        layer = _layer(folder, e["source"], e["pages"])
        if layer is not None:
            lay = _norm(layer)
            for line in e["text"].split("\n"):
                if _norm(line) and _norm(line) not in lay:
                    say(f"text layer of {e['source']} lacks: {line[:30]}")
                    break
            texts[e["type"]].append(lay)
        else:
            texts[e["type"]].append(_norm(e["text"]))
    got = collections.Counter({e["doc"]: e["type"] for e in drawn}.values())
    want = collections.Counter(d["type"] for d in r["documents"])
    if got != want:
        say(f"documents {dict(want)} but written {dict(got)}")
    if not set(want) <= TYPES:
        say("unknown document type")
    for m in t["expected_missing_materials"]:
        if m not in TYPES:
            say(f"unknown missing type {m}")
        if m in want and m != "duty_cert":
            say(f"{m} is both missing and present")
    main = texts.get("assist_notice") or texts.get("query_form") or texts.get("intro_letter")
    if not main:
        say("no notice-like paper to carry the request")
        return t
    head = "".join(main)
    allt = "".join("".join(v) for v in texts.values())
    if r["case_number"] not in head:
        say(f"case number {r['case_number']} not in the notice")
    if not re.fullmatch(r"（\d{4}）.+号", r["case_number"]):
        say("case number not normalised")
    resp = r["respondent"]
    if not id_valid(resp["id_number"]):
        say("respondent ID check digit wrong")
    if resp["name"] not in head:
        say("respondent name not in the notice")
    if resp["id_number"] not in allt:
        say("respondent ID nowhere in the papers")
    if r["applicant"] and r["applicant"]["name"] not in head:
        say("applicant not in the notice")
    if r["court"] not in head:
        say("court not in the notice")
    if r["amount"]:
        a = r["amount"]
        forms = [money(a), a, daxie(a), a.rstrip("0").rstrip(".")]
        if not any(f in head for f in forms):
            say(f"amount {a} not in the notice")
    if r["freeze_period"]:
        for k in ("start", "end"):
            d = dt.date.fromisoformat(r["freeze_period"][k])
            if ar_date(d) not in head and f"{d:%Y年%m月%d日}" not in head:
                say(f"freeze {k} {d} not in the notice")
    if r["account_number"] and r["account_number"] not in head:
        say("account number not in the notice")
    cards = "".join(texts.get("work_id", []) + texts.get("duty_cert", []))
    for o in r["officers"]:
        if cards and o["name"] not in cards:
            say(f"officer {o['name']} has no card")
    for m in re.finditer(r"有效期至：(\d{4})年(\d{1,2})月(\d{1,2})日", cards):
        until = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if until < today and not any("expired" in d["kind"] for d in t["defects"]):
            say("an expired duty certificate that truth does not mark")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", head):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if d > today and not r["freeze_period"] and "有效期" not in head:
            say(f"notice date {d} after today")
    if t["accounts"]:
        acc = _json(os.path.join(folder, t["accounts"]))
        for a in acc:
            if not id_valid(a["id_number"]):
                say("accounts ID check digit wrong")
        mine = [a for a in acc if a["id_number"] == resp["id_number"]]
        if mine and mine[0]["name"] != resp["name"]:
            say("accounts name differs from the respondent's")
        if not mine and t["expected_decision"] not in ("needs_facts", "needs_correction") and r["action"] != "query":
            say("respondent not in accounts but decision is not needs_facts")
    elif r["action"] not in ("query",) and t["expected_decision"] in ("assist",):
        say("assist without account facts")
    return t


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out = argv[0]
    drawn = _json(os.path.join(out, ".plover-drawn.json"))
    problems, n = [], 0
    for name in sorted(os.listdir(out)):
        if name.startswith("plover-") and os.path.isdir(os.path.join(out, name)):
            check_bundle(os.path.join(out, name), drawn.get(name, []), problems)
            n += 1
    for p in problems:
        print(p)
    print(f"{n} bundles, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
