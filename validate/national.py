"""The national rules a local pack may cite beside its own seed.

A local seed does not repeat what national law already fixes for every assisting agency:
Jiaozuo's and Gongan's say nothing of how long a freeze may run, yet no court may freeze
a provident fund — a 其他财产权 — for more than three years, nor renew it after it lapsed
(民诉法解释 (2022) 第四百八十五条). A pack states such a limit as a rule citing the national
document by its number, so that the reviewer and the court read where the limit comes
from: the national rules, not the local seed.
"""

from __future__ import annotations

from validate.report import Policy

NATIONAL_SOURCES: dict[str, str] = {
    "法释〔2022〕11号": "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（2022年修正）",
}
"""Document number → title, for the national documents a pack may cite."""


def is_national(citation: str) -> bool:
    """Whether a citation names a national document rather than the pack's seed."""
    return citation.split(" ", 1)[0] in NATIONAL_SOURCES


def national_policy(citation: str) -> Policy | None:
    """The national document a citation names, as a finding's policy; None for the seed's own."""
    number = citation.split(" ", 1)[0]
    if number not in NATIONAL_SOURCES:
        return None
    return Policy(number=number, title=NATIONAL_SOURCES[number], short="《民诉法解释》")
