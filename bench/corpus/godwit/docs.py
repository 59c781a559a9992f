"""The court's papers, laid out as pages: 协助执行通知书, 执行裁定书, 查询单, 民事判决书, 介绍信,
and the officers' 工作证 / 执行公务证 (cover and inside)."""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from .data import amount_upper, date_ar, date_cn, money_ar
from .render import INK, PEN, Flow, Page, pil_font, seal_image, width_mm

ACTION_CN = {"query": "查询", "freeze": "冻结", "renew_freeze": "续行冻结", "unfreeze": "解除冻结",
             "deduct": "扣划"}


def _d(sc, d: dt.date) -> str:
    return date_cn(d) if sc.date_style == "cn" else date_ar(d)


def _who(sc, with_id=True) -> str:
    r = sc.respondent
    if with_id and sc.notice_shows_id:
        return f"{r.name}（公民身份号码：{r.id_number}）"
    return r.name


def _amount(sc) -> str:
    a = sc.amount
    if sc.amount_style == "upper":
        return f"人民币{amount_upper(a)}（¥{money_ar(a, True)}）"
    if sc.amount_style == "comma":
        return f"人民币{money_ar(a, True)}元"
    return f"人民币{money_ar(a)}元"


def _period(sc) -> str:
    s, e = sc.period
    yrs = sc.period_years_text
    lead = f"期限{yrs}，" if yrs else ""
    return f"{lead}自{_d(sc, s)}起至{_d(sc, e)}止"


def _acct(sc) -> str:
    return f"（账号：{sc.account_number}）" if sc.account_number else ""


def _sign_block(f: Flow, sc, date: dt.date, seal_name: str, hand_date=False):
    f.gap(8)
    ds = _d(sc, date)
    if hand_date:
        y, x, w = f.right_text("      年    月    日", pt=16, pad=14)
        f.page.text(x - 1, y - 0.8, f"{date.year}", 16, "kai", PEN)
        f.page.text(x + width_mm("      年 ", "song", 16) + 1, y - 0.8, f"{date.month}", 16, "kai", PEN)
        f.page.text(x + width_mm("      年    月 ", "song", 16) + 1, y - 0.8, f"{date.day}", 16, "kai", PEN)
    else:
        y, x, w = f.right_text(ds, pt=16, pad=14)
    f.page.seal(x + w / 2 + sc.rng.uniform(-6, 6), y + 1 + sc.rng.uniform(-5, 3), seal_name,
                angle=sc.rng.uniform(-25, 25))


def notice_items(sc) -> list[str]:
    r = sc.respondent
    a = sc.action
    if a == "query":
        return [f"查询被执行人{_who(sc)}在你中心的住房公积金账户开户、缴存、余额、贷款及担保、冻结情况（详见所附查询单）。"]
    if a == "freeze":
        s = f"冻结被执行人{_who(sc)}在你中心的住房公积金账户{_acct(sc)}内存款"
        s += _amount(sc) if sc.amount is not None else ""
        if sc.period:
            s += "，冻结" + _period(sc)
        return [s + "。"]
    if a == "renew_freeze":
        s = (f"续行冻结被执行人{_who(sc)}在你中心的住房公积金账户{_acct(sc)}内存款{_amount(sc)}"
             f"（本院于{_d(sc, sc.old_freeze_date)}以{sc.case_printed}协助执行通知书冻结），"
             f"续行冻结{_period(sc)}。")
        return [s]
    if a == "unfreeze":
        return [f"解除对被执行人{_who(sc)}在你中心的住房公积金账户{_acct(sc)}内存款的冻结"
                f"（本院于{_d(sc, sc.old_freeze_date)}以{sc.case_printed}协助执行通知书冻结）。"]
    if a == "deduct":
        return [f"扣划被执行人{_who(sc)}在你中心的住房公积金账户{_acct(sc)}内存款{_amount(sc)}，"
                f"划至本院执行款专户（户名：{sc.court}，账号：{sc.court_bank_account}，"
                f"开户行：中国工商银行股份有限公司焦作分行）。"]
    raise ValueError(r)


