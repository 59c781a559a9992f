"""The answering agency's own particulars, kept as data so a clerk never edits a template.

Every fund centre and district office — and, under seed 002, every other agency a court
asks (公安、自然资源、住建、市场监管) — prints its own 版头 (header), document number prefix,
contact lines (附注), address and 签发人, and a fund centre the courts' execution-fund
accounts it pays deductions into. One agency is a ``CentreConfig``; a deployment
(``Deployment``) holds every agency it answers as, and chooses one per submission by the
rule pack (a Jiaozuo pack answers as the Jiaozuo centre, never with Shanghai's header), by
the office that received the papers, and by the kind of agency the measure asks
(``police.vehicle_seal`` → the police). They live in one YAML file (see
``centre.example.yaml``); unknown keys are refused with the key's name, because a misspelt
key silently ignored would print the wrong header on a legal document.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

EXAMPLE_CONFIG = Path(__file__).resolve().parent / "centre.example.yaml"

AGENCY_KINDS: dict[str, str] = {
    "fund": "住房公积金管理中心",
    "police": "公安机关",
    "land": "自然资源（不动产登记）部门",
    "housing": "住房和城乡建设（房产管理）部门",
    "market": "市场监督管理部门",
}
"""The kinds of agency a court's papers are addressed to, by the prefix of the contract's
``measure`` codes (``land.seal`` → land); a request without a measure is the fund centre's."""


def agency_kind(measure: str | None) -> str:
    """The kind of agency that carries out ``measure`` (the fund centre where none is named)."""
    prefix = (measure or "").partition(".")[0]
    return prefix if prefix in AGENCY_KINDS else "fund"


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
    kind: str = "fund"
    """Which kind of agency this is (a key of ``AGENCY_KINDS``): chosen for the measures of that kind."""
    packs: tuple[str, ...] = ()
    """The rule packs this agency answers under (jiaozuo-2024 → the Jiaozuo centre)."""
    offices: tuple[str, ...] = ()
    """The receiving offices (a user's or key's office) whose papers this agency answers."""
    signer: str | None = None
    """签发人: the person who signs the documents off (the seal holder), printed on the 送达回证;
    left blank for a signature by hand when not configured."""
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
        if values.get("kind", "fund") not in AGENCY_KINDS:
            raise ValueError(f"kind must be one of {', '.join(AGENCY_KINDS)}, not {values['kind']!r}")
        for key in ("header_lines", "contact_lines", "packs", "offices"):
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
        """Load a centre's configuration file (a deployment's file gives its default agency)."""
        return Deployment.from_yaml(path).default_agency

    @classmethod
    def example(cls) -> CentreConfig:
        """The shipped example's default agency (Shanghai, 浦东管理部), used when the caller passes none."""
        return Deployment.example().default_agency

    def format_date(self, day: datetime.date) -> str:
        """A date in the centre's chosen style."""
        from generate.numerals import date_to_arabic, date_to_chinese

        return date_to_chinese(day) if self.date_style == "chinese" else date_to_arabic(day)


@dataclass(frozen=True)
class Deployment:
    """Every agency one installation answers as, and which one answers a given submission.

    The file is either one agency's keys (a single centre, as before) or ``agencies:`` (key →
    an agency's keys) with ``default:`` naming the one used when neither pack nor office
    chooses another.
    """

    agencies: dict[str, CentreConfig]
    default: str

    @property
    def default_agency(self) -> CentreConfig:
        return self.agencies[self.default]

    def choose(self, pack: str | None = None, office: str | None = None, measure: str | None = None) -> CentreConfig:
        """The agency that answers: of the measure's kind, the pack's (the office's among several),
        else the office's, else the default (for the fund centre) or the first of that kind.

        The pack comes first because it names the policy, and so the place: papers under the
        Jiaozuo policy are answered by the Jiaozuo centre whichever office received them.
        """
        kind = agency_kind(measure)
        of_kind = [a for a in self.agencies.values() if a.kind == kind]
        by_pack = [a for a in of_kind if pack and pack in a.packs]
        for group in (by_pack, [a for a in of_kind if not by_pack and office and office in a.offices]):
            if group:
                return next((a for a in group if office and office in a.offices), group[0])
        if self.default_agency.kind == kind or not of_kind:
            return self.default_agency
        return of_kind[0]

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Deployment:
        """Build from a parsed YAML mapping: a single agency, or ``agencies`` with ``default``."""
        if "agencies" not in data:
            return cls({"default": CentreConfig.from_mapping(data)}, "default")
        unknown = sorted(set(data) - {"agencies", "default"})
        if unknown:
            raise ValueError(f"unknown deployment keys: {', '.join(unknown)} (known: agencies, default)")
        raw = data.get("agencies") or {}
        if not isinstance(raw, dict) or not raw:
            raise ValueError("agencies must map each agency's key to its particulars")
        agencies: dict[str, CentreConfig] = {}
        for key, values in raw.items():
            if not isinstance(values, dict):
                raise ValueError(f"agencies.{key}: an agency is a mapping of keys to values")
            try:
                agencies[str(key)] = CentreConfig.from_mapping(values)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"agencies.{key}: {exc}") from None
        default = str(data.get("default") or next(iter(agencies)))
        if default not in agencies:
            raise ValueError(f"default {default!r} is not one of the agencies ({', '.join(agencies)})")
        return cls(agencies, default)

    @classmethod
    def from_yaml(cls, path: str | Path) -> Deployment:
        """Load a deployment's (or a single centre's) configuration file."""
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path}: a centre config is a mapping of keys to values")
        return cls.from_mapping(data)

    @classmethod
    def example(cls) -> Deployment:
        """The shipped sample: a fund centre per pack and one agency of each other kind (seed 002)."""
        return cls.from_yaml(EXAMPLE_CONFIG)
