"""The centre's own particulars, kept as data so a clerk never edits a template.

Every fund centre and district office prints its own 版头 (header), document number
prefix, contact lines (附注) and the courts' execution-fund accounts it pays deductions
into. They live in one YAML file (see ``centre.example.yaml``); unknown keys are refused
with the key's name, because a misspelt key silently ignored would print the wrong
header on a legal document.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

EXAMPLE_CONFIG = Path(__file__).resolve().parent / "centre.example.yaml"


@dataclass(frozen=True)
class CourtAccount:
    """A court's execution-fund account (执行款专户) that a deduction is paid into."""

    name: str
    """户名"""
    number: str
    """账号"""
    bank: str
    """开户行"""


@dataclass(frozen=True)
class WordFonts:
    """Font names a DOCX asks Word/WPS for (they are not embedded in DOCX).

    Defaults are faces every Chinese Windows has; a centre whose machines carry
    仿宋_GB2312 and 方正小标宋简体 (the GB/T 9704 faces) names them here.
    """

    body: str = "仿宋"
    title: str = "宋体"
    heading: str = "黑体"
    title_bold: bool = True


@dataclass(frozen=True)
class CentreConfig:
    """Who is answering: printed in the header, the signature and the contact lines."""

    name: str = "上海市公积金管理中心"
    """The centre's full name (发文机关), used in the text and, without ``office``, as signature."""
    office: str | None = None
    """The district office (管理部) that handles the request, e.g. 浦东管理部."""
    header_lines: tuple[str, ...] = ()
    """版头 lines printed in red at the top of the first page; empty for none."""
    document_number_prefix: str = ""
    """发文字号 prefix; ``{year}`` is replaced by the year of issue: 沪公积金协〔{year}〕."""
    contact_lines: tuple[str, ...] = ()
    """附注 lines under the date, e.g. 联系人：王某某, 联系电话：021-12345678."""
    address: str | None = None
    postcode: str | None = None
    telephone: str | None = None
    court_accounts: dict[str, CourtAccount] = field(default_factory=dict)
    """Court full name → execution-fund account, used when a request does not state one."""
    date_style: Literal["arabic", "chinese"] = "arabic"
    """GB/T 9704-2012 prints 成文日期 in Arabic numerals; ``chinese`` gives 二〇二四年五月十日."""
    word_fonts: WordFonts = field(default_factory=WordFonts)
    agency: str = "fund_centre"
    """Which agency this deployment is: ``fund_centre`` or the first part of a measure
    (``police``, ``land``, ``housing``, ``market``); a request for another agency's measure
    is answered in that agency's name (see ``generate.agency``), never in the centre's."""
    self_reference: str | None = None
    """How the letters call the sender (本中心, 本局); by default from the name's last word."""

    @property
    def we(self) -> str:
        """本中心 for a centre, 本局 for a bureau: never 「本中心」 in a police letter."""
        if self.self_reference:
            return self.self_reference
        for tail in ("中心", "分局", "局", "厅", "所", "委员会", "办公室"):
            if self.name.endswith(tail):
                return "本" + ("局" if tail == "分局" else tail)
        return "本单位"

    @property
    def signatory(self) -> str:
        """发文机关署名: the office when one is named, else the centre."""
        return f"{self.name}{self.office}" if self.office else self.name

    def document_number(self, year: int, serial: str | int | None) -> str | None:
        """发文字号 such as 沪公积金协〔2024〕12号; a blank for the clerk when no serial is given."""
        if not self.document_number_prefix:
            return None
        prefix = self.document_number_prefix.replace("{year}", str(year))
        return f"{prefix}{serial}号" if serial not in (None, "") else f"{prefix}　　号"

    def court_account(self, court: str | None) -> CourtAccount | None:
        """The account configured for ``court``, or the ``默认`` entry, or None."""
        if court and court in self.court_accounts:
            return self.court_accounts[court]
        return self.court_accounts.get("默认")

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> CentreConfig:
        """Build from a parsed YAML mapping, refusing keys this version does not know."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(
                f"unknown centre config keys: {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
        values: dict[str, Any] = dict(data)
        for key in ("header_lines", "contact_lines"):
            if key in values:
                lines = values[key] or []
                if isinstance(lines, str):
                    lines = [lines]
                values[key] = tuple(str(line) for line in lines)
        if "court_accounts" in values:
            accounts = values["court_accounts"] or {}
            values["court_accounts"] = {
                str(court): CourtAccount(**{k: str(v) for k, v in account.items()})
                for court, account in accounts.items()
            }
        if "word_fonts" in values:
            values["word_fonts"] = WordFonts(**(values["word_fonts"] or {}))
        for key in ("telephone", "postcode"):
            if values.get(key) is not None:
                values[key] = str(values[key])
        if values.get("date_style", "arabic") not in ("arabic", "chinese"):
            raise ValueError(f"date_style must be arabic or chinese, not {values['date_style']!r}")
        return cls(**values)

    @classmethod
    def from_yaml(cls, path: str | Path) -> CentreConfig:
        """Load a centre's configuration file."""
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path}: a centre config is a mapping of keys to values")
        return cls.from_mapping(data)

    @classmethod
    def example(cls) -> CentreConfig:
        """The shipped example (Shanghai), used when the caller passes no configuration."""
        return cls.from_yaml(EXAMPLE_CONFIG)

    def format_date(self, day: datetime.date) -> str:
        """A date in the centre's chosen style."""
        from generate.numerals import date_to_arabic, date_to_chinese

        return date_to_chinese(day) if self.date_style == "chinese" else date_to_arabic(day)
