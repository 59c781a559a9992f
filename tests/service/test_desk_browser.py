"""The reviewer's desk in a real headless Chromium (Debian's), driven by Playwright (issue 12, points 4–8).

A clerk chooses files with the keyboard alone, removes one, sends the bundle, sends it again
(「相同材料已受理过」 stays in sight) and sends the same case on another date (a warning);
corrections are typed (choices in Chinese, date pickers, the ID check digit checked before
sending, the typed value kept after a refusal); a field without a box hides the previous box;
the queue's tabs and rows; the page from 360 px wide; the print stylesheet. Screenshots at
1366×768 and 390×844 go to tests/artefacts/service/desk-*.png; three are copied to
docs/images/ for the README.
"""

from __future__ import annotations

import re
import shutil

import pytest

from tests.service.conftest import ARTEFACTS, ROOT, TEXT_BUNDLE, make_server
from tests.service.test_browser import ARGS, CHROMIUM, login, wait_for_images

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="browser test skipped: /usr/bin/chromium is missing (apt-get install chromium)")
WIDE = {"width": 1366, "height": 768}
NARROW = {"width": 390, "height": 844}
README_SHOTS = {"desk-queue-1366": "desk-queue.png", "desk-correction-1366": "desk-correction.png",
                "desk-submission-390": "desk-submission-narrow.png"}
PDF = TEXT_BUNDLE / "materials.pdf"
ACCOUNTS = TEXT_BUNDLE / "accounts.json"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = make_server(tmp_path_factory.mktemp("desk-browser"), "sqlite")
    srv.database()
    srv.add_user("王窗口", "clerk", "浦东管理部")
    srv.add_user("李审核", "reviewer", "浦东管理部")
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser test skipped: playwright not installed")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=[*ARGS, "--lang=zh-CN"], headless=True)
        yield chromium
        chromium.close()


def shot(page, name: str, full_page: bool = True) -> None:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=full_page)


