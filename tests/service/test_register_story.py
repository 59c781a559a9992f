"""A scripted story over the API: the register does seed 000's arithmetic across courts and months.

Two courts freeze the same account; the first is released and the second takes effect; a
month's deposit tops up the partial freeze; a freeze lapses. Every bundle is sent without
account facts, so each is checked against the facts the core system pushed and the freezes
the register holds — nobody types the earlier freeze in.
"""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import render_pdf
from tests.service.conftest import login, make_server

ID = "310115198503124419"
NAME = "庞知远"
CASE_A, COURT_A = "（2026）沪0115执101号", "上海市浦东新区人民法院"
CASE_B, COURT_B = "（2026）沪0104执202号", "上海市徐汇区人民法院"
BALANCE = "86420.15"


def cn_date(y: int, m: int, d: int) -> str:
    return f"{y}年{m}月{d}日"


def bundle(tmp, name: str, court: str, case: str, action: str, amount: str | None,
           start: tuple[int, int, int] | None, years: int, dated: tuple[int, int, int],
           officers: tuple[str, str]) -> bytes:
    """A text-layer bundle: notice, ruling, both officers' work IDs, as a court prints them."""
    what = {"freeze": "冻结住房公积金账户资金", "unfreeze": "解除冻结住房公积金账户资金"}[action]
    notice = [
        "协助执行通知书", case.replace("（", "(").replace("）", ")"), "上海市公积金管理中心浦东新区管理部：",
        f"本院在执行申请执行人上海宏远建材有限公司与被执行人{NAME}买卖合同纠纷一案中，",
        "依照《中华人民共和国民事诉讼法》的规定，请你单位协助执行以下事项：",
        f"被执行人：{NAME}", f"身份证号码：{ID}", f"协助事项：{what}",
    ]
    if amount:
        notice.append(f"冻结金额：人民币{amount}元")
    if start:
        notice.append(f"冻结期限为{'一二三'[years - 1]}年，自{cn_date(*start)}起计算")
    notice += [cn_date(*dated), f"承办人：{officers[0]}、{officers[1]}", "联系电话：021-55345448", court]
    verb = "冻结" if action == "freeze" else "解除冻结"
    ruling = [
        "执行裁定书", case.replace("（", "(").replace("）", ")"),
        "申请执行人：上海宏远建材有限公司，住所地上海市黄浦区。",
        f"被执行人：{NAME}，男，1985年3月12日生，公民身份号码：{ID}。",
        "本院依据已经发生法律效力的民事判决书立案执行。裁定如下：",
        f"{verb}被执行人{NAME}名下住房公积金账户资金" + (f"人民币{amount}元。" if amount else "。"),
        "本裁定送达后立即生效。", f"执行员　　{officers[0]}", cn_date(*dated), court,
    ]
    cards = [[court, "工　作　证", f"姓名：{o}", f"单位：{court}", "部门：执行局", f"编号：00{i}88"]
             for i, o in enumerate(officers)]
    path = render_pdf([notice, ruling, *cards], tmp / name)
    return path.read_bytes()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = make_server(tmp_path_factory.mktemp("register-story"), "sqlite")
    srv.database()
    srv.add_user("admin1", "admin", "浦东管理部")
    srv.add_user("rev1", "reviewer", "浦东管理部")
    srv.keys = {"court": srv.issue_key("pudong-court", "浦东管理部"),
                "core": srv.issue_key("core-system", None, scopes=("accounts",))}
    srv.start()
    yield srv
    srv.stop()


