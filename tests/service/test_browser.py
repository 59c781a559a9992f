"""The clerk and reviewer pages in a real headless Chromium (Debian's), driven by Playwright.

Clerk logs in, drops a sample bundle, waits for it; reviewer logs in, opens the queue and
the submission, clicks a field and sees its box outlined on the page image, decides, and
downloads a PDF. Screenshots go to tests/artefacts/service/; the upload, queue and
submission ones are copied to docs/images/ for the README.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.service.conftest import ARTEFACTS, ROOT, TEXT_BUNDLE, make_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
README_SHOTS = ("upload", "queue", "submission")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="browser test skipped: /usr/bin/chromium is missing (apt-get install chromium)")


@pytest.fixture
def server(tmp_path):
    srv = make_server(tmp_path, "sqlite")
    srv.database()
    srv.add_user("王窗口", "clerk", "浦东管理部")
    srv.add_user("李审核", "reviewer", "浦东管理部")
    srv.start()
    yield srv
    srv.stop()


def login(page, base: str, name: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", "correct-horse")
    page.click("button[type=submit]")


def wait_for_images(page, seconds: float = 30) -> None:
    """Every image on the page drawn. Polled from the test: the page's CSP (script-src 'self')
    forbids the eval that `wait_for_function` uses once its first check fails, so a page whose
    images were still loading at that moment failed with an EvalError on a busy machine."""
    for _ in range(int(seconds * 10)):
        if page.evaluate("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"):
            return
        page.wait_for_timeout(100)
    raise AssertionError("the page images were not drawn")


def shot(page, name: str) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=name != "submission")


def test_clerk_uploads_reviewer_finds_the_box_and_decides(server, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser test skipped: playwright not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            clerk = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN")
            page = clerk.new_page()
            login(page, server.url, "王窗口")
            page.wait_for_url("**/upload")
            page.set_input_files("#file-input", str(TEXT_BUNDLE / "materials.pdf"))
            page.set_input_files("#accounts-input", str(TEXT_BUNDLE / "accounts.json"))
            page.fill("input[name=today]", "2024-12-20")
            page.click("#submit")
            page.wait_for_selector("#bundle-status.ok", timeout=90_000)
            assert page.locator("#file-list progress").first.get_attribute("value") == "100"
            shot(page, "upload")
            clerk.close()

            reviewer = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN",
                                           accept_downloads=True)
            page = reviewer.new_page()
            login(page, server.url, "李审核")
            page.wait_for_url("**/queue")
            assert "310115********2616" in page.content() and "310115199102232616" not in page.content()
            shot(page, "queue")
            page.click("text=#1")
            page.wait_for_selector("figure.page img")
            wait_for_images(page)
            box = page.locator("figure.page .box:not([hidden])")
            assert box.count() == 0
            page.click("tr.field[data-field='case_number'] th")
            box.first.wait_for(state="visible")
            figure = page.locator("figure.page", has=page.locator(".box:not([hidden])"))
            assert figure.get_attribute("data-page") == "1"
            shown = box.first.bounding_box()
            sheet = figure.locator(".sheet").bounding_box()
            assert shown["width"] > 10 and shown["height"] > 5
            assert sheet["x"] <= shown["x"] and shown["x"] + shown["width"] <= sheet["x"] + sheet["width"] + 1
            page.evaluate("window.scrollTo(0, 0)")
            assert box.first.is_visible()
            shot(page, "submission")

            page.check("input[name=decision][value=decline]")
            page.fill("textarea[name=note]", "被执行人有未结清的公积金贷款，暂不予协助冻结。")
            page.click("#decision button[type=submit]")
            page.wait_for_selector("#decision p.done")
            assert "不予协助" in page.locator("#decision p.done").inner_text()
            with page.expect_download() as dl:
                page.locator("#documents a", has_text="PDF").first.click()
            target = tmp_path / dl.value.suggested_filename
            dl.value.save_as(target)
            assert target.read_bytes().startswith(b"%PDF-")
            page.locator("#history").scroll_into_view_if_needed()
            assert "决定：不予协助" in page.locator("#history").inner_text()
            shot(page, "decided")
            reviewer.close()
        finally:
            browser.close()

    images = ROOT / "docs" / "images"
    images.mkdir(parents=True, exist_ok=True)
    for name in README_SHOTS:
        shutil.copyfile(ARTEFACTS / f"{name}.png", images / f"service-{name}.png")


XSS_NAME = "<img src=x onerror=alert(1)>.pdf"


def test_a_file_name_carrying_script_runs_nothing(server, tmp_path):
    """Probe 7: a refused file's name came back in `detail` and went into innerHTML; and a stored one is
    shown on the submission page. No dialog opens, no script runs, and the name is shown as text."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser test skipped: playwright not installed")
    text_file = tmp_path / "refused.pdf"
    text_file.write_text("just text, not a scan\n", encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            context = browser.new_context(locale="zh-CN")
            page = context.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            login(page, server.url, "王窗口")
            page.wait_for_url("**/upload")
            page.set_input_files("#file-input", files=[{"name": XSS_NAME, "mimeType": "application/pdf",
                                                        "buffer": text_file.read_bytes()}])
            page.click("#submit")
            page.wait_for_selector("#bundle-status.bad")
            assert XSS_NAME in page.locator("#bundle-status").inner_text()
            assert page.locator("#bundle-status img").count() == 0
            page.reload()
            page.set_input_files("#file-input", files=[{"name": XSS_NAME, "mimeType": "application/pdf",
                                                        "buffer": (TEXT_BUNDLE / "materials.pdf").read_bytes()}])
            page.fill("input[name=today]", "2024-12-02")
            page.click("#submit")
            page.wait_for_selector("#bundle-status.ok", timeout=90_000)
            page.click("#bundle-status a")
            page.wait_for_selector("#documents")
            assert XSS_NAME in page.locator("#documents").inner_text()
            assert page.locator("main img[src='x']").count() == 0
            assert dialogs == [], dialogs
        finally:
            browser.close()


def test_api_docs_render_offline(server):
    """Probe 14: /api/v1/docs was blank without internet (a CDN) and /api/v1/redoc was 404."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser test skipped: playwright not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = browser.new_context().new_page()
            elsewhere: list[str] = []
            page.route("**/*", lambda route: (route.continue_() if route.request.url.startswith(server.url)
                                              else (elsewhere.append(route.request.url), route.abort())))
            page.goto(server.url + "/api/v1/docs")
            page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
            assert "assistdesk intake API" in page.locator(".swagger-ui .info .title").inner_text()
            assert page.locator(".opblock-summary-path", has_text="/api/v1/submissions").count() >= 1
            page.goto(server.url + "/api/v1/redoc")
            page.wait_for_selector("h1", timeout=30_000)
            assert "assistdesk intake API" in page.locator("h1").first.inner_text()
            assert elsewhere == [], elsewhere
        finally:
            browser.close()
