"""The reviewer's desk over real HTTP (uvicorn in a subprocess): who answers, decide → documents → issue.

Issue 12 points 1–2: the documents follow the reviewer's decision, not the system's
proposal; issuing numbers them from the agency's yearly series and locks the submission;
the answering agency is the pack's (a Jiaozuo pack answers as the Jiaozuo centre).
"""

from __future__ import annotations

import re

import httpx
import pytest

from tests.service.conftest import login, make_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = make_server(tmp_path_factory.mktemp("desk"), "sqlite")
    srv.database()
    srv.add_user("admin1", "admin", "浦东管理部")
    srv.add_user("rev1", "reviewer", "浦东管理部")
    srv.add_user("clerk1", "clerk", "浦东管理部")
    srv.start()
    yield srv
    srv.stop()


def test_the_admin_page_shows_each_agency_of_the_deployment(server) -> None:
    page = login(server, "admin1").get("/admin").text
    section = page[page.index('id="agencies"'):]
    for text in ("焦作市住房公积金管理中心", "焦公积金协〔", "郭永亮", "河南省焦作市解放区人民路1136号",
                 "云浮市公安局", "公安机关", "云浮市市场监督管理局", "上海市公积金管理中心浦东管理部（默认）",
                 "《关于进一步完善云浮市执行联动工作机制的实施意见》"):
        assert text in section, text
    assert "jiaozuo-2024" not in section and "yunfu-2017" not in section, "packs by their titles, not codes"


ID = "310115198503124419"
COURT, CASE = "上海市浦东新区人民法院", "（2026）沪0115执3141号"
FACTS = [{"id_number": ID, "name": "庞知远", "account_number": "0100312245", "balance": "86420.15",
          "status": "depositing", "monthly_deposit": "2450.00", "loans": []}]


@pytest.fixture(scope="module")
def keys(server) -> dict[str, str]:
    return {"court": server.issue_key("pudong-court", "浦东管理部"),
            "core": server.issue_key("core-system", None, scopes=("accounts",))}


def court_client(server, keys) -> httpx.Client:
    return httpx.Client(base_url=server.url, timeout=60, headers={"Authorization": f"Bearer {keys['court']}"})


def submit(server, keys, tmp_path, name: str, case: str = CASE, amount: str = "19665.59", pack: str = "shanghai-2021",
           facts: list | None = FACTS, action: str = "freeze") -> int:
    """A text-layer freeze bundle a court sends; the system proposes 予以协助 on these facts."""
    from tests.service.test_register_story import bundle

    pdf = bundle(tmp_path, name, COURT, case, action, amount if action == "freeze" else None,
                 (2026, 1, 10) if action == "freeze" else None, 1, (2026, 1, 9), ("郭敏晨", "顾刚辉"))
    court = court_client(server, keys)
    data = {"today": "2026-01-10", "pack": pack}
    if facts is not None:
        import json

        data["accounts"] = json.dumps(facts, ensure_ascii=False)
    r = court.post("/api/v1/submissions", files=[("files", (name, pdf, "application/pdf"))], data=data)
    assert r.status_code == 202, r.text
    assert server.wait(court, r.json()["id"])["status"] == "done"
    return r.json()["id"]


def pdf_text(client: httpx.Client, url: str) -> str:
    import pymupdf

    r = client.get(url)
    assert r.status_code == 200, r.text
    with pymupdf.open(stream=r.content, filetype="pdf") as doc:
        return "".join(page.get_text() for page in doc).replace("\n", "").replace(" ", "")


def documents(client: httpx.Client, sid: int) -> dict[str, str]:
    return {d["kind"]: d["url"] for d in client.get(f"/api/v1/submissions/{sid}/documents").json()
            if d["format"] == "pdf"}


