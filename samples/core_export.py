"""The sample export of a centre's core system: samples/accounts/core-export.{csv,xlsx}.

Fake people; ID numbers carry a real area code and a valid check character, computed here
with the sample generator's own arithmetic (not the product's). Run
`python -m samples.core_export` to write both files again; the README shows importing them.
"""

from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent / "accounts"
HEADINGS = ["证件号码", "姓名", "个人账号", "账户余额", "账户状态", "月缴存额", "是否退休", "贷款情况", "约定提取"]
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def with_check(first17: str) -> str:
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


ROWS = [
    [with_check("31011519850312441"), "庞知远", "0100312245", "86420.15", "缴存", "2450.00", "否", "", "否"],
    [with_check("31010419790607562"), "葛书宁", "0100478810", "132007.60", "缴存", "3120.00", "否",
     "主贷人-未结清", "否"],
    [with_check("31011219620221083"), "温季良", "0100099537", "45318.02", "封存", "", "是", "", "否"],
    [with_check("41080219880915202"), "岳明珠", "4108102231", "27560.00", "缴存", "1280.00", "",
     "担保人-未结清", "否"],
    [with_check("41082119910130451"), "柏晓川", "4108200457", "9033.47", "缴存", "960.00", "否",
     "参贷人-已结清", "是"],
    [with_check("31011519700802001"), "祁文澜", "0100655120", "0.00", "销户", "", "是", "", "否"],
]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    with open(OUT / "core-export.csv", "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADINGS)
        writer.writerows(ROWS)
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "个人账户"
    sheet.append(HEADINGS)
    for row in ROWS:
        sheet.append(row)
    book.properties.created = book.properties.modified = __import__("datetime").datetime(2026, 12, 1)
    book.save(OUT / "core-export.xlsx")


if __name__ == "__main__":
    main()
