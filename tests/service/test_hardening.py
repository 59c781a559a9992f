"""The attacker's and the crowd's probes of issue 10, over HTTP against the running server.

Each test reproduces one probe that the service failed before: races on one key or one
file set (ten requests released together by a barrier), offices crossing, files left on
disk, a court deciding its own request, sessions outliving logout, guessed passwords,
missing security headers, full ID numbers on the page, names that hung or broke the
server, dates that overflowed. SQLite always, PostgreSQL where the database matters.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest
from sqlalchemy import func, select

from service.models import AuditEvent, Submission, SubmissionFile
from tests.service.conftest import ROOT, TEXT_BUNDLE, csrf_of, make_server
from tests.service.test_api import _pdf

PDF = TEXT_BUNDLE / "materials.pdf"
ACCOUNTS = (TEXT_BUNDLE / "accounts.json").read_text(encoding="utf-8")
TRUTH = json.loads((TEXT_BUNDLE / "truth.json").read_text(encoding="utf-8"))
FULL_ID = TRUTH["request"]["respondent"]["id_number"]


@pytest.fixture(scope="module")
def server(backend, tmp_path_factory):
    srv = make_server(tmp_path_factory.mktemp(f"hard-{backend}"), backend,
                      ASSISTDESK_MAX_FILE_MB="1", ASSISTDESK_MAX_PAGES="6")
    srv.database()
    srv.add_user("rev1", "reviewer", "浦东管理部")
    srv.add_user("locked1", "clerk", "浦东管理部")
    srv.keys = {"pudong": srv.issue_key("pudong-court", "浦东管理部"),
                "xuhui": srv.issue_key("xuhui-court", "徐汇管理部")}
    srv.start()
    yield srv
    srv.stop()


def variant(tag: str) -> bytes:
    """Bundle 04's PDF with `tag` in its metadata: other bytes (another sha256), the same quick text layer."""
    import pymupdf

    doc = pymupdf.open(PDF)
    doc.set_metadata({**doc.metadata, "title": tag})
    data = doc.tobytes()
    doc.close()
    return data


def client(server, office: str = "pudong") -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"X-API-Key": server.keys[office]}, timeout=60)


def post(c: httpx.Client, files, headers=None, **data) -> httpx.Response:
    return c.post("/api/v1/submissions", files=files, data=data, headers=headers or {})