def test_a_decline_over_a_proposed_assist_is_a_refusal_issued_with_a_number(server, keys, tmp_path) -> None:
    """Issue 12 item 1: proposed 予以协助, decided 不予协助 with a note → a refusal letter, numbered."""
    sid = submit(server, keys, tmp_path, "decline.pdf")
    rev = login(server, "rev1")
    assert rev.get(f"/api/v1/submissions/{sid}/report").json()["decision"] == "assist"
    assert set(documents(rev, sid)) == {"receipt", "freeze_result", "proof_of_service"}

    note = "该账户资金系另案执行款的唯一来源，经与贵院执行局电话核实，暂不宜冻结"
    d = rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "decline", "note": note})
    assert d.status_code == 200, d.text
    docs = documents(rev, sid)
    assert set(docs) == {"receipt", "refusal_notice", "proof_of_service"}, "the documents follow the reviewer"
    refusal = pdf_text(rev, docs["refusal_notice"])
    assert "暂不予协助冻结告知书" in refusal and note in refusal and "沪公积金协〔2026〕\u3000\u3000号" in refusal
    assert "暂不能协助办理" in pdf_text(rev, docs["receipt"])

    # the reviewer rewords the reasons before issuing
    edited = rev.put(f"/api/v1/submissions/{sid}/documents/refusal_notice/items",
                     json={"text": "贵院所冻结账户已由本中心依另案冻结在先\n请贵院核实后再行办理"})
    assert edited.status_code == 200, edited.text
    refusal = pdf_text(rev, documents(rev, sid)["refusal_notice"])
    assert "一、贵院所冻结账户已由本中心依另案冻结在先。" in refusal and "二、请贵院核实后再行办理。" in refusal
    assert note not in refusal

    issued = rev.post(f"/api/v1/submissions/{sid}/issue")
    assert issued.status_code == 200, issued.text
    body = issued.json()
    assert body["issued_at"] and body["issues"][0]["decision"] == "decline"
    numbers = [d["number"] for d in body["issues"][0]["documents"] if d["number"] and d["format"] == "pdf"]
    assert len(numbers) == 1 and re.fullmatch(r"沪公积金协〔2026〕\d+号", numbers[0])
    refusal = pdf_text(rev, documents(rev, sid)["refusal_notice"])
    assert numbers[0] in refusal and "贵院所冻结账户已由本中心依另案冻结在先" in refusal

    # locked: no correction, no new decision, no rewording until reopened
    fixed = rev.post(f"/api/v1/submissions/{sid}/corrections", json={"field": "amount", "value": "19000.00"})
    assert fixed.status_code == 422 and "已锁定" in fixed.json()["detail"]
    again = rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "assist"})
    assert again.status_code == 422 and "重新办理" in again.json()["detail"]
    assert rev.post(f"/api/v1/submissions/{sid}/issue").status_code == 422
    # a court's key neither issues nor reopens
    assert court_client(server, keys).post(f"/api/v1/submissions/{sid}/issue").status_code == 403

    # reopening needs a reason; it makes new documents with a new number, the old stay superseded
    assert rev.post(f"/api/v1/submissions/{sid}/reopen", json={"reason": ""}).status_code == 422
    r = rev.post(f"/api/v1/submissions/{sid}/reopen", json={"reason": "贵院来电说明另案冻结已解除"})
    assert r.status_code == 200 and r.json()["issued_at"] is None
    assert rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "assist", "note": "核对无误"}).is_success
    body = rev.post(f"/api/v1/submissions/{sid}/issue").json()
    first, second = body["issues"]
    assert first["superseded_at"] and first["reopen_reason"] == "贵院来电说明另案冻结已解除"
    assert second["superseded_at"] is None and second["decision"] == "assist"
    new_number = next(d["number"] for d in second["documents"] if d["kind"] == "freeze_result")
    assert new_number != numbers[0]
    assert new_number in pdf_text(rev, documents(rev, sid)["freeze_result"])
    old = next(d["url"] for d in first["documents"] if d["kind"] == "refusal_notice" and d["format"] == "pdf")
    assert numbers[0] in pdf_text(rev, old), "the superseded set is kept as it was issued"

    page = rev.get(f"/submissions/{sid}").text
    assert "已作废" in page and "贵院来电说明另案冻结已解除" in page and new_number in page and numbers[0] in page


