"""The centre's own application samples (seed 000 第五条): its papers, and the truth about them.

`python -m samples.application --out samples/applications` writes a folder of text-layer
PDFs (small: vector text, no scans), the papers a fund centre hands its clerk when it asks
the court to enforce a penalty: the 行政处罚决定书 and its 送达回证, the 催告书 and its
送达回证, the centre's and the respondent's proof of identity, and the evidence. Its truth
gives two days to file on: one after the ten days following the reminder's service (the
application is written), one before them (refused). Dates are written here with the
samples' own formatter, not the product's parser, as for the court bundles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import pymupdf

from samples.fonts import available_fonts
from samples.numerals import date_arabic
from samples.render import _save_pdf, render_doc
from samples.wordings import Block, DocText

CENTRE = "上海市公积金管理中心"
COURT = "上海市浦东新区人民法院"
RESPONDENT = {"name": "上海晨岚餐饮管理有限公司", "credit_code": "91310115MA1H7Q2K5R",
              "address": "上海市浦东新区张杨路2389号3楼", "representative": "顾文彬"}
DECISION = {"number": "沪公积金罚字〔2024〕第15号", "date": (2024, 1, 10), "served": (2024, 1, 15)}
REMINDER = {"number": "沪公积金催字〔2024〕第8号", "date": (2024, 7, 22), "served": (2024, 7, 25)}
TERMS = "责令当事人自收到本决定书之日起二十日内为本单位职工办理住房公积金缴存登记，并处罚款人民币30000元"
SLUG = "01-sh-penalty-application"
FILINGS = (
    {"filed": "2024-08-12", "expected_decision": "assist",
     "scenario": "催告书7月25日送达，十日期间至8月4日（周日）顺延至8月5日届满；8月12日申请，在法定起诉期限"
                 "（7月15日届满）后三个月内，材料齐全：写出强制执行申请书。"},
    {"filed": "2024-08-02", "expected_decision": "decline",
     "scenario": "同一份材料，8月2日即申请：催告书送达后的十日期间尚未届满，不得申请强制执行。"},
)
"""The same papers filed on two days: after the ten days (written) and before (refused)."""


def _day(ymd: tuple[int, int, int]) -> str:
    return date_arabic(dt.date(*ymd))


def papers() -> list[tuple[str, list[DocText]]]:
    """The files and, in each, the papers it holds, in the order a clerk would scan them."""
    r = RESPONDENT
    decision = DocText("administrative_decision", "a", [
        Block("court", CENTRE), Block("title", "行政处罚决定书"), Block("caseno", DECISION["number"]),
        Block("plain", f"当事人：{r['name']}"), Block("plain", f"统一社会信用代码：{r['credit_code']}"),
        Block("plain", f"住所：{r['address']}"), Block("plain", f"法定代表人：{r['representative']}"),
        Block("para", "经查，当事人自2023年3月起招用职工12人，未按规定办理住房公积金缴存登记，"
                      "经本中心于2023年11月20日责令限期办理，逾期仍未办理。"),
        Block("para", "以上事实有现场检查笔录、询问笔录、职工花名册等证据为证。"),
        Block("para", "依据《住房公积金管理条例》第三十七条的规定，本中心作出如下行政处罚决定："),
        Block("para", TERMS + "。"),
        Block("para", "当事人应当自收到本决定书之日起十五日内缴纳罚款。如不服本决定，可以在收到本决定书之日起"
                      "六十日内向上海市人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。"),
        Block("right", CENTRE), Block("right", _day(DECISION["date"]), anchor="date"),
    ])
    served_decision = DocText("service_proof", "a", [
        Block("court", CENTRE), Block("title", "送达回证"),
        Block("table", rows=[["送达文书名称", f"行政处罚决定书（{DECISION['number']}）"], ["受送达人", r["name"]],
                             ["送达地点", r["address"]], ["送达方式", "直接送达"],
                             ["送达时间", _day(DECISION["served"])], ["受送达人签收", r["representative"]]]),
    ])
    reminder = DocText("reminder", "a", [
        Block("court", CENTRE), Block("title", "催告书"), Block("caseno", REMINDER["number"]),
        Block("plain", f"{r['name']}："),
        Block("para", f"本中心于{_day(DECISION['date'])}作出{DECISION['number']}《行政处罚决定书》，"
                      f"并于{_day(DECISION['served'])}送达你单位。你单位在法定期限内未申请行政复议，也未提起行政诉讼，"
                      "至今未履行该决定确定的义务。"),
        Block("para", "根据《中华人民共和国行政强制法》第五十四条的规定，现催告你单位自收到本催告书之日起十日内"
                      "履行上述义务。你单位有权进行陈述和申辩。逾期仍不履行的，本中心将依法申请"
                      f"{COURT}强制执行。"),
        Block("right", CENTRE), Block("right", _day(REMINDER["date"]), anchor="date"),
    ])
    served_reminder = DocText("service_proof", "a", [
        Block("court", CENTRE), Block("title", "送达回证"),
        Block("table", rows=[["送达文书名称", f"催告书（{REMINDER['number']}）"], ["受送达人", r["name"]],
                             ["送达地点", r["address"]], ["送达方式", "直接送达"],
                             ["送达时间", _day(REMINDER["served"])], ["受送达人签收", r["representative"]]]),
    ])
    centre_id = DocText("centre_identity", "a", [
        Block("title", "事业单位法人证书"), Block("plain", f"名称：{CENTRE}"),
        Block("plain", "统一社会信用代码：12310000425011633B"), Block("plain", "举办单位：上海市人民政府"),
        Block("plain", "住所：上海市浦东新区世纪大道1500号"),
    ])
    licence = DocText("respondent_identity", "a", [
        Block("title", "营业执照"), Block("plain", f"统一社会信用代码：{r['credit_code']}"),
        Block("plain", f"名称：{r['name']}"), Block("plain", "类型：有限责任公司（自然人投资或控股）"),
        Block("plain", f"法定代表人：{r['representative']}"), Block("plain", f"住所：{r['address']}"),
    ])
    record = DocText("evidence", "a", [
        Block("title", "询问笔录"),
        Block("plain", "询问时间：2023年11月20日"), Block("plain", f"被询问人：{r['representative']}（{r['name']}法定代表人）"),
        Block("para", "问：你单位现有职工多少人？是否办理了住房公积金缴存登记？"),
        Block("para", "答：现有职工12人，尚未办理住房公积金缴存登记。"),
    ])
    return [("decision.pdf", [decision, served_decision]), ("reminder.pdf", [reminder, served_reminder]),
            ("identity.pdf", [centre_id, licence]), ("evidence.pdf", [record])]


def write(out: Path, builtin_font: bool = True) -> Path:
    """The papers and the truth; PyMuPDF's built-in CJK face by default, which keeps the files small."""
    font = available_fonts(builtin_font)[0]
    folder = out / SLUG
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SLUG)
    for name, docs in papers():
        merged = pymupdf.open()
        for doc in docs:
            merged.insert_pdf(render_doc(doc, font, rng).pdf)
        merged.subset_fonts()
        _save_pdf(merged, str(folder / name))
    truth = {"pack": "shanghai-2021", "court": COURT, "respondent": RESPONDENT["name"],
             "decision_number": DECISION["number"], "decision_served": "2024-01-15",
             "reminder_number": REMINDER["number"], "reminder_served": "2024-07-25",
             "suit_deadline": "2024-07-15", "filings": list(FILINGS)}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.application", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("samples/applications"))
    ap.add_argument("--system-fonts", action="store_true", help="the system CJK fonts (larger files)")
    args = ap.parse_args(argv)
    print(write(args.out, not args.system_fonts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
