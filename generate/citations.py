"""Name a policy and its article the way a court expects to read them in a letter.

A finding's citation (`validate.report.Citation`) carries the policy's number, title and
short name and the article as printed; a letter names the policy in full at its first
mention, then by its short name (「以下简称《若干意见》」), as official letters do. Where
the policy has no short name it is named in full each time. Nothing here knows any pack:
the report says which policy each rule rests on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from validate.report import Citation, Policy


@dataclass
class Citer:
    """Cites policies within one document: full title first, short name afterwards."""

    seen: set[str] = field(default_factory=set)

    def __call__(self, citation: Citation | None) -> str:
        """《title》（number，以下简称《short》）第三条（一）4, or the short name and article once named."""
        if citation is None:
            return ""
        return self.policy(citation.policy) + citation.article

    def policy(self, policy: Policy | None) -> str:
        """The policy alone (no article), honouring first-mention rules."""
        if policy is None or not (policy.title or policy.number):
            return ""
        key = policy.title or policy.number
        if key in self.seen and policy.short:
            return policy.short
        self.seen.add(key)
        title = policy.title or policy.number
        if policy.short:
            inner = f"{policy.number}，以下简称{policy.short}" if policy.number else f"以下简称{policy.short}"
            return f"{title}（{inner}）"
        return f"{title}（{policy.number}）" if policy.number and policy.title else title