def test_a_correction_after_the_decision_reopens_it(server, keys, tmp_path) -> None:
    """Issue 12 item 2: 金额 changed after 协助执行 was decided — the decision does not silently stay."""
    sid = submit(server, keys, tmp_path, "correct.pdf", case="（2026）沪0115执3142号")
    rev = login(server, "rev1")
    assert rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "assist", "note": "核对无误"}).is_success
    r = rev.post(f"/api/v1/submissions/{sid}/corrections", json={"field": "amount", "value": "19000.00"})
    assert r.status_code == 200, r.text
    assert r.json()["decision"] is None, "the decision is reopened, not kept"
    assert rev.post(f"/api/v1/submissions/{sid}/issue").status_code == 422, "nothing to issue without a decision"
    page = rev.get(f"/submissions/{sid}").text
    assert "请作出审核决定" in page

    # a decision replaced before issuing keeps the earlier one in the history
    rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "assist", "note": "第一次"})
    rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "needs_correction", "note": "请补正金额依据"})
    db = server.database()
    with db.session() as s:
        from service import audit

        decided = [e.detail for e in audit.history(s, sid) if e.action == "submission.decided"]
        reopened = [e.detail for e in audit.history(s, sid) if e.action == "decision.reopened"]
    db.engine.dispose()
    assert [d["decision"] for d in decided] == ["assist", "assist", "needs_correction"]
    assert decided[-1]["previous"] == "assist" and decided[-1]["previous_note"] == "第一次"
    assert reopened and "金额" in reopened[0]["reason"]
    assert set(documents(rev, sid)) == {"receipt", "correction_notice", "proof_of_service"}
    assert "请补正金额依据" in pdf_text(rev, documents(rev, sid)["correction_notice"])


def test_a_jiaozuo_pack_answers_as_the_jiaozuo_centre(server, keys, tmp_path) -> None:
    """Issue 12 item 4: the letter follows the pack, not the clerk's office (浦东管理部)."""
    sid = submit(server, keys, tmp_path, "jz.pdf", case="（2026）沪0115执3143号", pack="jiaozuo-2024")
    rev = login(server, "rev1")
    rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "needs_correction", "note": "请补正"})
    body = rev.post(f"/api/v1/submissions/{sid}/issue").json()
    assert body["issues"][0]["agency"] == "焦作市住房公积金管理中心"
    number = next(d["number"] for d in body["issues"][0]["documents"] if d["number"])
    assert number.startswith("焦公积金协〔2026〕")
    text = pdf_text(rev, documents(rev, sid)["correction_notice"])
    assert "焦作市住房公积金管理中心" in text and number in text and "沪公积金" not in text


def test_the_register_is_written_once_when_issued(server, keys, tmp_path) -> None:
    """Issue 11: the freeze is carried out when the answer is issued; reissuing does not register twice."""
    core = httpx.Client(base_url=server.url, timeout=60, headers={"Authorization": f"Bearer {keys['core']}"})
    other = "310115198503124427"
    facts = [{**FACTS[0], "id_number": other, "name": "庞知远"}]
    assert core.put("/api/v1/accounts?on=2026-01-05", json=facts).status_code == 200
    import tests.service.test_register_story as story

    saved, story.ID = story.ID, other  # the story's bundle drawn for another person
    try:
        pdf = story.bundle(tmp_path, "reg.pdf", COURT, "（2026）沪0115执3144号", "freeze", "5000.00",
                           (2026, 1, 10), 1, (2026, 1, 9), ("郭敏晨", "顾刚辉"))
    finally:
        story.ID = saved
    court = court_client(server, keys)
    r = court.post("/api/v1/submissions", files=[("files", ("reg.pdf", pdf, "application/pdf"))],
                   data={"today": "2026-01-10", "pack": "shanghai-2021"})
    sid = r.json()["id"]
    assert server.wait(court, sid)["status"] == "done"
    rev, admin = login(server, "rev1"), login(server, "admin1")

    def holds() -> list:
        return admin.get(f"/api/v1/accounts/{other}").json()["register"]["holds"]

    assert rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "assist"}).is_success
    assert holds() == [], "deciding carries nothing out"
    assert rev.post(f"/api/v1/submissions/{sid}/issue").status_code == 200
    assert [(h["case_number"], h["held"]) for h in holds()] == [("（2026）沪0115执3144号", "5000.00")]
    assert rev.post(f"/api/v1/submissions/{sid}/reopen", json={"reason": "文书有误，重新出具"}).is_success
    assert rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "assist"}).is_success
    assert rev.post(f"/api/v1/submissions/{sid}/issue").status_code == 200
    assert len(holds()) == 1, "reissuing does not freeze twice"


