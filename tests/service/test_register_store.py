"""Account facts imported from the core system's export, and the register kept in the database."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from service.db import Database, migrate
from service.models import AuditEvent
from service.register.importing import ImportFileError, read_export
from service.register.ledger import Event, RegisterError, cents
from service.register.store import append, facts_for, load_register, run_day, upsert_accounts
from service.register.tables import Account, RegisterEvent

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CSV = ROOT / "samples" / "accounts" / "core-export.csv"
SAMPLE_XLSX = ROOT / "samples" / "accounts" / "core-export.xlsx"
D = dt.date
ID = "310115198503124419"  # 庞知远 in the sample export


@pytest.fixture()
def db(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'assistdesk.db'}")
    migrate(database.engine)
    return database


def test_sample_csv_and_xlsx_read_alike_with_no_bad_row():
    csv_rows, xlsx_rows = read_export(SAMPLE_CSV), read_export(SAMPLE_XLSX)
    assert csv_rows.problems == [] and xlsx_rows.problems == []
    assert csv_rows.accounts == xlsx_rows.accounts and len(csv_rows.accounts) == 6
    by_id = {a["id_number"]: a for a in csv_rows.accounts}
    assert by_id["31010419790607562X"]["loans"] == [{"role": "borrower", "settled": False}]
    assert by_id["310112196202210833"]["status"] == "sealed"
    assert by_id[ID]["balance"] == "86420.15"


def test_each_bad_row_is_one_chinese_line_and_the_good_rows_still_import(tmp_path):
    bad = tmp_path / "export.csv"
    lines = SAMPLE_CSV.read_text(encoding="utf-8-sig").splitlines()
    lines[2] = lines[2].replace("132007.60", "13万")                      # row 3: amount
    lines[3] = lines[3].replace("310112196202210833", "310112196202210834")  # row 4: check digit
    lines[4] = lines[4].replace("缴存", "冻结中")                          # row 5: status
    bad.write_text("\n".join(lines), encoding="utf-8")
    result = read_export(bad)
    assert [p.line() for p in result.problems] == [
        "第3行「账户余额」：「13万」不是金额，应写作如 12345.67（元，至多两位小数）",
        "第4行「证件号码」：「310112********0834」不是有效的18位公民身份号码（校验位或出生日期不符）",
        "第5行「账户状态」：「冻结中」不是账户状态，应为缴存、封存或销户",
    ]
    assert len(result.accounts) == 3


def test_a_file_without_the_required_columns_is_refused_in_one_line(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("姓名,余额\n张三,1.00\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="缺少必需的列：证件号码、个人账号、账户状态"):
        read_export(f)


def test_json_array_per_the_schema_keeps_added_fields(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"id_number": ID, "name": "庞知远", "account_number": "1", "balance": "5.00",
                              "status": "depositing", "deposit_day": 15, "loans": []}]), encoding="utf-8")
    result = read_export(f)
    assert result.problems == [] and result.accounts[0]["deposit_day"] == 15


def test_importing_the_same_file_twice_changes_nothing(db):
    accounts = read_export(SAMPLE_CSV).accounts
    with db.session() as s:
        assert upsert_accounts(s, accounts, "test", D(2026, 12, 1)) == {"added": 6, "changed": 0, "unchanged": 0}
        s.commit()
    with db.session() as s:
        events_before = s.scalar(select(func.count()).select_from(RegisterEvent))
        assert upsert_accounts(s, accounts, "test", D(2026, 12, 2)) == {"added": 0, "changed": 0, "unchanged": 6}
        s.commit()
        assert s.scalar(select(func.count()).select_from(RegisterEvent)) == events_before
        assert s.scalar(select(func.count()).select_from(Account)) == 6


def test_cli_import_reports_bad_rows_and_imports_the_rest(tmp_path):
    data = tmp_path / "data"
    bad = tmp_path / "export.csv"
    lines = SAMPLE_CSV.read_text(encoding="utf-8-sig").splitlines()
    lines[2] = lines[2].replace("132007.60", "abc")
    bad.write_text("\n".join(lines), encoding="utf-8")
    env = {"ASSISTDESK_DATA_DIR": str(data), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "service.cli", "accounts", "import", str(bad), "--date", "2026-12-01"]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "export.csv 第3行「账户余额」：「abc」不是金额" in done.stderr
    assert "新增5户" in done.stdout
    again = subprocess.run([*cmd[:5], str(SAMPLE_XLSX), "--date", "2026-12-02"], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 0 and "新增1户，更新0户，未变5户" in again.stdout, again.stdout + again.stderr


def test_stored_facts_carry_the_registers_freezes_as_of_the_date_of_receipt(db):
    with db.session() as s:
        upsert_accounts(s, read_export(SAMPLE_CSV).accounts, "test", D(2026, 1, 5))
        append(s, ID, Event("freeze", D(2026, 2, 1), case_number="（2026）沪0115执11号",
                            court="上海市浦东新区人民法院", amount=cents("90000.00"),
                            start=D(2026, 2, 1), end=D(2027, 1, 31)), "reviewer")
        append(s, ID, Event("freeze", D(2026, 3, 1), case_number="（2026）沪0104执22号",
                            court="上海市徐汇区人民法院", amount=cents("20000.00"),
                            start=D(2026, 3, 1), end=D(2027, 2, 28)), "reviewer")
        s.commit()
        assert [f["state"] for f in facts_for(s, ID, D(2026, 3, 10))[0]["freezes"]] == ["active", "queued"]
        assert [f["case_number"] for f in facts_for(s, ID, D(2026, 2, 10))[0]["freezes"]] == \
            ["（2026）沪0115执11号"]
        assert facts_for(s, "11010519491231002X", D(2026, 3, 10)) is None


def test_refused_event_leaves_nothing_and_rows_are_append_only(db):
    with db.session() as s:
        upsert_accounts(s, read_export(SAMPLE_CSV).accounts, "test", D(2026, 1, 5))
        s.commit()
        with pytest.raises(RegisterError):
            append(s, ID, Event("unfreeze", D(2026, 2, 1), case_number="（2026）沪0115执99号"), "reviewer")
        s.rollback()
        assert s.scalar(select(func.count()).select_from(RegisterEvent).where(RegisterEvent.kind == "unfreeze")) == 0
    with db.engine.connect() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("DELETE FROM register_events"))


def test_daily_run_expires_promotes_deposits_and_audits(db):
    accounts = read_export(SAMPLE_CSV).accounts
    for a in accounts:
        if a["id_number"] == ID:
            a["deposit_day"] = 15
    with db.session() as s:
        upsert_accounts(s, accounts, "test", D(2026, 1, 5))
        append(s, ID, Event("freeze", D(2026, 1, 10), case_number="（2026）沪0115执11号",
                            court="上海市浦东新区人民法院", amount=cents("86420.15"),
                            start=D(2026, 1, 10), end=D(2026, 6, 30)), "reviewer")
        append(s, ID, Event("freeze", D(2026, 1, 12), case_number="（2026）沪0104执22号",
                            court="上海市徐汇区人民法院", amount=cents("5000.00"),
                            start=D(2026, 1, 12), end=D(2027, 1, 11)), "reviewer")
        assert run_day(s, D(2026, 1, 14)) == []
        notices = run_day(s, D(2026, 1, 15))       # 2450.00 deposited, goes to the queued freeze
        assert [n.kind for n in notices] == ["promoted"]
        reg = load_register(s, ID)
        assert [str(h.held) for h in reg.holds] == ["86420.15", "2450.00"]
        notices = run_day(s, D(2026, 7, 1))        # the first lapsed on 30 June
        assert sorted(n.kind for n in notices) == ["expired", "filled"]
        s.commit()
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "register.day")) == 1


def test_freeze_and_deposit_events_mask_the_id_number_in_the_audit(db):
    with db.session() as s:
        upsert_accounts(s, read_export(SAMPLE_CSV).accounts, "test", D(2026, 1, 5))
        s.commit()
        details = [json.dumps(e.detail, ensure_ascii=False) for e in s.scalars(select(AuditEvent))]
        assert details and not any(ID in d for d in details)
