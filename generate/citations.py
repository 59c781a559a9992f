"""Turn a finding's citation into the words a court expects to read.

Findings cite the source by file name and article ("000_d9f354da727e6e1c.txt 第三条（一）4")
so that a rule can be traced to its text; a letter to a court names the document by its
title and number instead: in full at its first mention, then by a short name
(「以下简称《若干意见》」), as official letters do. An unknown source is printed as given
rather than dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """A policy document a rule pack is built from."""

    title: str
    number: str = ""
    short: str = ""

    @property
    def full(self) -> str:
        return f"{self.title}（{self.number}）" if self.number else self.title


SOURCES: dict[str, Source] = {
    "000_d9f354da727e6e1c.txt": Source(
        "《上海市高级人民法院 上海市公积金管理中心关于进一步完善住房公积金执行协作联动机制的若干意见》",
        "沪高法〔2021〕124号",
        "《若干意见》",
    ),
    "001_0e7a928bea1827bd.txt": Source(
        "焦作市中级人民法院、焦作市住房公积金管理中心《关于进一步深化住房公积金执行协作联动机制的实施意见》",
        "",
        "《实施意见》",
    ),
    "002_4a23ea66c4434c75.txt": Source("《关于进一步完善云浮市执行联动工作机制的实施意见》", "", ""),
    "003_de6e55689f788edd.txt": Source("《公安县执行工作联动协调机制工作办法》", "", ""),
    "004_609ad937d615a4de.txt": Source(
        "《关于建立和完善执行联动机制若干问题的意见》", "法发〔2010〕15号", "《执行联动意见》"
    ),
}

NATIONAL_OPINION = "004_609ad937d615a4de.txt"

_CITATION = re.compile(r"^\s*(?P<source>\S+?\.txt)\s*(?P<article>.*)$")


@dataclass
class Citer:
    """Cites sources within one document: full title first, short name afterwards."""

    seen: set[str] = field(default_factory=set)

    def __call__(self, citation: str | None) -> str:
        """《title》（number）第三条（一）4 for ``000_….txt 第三条（一）4``; the input when unknown."""
        if not citation:
            return ""
        match = _CITATION.match(citation)
        if not match:
            return citation.strip()
        key, article = match.group("source"), match.group("article").strip()
        source = SOURCES.get(key)
        if source is None:
            return citation.strip()
        if key in self.seen and source.short:
            return f"{source.short}{article}"
        self.seen.add(key)
        if source.short:
            inner = f"{source.number}，以下简称{source.short}" if source.number else f"以下简称{source.short}"
            return f"{source.title}（{inner}）{article}"
        return f"{source.full}{article}"

    def source(self, key: str) -> str:
        """The document alone (no article), honouring first-mention rules."""
        return self(f"{key} ")
