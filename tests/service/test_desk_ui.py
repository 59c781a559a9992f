"""The reviewer's desk over HTTP, against the running server (issue 12, points 4–6).

Every refusal a person can meet, through the API or the pages, is walked and must be said in
Chinese (the API adds a stable English `code`); a correction that does not check is refused
beside its field and keeps what was typed; the queue's tabs, search, filters and pages; the
history in Chinese lines, people by their names.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import httpx
import pytest

from service.refusals import has_cjk
from tests.service.conftest import TEXT_BUNDLE, csrf_of, make_server

PDF = TEXT_BUNDLE / "materials.pdf"
ACCOUNTS = (TEXT_BUNDLE / "accounts.json").read_text(encoding="utf-8")
TRUTH = json.loads((TEXT_BUNDLE / "truth.json").read_text(encoding="utf-8"))
ENGLISH_PHRASE = re.compile(r"[A-Za-z]{3,}[ ,;]+[A-Za-z]{3,}")
"""Two English words in a row: a sentence, not a format name such as PDF or X-API-Key."""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = make_server(tmp_path_factory.mktemp("desk"), "sqlite", ASSISTDESK_MAX_FILE_MB="1",
                      ASSISTDESK_QUEUE_PAGE_SIZE="2")
    srv.database()
    srv.add_user("王窗口", "clerk", "浦东管理部")
    srv.add_user("李审核", "reviewer", "浦东管理部")
    srv.add_user("张管理", "admin", "浦东管理部")
    srv.key = srv.issue_key("浦东法院执行系统", "浦东管理部")
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def done(server):
    """Bundle 04 (text layer) sent by the clerk through the page's API call, and processed."""
    with server.login("王窗口") as clerk:
        r = clerk.post("/api/v1/submissions", files=[("files", ("materials.pdf", PDF.read_bytes(), "application/pdf"))],
                       data={"today": "2024-12-20", "accounts": ACCOUNTS})
        assert r.status_code == 202, r.text
        status = server.wait(clerk, r.json()["id"])
    assert status["status"] == "done", status
    return status


def page_message(response: httpx.Response) -> str:
    """The error sentence a page shows (the error page's, or the one beside a field)."""
    found = re.findall(r'<p class="error[^"]*"[^>]*>(.*?)</p>', response.text, re.S)
    return html.unescape(" ".join(m.strip() for m in found if m.strip()))


def assert_chinese(message: str, where: str) -> None:
    assert message and has_cjk(message), f"{where}: no Chinese in {message!r}"
    assert not ENGLISH_PHRASE.search(message), f"{where}: English in {message!r}"
    assert not re.search(r"user:|key:|Error\b|None\b", message), f"{where}: internal text in {message!r}"