def test_the_account_panel_shows_the_match_and_an_edit_with_a_reason_remakes_the_report(server, keys,
                                                                                       tmp_path) -> None:
    """Issue 11: the reviewer sees the matched account and corrects it with a reason (audited)."""
    sid = submit(server, keys, tmp_path, "account.pdf", case="（2026）沪0115执3145号",
                 facts=[{**FACTS[0], "freezes": [{"court": "上海市徐汇区人民法院", "case_number": "（2025）沪0104执88号",
                                                  "amount": "80000.00", "state": "active", "start": "2025-03-01",
                                                  "end": "2028-02-29"}]}])
    rev = login(server, "rev1")
    page = rev.get(f"/submissions/{sid}").text
    panel = page[page.index('id="account"'):page.index('id="findings"')]
    for text in ("310115********4419", "86420.15", "正常缴存", "2450.00", "上海市徐汇区人民法院", "（2025）沪0104执88号",
                 "80000.00", "冻结中"):
        assert text in panel, text
    assert ID not in panel, "the ID number is masked"
    before = rev.get(f"/api/v1/submissions/{sid}/report").json()["freeze_plan"]
    assert before["frozen_now"] == "6420.15"

    refused = rev.put(f"/api/v1/submissions/{sid}/account", json={"balance": "99000.00", "status": "depositing",
                                                                  "monthly_deposit": "2450.00", "reason": " "})
    assert refused.status_code == 422 and "理由" in refused.json()["detail"]
    bad = rev.put(f"/api/v1/submissions/{sid}/account", json={"balance": "九万", "status": "depositing",
                                                              "reason": "核心系统余额滞后"})
    assert bad.status_code == 422 and "账户余额" in bad.json()["detail"]
    r = rev.put(f"/api/v1/submissions/{sid}/account", json={"balance": "99000.00", "status": "depositing",
                                                            "monthly_deposit": "2450.00", "loans": "",
                                                            "reason": "核心系统余额滞后，已电话核实"})
    assert r.status_code == 200, r.text
    after = rev.get(f"/api/v1/submissions/{sid}/report").json()["freeze_plan"]
    assert after["balance"] == "99000.00" and after["frozen_now"] == "19000.00"
    assert "19000.00" in pdf_text(rev, documents(rev, sid)["freeze_result"]), "the documents are made again"
    page = rev.get(f"/submissions/{sid}").text
    assert "修改账户事实（账户余额）：核心系统余额滞后，已电话核实" in page

    # a loan now unsettled: the report declines, and once issued the facts are locked
    r = rev.put(f"/api/v1/submissions/{sid}/account", json={"balance": "99000.00", "status": "depositing",
                                                            "loans": "主贷人-未结清", "reason": "核心系统漏报贷款"})
    assert r.status_code == 200 and rev.get(f"/api/v1/submissions/{sid}/report").json()["decision"] == "decline"
    rev.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "decline", "note": "有未结清贷款"})
    rev.post(f"/api/v1/submissions/{sid}/issue")
    locked = rev.put(f"/api/v1/submissions/{sid}/account", json={"balance": "1.00", "status": "sealed",
                                                                 "reason": "再改"})
    assert locked.status_code == 422 and "已锁定" in locked.json()["detail"]


