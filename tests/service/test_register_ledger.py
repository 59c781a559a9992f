"""The freeze register's arithmetic, as legal cases of seed 000 第二条（二）–（四）, 第四条 and as
properties over random sequences of freezes, renewals, unfreezes, deductions, deposits and days."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.register.ledger import Event, Register, RegisterError, cents, replay

D = dt.date
A, B, C = "（2025）沪0115执1001号", "（2025）沪0104执2002号", "（2025）沪0112执3003号"
COURT_A, COURT_B, COURT_C = "上海市浦东新区人民法院", "上海市徐汇区人民法院", "上海市闵行区人民法院"


def opened(balance: str, status: str = "depositing", monthly: str | None = "2000.00") -> Register:
    reg = Register("310115199001011234")
    reg.apply(Event("open", D(2025, 1, 2), amount=cents(balance), status=status,
                    monthly_deposit=cents(monthly) if monthly else None))
    return reg


def freeze(reg: Register, case: str, court: str, amount: str, on: D, years: int = 1):
    return reg.apply(Event("freeze", on, case_number=case, court=court, amount=cents(amount),
                           start=on, end=on.replace(year=on.year + years) - dt.timedelta(days=1)))


def hold(reg: Register, case: str):
    return next(h for h in reg.holds if h.case_number == case)


# ---- 第二条（三）1: the asked amount fits --------------------------------------------------

def test_full_freeze_takes_what_the_notice_asks():
    reg = opened("80000.00")
    freeze(reg, A, COURT_A, "30000.00", D(2025, 2, 3))
    assert hold(reg, A).held == Decimal("30000.00") and hold(reg, A).state == "active"
    assert reg.free == Decimal("50000.00")


# ---- 第二条（三）2: shortfall frozen from later deposits, or what it holds when sealed ------

def test_shortfall_is_topped_up_by_each_monthly_deposit_until_reached():
    reg = opened("80000.00")
    freeze(reg, A, COURT_A, "30000.00", D(2025, 2, 3))
    freeze(reg, B, COURT_B, "100000.00", D(2025, 2, 4))
    b = hold(reg, B)
    assert (b.held, b.state) == (Decimal("50000.00"), "active")  # nothing queued ahead of it
    notices = []
    day = D(2025, 3, 1)
    for _ in range(25):
        notices += reg.apply(Event("deposit", day, amount=cents("2000.00")))
        day = day.replace(month=day.month % 12 + 1, year=day.year + (day.month == 12))
    assert b.held == Decimal("100000.00") and reg.free == Decimal("0.00")
    assert [n.kind for n in notices] == ["filled"]


def test_sealed_account_freezes_what_it_holds_and_takes_no_deposit():
    reg = opened("12000.00", status="sealed", monthly=None)
    freeze(reg, A, COURT_A, "50000.00", D(2025, 2, 3))
    assert hold(reg, A).held == Decimal("12000.00")
    with pytest.raises(RegisterError, match="不处于缴存状态"):
        reg.apply(Event("deposit", D(2025, 3, 1), amount=cents("2000.00")))


def test_closed_account_cannot_be_frozen():
    reg = opened("0.00", status="closed", monthly=None)
    with pytest.raises(RegisterError, match="销户"):
        freeze(reg, A, COURT_A, "100.00", D(2025, 2, 3))


# ---- 第二条（四）: queued freezes, registered first takes effect first ---------------------

def test_later_freeze_queues_and_never_takes_money_an_earlier_one_awaits():
    reg = opened("10000.00")
    freeze(reg, A, COURT_A, "30000.00", D(2025, 2, 3))   # active, 20000 short
    freeze(reg, B, COURT_B, "5000.00", D(2025, 2, 4))    # queued behind A
    freeze(reg, C, COURT_C, "5000.00", D(2025, 2, 5))    # queued behind B
    assert [h.state for h in reg.holds] == ["active", "queued", "queued"]
    assert reg.queue_position(hold(reg, B)) == 1 and reg.queue_position(hold(reg, C)) == 2
    reg.apply(Event("deposit", D(2025, 3, 1), amount=cents("3000.00")))
    assert hold(reg, A).held == Decimal("13000.00") and hold(reg, B).held == Decimal("0.00")


def test_release_promotes_the_earliest_queued_freeze_and_says_whom_to_tell():
    reg = opened("10000.00")
    freeze(reg, A, COURT_A, "10000.00", D(2025, 2, 3))
    freeze(reg, B, COURT_B, "8000.00", D(2025, 2, 4))
    freeze(reg, C, COURT_C, "8000.00", D(2025, 2, 5))
    notices = reg.apply(Event("unfreeze", D(2025, 6, 1), case_number=A))
    assert (hold(reg, B).state, hold(reg, B).held) == ("active", Decimal("8000.00"))
    # B is whole, so C is next in line and takes the rest (partly, topped up by deposits)
    assert (hold(reg, C).state, hold(reg, C).held) == ("active", Decimal("2000.00"))
    assert [(n.kind, n.case_number) for n in notices] == [("promoted", B), ("promoted", C)]
    assert "轮候冻结已于2025年6月1日自动生效" in notices[0].text()


def test_unfreeze_only_of_this_cases_own_freeze():
    reg = opened("10000.00")
    freeze(reg, A, COURT_A, "10000.00", D(2025, 2, 3))
    with pytest.raises(RegisterError, match="没有本案"):
        reg.apply(Event("unfreeze", D(2025, 3, 1), case_number=B))
    assert hold(reg, A).state == "active"


# ---- 第二条（二） renewal, 第四条 expiry ----------------------------------------------------

def test_freeze_not_renewed_lapses_on_the_day_after_its_end_and_promotes_the_next():
    reg = opened("10000.00")
    freeze(reg, A, COURT_A, "10000.00", D(2025, 2, 3))  # ends 2026-02-02
    freeze(reg, B, COURT_B, "10000.00", D(2025, 2, 4), years=2)
    assert reg.apply(Event("day", D(2026, 2, 2))) == []
    notices = reg.apply(Event("day", D(2026, 2, 3)))
    assert hold(reg, A).state == "expired" and hold(reg, B).state == "active"
    assert sorted(n.kind for n in notices) == ["expired", "promoted"]


def test_renewal_before_the_end_extends_it():
    reg = opened("10000.00")
    freeze(reg, A, COURT_A, "10000.00", D(2025, 2, 3))
    reg.apply(Event("renew", D(2026, 1, 20), case_number=A, end=D(2027, 2, 2)))
    reg.apply(Event("day", D(2026, 2, 3)))
    assert hold(reg, A).state == "active" and hold(reg, A).end == D(2027, 2, 2)


def test_renewal_after_the_end_is_refused():
    reg = opened("10000.00")
    freeze(reg, A, COURT_A, "10000.00", D(2025, 2, 3))
    with pytest.raises(RegisterError, match="已届满"):
        reg.apply(Event("renew", D(2026, 2, 10), case_number=A, end=D(2027, 2, 2)))


# ---- deductions: own frozen funds or free funds, never another court's --------------------

def test_deduction_takes_own_frozen_funds_then_free_funds_never_anothers():
    reg = opened("50000.00")
    freeze(reg, A, COURT_A, "20000.00", D(2025, 2, 3))
    freeze(reg, B, COURT_B, "10000.00", D(2025, 2, 4))
    reg.apply(Event("deduct", D(2025, 3, 1), case_number=B, court=COURT_B, amount=cents("35000.00")))
    d = reg.deductions[-1]
    assert (d.from_own_freeze, d.from_free_funds) == (Decimal("10000.00"), Decimal("20000.00"))
    assert hold(reg, A).held == Decimal("20000.00") and hold(reg, B).state == "deducted"
    assert reg.balance == Decimal("20000.00")


def test_deduction_with_nothing_free_is_refused():
    reg = opened("10000.00")
    freeze(reg, A, COURT_A, "10000.00", D(2025, 2, 3))
    with pytest.raises(RegisterError, match="已为他案冻结"):
        reg.apply(Event("deduct", D(2025, 3, 1), case_number=B, court=COURT_B, amount=cents("100.00")))


def test_events_round_trip_through_json():
    e = Event("freeze", D(2025, 2, 3), case_number=A, court=COURT_A, amount=cents("1.50"),
              start=D(2025, 2, 3), end=D(2026, 2, 2), submission_id=7)
    assert Event.from_json(e.to_json()) == e


# ---- properties -----------------------------------------------------------------------------

CASES = [(A, COURT_A), (B, COURT_B), (C, COURT_C)]
money = st.integers(min_value=1, max_value=5_000_000).map(lambda c: Decimal(c) / 100)

step = st.one_of(
    st.tuples(st.just("freeze"), st.sampled_from(CASES), money, st.integers(30, 1100)),
    st.tuples(st.just("renew"), st.sampled_from(CASES), st.integers(30, 1100)),
    st.tuples(st.just("unfreeze"), st.sampled_from(CASES)),
    st.tuples(st.just("deduct"), st.sampled_from(CASES), money),
    st.tuples(st.just("deposit"), money),
    st.tuples(st.just("days"), st.integers(1, 400)),
)


def run(balance: Decimal, steps) -> tuple[Register, Decimal, Decimal]:
    reg = Register("310115199001011234")
    today = D(2025, 1, 2)
    reg.apply(Event("open", today, amount=balance, status="depositing", monthly_deposit=cents("1000.00")))
    deposits = deducted = Decimal("0.00")
    for s in steps:
        kind = s[0]
        try:
            if kind == "freeze":
                (case, court), amount, days = s[1], s[2], s[3]
                reg.apply(Event("freeze", today, case_number=case, court=court, amount=amount,
                                start=today, end=today + dt.timedelta(days=days)))
            elif kind == "renew":
                h = reg.live_hold(s[1][0])
                end = (h.end if h else today) + dt.timedelta(days=s[2])
                reg.apply(Event("renew", today, case_number=s[1][0], end=end))
            elif kind == "unfreeze":
                reg.apply(Event("unfreeze", today, case_number=s[1][0]))
            elif kind == "deduct":
                before = reg.balance
                reg.apply(Event("deduct", today, case_number=s[1][0], court=s[1][1], amount=s[2]))
                deducted += before - reg.balance
            elif kind == "deposit":
                reg.apply(Event("deposit", today, amount=s[1]))
                deposits += s[1]
            else:
                today += dt.timedelta(days=s[1])
                reg.apply(Event("day", today))
        except RegisterError:
            pass
        check_invariants(reg, today)
    return reg, deposits, deducted


def check_invariants(reg: Register, today: D) -> None:
    live = reg.live
    assert reg.frozen <= reg.balance, "never more frozen than the account holds"
    assert all(Decimal("0.00") <= h.held <= h.requested for h in reg.holds)
    for i, h in enumerate(live):  # the waterfall: money goes to the earliest-registered first
        if h.held > 0:
            assert all(e.held == e.requested for e in live[:i])
        assert h.state == ("active" if h.held > 0 or i == 0 else "queued")
    if reg.free > 0:
        assert all(h.shortfall == 0 for h in live), "free money while a freeze waits for it"
    if reg.events and reg.events[-1].kind == "day":
        assert all(h.end >= today for h in live), "a freeze past its end must have lapsed"
    assert len({h.case_number for h in live}) == len(live), "one live freeze per case"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 5_000_000).map(lambda c: Decimal(c) / 100), st.lists(step, max_size=40))
def test_register_properties(balance, steps):
    reg, deposits, deducted = run(balance, steps)
    assert reg.balance == balance + deposits - deducted, "amounts are conserved"
    assert replay(reg.id_number, [Event.from_json(e.to_json()) for e in reg.events]).snapshot() == \
        reg.snapshot(), "replaying the recorded events gives back the register"
    seqs = [h.seq for h in reg.holds]
    assert seqs == sorted(seqs), "registration order is kept"


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 5_000_000).map(lambda c: Decimal(c) / 100), st.lists(step, max_size=30),
       st.sampled_from(CASES), money)
def test_a_deduction_never_takes_another_courts_frozen_money(balance, steps, who, amount):
    reg, _, _ = run(balance, steps)
    others = {h.case_number: h.held for h in reg.live if h.case_number != who[0]}
    today = reg.events[-1].on
    try:
        reg.apply(Event("deduct", today, case_number=who[0], court=who[1], amount=amount))
    except RegisterError:
        return
    assert {h.case_number: h.held for h in reg.live if h.case_number != who[0]} == others
