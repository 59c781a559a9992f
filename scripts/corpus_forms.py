"""Extract the genre's own wording that the repo already holds, into
extract/repair/data/corpus/forms.txt: the Chinese of the other policies' rule packs
(their quoted articles and our messages) and of the sample court papers' generators
(协助执行通知书, 执行裁定书, 送达回证 …). Run by hand; the result is committed.

    .venv/bin/python scripts/corpus_forms.py

Why: the repair's model of the genre (`extract.repair.lm`'s domain part) learns from the
other seeds alone, some 20,000 characters; these add the court papers' and the rules'
phrasing. What is left out, so the measured scan stays unseen: the Jiaozuo pack
(`validate/packs/jiaozuo-2024.yaml`, seed 001's articles) and every line of the samples
that names Jiaozuo or its scenarios (their descriptions paraphrase seed 001's rules).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extract" / "repair" / "data" / "corpus" / "forms.txt"
RUN = re.compile(r"[\u4e00-\u9fff0-9，。、：；（）“”《》〔〕〈〉]{6,}")
EXCLUDED_FILES = {"jiaozuo-2024.yaml"}
EXCLUDED_LINE = re.compile(r"焦作|焦中法|jiaozuo|\bJZ\b|jz-")


def runs(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if EXCLUDED_LINE.search(line):
            continue
        out += [r for r in RUN.findall(line) if sum("\u4e00" <= c <= "\u9fff" for c in r) >= 4]
    return out


def main() -> None:
    files = sorted((ROOT / "validate" / "packs").glob("*.yaml")) + sorted((ROOT / "samples").glob("*.py"))
    lines = []
    for path in files:
        if path.name not in EXCLUDED_FILES:
            lines += runs(path)
    lines = list(dict.fromkeys(lines))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines, {sum(map(len, lines))} characters -> {OUT}")


if __name__ == "__main__":
    main()