def notice_pages(sc) -> list[Page]:
    f = Flow()
    f.center(sc.court, pt=20, font="hei", spacing=1.5)
    f.center("协助执行通知书", pt=26, font="song", spacing=1.8)
    f.right_text(sc.case_printed, pt=15)
    f.gap(2)
    f.para(f"{sc.addressee}：", indent=0)
    app = sc.applicant_name
    f.para(f"本院在执行申请执行人{app}与被执行人{sc.respondent.name}{sc.cause}一案中，"
           f"依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条的规定，请协助执行下列事项：")
    for i, it in enumerate(notice_items(sc), 1):
        f.para(f"{i}．{it}" if len(notice_items(sc)) > 1 else it)
    atts = []
    if sc.action == "query":
        atts.append("查询单一份")
    elif sc.has_ruling:
        atts.append(f"{sc.case_printed}执行裁定书一份")
    if sc.action == "deduct":
        atts.append(f"{sc.basis}复印件一份")
    if atts:
        f.para("附：" + "；".join(atts))
    if sc.notice_officers:
        f.para(f"执行人员：{'、'.join(sc.notice_officers)}", indent=2)
    f.para(f"联系人：{sc.contact}    联系电话：{sc.phone}", indent=2)
    _sign_block(f, sc, sc.notice_date, sc.court)
    if sc.receipt_slip:
        f.gap(6)
        f.need(60)
        f.page.line(f.left, f.y, f.right, f.y, w=0.2)
        f.gap(3)
        f.center("回    执", pt=16, font="hei", spacing=1.5)
        f.para(f"{sc.court}：", indent=0, pt=14)
        f.para(f"你院{sc.case_printed}协助执行通知书收到，协助执行事项已办理完毕。", pt=14)
        f.para("协助执行人（盖章）：              经办人：", pt=14, indent=8)
        f.para("年    月    日", pt=14, indent=20)
    return f.pages


def notice_docx_paragraphs(sc) -> list[tuple[str, str, float, bool]]:
    out = [(sc.court, "center", 18, True), ("协助执行通知书", "center", 24, True), (sc.case_printed, "right", 15, False),
           (f"{sc.addressee}：", "left", 16, False),
           (f"本院在执行申请执行人{sc.applicant_name}与被执行人{sc.respondent.name}{sc.cause}一案中，"
            "依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条的规定，请协助执行下列事项：", "justify", 16, False)]
    out += [(it, "justify", 16, False) for it in notice_items(sc)]
    if sc.has_ruling:
        out.append((f"附：{sc.case_printed}执行裁定书一份", "justify", 16, False))
    if sc.notice_officers:
        out.append((f"执行人员：{'、'.join(sc.notice_officers)}", "justify", 16, False))
    out.append((f"联系人：{sc.contact}    联系电话：{sc.phone}", "justify", 16, False))
    out += [("", "left", 16, False), (_d(sc, sc.notice_date), "right", 16, False), ("SEAL:", "right", 16, False)]
    return out


