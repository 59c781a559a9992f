"""The intake API over HTTP against the running server, on SQLite and (when reachable) PostgreSQL."""

from __future__ import annotations

import json
import re

import httpx
import pymupdf
import pytest

from tests.service.conftest import TEXT_BUNDLE, make_server

TRUTH = json.loads((TEXT_BUNDLE / "truth.json").read_text(encoding="utf-8"))
PDF = TEXT_BUNDLE / "materials.pdf"
ACCOUNTS = (TEXT_BUNDLE / "accounts.json").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def server(backend, tmp_path_factory):
    srv = make_server(tmp_path_factory.mktemp(f"api-{backend}"), backend,
                      ASSISTDESK_MAX_FILE_MB="1", ASSISTDESK_MAX_PAGES="6")
    srv.database()
    srv.add_user("clerk1", "clerk", "浦东管理部")
    srv.add_user("rev1", "reviewer", "浦东管理部")
    srv.add_user("rev2", "reviewer", "徐汇管理部")
    srv.keys = {"pudong": srv.issue_key("pudong-court", "浦东管理部"),
                "xuhui": srv.issue_key("xuhui-court", "徐汇管理部")}
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def api(server):
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.keys['pudong']}"},
                      timeout=30) as client:
        yield client


def submit(client: httpx.Client, files, headers=None, **data) -> httpx.Response:
    return client.post("/api/v1/submissions", files=files, data=data, headers=headers or {})


@pytest.fixture(scope="module")
def done(server, api):
    """Bundle 04 (text layer) submitted once and processed."""
    r = submit(api, [("files", ("materials.pdf", PDF.read_bytes(), "application/pdf"))],
               today="2024-12-20", accounts=ACCOUNTS)
    assert r.status_code == 202, r.text
    assert r.headers["location"] == f"/api/v1/submissions/{r.json()['id']}"
    status = server.wait(api, r.json()["id"])
    assert status["status"] == "done", status
    return status


def test_openapi_is_served(server):
    schema = httpx.get(server.url + "/api/v1/openapi.json").json()
    assert "/api/v1/submissions" in schema["paths"]
    assert {"HTTPBearer", "APIKeyHeader"} <= set(schema["components"]["securitySchemes"])


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer adk_wrong"}, {"X-API-Key": "nonsense"}])
def test_requests_without_a_valid_key_are_refused(server, headers):
    r = httpx.post(server.url + "/api/v1/submissions", headers=headers,
                   files=[("files", ("a.pdf", PDF.read_bytes(), "application/pdf"))])
    assert r.status_code == 401
    assert "接口密钥" in r.json()["detail"] and r.json()["code"] in ("api_key_unknown", "not_authenticated")
    assert httpx.get(server.url + "/api/v1/submissions/1", headers=headers).status_code == 401


def test_revoked_key_stops_working_at_once(server):
    key = server.issue_key("short-lived", "浦东管理部")
    headers = {"X-API-Key": key}
    assert httpx.get(server.url + "/api/v1/submissions/999", headers=headers).status_code == 404
    server.cli("keys", "revoke", "short-lived")
    assert httpx.get(server.url + "/api/v1/submissions/999", headers=headers).status_code == 401


def test_bundle_is_read_checked_and_answered(api, done):
    sid = done["id"]
    assert done["pages_done"] == done["pages_total"] > 0
    request = api.get(f"/api/v1/submissions/{sid}/request").json()
    for key in ("action", "court", "case_number", "amount", "freeze_period", "respondent"):
        assert request[key] == TRUTH["request"][key], key
    report = api.get(f"/api/v1/submissions/{sid}/report").json()
    assert report["decision"] == "decline"
    assert all({"rule", "outcome", "severity", "message", "citation"} <= set(f) for f in report["findings"])
    docs = api.get(f"/api/v1/submissions/{sid}/documents").json()
    assert [d["n"] for d in docs] == list(range(1, len(docs) + 1))
    pdf = next(d for d in docs if d["format"] == "pdf")
    got = api.get(pdf["url"])
    assert got.status_code == 200 and got.content.startswith(b"%PDF-")
    assert api.get(f"/api/v1/submissions/{sid}/documents/{len(docs) + 1}").status_code == 404


def test_original_file_comes_back_byte_for_byte(api, done):
    f = done["files"][0]
    got = api.get(f["url"])
    assert got.status_code == 200 and got.content == PDF.read_bytes()
    assert api.get(f"/api/v1/submissions/{done['id']}/files/{'0' * 64}").status_code == 404


def test_same_files_give_the_same_submission(api, done):
    again = submit(api, [("files", ("renamed.pdf", PDF.read_bytes(), "application/pdf"))],
                   today="2024-12-20", accounts=ACCOUNTS)
    assert again.status_code == 202
    assert again.json()["id"] == done["id"] and again.json()["created"] is False


def test_idempotency_key_gives_the_same_submission(api, server):
    files = [("files", ("one.pdf", _pdf(["协助执行通知书", "（2024）沪0115执9号"]), "application/pdf"))]
    first = submit(api, files, headers={"Idempotency-Key": "req-42"}, today="2024-12-20")
    second = submit(api, files, headers={"Idempotency-Key": "req-42"}, today="2024-12-20")
    assert first.status_code == second.status_code == 202
    assert first.json()["id"] == second.json()["id"] and second.json()["created"] is False
    other = [("files", ("two.pdf", _pdf(["执行裁定书", "另一份"]), "application/pdf"))]
    clash = submit(api, other, headers={"Idempotency-Key": "req-42"}, today="2024-12-20")
    assert clash.status_code == 409
    server.wait(api, first.json()["id"])