def test_every_api_refusal_is_said_in_chinese_with_a_code(server, done):
    sid = done["id"]
    key = {"Authorization": f"Bearer {server.key}"}
    with httpx.Client(base_url=server.url, timeout=30) as anon, \
            httpx.Client(base_url=server.url, headers=key, timeout=30) as court, server.login("李审核") as web:
        upload = "/api/v1/submissions"
        one = [("files", ("a.pdf", PDF.read_bytes(), "application/pdf"))]
        cases = {
            "no key": anon.get(f"{upload}/{sid}"),
            "wrong key": anon.get(f"{upload}/{sid}", headers={"X-API-Key": "adk_wrong"}),
            "no such submission": court.get(f"{upload}/99999"),
            "submission id not a number": court.get(f"{upload}/abc"),
            "no such address": court.get("/api/v1/nowhere"),
            "wrong method": court.delete(upload),
            "no files": court.post(upload, data={"today": "2024-12-20"}),
            "empty file": court.post(upload, files=[("files", ("empty.pdf", b"", "application/pdf"))]),
            "text named pdf": court.post(upload, files=[("files", ("n.pdf", b"just text\n", "application/pdf"))]),
            "file too large": court.post(upload, files=[("files", ("big.pdf", b"%PDF-1.7\n" + b"0" * (1024 * 1024 + 10),
                                                                  "application/pdf"))]),
            "unknown pack": court.post(upload, files=one, data={"pack": "nowhere-1999"}),
            "date not a date": court.post(upload, files=one, data={"today": "2024-13-45"}),
            "date out of range": court.post(upload, files=one, data={"today": "1999-01-01"}),
            "accounts not json": court.post(upload, files=one, data={"accounts": "{oops"}),
            "accounts not a list": court.post(upload, files=one, data={"accounts": '{"a": 1}'}),
            "key decides": court.post(f"{upload}/{sid}/decision", json={"decision": "assist"}),
            "key corrects": court.post(f"{upload}/{sid}/corrections", json={"field": "amount", "value": "1.00"}),
            "no such document": court.get(f"{upload}/{sid}/documents/99"),
            "no such file": court.get(f"{upload}/{sid}/files/{'0' * 64}"),
            "decision not a decision": web.post(f"{upload}/{sid}/decision", json={"decision": "maybe"}),
            "decision body not json": web.post(f"{upload}/{sid}/decision", content=b"{oops",
                                               headers={"Content-Type": "application/json"}),
            "note too long": web.post(f"{upload}/{sid}/decision", json={"decision": "assist", "note": "长" * 4001}),
            "amount in words": web.post(f"{upload}/{sid}/corrections", json={"field": "amount", "value": "一万"}),
            "bad check digit": web.post(f"{upload}/{sid}/corrections",
                                        json={"field": "respondent.id_number", "value": "340524198001010011"}),
            "field not correctable": web.post(f"{upload}/{sid}/corrections", json={"field": "pages", "value": "1"}),
            "field name malformed": web.post(f"{upload}/{sid}/corrections", json={"field": "A B", "value": "1"}),
            "key issues": court.post(f"{upload}/{sid}/issue"),
            "issue before a decision": web.post(f"{upload}/{sid}/issue"),
            "reopen without a reason": web.post(f"{upload}/{sid}/reopen", json={"reason": ""}),
            "reopen what was not issued": web.post(f"{upload}/{sid}/reopen", json={"reason": "法院来函更正"}),
            "no such issued document": court.get(f"{upload}/{sid}/issues/9/1"),
            "account status not a status": web.put(f"{upload}/{sid}/account",
                                                   json={"balance": "1.00", "status": "frozen", "reason": "核对"}),
            "no csrf": httpx.post(f"{server.url}{upload}/{sid}/decision", json={"decision": "assist"},
                                  cookies=web.cookies),
        }
    for where, r in cases.items():
        assert r.status_code >= 400, (where, r.status_code)
        body = r.json()
        assert_chinese(body["detail"], where)
        assert re.fullmatch(r"[a-z_]+", body.get("code", "")), (where, body)
    assert cases["bad check digit"].json()["detail"].endswith("请对照原件逐位核对。")
    assert cases["empty file"].status_code == 415 and cases["empty file"].json()["code"] == "unreadable_file"
    assert cases["no such address"].status_code == 404 and cases["wrong method"].status_code == 405


def test_every_page_refusal_is_said_in_chinese(server, done):
    sid = done["id"]
    with server.login("李审核") as web, server.login("王窗口") as clerk, server.login("张管理") as admin:
        token = csrf_of(web.get(f"/submissions/{sid}").text)
        admin_token = csrf_of(admin.get("/admin").text)
        cases = {
            "no such page": web.get("/nowhere"),
            "no such submission": web.get("/submissions/99999"),
            "submission id not a number": web.get("/submissions/abc"),
            "no such scan page": web.get(f"/submissions/{sid}/pages/99.png"),
            "clerk in admin": clerk.get("/admin"),
            "clerk decides": clerk.post(f"/submissions/{sid}/decision", data={"decision": "assist",
                                                                             "csrf": csrf_of(clerk.get("/upload").text)}),
            "form without csrf": web.post(f"/submissions/{sid}/decision", data={"decision": "assist"}),
            "form missing its field": web.post(f"/submissions/{sid}/decision", data={"csrf": token}),
            "decision not a decision": web.post(f"/submissions/{sid}/decision", data={"decision": "x", "csrf": token}),
            "reveal a non-ID field": web.post(f"/submissions/{sid}/reveal", data={"field": "amount", "csrf": token}),
            "amount in words": web.post(f"/submissions/{sid}/corrections",
                                        data={"field": "amount", "value": "一万", "csrf": token}),
            "issue before a decision": web.post(f"/submissions/{sid}/issue", data={"csrf": token}),
            "reopen what was not issued": web.post(f"/submissions/{sid}/reopen", data={"reason": "来函", "csrf": token}),
            "no such draft page": web.get(f"/submissions/{sid}/documents/99/pages/1.png"),
            "user exists": admin.post("/admin/users", data={"name": "王窗口", "role": "clerk", "office": "浦东管理部",
                                                            "password": "another-horse-7", "csrf": admin_token}),
            "role unknown": admin.post("/admin/users", data={"name": "新人", "role": "boss", "office": "浦东管理部",
                                                             "password": "another-horse-7", "csrf": admin_token}),
            "key unknown": admin.post("/admin/keys/revoke", data={"name": "没有这个", "csrf": admin_token}),
            "key exists": admin.post("/admin/keys", data={"name": "浦东法院执行系统", "csrf": admin_token}),
        }
    with httpx.Client(base_url=server.url, timeout=30) as anon:
        token = csrf_of(anon.get("/login").text)
        cases["wrong password"] = anon.post("/login", data={"name": "李审核", "password": "nope-nope", "csrf": token})
    for where, r in cases.items():
        assert r.status_code >= 400 or where.startswith(("user", "role", "key")), (where, r.status_code)
        assert_chinese(page_message(r), where)
        assert "Not Found" not in r.text and "Method Not Allowed" not in r.text, where


