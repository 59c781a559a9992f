"""The centre's particulars come from YAML, and a misspelt key is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from generate import CentreConfig


def test_example_config_loads() -> None:
    config = CentreConfig.example()
    assert config.name == "上海市公积金管理中心"
    assert config.signatory == "上海市公积金管理中心浦东管理部"
    assert config.document_number(2024, 12) == "沪公积金协〔2024〕12号"
    assert config.document_number(2024, None) == "沪公积金协〔2024〕　　号"
    assert config.court_accounts == {}


def test_unknown_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "centre.yaml"
    path.write_text("name: 某中心\nheader_line: 错\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header_line"):
        CentreConfig.from_yaml(path)


def test_court_accounts_and_default(tmp_path: Path) -> None:
    path = tmp_path / "centre.yaml"
    path.write_text(
        "name: 焦作市住房公积金管理中心\ndate_style: chinese\ncourt_accounts:\n"
        "  默认: {name: 法院执行款专户, number: '123', bank: 某银行}\n",
        encoding="utf-8",
    )
    config = CentreConfig.from_yaml(path)
    assert config.court_account("任一法院").number == "123"
    assert config.signatory == "焦作市住房公积金管理中心"
