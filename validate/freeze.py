"""Freeze arithmetic: what a new freeze takes now, what waits for deposits, who is ahead.

Seed 000 第二条（三）: the centre freezes the amount the notice asks; what the account
cannot cover now is met by each month's deposit while the account is still depositing,
and a sealed account is frozen for what it actually holds. 第二条（四）: a court may queue
behind an existing freeze, and the earlier-registered queued freeze takes effect by itself
when the one ahead is released. 第四条: a freeze whose period has ended without renewal is
released automatically, so it no longer counts against the balance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from extract.values import iso_date
from extract.values import to_amount as money

ZERO = Decimal("0.00")


def is_live(freeze: dict[str, Any], today: date) -> bool:
    """A freeze counts until its end date has passed (第四条: released at expiry)."""
    end = iso_date(freeze.get("end"))
    return end is None or end >= today


@dataclass
class FreezePlan:
    """The answer to "how much does this freeze take, now and later"."""

    requested: Decimal
    balance: Decimal
    active_frozen: Decimal
    available: Decimal
    frozen_now: Decimal
    remainder: Decimal
    depositing: bool
    monthly_deposit: Decimal | None
    months_to_fill: int | None
    ahead: list[dict[str, Any]] = field(default_factory=list)
    queue_position: int | None = None
    """1-based position among queued freezes; None when the whole amount is frozen now."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "requested": str(self.requested),
            "balance": str(self.balance),
            "active_frozen": str(self.active_frozen),
            "available": str(self.available),
            "frozen_now": str(self.frozen_now),
            "remainder": str(self.remainder),
            "depositing": self.depositing,
            "monthly_deposit": None if self.monthly_deposit is None else str(self.monthly_deposit),
            "months_to_fill": self.months_to_fill,
            "queue_position": self.queue_position,
            "ahead": self.ahead,
        }


def plan_freeze(account: dict[str, Any], requested: Decimal, today: date, own_case: str = "") -> FreezePlan:
    """Split a requested freeze into what is frozen now and what waits (deposits, queue).

    Freezes of the request's own case are left out: a renewal does not queue behind itself.
    """
    balance = money(account.get("balance")) or ZERO
    others = [
        f for f in account.get("freezes") or []
        if is_live(f, today) and (not own_case or f.get("case_number") != own_case)
    ]
    active = [f for f in others if f.get("state") == "active"]
    queued = [f for f in others if f.get("state") == "queued"]
    active_frozen = sum((money(f.get("amount")) or ZERO for f in active), ZERO)
    available = max(ZERO, balance - active_frozen)
    frozen_now = min(requested, available)
    remainder = requested - frozen_now
    depositing = account.get("status") == "depositing"
    monthly = money(account.get("monthly_deposit"))
    months = None
    if remainder > 0 and depositing and monthly and monthly > 0:
        months = math.ceil(remainder / monthly)
    ahead = [
        {"court": f.get("court"), "case_number": f.get("case_number"), "amount": f.get("amount"),
         "state": f.get("state"), "end": f.get("end")}
        for f in active + queued
    ]
    position = len(queued) + 1 if remainder > 0 and active else None
    return FreezePlan(requested, balance, active_frozen, available, frozen_now, remainder,
                      depositing, monthly, months, ahead, position)