def together(n: int, action) -> list:
    """Run `action(i)` in n threads released at the same instant by a barrier; the results in order."""
    barrier = threading.Barrier(n)
    results: list = [None] * n

    def run(i: int) -> None:
        barrier.wait()
        results[i] = action(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return results


def rows(server, query):
    db = server.database()
    try:
        with db.session() as s:
            return s.execute(query).all()
    finally:
        db.engine.dispose()


def blobs(server) -> list[str]:
    up = server.data_dir / "uploads"
    return sorted(p.name for p in up.rglob("*") if p.is_file())


# -- data lost or crossed --------------------------------------------------------------------

def test_one_key_sent_ten_times_at_once_with_different_files(server):
    """Probe 1: the losers are told 409, and every 202 names a submission holding exactly its files."""
    bodies = [variant(f"probe1-{i}") for i in range(10)]

    def send(i: int) -> httpx.Response:
        with client(server) as c:
            return post(c, [("files", (f"n{i}.pdf", bodies[i], "application/pdf"))],
                        headers={"Idempotency-Key": "race-1"}, today="2024-12-20")

    answers = together(10, send)
    codes = sorted(r.status_code for r in answers)
    assert codes == [202] + [409] * 9, codes
    winner = next(i for i, r in enumerate(answers) if r.status_code == 202)
    assert answers[winner].json()["created"] is True
    with client(server) as c:
        files = c.get(answers[winner].json()["url"]).json()["files"]
    import hashlib

    assert [f["sha256"] for f in files] == [hashlib.sha256(bodies[winner]).hexdigest()]
    assert all("Idempotency-Key" in r.json()["detail"] for r in answers if r.status_code == 409)


def test_ten_identical_requests_at_once_make_one_submission(server):
    """Probe 3: without a key, the same files sent ten times together are one submission."""
    body = variant("probe3")

    def send(_i: int) -> httpx.Response:
        with client(server) as c:
            return post(c, [("files", ("same.pdf", body, "application/pdf"))], today="2024-12-21")

    answers = together(10, send)
    assert {r.status_code for r in answers} == {202}
    ids = {r.json()["id"] for r in answers}
    assert len(ids) == 1
    assert sorted(r.json()["created"] for r in answers) == [False] * 9 + [True]
    (sid,) = ids
    assert rows(server, select(func.count()).select_from(SubmissionFile)
                .where(SubmissionFile.submission_id == sid)) == [(1,)]


def test_another_office_sending_the_same_bundle_gets_its_own_submission(server):
    """Probe 2: office B never gets office A's id (nor learns it exists); new account facts are kept."""
    files = [("files", ("materials.pdf", PDF.read_bytes(), "application/pdf"))]
    with client(server, "pudong") as a, client(server, "xuhui") as b:
        first = post(a, files, today="2024-12-19", accounts=ACCOUNTS)
        other = post(b, files, today="2024-12-19", accounts=ACCOUNTS)
        assert first.status_code == other.status_code == 202
        assert other.json()["created"] is True and other.json()["id"] != first.json()["id"]
        assert b.get(other.json()["url"]).status_code == 200
        assert b.get(first.json()["url"]).status_code == 404
        changed = json.loads(ACCOUNTS)
        changed[0]["balance"] = "1.00"
        resend = post(a, files, today="2024-12-19", accounts=json.dumps(changed, ensure_ascii=False))
        assert resend.status_code == 202 and resend.json()["created"] is True
        assert resend.json()["id"] != first.json()["id"]
        same = post(a, files, today="2024-12-19", accounts=ACCOUNTS)
        assert same.json() == {**same.json(), "id": first.json()["id"], "created": False}
        for r in (first, other, resend):
            server.wait(a if r is not other else b, r.json()["id"])
    (facts,) = rows(server, select(Submission.accounts).where(Submission.id == resend.json()["id"]))[0]
    assert facts[0]["balance"] == "1.00"


def test_refused_uploads_leave_nothing_on_disk(server):
    """Probe 5: a 415, 413 or 422 (or a 409) keeps none of the bytes it was sent."""
    before = blobs(server)
    with client(server) as c:
        text = post(c, [("files", ("notice.pdf", b"just text, not a scan\n" * 50, "application/pdf"))])
        assert text.status_code == 415
        big = post(c, [("files", ("big.pdf", b"%PDF-1.7\n" + os.urandom(1024 * 1024 + 10), "application/pdf"))])
        assert big.status_code == 413
        good_then_long = [("files", ("ok.pdf", _pdf(["第一页 unique-5a"]), "application/pdf")),
                          ("files", ("long.pdf", _pdf(*[[f"第{i}页 unique-5b"] for i in range(7)]), "application/pdf"))]
        assert post(c, good_then_long).status_code == 422
        first = post(c, [("files", ("k.pdf", PDF.read_bytes(), "application/pdf"))], headers={"Idempotency-Key": "k5"},
                     today="2024-11-20")
        clash = post(c, [("files", ("k2.pdf", _pdf(["unique-5d"]), "application/pdf"))], headers={"Idempotency-Key": "k5"})
        assert first.status_code == 202 and clash.status_code == 409
        server.wait(c, first.json()["id"])
    referenced = {sha for (sha,) in rows(server, select(SubmissionFile.sha256))}
    assert set(blobs(server)) == referenced, "refused uploads left blobs or half-received files in the store"
    assert set(before) <= set(blobs(server))


def test_a_body_larger_than_any_submission_is_refused_before_it_is_read(server):
    """Probe 5: the multipart parser spooled any body to the system temp before the per-file limit;
    now a declared length past a full submission is 413 at once, and an undeclared one is 411."""
    import socket

    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/submissions HTTP/1.1\r\nHost: x\r\nX-API-Key: " + server.keys["pudong"].encode()
                     + b"\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 10000000000\r\n\r\n")
        answer = b""
        while chunk := sock.recv(4096):  # the server closes the connection after its answer
            answer += chunk
    head = answer.decode("utf-8", "replace")
    assert head.startswith("HTTP/1.1 413") and "请分批提交" in head

    def chunks():
        yield b"--b\r\n"

    with client(server) as c:
        r = c.post("/api/v1/submissions", content=chunks(),
                   headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert r.status_code == 411 and "Content-Length" in r.json()["detail"]


def test_an_upload_killed_halfway_is_swept_at_the_next_start(tmp_path):
    """Probe 5: a process killed with -9 while storing leaves `.incoming-*`; the next start removes it,
    and a job's working folder (not the system's temp) is swept the same way."""
    srv = make_server(tmp_path, "sqlite")
    srv.database()
    code = ("import sys, time\nfrom pathlib import Path\nfrom service.storage import UploadStore\n"
            "class Slow:\n    def __init__(self): self.n = 0\n"
            "    def read(self, _size):\n        self.n += 1\n        if self.n > 1: time.sleep(60)\n"
            "        return b'%PDF-1.7 half'\n"
            f"UploadStore(Path({str(tmp_path / 'uploads')!r})).stage(Slow(), 10**9)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    deadline = time.monotonic() + 30
    while not list((tmp_path / "uploads").glob(".incoming-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    work = tmp_path / "work"
    work.mkdir()
    (work / f"job-{_dead_tag(proc)}-7-abc").mkdir()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert list((tmp_path / "uploads").glob(".incoming-*")), "the killed upload left nothing to sweep"
    srv.start()
    try:
        assert not list((tmp_path / "uploads").glob(".incoming-*"))
        assert not list(work.iterdir())
    finally:
        srv.stop()


def _dead_tag(proc: subprocess.Popen) -> str:
    from service.leftovers import owner_tag

    return owner_tag().rsplit(".", 1)[0] + f".{proc.pid}"


# -- access ----------------------------------------------------------------------------------

def test_logout_ends_the_session_on_the_server(server):
    """Probe 8: the cookie from before logout no longer opens a page."""
    with server.login("rev1") as web:
        cookie = web.cookies.get("assistdesk_session")
        assert web.get("/queue").status_code == 200
        token = csrf_of(web.get("/queue").text)
        assert web.post("/logout", data={"csrf": token}).status_code == 303
    with httpx.Client(base_url=server.url, timeout=30, cookies={"assistdesk_session": cookie}) as replay:
        r = replay.get("/queue")
        assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_wrong_passwords_lock_the_name(server):
    """Probe 8: after five wrong passwords even the right one is refused for a while (429, in Chinese)."""
    with httpx.Client(base_url=server.url, timeout=30) as web:
        for _ in range(5):
            token = csrf_of(web.get("/login").text)
            r = web.post("/login", data={"name": "locked1", "password": "guess-guess-1", "csrf": token})
            assert r.status_code == 401
        token = csrf_of(web.get("/login").text)
        r = web.post("/login", data={"name": "locked1", "password": "correct-horse", "csrf": token})
        assert r.status_code == 429 and "暂时锁定" in r.text
    with httpx.Client(base_url=server.url, timeout=30) as other:  # another user is not affected
        token = csrf_of(other.get("/login").text)
        assert other.post("/login", data={"name": "rev1", "password": "correct-horse", "csrf": token}).status_code == 303


@pytest.mark.parametrize("password", ["aaaaaaaa", "aaaaaaaaaaaa", "short-pw", "weakuser1-password"])
def test_weak_passwords_are_refused(tmp_path, password):
    """Probe 8: `aaaaaaaa` was accepted; now short, repetitive or name-bearing passwords are refused."""
    srv = make_server(tmp_path, "sqlite")
    r = srv.cli("users", "add", "weakuser1", "--role", "clerk", "--office", "浦东管理部", "--password", password,
                check=False)
    assert r.returncode == 2 and "密码" in r.stderr
    ok = srv.cli("users", "add", "weakuser1", "--role", "clerk", "--office", "浦东管理部",
                 "--password", "river-lamp-47", check=False)
    assert ok.returncode == 0, ok.stderr


def test_security_headers_on_every_kind_of_response(server):
    """Probe 9: pages, API, static files and errors all carry CSP, framing, sniffing and referrer rules."""
    for path in ("/login", "/api/v1/health", "/static/app.css", "/api/v1/submissions/1", "/api/v1/docs", "/nowhere"):
        h = httpx.get(server.url + path).headers
        assert "frame-ancestors 'none'" in h["content-security-policy"], path
        assert "script-src 'self'" in h["content-security-policy"] and "unsafe-inline" not in h[
            "content-security-policy"].split("script-src")[1].split(";")[0], path
        assert h["x-frame-options"] == "DENY" and h["x-content-type-options"] == "nosniff", path
        assert h["referrer-policy"] == "same-origin", path


def test_cookie_is_secure_when_the_server_listens_beyond_loopback(tmp_path):
    """Probe 9: served on 0.0.0.0 the session cookie is Secure without any setting; on 127.0.0.1 (the
    embedded default, plain http on one machine) it is not, or login would not work there."""
    srv = make_server(tmp_path, "sqlite")
    srv.database()
    srv.start(host="0.0.0.0")
    try:
        set_cookie = httpx.get(srv.url + "/login").headers["set-cookie"]
        assert "assistdesk_session=" in set_cookie and "secure" in set_cookie.lower()
        assert "httponly" in set_cookie.lower() and "samesite=lax" in set_cookie.lower()
    finally:
        srv.stop()


def test_id_numbers_are_masked_until_revealed_and_the_reveal_is_audited(server):
    """Probe 10: field, correction history and notes show the ID masked; a reveal shows it and is logged."""
    with client(server) as c:
        r = post(c, [("files", ("materials.pdf", PDF.read_bytes(), "application/pdf"))], today="2024-12-18")
        sid = r.json()["id"]
        assert server.wait(c, sid)["status"] == "done"
    masked = FULL_ID[:6] + "********" + FULL_ID[-4:]
    with server.login("rev1") as web:
        from extract.values import id_check_char

        other = FULL_ID[:16] + ("1" if FULL_ID[16] != "1" else "3")  # another person, a valid number
        corrected = other + id_check_char(other)
        assert web.post(f"/api/v1/submissions/{sid}/corrections",
                        json={"field": "respondent.id_number", "value": corrected}).status_code == 200
        assert web.post(f"/api/v1/submissions/{sid}/decision",
                        json={"decision": "decline", "note": f"被执行人身份证号 {FULL_ID} 核对无误"}).status_code == 200
        page = web.get(f"/submissions/{sid}").text
        assert FULL_ID not in page and corrected not in page
        assert masked in page and "显示完整号码" in page
        token = csrf_of(page)
        revealed = web.post(f"/submissions/{sid}/reveal", data={"field": "respondent.id_number", "csrf": token})
        assert revealed.status_code == 200 and corrected in revealed.text and FULL_ID in revealed.text
        assert web.post(f"/submissions/{sid}/reveal", data={"field": "amount", "csrf": token}).status_code == 422
        assert FULL_ID not in web.get(f"/submissions/{sid}").text
    events = rows(server, select(AuditEvent.actor, AuditEvent.detail)
                  .where(AuditEvent.submission_id == sid, AuditEvent.action == "id_number.revealed"))
    assert [(a, d["field"]) for a, d in events] == [("user:rev1", "respondent.id_number")]


# -- hangs and crashes -----------------------------------------------------------------------

@pytest.mark.parametrize("n,name,kept", [(1, ".x.pdf", "x.pdf"), (2, "...", "upload"), (3, ".", "upload"),
                                         (4, "a\x00b.pdf", "ab.pdf"), (5, "\u202egpj.pdf", "gpj.pdf"),
                                         (6, "../../etc/passwd.pdf", "passwd.pdf")])
def test_odd_file_names_are_answered_and_processed(server, n, name, kept):
    """Probes 11 and 12: a leading dot looped forever; a NUL was a PostgreSQL 500. Both are names now."""
    with client(server) as c:
        r = c.post("/api/v1/submissions", timeout=20,
                   **raw_multipart(name, PDF.read_bytes(), today=f"2024-11-{n:02d}"))
        assert r.status_code == 202, r.text
        status = server.wait(c, r.json()["id"])
    assert status["status"] == "done", status
    assert [f["name"] for f in status["files"]] == [kept]


def raw_multipart(filename: str, body: bytes, **fields: str) -> dict:
    """A multipart body written byte for byte (httpx would percent-encode a NUL in the file name)."""
    boundary = "----probe" + os.urandom(8).hex()
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{filename}"\r\n'
                 f"Content-Type: application/pdf\r\n\r\n".encode() + body + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return {"content": b"".join(parts), "headers": {"Content-Type": f"multipart/form-data; boundary={boundary}"}}


def test_two_files_with_one_hidden_name_stay_distinct(server):
    with client(server) as c:
        r = post(c, [("files", (".a.pdf", variant("hidden-1"), "application/pdf")),
                     ("files", ("a.pdf", variant("hidden-2"), "application/pdf"))], today="2024-12-17")
        assert r.status_code == 202
        names = [f["name"] for f in c.get(r.json()["url"]).json()["files"]]
    assert names == ["a.pdf", "a (2).pdf"]


def test_control_characters_in_text_fields_are_refused_not_a_500(server):
    """Probe 12: NUL in a login name, a correction or a note."""
    with httpx.Client(base_url=server.url, timeout=30) as web:
        token = csrf_of(web.get("/login").text)
        assert web.post("/login", data={"name": "rev\x001", "password": "x", "csrf": token}).status_code == 401
    with client(server) as c:
        sid = post(c, [("files", ("n.pdf", PDF.read_bytes(), "application/pdf"))], today="2024-11-21").json()["id"]
        server.wait(c, sid)
    with server.login("rev1") as web:
        r = web.post(f"/api/v1/submissions/{sid}/corrections", json={"field": "court", "value": "上海\x00法院"})
        assert r.status_code == 422 and "控制字符" in r.json()["detail"]
        r = web.post(f"/api/v1/submissions/{sid}/decision", json={"decision": "decline", "note": "a\x00b"})
        assert r.status_code == 422


@pytest.mark.parametrize("today", ["9999-12-31", "0001-01-01", "1990-05-01"])
def test_a_date_of_receipt_outside_a_sane_window_is_refused(server, today):
    """Probe 13: 9999-12-31 overflowed in the job and 0001-01-01 was taken; now a 422 in Chinese."""
    with client(server) as c:
        r = post(c, [("files", ("d.pdf", _pdf([f"unique-13 {today}"]), "application/pdf"))], today=today)
    assert r.status_code == 422
    assert r.json()["detail"].startswith(f"收件日期 {today} 不在可受理的范围内") and "\n" not in r.json()["detail"]


def test_api_docs_assets_are_served_by_the_package(server):
    """Probe 14 (the browser test renders them): nothing of the docs pages comes from elsewhere."""
    for path in ("/api/v1/docs", "/api/v1/redoc"):
        html = httpx.get(server.url + path).text
        assert "http://" not in html and "https://" not in html, path
        for src in __import__("re").findall(r'(?:src|href)="([^"]+)"', html):
            assert httpx.get(server.url + src).status_code == 200, src
