"""Selfcheck: valid IDs, consistent dates, and the expected decision re-derived independently
from truth.json by the author's reading of seed 001 (see README.md) — the two must agree."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from .data import add_years, id_valid

REQ = {
    "query": {"query_form": 1, "assist_notice": 1, "work_id": 2, "duty_cert": 2},
    "freeze": {"ruling": 1, "assist_notice": 1, "work_id": 2, "duty_cert": 2},
    "renew_freeze": {"ruling": 1, "assist_notice": 1, "work_id": 2, "duty_cert": 2},
    "unfreeze": {"ruling": 1, "assist_notice": 1, "work_id": 2, "duty_cert": 2},
    "deduct": {"ruling": 1, "assist_notice": 1, "work_id": 2, "duty_cert": 2},
}


def _d(s):
    return dt.date.fromisoformat(s)


def derive(t: dict) -> tuple[str, list[str]]:
    r = t["request"]
    today = _d(t["today"])
    act = r["action"]
    have = Counter(d["type"] for d in r["documents"])
    missing = sorted(k for k, n in REQ[act].items() if have[k] < n)
    correction = bool(missing)
    if act == "query" and r["respondent"]["id_number"] is None:
        correction = True                       # 查询单中应注明被查询人的身份信息 (seed 001 第3条)
    if act in ("freeze", "renew_freeze"):
        p = r["freeze_period"]
        if r["amount"] is None or p is None:
            correction = True                   # 需注明冻结的具体金额和冻结期限 (第4条)
        else:
            s, e = _d(p["start"]), _d(p["end"])
            if e < s or e < today or e > add_years(s, 3) - dt.timedelta(days=1):
                correction = True
    decline, facts = False, False
    if act != "query":
        accts = t["accounts"]
        rec = None
        if accts is not None and r["respondent"]["id_number"]:
            rec = next((a for a in accts if a["id_number"] == r["respondent"]["id_number"]), None)
        if rec is None:
            facts = True
        else:
            if rec["status"] == "closed" and act in ("freeze", "renew_freeze", "deduct"):
                decline = True
            if act == "freeze" and any(not ln["settled"] for ln in rec.get("loans", [])):
                decline = True                  # 第2条: 有公积金贷款或为他人贷款担保的暂不予冻结
            if act in ("renew_freeze", "unfreeze"):
                mine = [f for f in rec.get("freezes", [])
                        if f["court"] == r["court"] and f["case_number"] == r["case_number"]]
                if not mine:
                    decline = True
                elif act == "renew_freeze" and all(f.get("end") and _d(f["end"]) < today for f in mine):
                    decline = True              # 期限届满前办理续行 (民诉法解释 第四百八十五条)
    if decline:
        return "decline", missing
    if correction:
        return "needs_correction", missing
    if facts:
        return "needs_facts", missing
    return "assist", missing


def check_folder(folder: Path) -> list[str]:
    out = []
    t = json.loads((folder / "truth.json").read_text("utf-8"))
    name = folder.name
    m = re.fullmatch(r"godwit-(\d{3})-jiaozuo-2024-(query|freeze|renew_freeze|unfreeze|deduct)", name)
    if not m:
        return [f"{name}: bad folder name"]
    n = int(m.group(1))
    r = t["request"]
    if t["split"] != ("heldout" if n % 3 == 2 else "dev"):
        out.append(f"{name}: split")
    if r["action"] != m.group(2):
        out.append(f"{name}: action")
    today = _d(t["today"])
    if today.year != 2026 or today.weekday() >= 5:
        out.append(f"{name}: today {today}")
    idn = r["respondent"]["id_number"]
    if idn is not None and not id_valid(idn):
        out.append(f"{name}: respondent id {idn}")
    if not re.fullmatch(r"（\d{4}）豫\d{2}(\d{2})?执(恢|保)?\d+号", r["case_number"]):
        out.append(f"{name}: case number {r['case_number']}")
    acc_file = folder / "accounts.json"
    if t["accounts"] is None:
        if acc_file.exists():
            out.append(f"{name}: accounts.json present but truth says null")
    else:
        if json.loads(acc_file.read_text("utf-8")) != t["accounts"]:
            out.append(f"{name}: accounts.json differs from truth")
        for a in t["accounts"]:
            if not id_valid(a["id_number"]):
                out.append(f"{name}: account id {a['id_number']}")
            for f in a.get("freezes", []):
                if f.get("start") and f.get("end") and _d(f["end"]) < _d(f["start"]):
                    out.append(f"{name}: record freeze end before start")
    if r["amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", r["amount"]):
        out.append(f"{name}: amount {r['amount']}")
    if len(r["officers"]) < 1:
        out.append(f"{name}: no officers")
    files = [p for p in folder.iterdir() if p.name not in ("truth.json", "accounts.json")]
    if not files:
        out.append(f"{name}: no input files")
    dec, miss = derive(t)
    if dec != t["expected_decision"]:
        out.append(f"{name}: expected {t['expected_decision']} but the rules give {dec}")
    if miss != t["expected_missing_materials"]:
        out.append(f"{name}: missing {t['expected_missing_materials']} but the rules give {miss}")
    return out


def check_all(folders: list[Path]) -> list[str]:
    problems = []
    for f in folders:
        problems += check_folder(f)
    decisions = Counter(json.loads((f / "truth.json").read_text("utf-8"))["expected_decision"] for f in folders)
    if len(folders) >= 27 and decisions["assist"] * 3 < len(folders):
        problems.append(f"fewer than a third assist: {dict(decisions)}")
    return problems