def test_upload_limits_answer_in_one_line(api):
    text = submit(api, [("files", ("notice.pdf", b"just some text, not a scan\n", "application/pdf"))])
    assert text.status_code == 415
    assert text.json()["detail"] == "notice.pdf：内容是纯文本，不是扫描件；请上传 PDF、PNG、JPEG 或 TIFF 格式的扫描件本身"
    assert text.json()["code"] == "unreadable_file"
    big = submit(api, [("files", ("big.pdf", b"%PDF-1.7\n" + b"0" * (1024 * 1024 + 10), "application/pdf"))])
    assert big.status_code == 413 and "超过 1 MB" in big.json()["detail"]
    many = submit(api, [("files", ("long.pdf", _pdf(*[[f"第{i}页"] for i in range(7)]), "application/pdf"))])
    assert many.status_code == 422 and "共 7 页，超过一次提交最多 6 页" in many.json()["detail"]
    assert submit(api, [("files", ("a.pdf", PDF.read_bytes(), "application/pdf"))],
                  pack="nowhere-1999").status_code == 422
    assert api.post("/api/v1/submissions").status_code == 422
    for response in (text, big, many):
        assert "\n" not in response.json()["detail"]


def test_other_offices_do_not_see_the_submission(server, done):
    other = {"X-API-Key": server.keys["xuhui"]}
    assert httpx.get(f"{server.url}/api/v1/submissions/{done['id']}", headers=other).status_code == 404


def test_decision_and_correction_are_kept_with_who_and_when(server, done):
    sid = done["id"]
    with server.login("rev1") as web:
        bad = web.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "maybe"})
        assert bad.status_code == 422
        r = web.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "decline", "note": "贷款未结清"})
        assert r.status_code == 200 and r.json()["decision"] == "decline"
        r = web.post(f"/api/v1/submissions/{sid}/corrections", json={"field": "applicant.name", "value": "上海某公司"})
        assert r.status_code == 200, r.text
        assert web.get(f"/api/v1/submissions/{sid}/request").json()["applicant"]["name"] == "上海某公司"
        docs = web.get(f"/api/v1/submissions/{sid}/documents").json()
        assert len({d["url"] for d in docs}) == len(docs)


def test_a_court_key_neither_decides_nor_corrects_its_own_request(api, done):
    """Probe 6: the court that sent the request must not set the amount or decide `assist` itself."""
    sid = done["id"]
    before = api.get(f"/api/v1/submissions/{sid}/request").json()
    r = api.post(f"/api/v1/submissions/{sid}/corrections", json={"field": "amount", "value": "99999999.00"})
    assert r.status_code == 403 and "接口密钥不能更正" in r.json()["detail"]
    r = api.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "assist", "note": ""})
    assert r.status_code == 403 and "不能决定" in r.json()["detail"]
    assert api.get(f"/api/v1/submissions/{sid}/request").json()["amount"] == before["amount"]
    assert api.get(f"/api/v1/submissions/{sid}").json()["decision"] != "assist"


def test_pages_need_login_and_mask_id_numbers(server, done):
    with httpx.Client(base_url=server.url, timeout=30) as web:
        assert web.get("/queue").status_code == 303
        form = web.get("/login").text
        token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        assert web.post("/login", data={"name": "rev1", "password": "correct-horse"}).status_code == 403
        assert web.post("/login", data={"name": "rev1", "password": "wrong-pass", "csrf": token}).status_code == 401
        token = re.search(r'name="csrf" value="([^"]+)"', web.get("/login").text).group(1)
        assert web.post("/login", data={"name": "rev1", "password": "correct-horse", "csrf": token}).status_code == 303
        queue = web.get("/queue").text + web.get("/queue?tab=decided").text  # 待办 until decided above
        full_id = TRUTH["request"]["respondent"]["id_number"]
        assert f"#{done['id']}" in queue and full_id not in queue
        assert full_id[:6] + "********" + full_id[-4:] in queue
        page = web.get(f"/submissions/{done['id']}")
        assert page.status_code == 200 and "data-box=" in page.text
        img = web.get(f"/submissions/{done['id']}/pages/0.png")
        assert img.status_code == 200 and img.content.startswith(b"\x89PNG")
        # the browser's own API calls need the session's CSRF token
        assert web.post(f"/api/v1/submissions/{done['id']}/decision", json={"decision": "assist"}).status_code == 403
    with httpx.Client(base_url=server.url, timeout=30) as web:
        token = re.search(r'name="csrf" value="([^"]+)"', web.get("/login").text).group(1)
        web.post("/login", data={"name": "rev2", "password": "correct-horse", "csrf": token})
        assert web.get(f"/submissions/{done['id']}").status_code == 404


def test_every_change_is_in_the_audit_log(server, done):
    from sqlalchemy import select

    from service.models import AuditEvent

    db = server.database()
    with db.session() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.submission_id == done["id"]))]
        event = s.scalars(select(AuditEvent)).first()
        event.actor = "someone else"
        with pytest.raises(Exception, match="never updated"):
            s.flush()
    db.engine.dispose()
    assert actions[:3] == ["submission.received", "submission.processing", "submission.done"]


@pytest.mark.parametrize("statement", ["UPDATE audit_events SET actor = 'someone else'", "DELETE FROM audit_events"])
def test_the_database_itself_refuses_to_rewrite_the_audit_log(server, done, statement):
    from sqlalchemy import text

    db = server.database()
    with db.engine.connect() as connection, pytest.raises(Exception, match="append-only"):
        connection.execute(text(statement))
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_events")).scalar() >= 3
    db.engine.dispose()


def _pdf(*pages: list[str]) -> bytes:
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page()
        for i, line in enumerate(lines):
            page.insert_text((72, 72 + 20 * i), line, fontname="china-s")
    data = doc.tobytes()
    doc.close()
    return data
