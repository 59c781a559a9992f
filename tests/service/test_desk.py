"""The reviewer's desk over real HTTP (uvicorn in a subprocess): who answers, decide → documents → issue.

Issue 12 points 1–2: the documents follow the reviewer's decision, not the system's
proposal; issuing numbers them from the agency's yearly series and locks the submission;
the answering agency is the pack's (a Jiaozuo pack answers as the Jiaozuo centre).
"""

from __future__ import annotations

import re

import httpx
import pytest

from tests.service.conftest import make_server


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


def login(server, name: str) -> httpx.Client:
    """A logged-in browser's client: the session cookie and its CSRF token for API calls."""
    client = httpx.Client(base_url=server.url, timeout=60, follow_redirects=True)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    r = client.post("/login", data={"name": name, "password": "correct-horse", "csrf": token})
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = re.search(r'name="csrf-token" content="([^"]+)"', r.text).group(1)
    return client


def test_the_admin_page_shows_each_agency_of_the_deployment(server) -> None:
    page = login(server, "admin1").get("/admin").text
    section = page[page.index('id="agencies"'):]
    for text in ("焦作市住房公积金管理中心", "焦公积金协〔", "郭永亮", "河南省焦作市解放区人民路1136号",
                 "云浮市公安局", "公安机关", "云浮市市场监督管理局", "上海市公积金管理中心浦东管理部（默认）",
                 "《关于进一步完善云浮市执行联动工作机制的实施意见》"):
        assert text in section, text
    assert "jiaozuo-2024" not in section and "yunfu-2017" not in section, "packs by their titles, not codes"
