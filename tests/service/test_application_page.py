"""The centre's application page (seed 000 第五条) in a real headless Chromium, driven by Playwright.

A clerk uploads the committed sample papers (samples/applications/), files on a day after
the ten days following the reminder's service and downloads the 强制执行申请书 it wrote; the
same papers filed before those ten days show the one Chinese reason and offer no document.
The page runs the same checks as `assistdesk application`; the server is a real `assistdesk
serve` on SQLite.
"""

from __future__ import annotations

import json

import httpx
import pytest

from tests.service.conftest import ARTEFACTS, ROOT, make_server
from tests.service.test_browser import ARGS, CHROMIUM, login

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="browser test skipped: /usr/bin/chromium is missing (apt-get install chromium)")
SAMPLE = ROOT / "samples" / "applications" / "01-sh-penalty-application"
TRUTH = json.loads((SAMPLE / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = make_server(tmp_path_factory.mktemp("application-page"), "sqlite")
    srv.database()
    srv.add_user("王窗口", "clerk", "浦东管理部")
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def page(server):
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser test skipped: playwright not installed")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=[*ARGS, "--lang=zh-CN"], headless=True)
        tab = chromium.new_page(viewport={"width": 1366, "height": 900})
        login(tab, server.url, "王窗口")
        yield tab
        chromium.close()


def _apply(page, server, filed: str) -> str:
    page.goto(server.url + "/application")
    page.set_input_files("input[name=files]", [str(p) for p in sorted(SAMPLE.glob("*.pdf"))])
    page.fill("input[name=filed]", filed)
    page.click("form[action='/application'] button[type=submit]")
    page.wait_for_load_state()
    return page.inner_text("main")


def test_the_application_is_written_and_downloaded(page, server) -> None:
    filing = next(f for f in TRUTH["filings"] if f["expected_decision"] == "assist")
    text = _apply(page, server, filing["filed"])
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "application-written.png"), full_page=True)
    assert TRUTH["decision_number"] in text and TRUTH["reminder_number"] in text and TRUTH["respondent"] in text
    assert "已生成强制执行申请书" in text and "暂不能申请" not in text
    assert "沪高法〔2021〕124号 第五条（一）" in text and "催告书送达后的十日期间于2024年8月5日届满" in text
    href = page.get_attribute("a[href$='enforcement_application.pdf']", "href")
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    got = httpx.get(server.url + href, cookies=cookies, timeout=30)
    assert got.status_code == 200 and got.content.startswith(b"%PDF")
    assert httpx.get(server.url + href, timeout=30, follow_redirects=False).status_code in (302, 303, 401)


def test_refused_before_the_ten_days(page, server) -> None:
    filing = next(f for f in TRUTH["filings"] if f["expected_decision"] == "decline")
    text = _apply(page, server, filing["filed"])
    assert "暂不能申请强制执行：催告书送达后的十日期间至2024年8月5日届满，2024年8月6日前不得申请强制执行" in text
    assert page.locator("a[href$='enforcement_application.pdf']").count() == 0
