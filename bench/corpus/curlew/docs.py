"""The court papers and the officers' cards, worded after the official forms."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PIL import Image, ImageDraw

from .data import ar_date, cn_date, daxie, halfwidth, money_comma
from .layout import Flow
from .render import pil_font, seal_image


@dataclass
class Officer:
    name: str
    sex: str
    work_no: str
    duty_no: str
    duty_expiry: dt.date
    title: str = "执行员"


@dataclass
class Party:
    name: str
    id_number: str | None = None
    sex: str | None = None
    birth: dt.date | None = None
    address: str = ""
    company: bool = False


@dataclass
class Case:
    pack: str
    court: str
    code: str
    centre: str
    case_number: str
    cause: str
    applicant: Party
    respondent: Party                 # as the notice names it
    ruling_respondent: Party          # as the ruling names it (differs only in the mismatch kind)
    action: str
    doc_date: dt.date
    amount: Decimal | None
    period: tuple | None
    account_number: str | None
    officers: list
    judges: list
    clerk: str
    basis_number: str                 # the judgment / conciliation behind the enforcement
    preservation: bool = False
    ruling_number: str = ""           # the ruling's own number (民初 / 财保 for preservation)
    old_period: tuple | None = None   # renewals
    old_ref: str = ""                 # unfreeze: the freezing papers
    old_amount: Decimal | None = None
    reason: str = ""
    phone: str = ""
    half_width: bool = False
    cn_dates: bool = True
    table_notice: bool = True
    receipt: bool = False
    query_id: bool = True


def _cn(c: Case, s: str) -> str:
    return halfwidth(s) if c.half_width else s


def _d(c: Case, d: dt.date) -> str:
    return ar_date(d)


def _party_line(role: str, p: Party) -> str:
    if p.company:
        return f"{role}：{p.name}，住所地{p.address}。"
    bits = [f"{role}：{p.name}", p.sex or "", f"{p.birth.year}年{p.birth.month}月{p.birth.day}日出生" if p.birth else ""]
    if p.id_number:
        bits.append(f"公民身份号码{p.id_number}")
    if p.address:
        bits.append(f"住{p.address}")
    return "，".join(b for b in bits if b) + "。"


def _amt(c: Case, amount=None) -> str:
    a = amount if amount is not None else c.amount
    return f"人民币{money_comma(a)}元（大写：{daxie(a)}）"


def _roles(c: Case):
    return ("申请人", "被申请人") if c.preservation else ("申请执行人", "被执行人")


def measure_text(c: Case) -> str:
    _ap, rp = _roles(c)
    r = c.respondent
    acct = f"（账号：{c.account_number}）" if c.account_number else ""
    per = ""
    if c.period:
        per = f"，冻结期限自{_d(c, c.period[0])}起至{_d(c, c.period[1])}止"
    if c.action == "query":
        return (f"查询{rp}{r.name}（公民身份号码：{r.id_number}）在你中心的住房公积金账户开户、缴存、"
                f"余额、冻结及住房公积金贷款情况，并提供相关账户明细。")
    if c.action == "freeze":
        amt = f"内的资金{_amt(c)}" if c.amount is not None else "内的资金"
        return f"冻结{rp}{r.name}（公民身份号码：{r.id_number}）在你中心的住房公积金账户{acct}{amt}{per}。"
    if c.action == "renew_freeze":
        o = c.old_period
        return (f"续行冻结{rp}{r.name}（公民身份号码：{r.id_number}）在你中心的住房公积金账户{acct}内的资金"
                f"{_amt(c)}。原冻结期限自{_d(c, o[0])}起至{_d(c, o[1])}止，续行冻结期限自"
                f"{_d(c, c.period[0])}起至{_d(c, c.period[1])}止。")
    if c.action == "unfreeze":
        return (f"解除对{rp}{r.name}（公民身份号码：{r.id_number}）在你中心的住房公积金账户{acct}内资金"
                f"{_amt(c)}的冻结（原冻结文书：{_cn(c, c.old_ref)}）。")
    raise ValueError(c.action)


def _head(f: Flow, c: Case, title: str, number: str, red=False):
    f.center(c.court, size=20, font="song" if f.r.random() < 0.5 else "hei", gap_after=3,
             color=(200, 20, 20) if red else (0, 0, 0))
    sp = f.r.random() < 0.5
    f.center(" ".join(title) if sp else title, size=24, font="hei", gap_after=3)
    f.right_text(_cn(c, number))
    f.space(2)


def assist_notice(c: Case, rng) -> list:
    f = Flow(rng)
    _head(f, c, "协助执行通知书", c.case_number, red=rng.random() < 0.35)
    f.line_text(c.centre + "：")
    ap, rp = _roles(c)
    if c.preservation:
        lead = (f"本院受理{ap}{c.applicant.name}与{rp}{c.respondent.name}{c.cause}财产保全一案，本院作出的"
                f"{_cn(c, c.ruling_number)}民事裁定书已经发生法律效力。")
    elif c.action == "query":
        lead = (f"本院在执行{ap}{c.applicant.name}与{rp}{c.respondent.name}{c.cause}一案中，因案件需要，"
                f"依照《中华人民共和国民事诉讼法》第二百五十三条之规定，")
    else:
        lead = (f"本院在执行{ap}{c.applicant.name}与{rp}{c.respondent.name}{c.cause}一案中，本院作出的"
                f"{_cn(c, c.case_number)}执行裁定书已经发生法律效力。")
    if c.action == "query":
        f.para(lead + "请你单位协助执行下列事项：")
    else:
        f.para(lead + "依照《中华人民共和国民事诉讼法》的有关规定，请协助执行下列事项：")
    if c.table_notice:
        rows = [(rp, c.respondent.name), ("证件号码", c.respondent.id_number or "")]
        if c.account_number:
            rows.append(("公积金账号", c.account_number))
        if c.amount is not None and c.action != "query":
            rows.append(("金额", f"{money_comma(c.amount)}元"))
            rows.append(("大写金额", daxie(c.amount)))
        if c.period and c.action in ("freeze", "renew_freeze"):
            rows.append(("冻结期限", f"自{_d(c, c.period[0])}起至{_d(c, c.period[1])}止"))
        rows.append(("协助执行事项", measure_text(c)))
        f.table(rows)
    else:
        f.para(measure_text(c))
    if c.action != "query":
        f.para("附：" + ("民事裁定书" if c.preservation else "执行裁定书") + "一份。", indent=2)
    date_text = cn_date(c.doc_date) if c.cn_dates else ar_date(c.doc_date)
    f.sign_block(c.court, date_text, seal=True)
    f.space(4)
    f.line_text(f"联系人：{c.officers[0].name}　　联系电话：{c.phone}", size=13)
    if c.receipt:
        f.need(60)
        f.space(6)
        f.page.line(f.left, f.y, 210 - f.right, f.y, 0.3, dash=True)
        f.space(2)
        f.center("回　　执", size=18, font="hei", gap_after=2)
        f.para(f"{c.court}：", indent=0, size=13)
        f.para(f"你院{_cn(c, c.case_number)}协助执行通知书收到，我单位已于____年__月__日协助执行完毕。",
               size=13)
        f.right_text("协助执行单位（盖章）　　　　", size=13)
        f.right_text("经办人：__________　　年　月　日", size=13)
    return f.pages


def ruling(c: Case, rng) -> list:
    f = Flow(rng)
    p = c.ruling_respondent
    ap, rp = _roles(c)
    if c.preservation:
        _head(f, c, "民事裁定书", c.ruling_number)
        f.para(_party_line(ap, c.applicant))
        f.para(_party_line(rp, p))
        filed = c.doc_date - dt.timedelta(days=rng.randint(2, 9))
        f.para(f"{ap}{c.applicant.name}与{rp}{p.name}{c.cause}一案，{ap}{c.applicant.name}于{ar_date(filed)}"
               f"向本院提出财产保全申请，请求冻结{rp}{p.name}名下价值{_amt(c)}的财产，并以"
               f"{'保险公司出具的诉讼财产保全责任保险保单' if rng.random() < 0.6 else '其名下房产'}提供担保。")
        f.para("本院经审查认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》第一百零三条、"
               "第一百零五条、第一百零六条第一款规定，裁定如下：")
        per = ""
        if c.period:
            per = f"，冻结期限自{ar_date(c.period[0])}起至{ar_date(c.period[1])}止"
        f.para(f"冻结{rp}{p.name}名下住房公积金账户资金{_amt(c)}{per}；不足部分，查封、扣押其他等值财产。")
        f.para("案件申请费5000元，由申请人负担。" if rng.random() < 0.5 else "申请费由申请人预交。")
        f.para("本裁定立即开始执行。")
        f.para("如不服本裁定，可以向本院申请复议一次。复议期间不停止裁定的执行。")
    else:
        _head(f, c, "执行裁定书", c.case_number)
        f.para(_party_line(ap, c.applicant))
        f.para(_party_line(rp, p))
        if c.action in ("freeze", "query"):
            f.para(f"本院依据已经发生法律效力的{_cn(c, c.basis_number)}民事判决书，于"
                   f"{ar_date(c.doc_date - dt.timedelta(days=rng.randint(40, 200)))}立案执行。因{rp}{p.name}"
                   f"未按执行通知履行法律文书确定的义务，依照《中华人民共和国民事诉讼法》第二百五十三条、"
                   f"《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条规定，裁定如下：")
            amt = f"资金{_amt(c)}" if c.amount is not None else "内的资金"
            per = f"，冻结期限自{ar_date(c.period[0])}起至{ar_date(c.period[1])}止" if c.period else ""
            f.para(f"冻结{rp}{p.name}在住房公积金管理中心的住房公积金账户{amt}{per}。")
        elif c.action == "renew_freeze":
            o = c.old_period
            f.para(f"本院在执行{ap}{c.applicant.name}与{rp}{p.name}{c.cause}一案中，于{ar_date(o[0])}冻结了"
                   f"{rp}{p.name}在住房公积金管理中心的住房公积金账户资金，冻结期限至{ar_date(o[1])}止。"
                   f"因案件尚未执行完毕，{ap}申请续行冻结。依照《最高人民法院关于人民法院民事执行中查封、"
                   f"扣押、冻结财产的规定》第二十九条规定，裁定如下：")
            f.para(f"续行冻结{rp}{p.name}在住房公积金管理中心的住房公积金账户资金{_amt(c)}，续行冻结期限自"
                   f"{ar_date(c.period[0])}起至{ar_date(c.period[1])}止。")
        elif c.action == "unfreeze":
            f.para(f"本院在执行{ap}{c.applicant.name}与{rp}{p.name}{c.cause}一案中，依据{_cn(c, c.old_ref)}冻结了"
                   f"{rp}{p.name}在住房公积金管理中心的住房公积金账户资金{_amt(c)}。{c.reason}依照"
                   f"《中华人民共和国民事诉讼法》第一百五十七条第一款第十一项规定，裁定如下：")
            f.para(f"解除对{rp}{p.name}在住房公积金管理中心的住房公积金账户资金{_amt(c)}的冻结。")
        f.para("本裁定送达后立即生效。")
    f.space(4)
    for role, name in c.judges:
        f.right_text(f"{role}　{name}", font="song")
    date_text = cn_date(c.doc_date) if c.cn_dates else ar_date(c.doc_date)
    f.sign_block(c.court, date_text, seal=True)
    f.right_text(f"书　记　员　{c.clerk}")
    return f.pages


def query_form(c: Case, rng) -> list:
    f = Flow(rng)
    f.center(c.court, size=19, font="song", gap_after=2)
    title = "住房公积金查询单" if c.pack == "jiaozuo-2024" else "协助查询通知书"
    f.center(title, size=23, font="hei", gap_after=3)
    f.right_text(_cn(c, c.case_number))
    f.line_text(c.centre + "：")
    f.para("因执行案件需要，请协助查询下列人员的住房公积金信息，并将查询结果交来人带回。")
    rows = [("案号", _cn(c, c.case_number)), ("被查询人姓名", c.respondent.name),
            ("证件类型", "居民身份证" if c.query_id else ""),
            ("证件号码", c.respondent.id_number if c.query_id else ""),
            ("查询内容", "住房公积金账户开户及缴存单位、账户状态、账户余额、缴存明细、冻结情况、住房公积金贷款及担保情况"),
            ("执行人员", "、".join(o.name for o in c.officers)),
            ("联系电话", c.phone)]
    f.table(rows, col0=36)
    date_text = cn_date(c.doc_date) if c.cn_dates else ar_date(c.doc_date)
    f.sign_block(c.court, date_text, seal=True)
    return f.pages


def intro_letter(c: Case, rng) -> list:
    f = Flow(rng, body_size=16)
    f.center(c.court, size=19, font="song", gap_after=2)
    f.center("介 绍 信", size=26, font="hei", gap_after=2)
    f.right_text(_cn(c, c.case_number), size=13)
    f.line_text(c.centre + "：")
    names = "、".join(o.name for o in c.officers)
    f.para(f"兹介绍我院执行干警{names}{'等' + str(len(c.officers)) + '名' if len(c.officers) > 1 else ''}同志前往你处，"
           f"查询{_cn(c, c.case_number)}{c.cause}一案被执行人{c.respondent.name}（公民身份号码："
           f"{c.respondent.id_number}）的住房公积金缴存和使用情况，请予接洽并协助为盼。")
    f.para("此致")
    f.line_text("敬礼！", x=f.left)
    date_text = cn_date(c.doc_date) if c.cn_dates else ar_date(c.doc_date)
    f.sign_block(c.court, date_text, seal=True)
    f.space(4)
    f.line_text(f"（有效期{rng.choice(['七', '十', '十五'])}天）", size=13)
    return f.pages


# ---------------------------------------------------------------- cards

def _face(draw, box, rng):
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=(rng.randint(90, 140), rng.randint(140, 190), rng.randint(200, 235)))
    cx, w = (x0 + x1) / 2, x1 - x0
    draw.ellipse([cx - w * 0.22, y0 + (y1 - y0) * 0.18, cx + w * 0.22, y0 + (y1 - y0) * 0.55], fill=(232, 200, 178))
    draw.pieslice([x0 + w * 0.08, y0 + (y1 - y0) * 0.58, x1 - w * 0.08, y1 + (y1 - y0) * 0.4], 180, 360, fill=(30, 35, 60))


def work_id_image(o: Officer, court: str, rng, faces=2) -> Image.Image:
    """An opened 工作证 booklet: cover on the left (when faces=2), particulars on the right."""
    S = 12  # px per mm
    W, H = 95 * S, 65 * S
    cover_col = rng.choice([(150, 20, 25), (120, 15, 20), (20, 40, 100)])
    pages = []
    if faces == 2:
        cov = Image.new("RGB", (W, H), cover_col)
        d = ImageDraw.Draw(cov)
        gold = (225, 190, 90)
        d.ellipse([W / 2 - 11 * S, 10 * S, W / 2 + 11 * S, 32 * S], outline=gold, width=int(1.2 * S))
        d.text((W / 2, 21 * S), "★", font=pil_font("hei", 11 * S), fill=gold, anchor="mm")
        d.text((W / 2, 42 * S), court, font=pil_font("song", int(5.2 * S)), fill=gold, anchor="mm")
        d.text((W / 2, 54 * S), "工 作 证", font=pil_font("hei", 8 * S), fill=gold, anchor="mm")
        pages.append(cov)
    ins = Image.new("RGB", (W, H), (250, 248, 240))
    d = ImageDraw.Draw(ins)
    d.text((W / 2, 7 * S), "工作证", font=pil_font("hei", 6 * S), fill=(20, 20, 20), anchor="mm")
    _face(d, (6 * S, 14 * S, 30 * S, 46 * S), rng)
    seal = seal_image(court, rng, diameter_px=int(22 * S)).convert("RGBA")
    ins.paste(seal, (int(18 * S), int(34 * S)), seal)
    f = pil_font("song", int(4.3 * S))
    lines = [("姓　　名", o.name), ("性　　别", o.sex), ("单　　位", court), ("职　　务", o.title), ("编　　号", o.work_no)]
    for i, (k, v) in enumerate(lines):
        y = (17 + i * 8.5) * S
        d.text((35 * S, y), k, font=f, fill=(30, 30, 30))
        ff = f if len(v) < 10 else pil_font("song", int(3.5 * S))
        d.text((54 * S, y), v, font=ff, fill=(10, 10, 40))
    pages.append(ins)
    out = Image.new("RGB", (W * len(pages) + 2 * S * (len(pages) - 1), H), (60, 40, 40))
    for i, p in enumerate(pages):
        out.paste(p, (i * (W + 2 * S), 0))
    return out


def duty_cert_image(o: Officer, court: str, rng) -> Image.Image:
    S = 12
    W, H = 90 * S, 58 * S
    im = Image.new("RGB", (W, H), (248, 244, 232))
    d = ImageDraw.Draw(im)
    red = (190, 25, 30)
    d.rectangle([0, 0, W, 11 * S], fill=red)
    d.text((W / 2, 5.5 * S), "中华人民共和国人民法院　执行公务证", font=pil_font("hei", int(4.6 * S)),
           fill=(255, 236, 180), anchor="mm")
    _face(d, (5 * S, 15 * S, 27 * S, 44 * S), rng)
    f = pil_font("song", int(3.9 * S))
    lines = [("姓名", o.name), ("单位", court), ("职务", o.title), ("证号", o.duty_no),
             ("有效期至", ar_date(o.duty_expiry))]
    for i, (k, v) in enumerate(lines):
        y = (15 + i * 7.2) * S
        d.text((31 * S, y), k + "：", font=f, fill=(30, 30, 30))
        ff = f if len(v) < 11 else pil_font("song", int(3.2 * S))
        d.text((47 * S, y), v, font=ff, fill=(10, 10, 40))
    d.text((W / 2, 53 * S), "持证人依法执行公务，请有关单位和个人予以协助", font=pil_font("kai", int(3.4 * S)),
           fill=(80, 30, 30), anchor="mm")
    seal = seal_image("中华人民共和国最高人民法院", rng, diameter_px=int(20 * S)).convert("RGBA")
    im.paste(seal, (int(14 * S), int(30 * S)), seal)
    return im


def card_texts(kind: str, o: Officer, court: str) -> list:
    if kind == "work_id":
        return ["工作证", o.name, o.work_no]
    return ["执行公务证", o.name, o.duty_no, ar_date(o.duty_expiry)]