def no_sideways_scroll(page) -> None:
    """The page fits its width: nothing but the queue's own table scrolls sideways."""
    width = page.evaluate("document.documentElement.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1


def menu_on_one_line_each(page) -> None:
    """Each menu item on one line: not 「材\\n料\\n受\\n理」, one character a line."""
    for item in page.locator("header.top nav a").all():
        box = item.bounding_box()
        assert box["height"] < 30 and box["width"] > box["height"], item.inner_text()


def wait_until(page, condition, seconds: float = 15) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError("the file chooser did not open")


@pytest.fixture(scope="module")
def sent(server, browser):
    """The clerk's session: the bundle chosen by keyboard, sent, sent again, sent with another date."""
    context = browser.new_context(viewport=WIDE, locale="zh-CN")
    page = context.new_page()
    login(page, server.url, "王窗口")
    page.wait_for_url("**/upload")
    result = {}

    choosers: list = []  # one handler for the page: interception stays on between the two choosers
    page.on("filechooser", lambda chooser: choosers.append(chooser))
    # Tab reaches the drop area; Enter opens the chooser
    page.locator("body").press("Tab")
    for _ in range(12):
        if page.evaluate("document.activeElement.id") == "drop":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "drop"
    page.keyboard.press("Enter")
    wait_until(page, lambda: len(choosers) == 1)
    choosers[0].set_files([str(PDF), str(ACCOUNTS)])
    assert page.locator("#file-list tbody tr").count() == 2
    # …Tab reaches the label too, and Space opens the chooser from there
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "choose"
    page.keyboard.press(" ")
    wait_until(page, lambda: len(choosers) == 2)
    assert choosers[1].is_multiple()
    choosers[1].set_files([])
    # the accounts file went into the wrong box: remove it before sending
    page.locator("#file-list tbody tr", has_text="accounts.json").locator("button.remove").click()
    assert page.locator("#file-list tbody tr").all_inner_texts()[0].startswith("materials.pdf")
    assert page.locator("#file-list tbody tr").count() == 1
    page.set_input_files("#accounts-input", str(ACCOUNTS))
    assert page.locator("#accounts-name").inner_text() == "accounts.json"
    page.fill("input[name=today]", "2024-12-20")
    shot(page, "desk-upload-chosen-1366")
    page.click("#submit")
    page.wait_for_selector("#bundle-status.ok", timeout=120_000)
    result["first"] = re.search(r"#(\d+)", page.locator("#bundle-status a").inner_text()).group(1)

    # the same files again: the note stays after the status line moves on to 识别完成
    page.reload()
    page.set_input_files("#file-input", str(PDF))
    page.set_input_files("#accounts-input", str(ACCOUNTS))
    page.fill("input[name=today]", "2024-12-20")
    page.click("#submit")
    page.wait_for_selector("#bundle-status.ok", timeout=60_000)
    page.wait_for_timeout(1500)
    assert "相同材料已受理过" in page.locator("#bundle-note").inner_text()
    assert page.locator("#bundle-note").is_visible()

    # the same case received on another date: a new submission, with a warning
    page.reload()
    page.set_input_files("#file-input", str(PDF))
    page.fill("input[name=today]", "2024-12-19")
    page.click("#submit")
    page.wait_for_selector("#bundle-status.ok", timeout=120_000)
    page.wait_for_selector("#bundle-note:not([hidden])")
    note = page.locator("#bundle-note").inner_text()
    assert "本案已于2024-12-20" in note and f"#{result['first']}" in note
    result["second"] = re.search(r"#(\d+)", page.locator("#bundle-status a").inner_text()).group(1)
    shot(page, "desk-upload-same-case-1366")
    context.close()
    return result


def test_the_clerk_chooses_and_removes_files_with_the_keyboard(sent):
    assert sent["first"] != sent["second"]


def test_corrections_are_typed_and_a_refusal_keeps_the_typed_value(server, browser, sent):
    context = browser.new_context(viewport=WIDE, locale="zh-CN")
    page = context.new_page()
    login(page, server.url, "李审核")
    page.goto(f"{server.url}/submissions/{sent['first']}")
    page.wait_for_selector("#fields")
    assert page.locator("#same-case").is_visible() and "2024-12-19" in page.locator("#same-case").inner_text()

    action = page.locator("tr.field[data-field='action']")
    action.locator("summary").click()
    options = action.locator("select[name=value] option").all_inner_texts()
    assert options == ["请选择", "查询", "冻结", "续行冻结", "解除冻结", "扣划"]
    assert action.locator("select[name=value]").input_value() == "freeze"
    assert page.locator("tr.field[data-field='freeze_period.end'] input[name=value]").get_attribute("type") == "date"
    kinds = page.locator("#fields ul.docs select").first.locator("option").evaluate_all(
        "options => options.map(o => o.textContent)")
    assert "执行裁定书" in kinds and "ruling" not in kinds

    # the ID number's check digit is checked before anything is sent
    row = page.locator("tr.field[data-field='respondent.id_number']")
    row.locator("summary").click()
    row.locator("input[name=value]").fill("310115199102232617")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if r.method == "POST" else None)
    row.locator("form.correction button").click()
    assert "第 18 位应为「6」" in row.locator(".field-error").inner_text()
    assert requests == []

    # an amount in words goes to the server, which refuses it beside the field, keeping what was typed
    row = page.locator("tr.field[data-field='amount']")
    row.locator("summary").click()
    row.locator("input[name=value]").fill("贰拾伍万")
    page.evaluate("document.querySelector(\"tr.field[data-field='amount'] form\").noValidate = true")
    page.evaluate("""document.querySelector("tr.field[data-field='amount'] input[name=value]").dataset.pattern = '.*'""")
    row.locator("form.correction button").click()
    page.wait_for_load_state()
    row = page.locator("tr.field[data-field='amount']")
    assert row.locator("input[name=value]").input_value() == "贰拾伍万"
    assert "不是有效的金额" in row.locator(".field-error").inner_text()
    assert row.locator("input[name=value]").get_attribute("aria-invalid") == "true"
    shot(page, "desk-correction-1366", full_page=False)

    # a correction that checks: stored, and the machine's confidence no longer shown for it
    row.locator("input[name=value]").fill("251960.30")
    row.locator("form.correction button").click()
    page.wait_for_selector("tr.field[data-field='amount'] .badge", timeout=60_000)
    row = page.locator("tr.field[data-field='amount']")
    assert row.locator(".conf").count() == 0 and "已人工更正" in row.inner_text()
    assert page.locator("tr.field[data-field='case_number'] .conf").count() == 1
    assert "更正金额" in page.locator("#history").inner_text()
    context.close()


def test_a_field_without_a_box_hides_the_previous_box_and_the_id_box_is_tight(server, browser, sent):
    context = browser.new_context(viewport=WIDE, locale="zh-CN")
    page = context.new_page()
    login(page, server.url, "李审核")
    page.goto(f"{server.url}/submissions/{sent['first']}")
    wait_for_images(page)
    shown = page.locator("figure.page .box:not([hidden])")
    page.click("tr.field[data-field='respondent.id_number'] th")
    shown.first.wait_for(state="visible")
    box = shown.first.bounding_box()
    sheet = page.locator("figure.page", has=page.locator(".box:not([hidden])")).locator(".sheet").bounding_box()
    # 18 digits, not the whole 「公民身份号码…」 line
    assert box["width"] < 0.3 * sheet["width"] and box["height"] < 0.05 * sheet["height"]
    without = page.locator("tr.field:not(.has-box)").first
    without.locator("th").click()
    assert shown.count() == 0
    assert "selected" in (without.get_attribute("class") or "")
    context.close()


