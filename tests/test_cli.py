"""The command line as a clerk and an integrator use it: one JSON object, bad files reported."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from service.logs import mask_text
from tests.conftest import ROOT, render_pdf
from tests.textpages import wrap

NOTICE = ["协助执行通知书", "（2024）沪0115执1234号", *wrap(
    "上海市公积金管理中心：申请执行人李四与被执行人张三民间借贷纠纷一案，请协助冻结被执行人张三（公民身份号码"
    "34052419800101001X）住房公积金人民币壹拾万元整，冻结期限三年，自2024年5月10日起至2027年5月9日止。", 24),
    "上海市浦东新区人民法院", "二〇二四年五月十日"]


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", **(env or {})}, timeout=300)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bad_files_are_reported_and_the_rest_is_processed(tmp_path):
    good = render_pdf([NOTICE], tmp_path / "notice.pdf")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    fake = tmp_path / "ruling.pdf"
    fake.write_text("not a pdf", encoding="utf-8")
    before = {p.name: _digest(p) for p in (good, empty, fake)}

    run = _run("process", "notice.pdf", "empty.pdf", "ruling.pdf", "--json", cwd=tmp_path)

    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)  # stdout is exactly one JSON object
    assert out["status"] == "partial"
    assert out["request"]["case_number"] == "（2024）沪0115执1234号"
    assert out["request"]["amount"] == "100000.00"
    assert {p["source"] for p in out["problems"]} == {"empty.pdf", "ruling.pdf"}
    errors = [line for line in run.stderr.splitlines() if line.startswith("assistdesk: ")]
    assert any(line.startswith("assistdesk: empty.pdf: ") for line in errors)
    assert any(line.startswith("assistdesk: ruling.pdf: ") and "纯文本" in line for line in errors)
    assert {p.name: _digest(p) for p in (good, empty, fake)} == before, "nothing the clerk gave is altered"
    assert "34052419800101001X" not in run.stderr


def test_nothing_readable_exits_non_zero_with_one_line(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"")
    run = _run("process", "a.pdf", "--json", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stdout == ""
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("assistdesk: 所有文件都无法读取") and last.endswith("（没有可读取的文件）")


def test_an_unknown_pack_stops_before_reading_with_its_own_status(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"")
    run = _run("process", "a.pdf", "--rules", "atlantis-2099", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.strip() == ("assistdesk: 没有名为「atlantis-2099」的规则包；现有规则包：gongan-county、"
                                  "jiaozuo-2024、national-2010、shanghai-2021、yunfu-2017（未知的规则包）")


def test_a_broken_ocr_setting_is_a_configuration_error(tmp_path):
    render_pdf([NOTICE], tmp_path / "a.pdf")
    run = _run("process", "a.pdf", cwd=tmp_path, env={"ASSISTDESK_OCR": "tesseract"})
    assert run.returncode == 3, run.stderr
    assert "unknown OCR engine 'tesseract'" in run.stderr and run.stderr.strip().endswith("（文字识别引擎不可用）")


def test_summary_without_json(tmp_path):
    render_pdf([NOTICE], tmp_path / "notice.pdf")
    run = _run("process", "notice.pdf", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "（2024）沪0115执1234号" in run.stdout
    assert "34052419800101001X" not in run.stdout, "the terminal summary masks the ID number"


def test_logs_mask_id_numbers():
    assert mask_text("读到 34052419800101001X 和 110101196003074514") == "读到 340524********001X 和 110101********4514"


def test_a_progress_bar_on_a_terminal_and_none_in_a_pipe(tmp_path):
    """On a clerk's terminal stderr shows a bar counting pages; piped, stderr stays clean."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    render_pdf([NOTICE, NOTICE], tmp_path / "notice.pdf")
    command = [sys.executable, "-m", "service.cli", "process", "notice.pdf", "--json"]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a size
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    assert proc.returncode == 0
    assert b"page" in seen and b"/2 [" in seen, "a bar counting the 2 pages"
    assert json.loads(proc.stdout.read())["request"]["case_number"] == "（2024）沪0115执1234号"
    piped = _run("process", "notice.pdf", "--json", cwd=tmp_path)
    assert "page" not in piped.stderr