def test_facts_entered_on_the_panel_decide_a_submission_that_had_none(server, keys, tmp_path) -> None:
    """A bundle without facts and no record of the person ends 待补充账户事实; the panel gives a way forward."""
    sid = submit(server, keys, tmp_path, "nofacts.pdf", case="（2026）沪0115执3146号", facts=None)
    rev = login(server, "rev1")
    assert rev.get(f"/api/v1/submissions/{sid}/report").json()["decision"] == "needs_facts"
    assert "录入账户事实" in rev.get(f"/submissions/{sid}").text
    r = rev.put(f"/api/v1/submissions/{sid}/account", json={"balance": "30000.00", "status": "depositing",
                                                            "monthly_deposit": "1200.00",
                                                            "reason": "核心系统查询结果"})
    assert r.status_code == 200, r.text
    assert rev.get(f"/api/v1/submissions/{sid}/report").json()["decision"] == "assist"


def test_findings_name_the_policy_and_article_give_its_words_values_and_box(server, keys, tmp_path) -> None:
    """Issue 12 item 3: 「依据：000_d9f354da727e6e1c.txt 第七条（一）」 and no article text; conflicts side by side."""
    import json

    from tests.conftest import render_pdf

    notice = ["协助执行通知书", "(2026)沪0115执3147号", "上海市公积金管理中心浦东新区管理部：",
              "本院在执行申请执行人上海宏远建材有限公司与被执行人庞知远买卖合同纠纷一案中，",
              "依照《中华人民共和国民事诉讼法》的规定，请你单位协助执行以下事项：",
              "被执行人：庞知远", f"身份证号码：{ID}", "协助事项：冻结住房公积金账户资金", "冻结金额：人民币19665.59元",
              "冻结期限为一年，自2026年1月10日起计算", "2026年1月9日", "承办人：郭敏晨、顾刚辉", COURT]
    ruling = ["执行裁定书", "(2026)沪0115执3147号", "申请执行人：上海宏远建材有限公司，住所地上海市黄浦区。",
              f"被执行人：庞知远，男，1985年3月12日生，公民身份号码：{ID}。", "本院依据已经发生法律效力的民事判决书立案执行。裁定如下：",
              "冻结被执行人庞知远名下住房公积金账户资金人民币19000.00元。", "本裁定送达后立即生效。", "执行员　　郭敏晨",
              "2026年1月9日", COURT]
    cards = [[COURT, "工　作　证", f"姓名：{o}", f"单位：{COURT}", "部门：执行局", f"编号：00{i}88"]
             for i, o in enumerate(("郭敏晨", "顾刚辉"))]
    pdf = render_pdf([notice, ruling, *cards], tmp_path / "conflict.pdf").read_bytes()
    court = court_client(server, keys)
    r = court.post("/api/v1/submissions", files=[("files", ("conflict.pdf", pdf, "application/pdf"))],
                   data={"today": "2026-01-10", "pack": "shanghai-2021", "accounts": json.dumps(FACTS)})
    sid = r.json()["id"]
    assert server.wait(court, sid)["status"] == "done"
    rev = login(server, "rev1")
    page = rev.get(f"/submissions/{sid}").text
    findings = page[page.index('id="findings"'):page.index('id="decision"')]
    assert ".txt" not in findings and "000_" not in findings
    assert "依据：《上海市高级人民法院 上海市公积金管理中心关于进一步完善住房公积金执行协作联动机制的若干意见》（沪高法〔2021〕124号）第七条（一）" in findings
    assert "协助事项及被执行人身份明确" in findings, "the rule's title"
    assert "条文原文" in findings and "市公积金中心应当协助人民法院查询、冻结、扣划、解冻职工个人住房公积金" in findings
    assert "被执行人身份证号码“310115********4419”" in findings and ID not in findings, "values used, masked"
    assert 'class="link show-box screen-only" data-field="' in findings, "a field-based finding offers its box"
    # the conflict: both papers, both values, each with its page image and box
    conflict = findings[findings.index('class="conflict"'):findings.index('<ol class="findings">')]
    assert "协助执行通知书第1页记载“19665.59”" in conflict and "执行裁定书第2页记载“19000.00”" in conflict
    assert conflict.count('<div class="box"') == 2 and conflict.count("/pages/") == 2