def test_the_queue_has_tabs_the_whole_row_opens_and_decided_items_leave(server, browser, sent):
    context = browser.new_context(viewport=WIDE, locale="zh-CN")
    page = context.new_page()
    login(page, server.url, "李审核")
    page.wait_for_url("**/queue")
    rows = page.locator("table.queue tr.item")
    assert rows.count() == 2 and "待办" in page.locator("nav.tabs a.current").inner_text()
    assert [h.strip() for h in page.locator("table.queue thead th").all_inner_texts()][1:4] == ["收件日期", "答复期限", "剩余"]
    shot(page, "desk-queue-1366")
    page.fill("input[name=q]", "沪执67号")
    page.click("#queue-filters button[type=submit]")
    assert rows.count() == 2
    page.locator("table.queue tr.item", has_text="2024-12-19").locator("td").nth(6).click()  # the court's cell
    page.wait_for_url(f"**/submissions/{sent['second']}")
    page.check("input[name=decision][value=decline]")
    assert page.locator("label", has=page.locator("input[value=assist]")).inner_text().strip() == "予以协助"
    page.click("#decision button[type=submit]")
    page.wait_for_selector("#decision p.done")
    assert "不予协助" in page.locator("#decision p.done").inner_text()
    page.goto(f"{server.url}/queue")
    assert rows.count() == 1 and rows.first.get_attribute("data-href") == f"/submissions/{sent['first']}"
    page.click("nav.tabs a[data-tab=decided]")
    assert rows.count() == 1 and "不予协助" in rows.first.inner_text()
    page.click("nav.tabs a[data-tab=issued]")
    assert rows.count() == 0 and "暂无已发出答复的材料" in page.locator("table.queue").inner_text()
    # issued with its 文号: it moves on to 已发出
    page.goto(f"{server.url}/submissions/{sent['second']}")
    page.click("#issue button[type=submit]")
    page.wait_for_selector("#locked", timeout=60_000)
    page.goto(f"{server.url}/queue?tab=decided")
    assert rows.count() == 0
    page.click("nav.tabs a[data-tab=issued]")
    assert rows.count() == 1 and rows.first.get_attribute("data-href") == f"/submissions/{sent['second']}"
    shot(page, "desk-queue-issued-1366")
    context.close()


@pytest.mark.parametrize("width", [390, 360])
def test_the_pages_work_from_360_px_wide(server, browser, sent, width):
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="zh-CN", is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    login(page, server.url, "李审核")
    for path, name in (("/queue", "queue"), (f"/submissions/{sent['first']}", "submission"), ("/upload", "upload")):
        page.goto(server.url + path)
        page.wait_for_load_state("networkidle")
        menu_on_one_line_each(page)
        no_sideways_scroll(page)
        if width == 390:
            shot(page, f"desk-{name}-390", full_page=name != "submission")
    context.close()


def test_the_submission_prints_fields_findings_and_decision_without_the_menu(server, browser, sent):
    context = browser.new_context(viewport=WIDE, locale="zh-CN")
    page = context.new_page()
    login(page, server.url, "李审核")
    page.goto(f"{server.url}/submissions/{sent['first']}")
    page.wait_for_selector("#fields")
    shot(page, "desk-submission-1366", full_page=False)
    page.emulate_media(media="print")
    for hidden in ("header.top", "#pages", "#documents", "#decision form", "details.fix"):
        assert all(not el.is_visible() for el in page.locator(hidden).all()), hidden
    for shown in ("#fields", "#findings", "#decision", "#history"):
        assert page.locator(shown).is_visible(), shown
    assert page.locator("#fields table.fields").bounding_box()["width"] > 500  # the whole sheet, not a column
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    pdf = page.pdf(path=str(ARTEFACTS / "desk-submission-print.pdf"), format="A4")
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        text = "".join(p.get_text() for p in doc)
    assert "识别结果" in text and "审查意见" in text and "审核决定" in text
    assert "待办队列" not in text and "材料页面" not in text
    context.close()


def test_readme_shots_are_copied(sent):
    """Runs last: copy the README's screenshots once every shot above was taken."""
    images = ROOT / "docs" / "images"
    for name, target in README_SHOTS.items():
        source = ARTEFACTS / f"{name}.png"
        if source.exists():
            shutil.copyfile(source, images / target)
    assert (ARTEFACTS / "desk-queue-1366.png").exists()
