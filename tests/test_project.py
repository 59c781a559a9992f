"""The project's outside face: the design card's layout, the two README commands, CI's entry."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def test_design_card_layout():
    for name in ("pyproject.toml", "README.md", "extract", "generate", "validate", "service", "samples", "tests"):
        assert (ROOT / name).exists(), name


def test_console_script_and_packages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["assistdesk"] == "service.cli:main"
    assert set(project["tool"]["setuptools"]["packages"]["find"]["include"]) >= {
        "extract*", "validate*", "generate*", "service*"}


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "bash scripts/demo.sh" in readme and "bash scripts/test.sh" in readme
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for script in ("demo.sh", "test.sh", "setup.sh"):
        text = (ROOT / "scripts" / script).read_text(encoding="utf-8")
        assert text.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in text
    assert ".venv" in (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
