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
from datetime import date
from decimal import Decimal
from typing import Any

from extract.values import iso_date
from extract.values import to_amount as money
from validate.report import Deduction, Freeze, FreezePlan

ZERO = Decimal("0.00")


def is_live(freeze: dict[str, Any], today: date) -> bool:
    """A freeze counts until its end date has passed (第四条: released at expiry)."""
    end = iso_date(freeze.get("end"))
    return end is None or end >= today


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
    ahead = [Freeze.model_validate({k: f.get(k) for k in ("court", "case_number", "amount", "state", "start", "end")})
             for f in active + queued]
    position = len(queued) + 1 if remainder > 0 and active else None
    return FreezePlan(requested=requested, balance=balance, active_frozen=active_frozen, available=available,
                      frozen_now=frozen_now, remainder=remainder, depositing=depositing, monthly_deposit=monthly,
                      months_to_fill=months, ahead=ahead, queue_position=position)


def plan_deduction(account: dict[str, Any], requested: Decimal | None) -> Deduction:
    """Deduct the requested amount, or the balance when it is smaller (seed 000 第三条)."""
    balance = money(account.get("balance"))
    if balance is None or requested is None:
        return Deduction(requested=requested)
    deducted = min(requested, balance)
    return Deduction(requested=requested, deducted=deducted, balance_after=balance - deducted,
                     shortfall=requested - deducted)
