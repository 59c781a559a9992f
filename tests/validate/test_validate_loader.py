"""A pack with a typo must not load quietly: the error names the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from validate import PackError, UnknownPack, evaluate, known_packs, load_pack, load_pack_file
from validate.loader import PACK_DIR

GOOD = (PACK_DIR / "shanghai-2021.yaml").read_text(encoding="utf-8")


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    assert old in GOOD
    path = tmp_path / "shanghai-2021.yaml"
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_every_shipped_pack_loads() -> None:
    assert known_packs() == ["gongan-county", "jiaozuo-2024", "national-2010", "shanghai-2021", "yunfu-2017"]
    for name in known_packs():
        assert load_pack(name).rules


def test_misspelt_rule_key_names_file_and_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "    severity: block\n    applies_to: [query]", "    severty: block\n    applies_to: [query]")
    with pytest.raises(PackError) as err:
        load_pack_file(path)
    assert f"{path}:{_line_of(path, 'severty')}:" in str(err.value)
    assert "unknown rule key 'severty'" in str(err.value)


def test_missing_citation_names_file_and_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "    citation: 000_d9f354da727e6e1c.txt 第一条（二）\n", "")
    with pytest.raises(PackError, match=r"lacks citation") as err:
        load_pack_file(path)
    assert err.value.line == _line_of(path, "id: query.offline.materials")


def test_unknown_document_type_names_file_and_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "- any: [intro_letter, query_form, assist_notice]", "- any: [intro_leter, query_form]")
    with pytest.raises(PackError, match=r"unknown document type\(s\) \['intro_leter'\]") as err:
        load_pack_file(path)
    assert err.value.file == str(path) and err.value.line == _line_of(path, "items:")


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("citation: 000_d9f354da727e6e1c.txt 第一条（二）", "citation: 第一条（二）", "must read"),
    ("citation: 000_d9f354da727e6e1c.txt 第一条（二）", "citation: 001_0e7a928bea1827bd.txt 第一条（二）",
     "this pack's source is 000_d9f354da727e6e1c.txt"),
    ("kind: materials", "kind: material", "unknown kind 'material'"),
    ("severity: block", "severity: high", "severity 'high'"),
    ("applies_to: [query]", "applies_to: [queery]", "unknown action(s) ['queery']"),
    ("check: {predicate: no_contracted_withdrawal}", "check: {predicate: no_contract}", "unknown predicate"),
    ("check: {predicate: account_open}", "check: {predicate: account_open, roles: [borrower]}",
     "unknown parameter(s)"),
    ("max: 3y}", "maximum: 3y}", "unknown check key 'maximum'"),
    ("max: 3y}", "max: three years}", "a duration like"),
    ("fail: 线下查询材料不全：{missing}。", "fail: 线下查询材料不全：{mising}。", "quotes unknown {mising}"),
    ("      unknown: \"{reason}，无法计算可冻结资金。\"", "      unkown: 无法计算", "unknown message outcome 'unkown'"),
    ("  - id: query.online", "  - id: request.identifies_respondent", "already used at line"),
    ("pack: shanghai-2021", "pack: shanghai", "must match the file name"),
    ("includes: [national-2010]", "includes: [nationl-2010]", "includes unknown pack 'nationl-2010'"),
    ("words: 不适用先予执行。", "words: ''", "words must be non-empty text"),
])
def test_typos_are_load_errors_with_a_line(tmp_path: Path, old: str, new: str, problem: str) -> None:
    path = _broken(tmp_path, old, new)
    with pytest.raises(PackError) as err:
        load_pack_file(path)
    assert problem in str(err.value)
    assert err.value.line and str(err.value).startswith(f"{path}:{err.value.line}: ")


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "  - id: query.online\n", "  - id: [query.online\n")
    with pytest.raises(PackError, match="not valid YAML") as err:
        load_pack_file(path)
    assert err.value.line


def test_unknown_pack_lists_the_known_ones_in_one_line() -> None:
    with pytest.raises(UnknownPack) as err:
        evaluate({"action": "query"}, None, "beijing-2020")
    message = str(err.value)
    assert "\n" not in message and "beijing-2020" in message and "shanghai-2021" in message
    assert isinstance(err.value, ValueError)


def test_an_agency_pack_may_not_decline(tmp_path: Path) -> None:
    """法发〔2010〕15号 第二十条: an assisting agency suggests a review but shall not refuse, so a
    pack that lists agency `measures` refuses to load with a rule that would decline."""
    good = (PACK_DIR / "yunfu-2017.yaml").read_text(encoding="utf-8")
    old = "    check: {predicate: fact, name: disposal_completed, expect: true}\n    on_fail: none\n"
    assert old in good
    path = tmp_path / "yunfu-2017.yaml"
    path.write_text(good.replace(old, old.replace("on_fail: none", "on_fail: decline")), encoding="utf-8")
    with pytest.raises(PackError, match="may not decline") as err:
        load_pack_file(path)
    assert "police.vehicle_transfer.disposed" in str(err.value) and err.value.line
    path.write_text(good.replace(old, old.replace("    on_fail: none\n", "")), encoding="utf-8")
    with pytest.raises(PackError, match="may not decline"):  # a condition declines unless told otherwise
        load_pack_file(path)
