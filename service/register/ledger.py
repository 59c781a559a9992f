"""The freeze register of one account: what the centre itself froze or deducted, over time.

Seed 000 第二条 and 第四条 are arithmetic over time, which only a record of what was done can
carry out:

- 第二条（三）1–2: a freeze takes the amount the notice asks; what the account cannot cover
  now is frozen from each later monthly deposit until the asked amount is reached; an account
  no longer depositing (封存) stays frozen for what it actually holds.
- 第二条（四）: other courts may queue behind a freeze; when a freeze is released, the
  queued freeze registered first takes effect by itself (登记在先的轮候冻结即自动生效).
- 第二条（二）: a renewal before the end extends the period; 第四条: a freeze whose period
  ends without renewal is released by itself.

One rule does all of it: the account's money is handed to its live freezes **in order of
registration**, each taking what it still lacks, until the money runs out (a waterfall).
A freeze is *active* when it holds money or is first in line, otherwise *queued* (轮候).
So a deposit tops up the earliest freeze that lacks money, a release passes its money to the
next in line, and a later freeze can never take money an earlier one is waiting for.

The register is event-sourced: an account's state is the fold of its events in order, so
replaying the audit's events gives back the same register (tested as a property). Every
change a court must be told of (a queued freeze now in effect, a freeze that lapsed) is
returned as a `Notice`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from extract.values import to_amount

ZERO = Decimal("0.00")

EventKind = Literal["open", "freeze", "renew", "unfreeze", "deduct", "deposit", "balance", "day"]
HoldState = Literal["active", "queued", "released", "expired", "deducted"]
LIVE: frozenset[str] = frozenset({"active", "queued"})


class RegisterError(ValueError):
    """An operation the register cannot carry out; the message is one Chinese line for a user."""


def cents(value: Any) -> Decimal:
    """An amount in yuan and fen, exactly (`extract.values.to_amount`); anything else is refused."""
    amount = to_amount(value)
    if amount is None:
        raise RegisterError(f"「{value}」不是以元为单位、至多两位小数的金额。")
    return amount


@dataclass(frozen=True)
class Event:
    """One thing that happened to an account, in the order it happened.

    `open` sets the balance, status and monthly deposit from the core system's record;
    `balance` is a later push of the same; `deposit` adds a month's contribution; `day` is the
    daily run (expiries); the others are what a court asked and the reviewer issued.
    """

    kind: EventKind
    on: dt.date
    case_number: str | None = None
    court: str | None = None
    amount: Decimal | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    status: str | None = None
    monthly_deposit: Decimal | None = None
    submission_id: int | None = None

    def __post_init__(self) -> None:
        for name in ("amount", "monthly_deposit"):  # every amount exact to the fen
            if getattr(self, name) is not None:
                object.__setattr__(self, name, cents(getattr(self, name)))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "on": self.on.isoformat()}
        for name in ("case_number", "court", "status", "submission_id"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        for name in ("amount", "monthly_deposit"):
            if getattr(self, name) is not None:
                out[name] = str(getattr(self, name))
        for name in ("start", "end"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name).isoformat()
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        def day(name: str) -> dt.date | None:
            return dt.date.fromisoformat(data[name]) if data.get(name) else None

        def money(name: str) -> Decimal | None:
            return cents(data[name]) if data.get(name) is not None else None

        return cls(kind=data["kind"], on=dt.date.fromisoformat(data["on"]),
                   case_number=data.get("case_number"), court=data.get("court"),
                   amount=money("amount"), start=day("start"), end=day("end"),
                   status=data.get("status"), monthly_deposit=money("monthly_deposit"),
                   submission_id=data.get("submission_id"))


@dataclass
class Hold:
    """One freeze the centre carried out: what the court asked, what is frozen now."""

    seq: int
    court: str
    case_number: str
    requested: Decimal
    start: dt.date
    end: dt.date
    registered_on: dt.date
    held: Decimal = ZERO
    state: HoldState = "queued"
    ended_on: dt.date | None = None
    submission_id: int | None = None

    @property
    def live(self) -> bool:
        return self.state in LIVE

    @property
    def shortfall(self) -> Decimal:
        return self.requested - self.held


@dataclass(frozen=True)
class Deduction:
    """One deduction carried out: asked, taken, and where the money came from."""

    seq: int
    court: str
    case_number: str
    asked: Decimal
    from_own_freeze: Decimal
    from_free_funds: Decimal
    on: dt.date
    submission_id: int | None = None

    @property
    def taken(self) -> Decimal:
        return self.from_own_freeze + self.from_free_funds


@dataclass(frozen=True)
class Notice:
    """Something the centre must tell a court: its queued freeze took effect, or lapsed."""

    kind: Literal["promoted", "expired", "filled"]
    court: str
    case_number: str
    on: dt.date
    amount: Decimal

    def text(self) -> str:
        """The line for the reviewer's queue, in the seeds' words."""
        if self.kind == "promoted":
            return (f"{self.court}（{self.case_number}）的轮候冻结已于{_cn(self.on)}自动生效，"
                    f"现冻结人民币{self.amount}元，应告知该院。")
        if self.kind == "expired":
            return (f"{self.court}（{self.case_number}）的冻结期限已于{_cn(self.on)}届满且未续行冻结，"
                    f"已自动解冻人民币{self.amount}元，应告知该院。")
        return (f"{self.court}（{self.case_number}）的冻结已由此后缴存金额补足，"
                f"于{_cn(self.on)}达到要求冻结的人民币{self.amount}元。")


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass
class Register:
    """One account's register: its money, its freezes in order of registration, its deductions."""

    id_number: str
    balance: Decimal = ZERO
    status: str = "depositing"
    monthly_deposit: Decimal | None = None
    holds: list[Hold] = field(default_factory=list)
    deductions: list[Deduction] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    deposited: Decimal = ZERO
    next_seq: int = 1

    # ---- reading -------------------------------------------------------------------------

    @property
    def live(self) -> list[Hold]:
        return [h for h in self.holds if h.live]

    @property
    def frozen(self) -> Decimal:
        return sum((h.held for h in self.live), ZERO)

    @property
    def free(self) -> Decimal:
        return self.balance - self.frozen

    def live_hold(self, case_number: str) -> Hold | None:
        return next((h for h in self.live if h.case_number == case_number), None)

    def queue_position(self, hold: Hold) -> int | None:
        """1-based place among the queued freezes; None for an active (or ended) one."""
        if hold.state != "queued":
            return None
        queued = [h for h in self.live if h.state == "queued"]
        return queued.index(hold) + 1

    # ---- changing ------------------------------------------------------------------------

    def apply(self, event: Event) -> list[Notice]:
        """Carry out one event; raise `RegisterError` (and change nothing) when it cannot be."""
        handler = getattr(self, f"_on_{event.kind}", None)
        if handler is None:
            raise RegisterError(f"登记簿不认识的操作：{event.kind}。")
        if self.events and event.on < self.events[-1].on:
            raise RegisterError("登记簿的操作须按日期先后记载，不能早于上一次操作的日期。")
        before = {h.seq: (h.state, h.held) for h in self.holds}
        handler(event)
        self.events.append(event)
        return self._reallocate(event.on, before)

    def _on_open(self, e: Event) -> None:
        self._set_account(e)

    def _on_balance(self, e: Event) -> None:
        self._set_account(e)

    def _set_account(self, e: Event) -> None:
        if e.amount is not None:
            if e.amount < 0:
                raise RegisterError("账户余额不能为负数。")
            self.balance = e.amount
        if e.status is not None:
            self.status = e.status
        if e.monthly_deposit is not None:
            self.monthly_deposit = e.monthly_deposit

    def _on_deposit(self, e: Event) -> None:
        amount = e.amount or ZERO
        if amount <= 0:
            raise RegisterError("缴存金额应大于零。")
        if self.status != "depositing":
            raise RegisterError("账户不处于缴存状态，不能记载缴存。")
        self.balance += amount
        self.deposited += amount

    def _on_freeze(self, e: Event) -> None:
        if not e.case_number or not e.court or e.amount is None or e.start is None or e.end is None:
            raise RegisterError("冻结登记须写明法院、案号、冻结金额和冻结期限。")
        if e.amount <= 0:
            raise RegisterError("冻结金额应大于零。")
        if e.end < e.start:
            raise RegisterError("冻结期限的截止日早于起始日，不能登记。")
        if self.status == "closed":
            raise RegisterError("账户已销户，不能冻结。")
        if self.live_hold(e.case_number):
            raise RegisterError(f"本案（{e.case_number}）在该账户已有冻结，应办理续行冻结而非重复冻结。")
        self.holds.append(Hold(seq=self.next_seq, court=e.court, case_number=e.case_number,
                               requested=e.amount, start=e.start, end=e.end, registered_on=e.on,
                               submission_id=e.submission_id))
        self.next_seq += 1

    def _on_renew(self, e: Event) -> None:
        hold = self.live_hold(e.case_number or "")
        if hold is None:
            raise RegisterError(f"该账户没有本案（{e.case_number}）仍在期限内的冻结，不能续行冻结。")
        if e.end is None or e.end <= hold.end:
            raise RegisterError("续行冻结的截止日应晚于原冻结期限的截止日。")
        if e.on > hold.end:
            raise RegisterError("原冻结期限已届满，不能续行冻结，应重新办理冻结。")
        hold.end = e.end

    def _on_unfreeze(self, e: Event) -> None:
        hold = self.live_hold(e.case_number or "")
        if hold is None:
            raise RegisterError(f"该账户没有本案（{e.case_number}）的冻结，无从解除。")
        hold.state = "released"
        hold.ended_on = e.on
        hold.held = ZERO

    def _on_deduct(self, e: Event) -> None:
        if not e.case_number or not e.court or e.amount is None or e.amount <= 0:
            raise RegisterError("扣划登记须写明法院、案号和大于零的扣划金额。")
        own = self.live_hold(e.case_number)
        from_own = min(e.amount, own.held) if own else ZERO
        from_free = min(e.amount - from_own, max(ZERO, self.free))
        if from_own + from_free <= 0:
            raise RegisterError("该账户没有可供本案扣划的资金（其余资金已为他案冻结）。")
        self.balance -= from_own + from_free
        if own is not None:
            own.held -= from_own
            own.requested = max(ZERO, own.requested - from_own - from_free)
            if own.requested == 0:
                own.state = "deducted"
                own.ended_on = e.on
        self.deductions.append(Deduction(seq=self.next_seq, court=e.court, case_number=e.case_number,
                                         asked=e.amount, from_own_freeze=from_own,
                                         from_free_funds=from_free, on=e.on,
                                         submission_id=e.submission_id))
        self.next_seq += 1

    def _on_day(self, e: Event) -> None:
        for hold in self.live:
            if hold.end < e.on:
                hold.state = "expired"
                hold.ended_on = hold.end + dt.timedelta(days=1)

    def _reallocate(self, on: dt.date, before: dict[int, tuple[str, Decimal]]) -> list[Notice]:
        """Hand the balance to the live freezes in order of registration (the waterfall)."""
        remaining = self.balance
        for place, hold in enumerate(self.live):
            hold.held = min(hold.requested, max(ZERO, remaining))
            remaining -= hold.held
            hold.state = "active" if hold.held > 0 or place == 0 else "queued"
        notices = []
        for hold in self.holds:
            was_state, was_held = before.get(hold.seq, (None, ZERO))
            if was_state == "queued" and hold.state == "active":
                notices.append(Notice("promoted", hold.court, hold.case_number, on, hold.held))
            elif was_state in LIVE and hold.state == "expired":
                notices.append(Notice("expired", hold.court, hold.case_number, hold.ended_on or on, was_held))
            elif (was_state == "active" and hold.state == "active" and was_held < hold.requested
                  and hold.held == hold.requested):
                notices.append(Notice("filled", hold.court, hold.case_number, on, hold.held))
        return notices

    # ---- copying -------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """The register as plain data (for the page, the API, and the replay property)."""
        return {
            "id_number": self.id_number,
            "balance": str(self.balance),
            "status": self.status,
            "monthly_deposit": None if self.monthly_deposit is None else str(self.monthly_deposit),
            "frozen": str(self.frozen),
            "free": str(self.free),
            "holds": [
                {"seq": h.seq, "court": h.court, "case_number": h.case_number,
                 "requested": str(h.requested), "held": str(h.held), "state": h.state,
                 "start": h.start.isoformat(), "end": h.end.isoformat(),
                 "registered_on": h.registered_on.isoformat(),
                 "ended_on": h.ended_on.isoformat() if h.ended_on else None,
                 "queue_position": self.queue_position(h), "submission_id": h.submission_id}
                for h in self.holds
            ],
            "deductions": [
                {"seq": d.seq, "court": d.court, "case_number": d.case_number, "asked": str(d.asked),
                 "taken": str(d.taken), "from_own_freeze": str(d.from_own_freeze),
                 "from_free_funds": str(d.from_free_funds), "on": d.on.isoformat(),
                 "submission_id": d.submission_id}
                for d in self.deductions
            ],
        }

    def freezes_as_facts(self) -> list[dict[str, Any]]:
        """The live freezes in the contract's `accounts[].freezes` shape, in registration order.

        `amount` is what an active freeze holds now and what a queued one asks; the extra keys
        (`requested`, `held`, `queue_position`) are additions the schema allows.
        """
        return [
            {"court": h.court, "case_number": h.case_number,
             "amount": str(h.held if h.state == "active" else h.requested),
             "state": h.state, "start": h.start.isoformat(), "end": h.end.isoformat(),
             "requested": str(h.requested), "held": str(h.held),
             "queue_position": self.queue_position(h)}
            for h in self.live
        ]


def replay(id_number: str, events: list[Event]) -> Register:
    """The register that `events` produce, applied in order from an empty account."""
    register = Register(id_number)
    for event in events:
        register.apply(event)
    return register


__all__ = ["Deduction", "Event", "Hold", "Notice", "Register", "RegisterError", "cents", "replay"]