def ruling_pages(sc) -> list[Page]:
    f = Flow()
    r = sc.respondent
    f.center(sc.court, pt=20, font="hei", spacing=1.5)
    f.center("执 行 裁 定 书", pt=26, spacing=1.8)
    f.right_text(sc.case_printed, pt=15)
    if sc.applicant_person:
        p = sc.applicant_person
        f.para(f"申请执行人：{p.name}，{p.sex}，{p.birth_cn}出生，汉族，住{p.address}。", indent=2)
    else:
        f.para(f"申请执行人：{sc.applicant_name}，住所地焦作市{sc.rng.choice(['高新区', '示范区', '山阳区'])}。", indent=2)
    f.para(f"被执行人：{r.name}，{r.sex}，{r.birth_cn}出生，汉族，公民身份号码{r.id_number}，住{r.address}。"
           if sc.ruling_shows_id else f"被执行人：{r.name}，{r.sex}，{r.birth_cn}出生，汉族，住{r.address}。", indent=2)
    head = (f"本院在执行申请执行人{sc.applicant_name}与被执行人{r.name}{sc.cause}一案中，因被执行人未按执行通知履行"
            f"{sc.basis}确定的义务，")
    a = sc.action
    if a == "freeze":
        f.para(head + "申请执行人申请对被执行人的住房公积金采取冻结措施。依照《中华人民共和国民事诉讼法》第二百五十三条、"
               "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条的规定，裁定如下：")
        s = f"冻结被执行人{r.name}名下住房公积金账户存款"
        s += _amount(sc) if sc.amount is not None else ""
        if sc.period:
            s += "，冻结" + _period(sc)
        f.para(s + "。")
    elif a == "renew_freeze":
        f.para(head + f"本院于{_d(sc, sc.old_freeze_date)}冻结了被执行人的住房公积金，现冻结期限即将届满，申请执行人申请续行冻结。"
               "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条的规定，裁定如下：")
        f.para(f"续行冻结被执行人{r.name}名下住房公积金账户存款{_amount(sc)}，续行冻结{_period(sc)}。")
    elif a == "unfreeze":
        f.para(head + f"本院于{_d(sc, sc.old_freeze_date)}冻结了被执行人的住房公积金。执行中，{sc.unfreeze_reason}。"
               "依照《中华人民共和国民事诉讼法》第一百五十七条第一款第十一项的规定，裁定如下：")
        f.para(f"解除对被执行人{r.name}名下住房公积金账户存款的冻结。")
    elif a == "deduct":
        f.para(head + "经本院通过网络执行查控系统及实地调查，被执行人名下除住房公积金外无其他可供执行的财产。被执行人已于"
               f"{sc.retired_on}达到法定退休年龄并办理退休手续。依照《中华人民共和国民事诉讼法》第二百五十三条的规定，裁定如下：")
        f.para(f"扣划被执行人{r.name}名下住房公积金账户存款{_amount(sc)}。")
    f.para("本裁定立即执行。")
    f.gap(2)
    for lab, nm in (("审 判 长", sc.judges[0]), ("审 判 员", sc.judges[1]), ("审 判 员", sc.judges[2])):
        f.right_text(f"{lab}    {nm}", pad=14)
    _sign_block(f, sc, sc.ruling_date, sc.court)
    f.gap(2)
    f.right_text(f"书 记 员    {sc.clerk}", pad=14)
    return f.pages


def judgment_pages(sc) -> list[Page]:
    f = Flow()
    r = sc.respondent
    f.center(sc.court, pt=20, font="hei", spacing=1.5)
    f.center("民 事 判 决 书", pt=26, spacing=1.8)
    f.right_text(sc.basis_case, pt=15)
    f.para(f"原告：{sc.applicant_name}。", indent=2)
    f.para(f"被告：{r.name}，{r.sex}，{r.birth_cn}出生，汉族，住{r.address}。", indent=2)
    f.para(f"原告{sc.applicant_name}与被告{r.name}{sc.cause}一案，本院立案后，依法适用简易程序公开开庭进行了审理。本案现已审理终结。")
    f.para("本院认为，原告与被告之间的借贷关系合法有效，被告未按约定偿还借款，应承担相应的民事责任。判决如下：")
    f.para(f"一、被告{r.name}于本判决生效之日起十日内偿还原告{sc.applicant_name}借款{_amount(sc)}；")
    f.para("二、驳回原告的其他诉讼请求。")
    f.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。")
    f.gap(4)
    f.right_text(f"审 判 员    {sc.judges[1]}", pad=14)
    _sign_block(f, sc, sc.basis_date, sc.court)
    f.right_text(f"书 记 员    {sc.clerk}", pad=14)
    f.gap(4)
    f.para("本件与原本核对无异", pt=14, indent=0, font="hei")
    return f.pages