def test_a_refused_correction_keeps_what_was_typed_beside_the_field(server, done):
    sid = done["id"]
    with server.login("王窗口") as clerk:
        token = csrf_of(clerk.get(f"/submissions/{sid}").text)
        r = clerk.post(f"/submissions/{sid}/corrections", data={"field": "amount", "value": "19OOO.00", "csrf": token})
        assert r.status_code == 422
        row = re.search(r'<tr class="field[^"]*" data-field="amount".*?</tr>', r.text, re.S).group(0)
        assert 'value="19OOO.00"' in row and "<details class=\"fix screen-only\" open>" in row
        assert "不是有效的金额" in page_message(r) and 'aria-invalid="true"' in row
        status = clerk.get(f"/api/v1/submissions/{sid}").json()
        assert clerk.get(f"/api/v1/submissions/{sid}/request").json()["amount"] == TRUTH["request"]["amount"]
        assert status["status"] == "done"


def test_a_correction_is_stored_typed_and_the_history_reads_in_chinese(server, done):
    sid = done["id"]
    with server.login("王窗口") as clerk, server.login("李审核") as web:
        r = clerk.post(f"/api/v1/submissions/{sid}/corrections", json={"field": "amount", "value": "251,960.3"})
        assert r.status_code == 200, r.text
        assert clerk.get(f"/api/v1/submissions/{sid}/request").json()["amount"] == "251960.30"
        same = clerk.post(f"/api/v1/submissions/{sid}/corrections", json={"field": "officers[1].name", "value": "郭敏晨"})
        assert same.status_code == 422 and "不同的人" in same.json()["detail"]
        r = web.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "decline", "note": "贷款未结清"})
        assert r.status_code == 200
        r = web.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "needs_correction", "note": ""})
        assert r.status_code == 200
        text = web.get(f"/submissions/{sid}").text
    history = html.unescape(re.search(r'<section class="card" id="history">.*?</section>', text, re.S).group(0))
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td>(.*?)</td>", history, re.S)]
    assert "决定：要求补正（原为不予协助）" in cells and "决定：不予协助；意见：贷款未结清" in cells
    assert "更正金额：由“251960.30”改为“251960.30”；重新审查后系统结论为不予协助" in cells
    assert "王窗口" in cells and "李审核" in cells and "系统（自动识别）" in cells
    assert not re.search(r"user:|submission\.|field\.corrected|decision=|previous=", history)
    assert "已决定：<strong>要求补正</strong>（李审核，" in text
    proposal = re.search(r"系统结论：(\S+?)<", text).group(1)
    assert proposal in ("予以协助", "要求补正", "不予协助", "提出审查建议", "待补充账户事实")


# -- the queue ----------------------------------------------------------------------------

PEOPLE = [("胡永泽", "310115199102232616", "上海市浦东新区人民法院", "（2024）沪0115执101号"),
          ("卜雅琴", "340524198001010011", "上海市徐汇区人民法院", "（2024）沪0104执202号"),
          ("盛国梁", "34052419800101001X", "上海市浦东新区人民法院", "（2024）沪0115执303号"),
          ("钮海燕", "310104198506060028", "上海市高级人民法院", "（2024）沪执404号"),
          ("宓晓峰", "31010419900101002X", "上海市黄浦区人民法院", "（2024）沪0101执505号")]


