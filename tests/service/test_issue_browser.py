"""Decide → documents → issue in a real headless Chromium (Debian's), driven by Playwright.

A reviewer overrides the proposed 予以协助 with 不予协助, previews the refusal letter as it
will print, rewords its reasons, issues it with a 文号 …〔2026〕N号, reopens it with a reason
(the old set stays, superseded), corrects the matched account with a reason (the report
changes) and issues the new answer with a new number. The PDFs are read back. Screenshots
go to tests/artefacts/service/issue-*.png.
"""

from __future__ import annotations

import json
import re

import httpx
import pymupdf
import pytest

from tests.service.conftest import ARTEFACTS, make_server
from tests.service.test_browser import ARGS, CHROMIUM, login

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="browser test skipped: /usr/bin/chromium is missing (apt-get install chromium)")

ID = "310115198503124419"
FACTS = [{"id_number": ID, "name": "庞知远", "account_number": "0100312245", "balance": "86420.15",
          "status": "depositing", "monthly_deposit": "2450.00", "loans": []}]
NUMBER = re.compile(r"沪公积金协〔2026〕(\d+)号")


@pytest.fixture
def server(tmp_path):
    srv = make_server(tmp_path, "sqlite")
    srv.database()
    srv.add_user("李审核", "reviewer", "浦东管理部")
    srv.key = srv.issue_key("pudong-court", "浦东管理部")
    srv.start()
    yield srv
    srv.stop()


def shot(page, name: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"issue-{name}.png"), full_page=True)


def text_of(path) -> str:
    with pymupdf.open(path) as doc:
        return "".join(p.get_text() for p in doc).replace("\n", "").replace(" ", "")


def test_override_preview_edit_issue_reopen_and_correct_the_account(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser test skipped: playwright not installed")
    from tests.service.test_register_story import bundle

    pdf = bundle(tmp_path, "b.pdf", "上海市浦东新区人民法院", "（2026）沪0115执4001号", "freeze", "19665.59",
                 (2026, 1, 10), 1, (2026, 1, 9), ("郭敏晨", "顾刚辉"))
    court = httpx.Client(base_url=server.url, timeout=60, headers={"Authorization": f"Bearer {server.key}"})
    r = court.post("/api/v1/submissions", files=[("files", ("b.pdf", pdf, "application/pdf"))],
                   data={"today": "2026-01-10", "pack": "shanghai-2021", "accounts": json.dumps(FACTS)})
    sid = r.json()["id"]
    assert server.wait(court, sid)["status"] == "done"
    assert court.get(f"/api/v1/submissions/{sid}/report").json()["decision"] == "assist"

    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN",
                                          accept_downloads=True)
            page = context.new_page()
            login(page, server.url, "李审核")
            page.wait_for_url("**/queue")
            page.goto(f"{server.url}/submissions/{sid}")

            # override the proposed assist with a decline and a note
            page.check("#decide input[name=decision][value=decline]")
            page.fill("#decide textarea[name=note]", "该账户资金系另案执行款的唯一来源，暂不宜冻结")
            page.click("#decide button[type=submit]")
            page.wait_for_selector("#decided")
            assert "不予协助" in page.locator("#decided").inner_text()
            refusal = page.locator("li.draft[data-kind=refusal_notice]")
            assert "暂不予协助冻结告知书" in refusal.inner_text()
            assert page.locator("li.draft[data-kind=freeze_result]").count() == 0

            # preview as it will print: the pages are drawn only when opened
            assert refusal.locator("img.preview-page").count() == 0
            refusal.locator("details.preview summary").click()
            first = refusal.locator("img.preview-page").first
            first.wait_for(state="visible")
            page.wait_for_timeout(300)
            assert first.evaluate("img => img.complete && img.naturalWidth > 300")
            shot(page, "preview")

            # reword the reasons
            refusal.locator("details.edit summary").click()
            box = refusal.locator("textarea[name=text]")
            assert "该账户资金系另案执行款的唯一来源" in box.input_value()
            box.fill("贵院所冻结账户已由本中心依另案冻结在先\n请贵院核实后再行办理")
            refusal.locator("details.edit button[type=submit]").click()
            page.wait_for_selector("li.draft[data-kind=refusal_notice]")

            # issue: numbered, locked
            page.click("#issue button")
            page.wait_for_selector("#locked")
            number = page.locator("li.draft[data-kind=refusal_notice] .docno").inner_text()
            assert NUMBER.fullmatch(number), number
            assert page.locator("#decide").count() == 0 and page.locator("#account-edit").count() == 0
            with page.expect_download() as dl:
                page.locator("li.draft[data-kind=refusal_notice] a", has_text="PDF").click()
            first_pdf = tmp_path / "first.pdf"
            dl.value.save_as(first_pdf)
            text = text_of(first_pdf)
            assert number in text and "一、贵院所冻结账户已由本中心依另案冻结在先。" in text
            shot(page, "issued")

            # reopen with a reason: the old set stays, superseded
            page.fill("#reopen textarea[name=reason]", "贵院来电说明另案冻结已解除")
            page.click("#reopen button")
            page.wait_for_selector("#decide")
            old = page.locator("li.issue.superseded")
            assert "已作废" in old.inner_text() and "贵院来电说明另案冻结已解除" in old.inner_text()
            assert number in old.inner_text()

            # correct the matched account with a reason: the report changes
            assert "86420.15" in page.locator("#account-balance").inner_text()
            page.locator("#account-edit summary").click()
            page.fill("#account-edit input[name=balance]", "10000.00")
            page.fill("#account-edit textarea[name=reason]", "核心系统余额滞后，已电话核实")
            page.click("#account-edit button[type=submit]")
            page.wait_for_selector("#account-balance")
            assert "10000.00" in page.locator("#account-balance").inner_text()
            plan = court.get(f"/api/v1/submissions/{sid}/report").json()["freeze_plan"]
            assert plan["frozen_now"] == "10000.00" and plan["remainder"] == "9665.59"
            assert "修改账户事实（账户余额）" in page.locator("#history").inner_text()

            # decide to assist and issue again: a new number, the freeze of what the account holds
            page.check("#decide input[name=decision][value=assist]")
            page.click("#decide button[type=submit]")
            page.wait_for_selector("li.draft[data-kind=freeze_result]")
            page.click("#issue button")
            page.wait_for_selector("#locked")
            second = page.locator("li.draft[data-kind=freeze_result] .docno").inner_text()
            assert NUMBER.fullmatch(second) and second != number
            with page.expect_download() as dl:
                page.locator("li.draft[data-kind=freeze_result] a", has_text="PDF").click()
            second_pdf = tmp_path / "second.pdf"
            dl.value.save_as(second_pdf)
            text = text_of(second_pdf)
            assert second in text and "本次实际冻结人民币10000.00元" in text
            assert page.locator("li.issue.superseded").count() == 1
            shot(page, "reissued")
            context.close()
        finally:
            browser.close()
