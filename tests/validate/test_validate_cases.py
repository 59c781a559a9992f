"""The rule packs' legal cases (cases/*.yaml), run one test per case, OpenFisca style.

Each case is a short story from a seed's own text: a court's request (laid over a
plausible base request for the pack's city), the centre's account record, the date, and
what the reviewer should find. `outcomes` names rule → pass/fail/unknown; `decision`
and `missing_materials` are the contract's; `says` checks words of a finding's message and
`not_says` words it must not carry. No message of any case may double its punctuation.
The last test holds the packs to the bar of the issue: every rule has a passing case and,
where its kind can fail, a failing one.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from validate import evaluate, evaluate_subject, known_packs, load_pack
from validate.kinds import KINDS
from validate.national import is_national

CASES_DIR = Path(__file__).with_name("cases")
CASE_KEYS = {"name", "pack", "today", "subject", "request", "facts", "account", "accounts", "data", "expect",
             "calendar"}
EXPECT_KEYS = {"decision", "outcomes", "passing", "missing_materials", "says", "not_says", "severity", "report"}

BASES: dict[str, dict[str, Any]] = {
    "shanghai-2021": {"court": "上海市浦东新区人民法院", "case_number": "（2024）沪0115执1234号"},
    "jiaozuo-2024": {"court": "焦作市解放区人民法院", "case_number": "（2024）豫0802执567号"},
    "yunfu-2017": {"court": "云浮市云城区人民法院", "case_number": "（2024）粤5302执88号"},
    "national-2010": {"court": "上海市浦东新区人民法院", "case_number": "（2024）沪0115执1234号"},
    "gongan-county": {"court": "公安县人民法院", "case_number": "（2024）鄂1022执321号"},
}
RESPONDENT = {"name": "张三", "id_number": "34052419800101001X"}


def base_request(pack: str) -> dict[str, Any]:
    return {
        "action": "freeze", **BASES[pack], "respondent": dict(RESPONDENT), "applicant": {"name": "李四"},
        "amount": "50000.00", "freeze_period": {"start": "2024-05-01", "end": "2027-04-30"},
        "account_number": None, "officers": [{"name": "王五"}, {"name": "赵六"}], "documents": [],
    }


def base_account(id_number: str) -> dict[str, Any]:
    return {"id_number": id_number, "name": "张三", "account_number": "310000123456", "balance": "80000.00",
            "status": "depositing", "monthly_deposit": "2000.00", "loans": [], "contracted_withdrawal": False,
            "freezes": []}


def _documents(codes: list[Any]) -> list[dict[str, Any]]:
    """`[assist_notice, {type: ruling, original: false}]` → contract document entries."""
    out = []
    for i, code in enumerate(codes, 1):
        doc = {"type": code} if isinstance(code, str) else dict(code)
        out.append({"source": "bundle.pdf", "pages": [i], **doc})
    return out


def build(case: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
    """The request and account facts a case describes."""
    request = base_request(case["pack"])
    for key, value in (case.get("request") or {}).items():
        request[key] = _documents(value) if key == "documents" else copy.deepcopy(value)
    if "facts" in case:
        request["facts"] = case["facts"]
    id_number = (request.get("respondent") or {}).get("id_number") or RESPONDENT["id_number"]
    if case.get("accounts") == "none":
        return request, None
    if case.get("accounts") == "absent":
        return request, [base_account("110101199003070012")]
    account = base_account(id_number) | (case.get("account") or {})
    return request, [account]


def load_cases() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            stray = set(case) - CASE_KEYS
            assert not stray, f"{path.name}: {case.get('name')}: unknown key(s) {stray}"
            assert not set(case["expect"]) - EXPECT_KEYS, f"{path.name}: {case['name']}: bad expect keys"
            cases.append((f"{path.stem}: {case['name']}", case))
    return cases


CASES = load_cases()


def run(case: dict[str, Any]) -> dict[str, Any]:
    today = case["today"] if isinstance(case["today"], date) else date.fromisoformat(case["today"])
    if case.get("subject"):
        return evaluate_subject(case["subject"], case["data"], case["pack"], today)
    request, accounts = build(case)
    calendar = case.get("calendar")
    if calendar:
        calendar = str(CASES_DIR.parent / "calendars" / calendar)
    return evaluate(request, accounts, case["pack"], today, calendar=calendar)


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[i for i, _ in CASES])
def test_case(case: dict[str, Any]) -> None:
    report = run(case)
    expect = case["expect"]
    got = {f["rule"]: f for f in report["findings"]}
    summary = "\n".join(f"  {f['rule']}: {f['outcome']} {f['message']}" for f in report["findings"])
    for rule_id, outcome in (expect.get("outcomes") or {}).items():
        assert rule_id in got, f"rule {rule_id} not checked; findings:\n{summary}"
        assert got[rule_id]["outcome"] == outcome, f"{rule_id}: {got[rule_id]['message']}\n{summary}"
    for rule_id in expect.get("passing") or []:
        assert got.get(rule_id, {}).get("outcome") == "pass", f"{rule_id} should pass\n{summary}"
    if "decision" in expect:
        assert report["decision"] == expect["decision"], summary
    if "missing_materials" in expect:
        assert report["missing_materials"] == expect["missing_materials"]
    for rule_id, words in (expect.get("says") or {}).items():
        for w in [words] if isinstance(words, str) else words:
            assert w in got[rule_id]["message"], got[rule_id]["message"]
    for rule_id, words in (expect.get("not_says") or {}).items():
        for w in [words] if isinstance(words, str) else words:
            assert w not in got[rule_id]["message"], got[rule_id]["message"]
    for rule_id, severity in (expect.get("severity") or {}).items():
        assert got[rule_id]["severity"] == severity
    for key, value in (expect.get("report") or {}).items():
        actual = report
        for part in key.split("."):
            actual = actual[int(part)] if isinstance(actual, list) else actual[part]
        assert actual == value, f"report.{key} = {actual!r}"
    for f in report["findings"]:
        assert set(f) == {"rule", "outcome", "severity", "message", "citation", "source"}
        assert f["message"] and "{" not in f["message"], f
        assert not re.search(r"[。；，、]{2}", f["message"]), f["message"]
        assert ".txt" not in f["citation"], f  # a reader sees the policy
        assert f["source"].endswith(".txt") or is_national(f["citation"]), f  # a national limit has no seed


def test_every_rule_has_a_passing_and_a_failing_case() -> None:
    seen: dict[tuple[str, str], set[str]] = {}
    for _, case in CASES:
        expect = case["expect"]
        pairs = list((expect.get("outcomes") or {}).items()) + [(r, "pass") for r in expect.get("passing") or []]
        for rule_id, outcome in pairs:
            seen.setdefault((case["pack"], rule_id), set()).add(outcome)
    lacking = []
    for name in known_packs():
        for rule in load_pack(name).rules:
            wanted = {"pass", "fail"} & KINDS[rule.kind].outcomes or KINDS[rule.kind].outcomes
            have = seen.get((name, rule.id), set())
            if not wanted <= have:
                lacking.append(f"{name} {rule.id}: has {sorted(have)}, wants {sorted(wanted)}")
    assert not lacking, "\n".join(lacking)