def query_form_pages(sc) -> list[Page]:
    """查询单: printed form, the blanks filled by hand (kai, pen) or typed."""
    hand = sc.form_hand
    f = Flow()
    f.center(sc.court, pt=18, font="hei", spacing=1.5)
    f.center("住房公积金信息查询单", pt=24, spacing=1.8)
    f.right_text(sc.case_printed, pt=15)
    f.para(f"{sc.addressee}：", indent=0)
    f.para("因执行案件需要，请协助查询下列人员在你中心的住房公积金信息，并在本单“查询结果”栏内填写。")
    pg = f.page
    x0, x1, x2 = f.left, f.left + 42, f.right
    y = f.y + 2
    r = sc.respondent
    rows = [("被查询人姓名", r.name), ("公民身份号码", r.id_number if sc.form_shows_id else ""),
            ("性    别", r.sex if sc.form_shows_sex else ""),
            ("查询内容", "√开户及缴存 √账户余额 √贷款及担保 √冻结情况"),
            ("申请执行人", sc.applicant_name),
            ("执行人员", "、".join(sc.form_officers)), ("联系电话", sc.phone)]
    rh = 13
    for lab, val in rows:
        pg.rect(x0, y, x2, y + rh, w=0.35)
        pg.line(x1, y, x1, y + rh, w=0.35)
        pg.text(x0 + 3, y + 3.5, lab, 14, "song")
        if val:
            printed = lab == "查询内容"
            if hand and not printed:
                pg.text(x1 + 4, y + 2.6, val, 16, "kai", PEN)
            else:
                pg.text(x1 + 3, y + 3.8, val, 12 if printed else 14, "song")
        y += rh
    pg.rect(x0, y, x2, y + 40, w=0.35)
    pg.line(x1, y, x1, y + 40, w=0.35)
    pg.text(x0 + 3, y + 4, "查询结果", 14, "song")
    pg.text(x0 + 3, y + 12, "（中心填写）", 12, "song")
    y += 40
    f.y = y + 6
    _sign_block(f, sc, sc.notice_date, sc.court, hand_date=hand)
    return f.pages


def intro_letter_pages(sc) -> list[Page]:
    f = Flow()
    f.gap(10)
    f.center(sc.court, pt=20, font="hei", spacing=1.5)
    f.center("介  绍  信", pt=28, spacing=2.0)
    f.right_text(sc.case_printed.replace("号", "号") , pt=14)
    f.para(f"{sc.addressee}：", indent=0)
    names = "、".join(sc.intro_officers)
    f.para(f"兹介绍我院执行干警{names}同志（共{len(sc.intro_officers)}人）前往你处办理{sc.case_printed}"
           f"{sc.cause}一案住房公积金{ACTION_CN[sc.action]}事宜，请予接洽为盼。")
    f.para("此致")
    f.para("敬礼", indent=0)
    _sign_block(f, sc, sc.notice_date, sc.court)
    f.para("（有效期七天）", pt=12, indent=0)
    return f.pages


# ---------------------------------------------------------------- officers' cards
CARD_W, CARD_H = 780, 540


def _photo(d: ImageDraw.ImageDraw, box, rng: random.Random):
    x0, y0, x1, y1 = box
    d.rectangle(box, fill=(rng.randint(70, 110), rng.randint(120, 160), rng.randint(190, 225)))
    cx = (x0 + x1) / 2
    hw = (x1 - x0) * 0.22
    d.ellipse([cx - hw, y0 + (y1 - y0) * 0.18, cx + hw, y0 + (y1 - y0) * 0.55], fill=(232, 200, 170))
    d.rectangle([cx - hw * 0.95, y0 + (y1 - y0) * 0.15, cx + hw * 0.95, y0 + (y1 - y0) * 0.27], fill=(30, 30, 30))
    d.pieslice([x0 + (x1 - x0) * 0.08, y0 + (y1 - y0) * 0.6, x1 - (x1 - x0) * 0.08, y1 + (y1 - y0) * 0.5],
               180, 360, fill=(25, 35, 70))
    d.polygon([(cx - hw * 0.5, y0 + (y1 - y0) * 0.62), (cx + hw * 0.5, y0 + (y1 - y0) * 0.62), (cx, y1 - 8)],
              fill=(245, 245, 245))


