"""Freeze arithmetic: what a new freeze takes now, what waits for deposits, who is ahead.

Seed 000 第二条（三）: the centre freezes the amount the notice asks; what the account
cannot cover now is met by each month's deposit while the account is still depositing,
and a sealed account is frozen for what it actually holds. 第二条（四）: a court may queue
behind an existing freeze, and the earlier-registered queued freeze takes effect by itself
when the one ahead is released. 第四条: a freeze whose period has ended without renewal is
released automatically, so it no longer counts against the balance.

登记在先: a queued freeze registered earlier stands ahead of a new one for whatever funds
come free, so the funds a new freeze (or a deduction) may take now are the balance less
the live active freezes *and* the amounts of the queued freezes ahead of it.
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
    queued_claims = sum((money(f.get("amount")) or ZERO for f in queued), ZERO)
    available = max(ZERO, balance - active_frozen - queued_claims)
    frozen_now = min(requested, available)
    remainder = requested - frozen_now
    depositing = account.get("status") == "depositing"
    monthly = money(account.get("monthly_deposit"))
    months = None
    if remainder > 0 and depositing and monthly and monthly > 0:
        months = math.ceil(remainder / monthly)
    ahead = [Freeze.model_validate({k: f.get(k) for k in ("court", "case_number", "amount", "state", "start", "end")})
             for f in active + queued]
    position = len(queued) + 1 if remainder > 0 and (active or queued) else None
    return FreezePlan(requested=requested, balance=balance, active_frozen=active_frozen, available=available,
                      frozen_now=frozen_now, remainder=remainder, depositing=depositing, monthly_deposit=monthly,
                      months_to_fill=months, ahead=ahead, queue_position=position)


def plan_deduction(account: dict[str, Any], requested: Decimal | None, today: date | None = None,
                   own_case: str = "") -> Deduction:
    """What a deduction may take now (seed 000 第三条): this case's own frozen funds, then free funds.

    Funds frozen for another case (another court's active freeze) are not this court's to
    take, and a queued freeze registered earlier (第二条（四） 登记在先) stands ahead for funds
    that come free; what is left of the balance, up to the amount asked, is deducted.
    """
    balance = money(account.get("balance"))
    if balance is None or requested is None:
        return Deduction(requested=requested)
    live = [f for f in account.get("freezes") or [] if today is None or is_live(f, today)]
    own = [f for f in live if own_case and f.get("case_number") == own_case]
    others = [f for f in live if f not in own and f.get("state") in ("active", "queued")]
    own_frozen = min(balance, sum((money(f.get("amount")) or ZERO for f in own if f.get("state") == "active"), ZERO))
    held = sum((money(f.get("amount")) or ZERO for f in others), ZERO)
    free = max(ZERO, balance - own_frozen - held)
    deducted = min(requested, own_frozen + free)
    ahead = [{k: f.get(k) for k in ("court", "case_number", "amount", "state", "start", "end")} for f in others]
    return Deduction(requested=requested, deducted=deducted, balance_after=balance - deducted,
                     shortfall=requested - deducted, own_frozen=own_frozen, free=free, ahead=ahead)