@pytest.fixture(scope="module")
def queued(server, done):
    """Five more submissions written straight into the database: two pending (one overdue), one
    decided, one of another office, one issued, each with its case, person and court."""
    from service.models import Submission

    today = dt.date.today()
    db = server.database()
    ids = []
    with db.session() as s:
        for i, (name, id_number, court, case) in enumerate(PEOPLE):
            sub = Submission(status="done", office="徐汇管理部" if i == 3 else "浦东管理部", submitted_by="user:王窗口",
                             fileset_hash=f"{i:064d}", pack="shanghai-2021", received_on=today - dt.timedelta(days=10 - i),
                             deadline=today + dt.timedelta(days=(-2, 1, 6, 3, 4)[i]),
                             request={"action": "freeze", "court": court, "case_number": case,
                                      "respondent": {"name": name, "id_number": id_number}},
                             report={"decision": ("assist", "decline", "needs_correction", "assist", "assist")[i],
                                     "findings": []},
                             decision="assist" if i in (2, 4) else None,
                             decided_at=dt.datetime.now(dt.UTC) if i in (2, 4) else None, decided_by="user:李审核",
                             issued_at=dt.datetime.now(dt.UTC) if i == 4 else None)
            s.add(sub)
            s.flush()
            ids.append(sub.id)
        s.commit()
    db.engine.dispose()
    return ids


def rows_of(page: str) -> list[str]:
    return re.findall(r'<tr class="item[^"]*" data-href="/submissions/(\d+)"', page)


def test_the_queue_has_tabs_and_decided_items_leave_pending(server, done, queued):
    with server.login("李审核") as web:
        pending = web.get("/queue?tab=pending").text
        decided = web.get("/queue?tab=decided").text
        issued = web.get("/queue?tab=issued").text
    assert str(queued[2]) not in rows_of(pending) and str(queued[2]) in rows_of(decided)
    assert rows_of(pending)[:2] == [str(queued[0]), str(queued[1])]  # nearest deadline first, two a page
    assert "逾期2天" in pending and rows_of(issued) == [str(queued[4])]  # issued: neither 待办 nor 已决定
    assert str(queued[4]) not in rows_of(decided) + rows_of(pending)
    assert str(queued[3]) not in rows_of(pending) + rows_of(decided)  # another office's
    for column in ("收件日期", "剩余", "执行法院"):
        assert f"<th>{column}</th>" in pending
    assert "上海市浦东新区人民法院" in pending and (dt.date.today() - dt.timedelta(days=10)).isoformat() in pending


@pytest.mark.parametrize(("query", "expected"), [
    ("q=（2024）沪0104执202号", [1]), ("q=沪0115执101", [0]), ("q=卜雅琴", [1]),
    ("q=340524198001010011", [1]), ("q=徐汇区人民法院", [1]), ("q=没有这个人", []),
    ("decision=decline", [1]), ("due=overdue", [0]), ("due=3", [1]),
])
def test_the_queue_finds_by_case_name_id_number_and_court(server, queued, query, expected):
    with server.login("李审核") as web:
        page = web.get(f"/queue?tab=pending&{query}").text
    assert rows_of(page) == [str(queued[i]) for i in expected]
    if query.startswith("q=3405"):
        table = page[page.index("<tbody>"):page.index("</tbody>")]
        assert "340524198001010011" not in table and "340524********0011" in table  # found, still masked


def test_the_queue_filters_by_date_and_pages(server, done, queued):
    today = dt.date.today()
    with server.login("张管理") as admin:
        first = admin.get("/queue?tab=pending").text
        second = admin.get("/queue?tab=pending&page=2").text
        dated = admin.get(f"/queue?tab=pending&from={(today - dt.timedelta(days=9)).isoformat()}"
                          f"&to={(today - dt.timedelta(days=7)).isoformat()}").text
        office = admin.get("/queue?tab=pending&office=徐汇管理部").text
    assert len(rows_of(first)) == 2 and "第 1 / 2 页" in first and "下一页" in first
    assert set(rows_of(first)).isdisjoint(rows_of(second)) and "上一页" in second
    assert rows_of(dated) == [str(queued[1]), str(queued[3])]
    assert rows_of(office) == [str(queued[3])]