def _emblem(d: ImageDraw.ImageDraw, cx, cy, r, color):
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=color, width=5)
    import math
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.55 if k % 2 == 0 else r * 0.22
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=color)
    d.arc([cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8], 20, 160, fill=color, width=4)


def card_cover(kind: str, court: str, rng: random.Random) -> Image.Image:
    bg = (128, 18, 24) if kind == "work_id" else (96, 12, 20)
    gold = (222, 186, 96)
    im = Image.new("RGB", (CARD_W, CARD_H), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([14, 14, CARD_W - 14, CARD_H - 14], outline=gold, width=3)
    _emblem(d, CARD_W / 2, 150, 72, gold)
    title = "工 作 证" if kind == "work_id" else "执 行 公 务 证"
    ft = pil_font("hei", 64)
    d.text(((CARD_W - ft.getlength(title)) / 2, 270), title, font=ft, fill=gold)
    sub = court if kind == "work_id" else "中华人民共和国最高人民法院"
    fs = pil_font("song", 34)
    d.text(((CARD_W - fs.getlength(sub)) / 2, 390), sub, font=fs, fill=gold)
    return im


def card_inside(kind: str, off, court: str, sc, rng: random.Random) -> Image.Image:
    im = Image.new("RGB", (CARD_W, CARD_H), (250, 246, 236))
    d = ImageDraw.Draw(im)
    d.rectangle([10, 10, CARD_W - 10, CARD_H - 10], outline=(150, 40, 40), width=2)
    head = "工作证" if kind == "work_id" else "中华人民共和国人民法院执行公务证"
    fh = pil_font("hei", 34 if kind == "work_id" else 28)
    d.text(((CARD_W - fh.getlength(head)) / 2, 28), head, font=fh, fill=(150, 20, 20))
    _photo(d, (40, 100, 250, 370), rng)
    f = pil_font("song", 30)
    fv = pil_font("kai" if off.card_font == "kai" else "song", 32)
    if kind == "work_id":
        rows = [("姓  名", off.name), ("性  别", off.sex), ("单  位", court), ("职  务", off.title),
                ("编  号", off.work_no)]
    else:
        rows = [("姓  名", off.name), ("单  位", court), ("职  务", off.title), ("证  号", off.duty_no),
                ("有效期至", "2028年12月31日")]
    y = 100
    for lab, val in rows:
        d.text((280, y), lab + "：", font=f, fill=INK)
        vx = 280 + f.getlength(lab + "：")
        val_font = fv if lab.startswith("姓") else f
        if val_font.getlength(val) > CARD_W - 30 - vx:
            val_font = pil_font("song", 24)
        d.text((vx, y - 1), val, font=val_font, fill=INK)
        y += 54
    foot = court if kind == "work_id" else "最高人民法院监制"
    ff = pil_font("song", 24)
    d.text((CARD_W - ff.getlength(foot) - 40, CARD_H - 60), foot, font=ff, fill=(90, 90, 90))
    seal = seal_image(court, 170, "", rng.randint(0, 999))
    layer = Image.new("RGB", im.size, (255, 255, 255))
    white = Image.new("RGB", seal.size, (255, 255, 255))
    red = Image.new("RGB", seal.size, (214, 32, 38))
    layer.paste(Image.composite(red, white, seal.split()[3]), (160, 300))
    from PIL import ImageChops
    return ImageChops.multiply(im, layer)


def copy_sheet(cards: list[Image.Image], rng: random.Random) -> Image.Image:
    """An A4 sheet (150 dpi) photocopying up to three card faces one under another."""
    page = Image.new("RGB", (1240, 1754), (255, 255, 255))
    y = 110
    for c in cards:
        w = 720
        h = int(c.height * w / c.width)
        cc = c.resize((w, h), Image.LANCZOS).rotate(rng.uniform(-2, 2), expand=True, fillcolor=(255, 255, 255))
        page.paste(cc, (int(260 + rng.uniform(-40, 40)), y))
        y += cc.height + 60
    return page
