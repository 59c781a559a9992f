"""Sample bundles for the other agencies (seed 002): one per measure, with the truth.

`python -m samples.agencies --out samples/agencies` writes, for each of the contract's
sixteen measures, the papers a Yunfu court sends that agency — the 协助查询通知书,
协助查找被执行人函, 协助执行通知书 or 协助公示通知书 in the words courts use for vehicles
(号牌, 车架号), real estate (不动产权证号, 坐落) and equity (公司名称, 统一社会信用代码,
股权数额); the 执行裁定书 where the seed asks for it; both officers' work IDs and duty
certificates photocopied on one page; a transferee's identity proof for a transfer — as one
small text-layer PDF in PyMuPDF's built-in CJK face, and truth.json with the request, the
decision and the reply deadline the yunfu pack should give on the day of receipt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pymupdf
from PIL import Image

from samples.bundle import SEAL_MM
from samples.defects import SEAL_RED, make_seal
from samples.fonts import available_fonts
from samples.numerals import date_arabic
from samples.people import Officer, id_check_digit
from samples.render import _save_pdf, cards_on_a4, render_card, render_doc
from samples.wordings import Block, DocText, duty_cert, work_id

TODAY = dt.date(2024, 5, 10)
SIGNED = dt.date(2024, 5, 9)
COURT = "云浮市云城区人民法院"
CASE = "（2024）粤5302执88号"
RESPONDENT = ("梁志强", "44530219880712451" + id_check_digit("44530219880712451"))
APPLICANT = "云浮市恒信贸易有限公司"
TRANSFEREE = ("邓美玲", "44538119920315422" + id_check_digit("44538119920315422"))
OFFICERS = [Officer("陈国栋", "执行员", "粤5302-0417", "0032817"), Officer("黄丽", "法官助理", "粤5302-0522", "0032903")]
AGENCY = {"police": "云浮市公安局", "land": "云浮市自然资源局", "housing": "云浮市住房和城乡建设局",
          "market": "云浮市市场监督管理局"}
VEHICLE = "号牌号码为粤W3K721、车架号为LSVAM4187C2234561的小型轿车"
LAND = "坐落于云浮市云城区兴云西路8号、不动产权证号为粤（2022）云浮市不动产权第0012345号的房屋及其占用范围内的土地使用权"
HOUSE = "坐落于云浮市云安区石城镇府前路3号、不动产权证号为粤（2021）云浮市不动产权第0023456号的房产"
EQUITY = "在云浮市石艺建材有限公司（统一社会信用代码：91445302MA4W1234X5）的30%股权"
PERIOD = "期限自2024年5月10日起至2027年5月9日止"
SUBJECT = {
    "police": {"kind": "vehicle", "plate": "粤W3K721", "vin": "LSVAM4187C2234561"},
    "land": {"kind": "real_estate", "certificate": "粤（2022）云浮市不动产权第0012345号", "location": "云浮市云城区兴云西路8号"},
    "housing": {"kind": "real_estate", "certificate": "粤（2021）云浮市不动产权第0023456号",
                "location": "云浮市云安区石城镇府前路3号"},
    "market": {"kind": "equity", "company": "云浮市石艺建材有限公司", "credit_code": "91445302MA4W1234X5", "share": "30%股权"},
}
"""The object each measure is taken on, as the truth states it (`request.subject`); a query or a
search for a person has none."""


@dataclass(frozen=True)
class Sample:
    measure: str
    title: str
    asks: str
    papers: tuple[str, ...]
    facts: dict
    deadline: str

    @property
    def period(self) -> dict[str, str] | None:
        """The period the notice states (a seal's or a freeze's), as the truth gives it."""
        return {"start": "2024-05-10", "end": "2027-05-09"} if PERIOD in self.asks else None


def _who() -> str:
    return f"被执行人{RESPONDENT[0]}（公民身份号码：{RESPONDENT[1]}）"


SAMPLES = (
    Sample("police.identity_query", "协助查询通知书", f"请协助查询{_who()}的户籍、常住、暂住、出入境、车辆登记等身份及财产信息。",
           ("notice", "cards"), {}, "2024-05-14"),
    Sample("police.locate", "协助查找被执行人函", f"{_who()}在本院作出拘留决定后潜逃，下落不明。请协助查找被执行人的下落，"
           "发现其下落后及时通知本院。", ("notice", "cards"), {"locate_grounds": ["absconded_after_detention"]},
           "2024-05-10"),
    Sample("police.vehicle_seal", "协助执行通知书", f"查封{_who()}名下{VEHICLE}的车辆档案，同时限制该车辆办理年检等业务，{PERIOD}。",
           ("notice", "ruling", "cards"), {}, "2024-05-10"),
    Sample("police.vehicle_transfer", "协助执行通知书", f"被执行人名下{VEHICLE}已经本院依法拍卖，请将该车辆过户登记至买受人"
           f"{TRANSFEREE[0]}名下。", ("notice", "ruling", "transferee", "cards"), {"disposal_completed": True}, "2024-05-14"),
    Sample("land.query", "协助查询通知书", f"请协助查询{_who()}名下土地、房屋等不动产的登记信息。", ("notice", "cards"), {},
           "2024-05-14"),
    Sample("land.seal", "协助执行通知书", f"查封{_who()}名下{LAND}，{PERIOD}。", ("notice", "ruling", "cards"), {},
           "2024-05-10"),
    Sample("land.unseal", "协助执行通知书", f"解除对{_who()}名下{LAND}的查封。", ("notice", "ruling", "cards"), {}, "2024-05-10"),
    Sample("land.transfer", "协助执行通知书", f"被执行人名下{LAND}已经本院裁定抵债，请将其转移登记至{TRANSFEREE[0]}名下。",
           ("notice", "ruling", "cards"), {}, "2024-05-10"),
    Sample("housing.query", "协助查询通知书", f"请协助查询{_who()}名下房屋的登记备案信息。", ("notice", "cards"), {},
           "2024-05-14"),
    Sample("housing.seal", "协助执行通知书", f"查封{_who()}名下{HOUSE}，{PERIOD}。", ("notice", "ruling", "cards"), {},
           "2024-05-10"),
    Sample("housing.unseal", "协助执行通知书", f"解除对{_who()}名下{HOUSE}的查封。", ("notice", "ruling", "cards"), {},
           "2024-05-10"),
    Sample("housing.transfer", "协助执行通知书", f"被执行人名下{HOUSE}已经本院依法拍卖，请将其强制过户至买受人{TRANSFEREE[0]}名下。",
           ("notice", "ruling", "cards"), {}, "2024-05-10"),
    Sample("market.query", "协助查询通知书", f"请协助查询{_who()}的设立、变更、注销登记、对外投资以及受处罚等工商登记信息。",
           ("notice", "cards"), {}, "2024-05-14"),
    Sample("market.equity_freeze", "协助公示通知书", f"经本院查询，被执行人持有{EQUITY}。本院已冻结上述股权，{PERIOD}，"
           "请通过企业信用信息公示系统予以公示。", ("notice", "ruling", "cards"), {"ownership_queried": True}, "2024-05-14"),
    Sample("market.equity_unfreeze", "协助公示通知书", f"解除对被执行人持有的{EQUITY}的冻结，请通过企业信用信息公示系统予以公示。",
           ("notice", "ruling", "cards"), {}, "2024-05-14"),
    Sample("market.equity_transfer", "协助执行通知书", f"经本院查询，被执行人持有{EQUITY}，已经本院依法拍卖。请协助公示并将上述股权"
           f"变更登记至买受人{TRANSFEREE[0]}名下。", ("notice", "ruling", "transferee", "cards"),
           {"ownership_queried": True}, "2024-05-14"),
)
"""Each measure's papers and what the yunfu pack should give them on Friday 10 May 2024
(Saturday 11 May was worked): 3 working days → 14 May, 「应马上办理」 → the same day."""


def _notice(s: Sample) -> DocText:
    agency = AGENCY[s.measure.partition(".")[0]]
    return DocText("assist_notice" if s.title != "协助查询通知书" else "query_form", "agency", [
        Block("court", COURT), Block("title", s.title), Block("caseno", CASE), Block("plain", f"{agency}："),
        Block("para", f"本院在执行申请执行人{APPLICANT}与被执行人{RESPONDENT[0]}买卖合同纠纷一案中，依照《中华人民共和国民事诉讼法》"
                      "的有关规定，请协助执行下列事项："),
        Block("para", s.asks),
        Block("plain", "执行员：陈国栋　联系电话：0766-8821234"),
        Block("right", COURT), Block("right", date_arabic(SIGNED), anchor="date"),
    ])


def _ruling() -> DocText:
    return DocText("ruling", "agency", [
        Block("court", COURT), Block("title", "执行裁定书"), Block("caseno", CASE),
        Block("plain", f"申请执行人：{APPLICANT}。"), Block("plain", f"{'被执行人'}：{RESPONDENT[0]}，公民身份号码{RESPONDENT[1]}。"),
        Block("para", "本院依据已经发生法律效力的（2023）粤5302民初1456号民事判决书，于2024年3月4日立案执行。"
                      "被执行人未按执行通知履行法律文书确定的义务。依照《中华人民共和国民事诉讼法》第二百五十二条的规定，裁定如下："),
        Block("para", "查封、冻结、扣押、拍卖、变卖被执行人的财产。本裁定立即执行。"),
        Block("right", "执行员　陈国栋"), Block("right", date_arabic(SIGNED - dt.timedelta(days=2)), anchor="date"),
    ])


def _transferee() -> DocText:
    return DocText("other", "agency", [
        Block("title", "居民身份证（复印件）"), Block("plain", f"姓名：{TRANSFEREE[0]}"), Block("plain", "性别：女　民族：汉"),
        Block("plain", "住址：广东省云浮市罗定市罗城街道兴华路12号"), Block("plain", f"公民身份号码：{TRANSFEREE[1]}"),
        Block("plain", "本复印件与原件一致，仅供办理过户登记使用。"),
    ])


def _seal(rendered, font, rng: random.Random) -> None:
    """The court's red seal over the date of a court paper, as on every paper a court sends
    (seed 002 asks for 加盖公章); a semi-transparent image over the text layer."""
    for number, anchors in enumerate(rendered.anchors):
        if "date" not in anchors:
            continue
        diameter = int(SEAL_MM / 25.4 * 100)  # 100 dpi: enough to be seen, small to keep
        mask = make_seal(COURT, diameter, font, rng)
        rgba = np.zeros((diameter, diameter, 4), np.uint8)
        rgba[..., :3] = SEAL_RED
        rgba[..., 3] = (mask * 0.8 * 255).astype(np.uint8)
        buf = io.BytesIO()
        Image.fromarray(rgba, "RGBA").save(buf, "PNG")
        date, r = anchors["date"], SEAL_MM / 25.4 * 72 / 2
        cx, cy = (date.x0 + date.x1) / 2, (date.y0 + date.y1) / 2
        rendered.pdf[number].insert_image(pymupdf.Rect(cx - r, cy - r, cx + r, cy + r), stream=buf.getvalue(),
                                          overlay=True)


def write(out: Path) -> list[Path]:
    font = available_fonts(True)[0]
    court = SimpleNamespace(court=SimpleNamespace(name=COURT), today=TODAY)
    written = []
    for index, s in enumerate(SAMPLES, start=1):
        folder = out / f"{index:02d}-yf-{s.measure.replace('.', '-').replace('_', '-')}"
        folder.mkdir(parents=True, exist_ok=True)
        rng = random.Random(s.measure)
        merged, documents = pymupdf.open(), []
        for key in s.papers:
            if key == "cards":
                cards = [render_card(make(court, o, rng), font, rng) for o in OFFICERS for make in (work_id, duty_cert)]
                rendered, types = cards_on_a4(cards, font, "执行人员证件（复印件）"), ["work_id", "duty_cert"] * 2
            else:
                doc = _notice(s) if key == "notice" else _ruling() if key == "ruling" else _transferee()
                rendered, types = render_doc(doc, font, rng), [doc.kind]
                if key != "transferee":
                    _seal(rendered, font, rng)
            first = merged.page_count + 1
            merged.insert_pdf(rendered.pdf)
            pages = list(range(first, merged.page_count + 1))
            sealed = True if key in ("notice", "ruling") else None
            documents += [{"type": t, "source": "papers.pdf", "pages": pages, "sealed": sealed} for t in types]
        merged.subset_fonts()
        _save_pdf(merged, str(folder / "papers.pdf"))
        action = {"query": "query", "seal": "freeze", "freeze": "freeze", "unseal": "unfreeze",
                  "unfreeze": "unfreeze"}.get(s.measure.partition(".")[2].rpartition("_")[2])
        truth = {
            "request": {"action": action, "measure": s.measure, "court": COURT, "case_number": CASE,
                        "respondent": {"name": RESPONDENT[0], "id_number": RESPONDENT[1]},
                        "applicant": {"name": APPLICANT}, "amount": None, "freeze_period": s.period,
                        "account_number": None, "officers": [{"name": o.name} for o in OFFICERS],
                        "documents": documents,
                        "subject": None if s.measure.endswith(("query", "locate"))
                        else SUBJECT[s.measure.partition(".")[0]]},
            "facts": s.facts, "pack": "yunfu-2017", "today": TODAY.isoformat(), "expected_decision": "assist",
            "agency": AGENCY[s.measure.partition(".")[0]], "deadline": s.deadline,
            "scenario": f"{AGENCY[s.measure.partition('.')[0]]}：{s.asks}",
        }
        (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(folder)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.agencies", description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("samples/agencies"))
    args = ap.parse_args(argv)
    for path in write(args.out):
        print(path, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