def test_two_courts_release_deposits_and_lapse(server, tmp_path):
    court = httpx.Client(base_url=server.url, timeout=60,
                         headers={"Authorization": f"Bearer {server.keys['court']}"})
    admin, reviewer = login(server, "admin1"), login(server, "rev1")

    # the core system pushes the account; a court's key may not
    facts = [{"id_number": ID, "name": NAME, "account_number": "0100312245", "balance": BALANCE,
              "status": "depositing", "monthly_deposit": "2450.00", "deposit_day": 15, "loans": []}]
    core = httpx.Client(base_url=server.url, timeout=60, headers={"Authorization": f"Bearer {server.keys['core']}"})
    refused = court.put("/api/v1/accounts", json=facts)
    assert refused.status_code == 403 and "账户事实" in refused.json()["detail"]
    bad = core.put("/api/v1/accounts", json=[{**facts[0], "balance": "八万"}])
    assert bad.status_code == 422 and "第1行「账户余额」" in bad.text
    assert core.put("/api/v1/accounts?on=2026-01-05", json=facts).json() == \
        {"added": 1, "changed": 0, "unchanged": 0}
    assert core.put("/api/v1/accounts?on=2026-01-06", json=facts).json() == \
        {"added": 0, "changed": 0, "unchanged": 1}

    def submit_and_decide(name, pdf, today, expect_decision):
        r = court.post("/api/v1/submissions", files=[("files", (name, pdf, "application/pdf"))],
                       data={"today": today, "pack": "shanghai-2021"})
        assert r.status_code == 202, r.text
        status = server.wait(court, r.json()["id"])
        assert status["status"] == "done", status
        report = court.get(f"/api/v1/submissions/{r.json()['id']}/report").json()
        assert report["decision"] == expect_decision, report["findings"]
        d = reviewer.post(f"/api/v1/submissions/{r.json()['id']}/decision",
                          json={"decision": "assist", "note": "核对无误"})
        assert d.status_code == 200, d.text
        issued = reviewer.post(f"/api/v1/submissions/{r.json()['id']}/issue")
        assert issued.status_code == 200, issued.text  # the register is written when the answer is issued
        return report

    # court A freezes 80000.00 of 86420.15; court B then freezes 20000.00: 6420.15 now, rest queued
    submit_and_decide("a.pdf", bundle(tmp_path, "a.pdf", COURT_A, CASE_A, "freeze", "80000.00",
                                      (2026, 1, 10), 1, (2026, 1, 9), ("郭敏晨", "顾刚辉")), "2026-01-10", "assist")
    report_b = submit_and_decide("b.pdf", bundle(tmp_path, "b.pdf", COURT_B, CASE_B, "freeze", "20000.00",
                                                 (2026, 2, 2), 1, (2026, 2, 1), ("许文博", "沈佳怡")),
                                 "2026-02-02", "assist")
    assert any(CASE_A in (f.get("message") or "") for f in report_b["findings"]), \
        "B's report names the freeze ahead of it, read from the register"
    reg = admin.get(f"/api/v1/accounts/{ID}").json()["register"]
    assert [(h["case_number"], h["state"], h["held"]) for h in reg["holds"]] == \
        [(CASE_A, "active", "80000.00"), (CASE_B, "active", "6420.15")]

    # the month's deposit (2450.00 on the 15th) goes to B's shortfall (第二条（三）2)
    server.cli("register", "run", "--date", "2026-02-15")
    reg = admin.get(f"/api/v1/accounts/{ID}").json()["register"]
    assert reg["holds"][1]["held"] == "8870.15" and reg["balance"] == "88870.15"

    # court A releases: B takes what A held and is whole
    submit_and_decide("c.pdf", bundle(tmp_path, "c.pdf", COURT_A, CASE_A, "unfreeze", None, None, 1,
                                      (2026, 3, 2), ("郭敏晨", "顾刚辉")), "2026-03-03", "assist")
    reg = admin.get(f"/api/v1/accounts/{ID}").json()["register"]
    assert [(h["case_number"], h["state"], h["held"]) for h in reg["holds"]] == \
        [(CASE_A, "released", "0.00"), (CASE_B, "active", "20000.00")]

    # B lapses at the end of its year, and the daily run says so
    run = server.cli("register", "run", "--date", "2027-02-02")
    assert "（（2026）沪0104执202号）的冻结期限已于2027年2月2日届满且未续行冻结" in run.stdout, run.stdout
    reg = admin.get(f"/api/v1/accounts/{ID}").json()["register"]
    assert reg["holds"][1]["state"] == "expired" and reg["frozen"] == "0.00"
    assert admin.get(f"/api/v1/accounts/{ID}?as_of=2026-02-10").json()["register"]["holds"][1]["state"] == "active"
    assert court.get(f"/api/v1/accounts/{ID}").status_code == 403
